import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/data-region.ts';
import { recogniseText } from '../../src/claims/recognise.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { vendorById } from '../../src/scan/vendors.ts';
import { at, call, makeFacts, remoteFact, sdkCall, storageWrite, thirdParty } from './facts-builder.ts';

const anthropic = thirdParty('anthropic', 'Anthropic', 'ai', [{ kind: 'import', detail: '@anthropic-ai/sdk', evidence: at('src/ai.js', 1) }]);
const mistral = thirdParty('mistral', 'Mistral AI', 'ai', [{ kind: 'import', detail: '@mistralai/mistralai', evidence: at('src/ai.js', 2) }]);
const eu = { area: 'EU', place: 'the EU' };

const cases: Case[] = [
  {
    name: 'an EU claim while issue text goes to a US-only AI provider',
    params: eu,
    facts: makeFacts({ thirdParties: [anthropic], egress: { sdkCalls: [sdkCall('anthropic', 'src/ai.js', 14, ['product-content'], 'messages.create')] } }),
    expect: { verdict: 'contradicted', messageId: 'vendor', at: ['src/ai.js:14'] },
  },
  {
    name: 'an EU claim and an EU-only AI provider: still unverified (the provider is not all there is)',
    params: eu,
    facts: makeFacts({ thirdParties: [mistral], egress: { sdkCalls: [sdkCall('mistral', 'src/ai.js', 14, ['product-content'], 'chat.complete')] } }),
    expect: { verdict: 'unverified', messageId: 'vendors', at: ['src/ai.js:14'] },
  },
  {
    name: 'a US-only provider sent nothing from users: no contradiction',
    params: eu,
    facts: makeFacts({ thirdParties: [anthropic], egress: { sdkCalls: [sdkCall('anthropic', 'src/ai.js', 14, ['literal'], 'messages.create')] } }),
    expect: { verdict: 'unverified', messageId: 'atlassian', at: [] },
  },
  {
    name: 'an EU claim while issue text goes through an API marketplace\'s gateway: where the provider behind it runs is not known',
    params: eu,
    facts: makeFacts({
      thirdParties: [{ ...thirdParty('rapidapi', 'RapidAPI', 'other', [{ kind: 'egress', detail: 'translate.p.rapidapi.com', evidence: at('src/translate.js', 8) }]), region: vendorById('rapidapi')!.region }],
      egress: { calls: [call('translate.p.rapidapi.com', 'src/translate.js', 8, ['product-content'])] },
    }),
    expect: { verdict: 'unverified', messageId: 'vendors', at: ['src/translate.js:8'] },
  },
  {
    name: 'the vendor\'s own database and remote: where they run is configuration',
    params: eu,
    facts: makeFacts({ storage: [storageWrite('external-db', ['account-id'], 'lib/db.js', 6)], egress: { remotes: [remoteFact('api', ['storage'])] } }),
    expect: { verdict: 'unverified', messageId: 'external', at: ['manifest.yml:19', 'lib/db.js:6'] },
  },
  {
    name: 'an EU claim while fly.toml deploys the back end to Ashburn (iad)',
    params: eu,
    facts: makeFacts({
      thirdParties: [{ ...thirdParty('fly-io', 'Fly.io', 'hosting', [{ kind: 'hosting-file', detail: 'fly.toml', evidence: at('fly.toml', 1) }]), regions: [{ code: 'iad', evidence: at('fly.toml', 2) }] }],
      storage: [storageWrite('external-db', ['account-id'], 'lib/db.js', 6)],
    }),
    expect: { verdict: 'contradicted', messageId: 'hosted', at: ['fly.toml:2'] },
  },
  {
    name: 'an EU claim, the back end on Vercel in Dublin and Lambda in eu-west-1: where its database runs is still configuration',
    params: eu,
    facts: makeFacts({
      thirdParties: [
        { ...thirdParty('vercel', 'Vercel', 'hosting', [{ kind: 'hosting-file', detail: 'vercel.json', evidence: at('vercel.json', 1) }]), regions: [{ code: 'dub1', evidence: at('vercel.json', 3) }] },
        { ...thirdParty('aws-lambda', 'AWS Lambda', 'hosting', [{ kind: 'hosting-file', detail: 'serverless.yml', evidence: at('serverless.yml', 1) }]), regions: [{ code: 'eu-west-1', evidence: at('serverless.yml', 5) }, { code: 'xyz', evidence: at('serverless.yml', 9) }] },
      ],
      storage: [storageWrite('external-db', ['account-id'], 'lib/db.js', 6)],
    }),
    expect: { verdict: 'unverified', messageId: 'external', at: ['lib/db.js:6'] },
  },
  {
    name: 'a US claim while render.yaml runs a service in Frankfurt',
    params: { area: 'US', place: 'the US' },
    facts: makeFacts({ thirdParties: [{ ...thirdParty('render', 'Render', 'hosting', [{ kind: 'hosting-file', detail: 'render.yaml', evidence: at('render.yaml', 1) }]), regions: [{ code: 'oregon', evidence: at('render.yaml', 4) }, { code: 'frankfurt', evidence: at('render.yaml', 9) }] }] }),
    expect: { verdict: 'contradicted', messageId: 'hosted', at: ['render.yaml:9'] },
  },
  { name: 'Forge storage only: it follows each customer\'s residency', params: eu, facts: makeFacts({ storage: [storageWrite('kvs', ['account-id'], 'src/store.js', 9)] }), expect: { verdict: 'unverified', messageId: 'atlassian', at: [] } },
  {
    name: 'an EU claim while the code uploads what users wrote to an S3 bucket in a US region',
    params: eu,
    facts: makeFacts({ egress: { calls: [call('s3.us-east-1.amazonaws.com', 'src/export.js', 31, ['product-content']), call('s3.us-east-1.amazonaws.com', 'src/export.js', 40, ['literal'])] } }),
    expect: { verdict: 'contradicted', messageId: 'host', at: ['src/export.js:31'] },
  },
  {
    name: 'a US claim while events with account IDs go to PostHog\'s EU cloud',
    params: { area: 'US', place: 'the US' },
    facts: makeFacts({ egress: { calls: [call('eu.i.posthog.com', 'static/app/src/track.js', 7, ['account-id'], 'frontend')] } }),
    expect: { verdict: 'contradicted', messageId: 'host', at: ['static/app/src/track.js:7'] },
  },
  {
    name: 'an EU claim and an EU endpoint, or a US endpoint that gets only constants: no contradiction',
    params: eu,
    facts: makeFacts({ egress: { calls: [call('my-bucket.s3.eu-central-1.amazonaws.com', 'src/export.js', 31, ['product-content']), call('o1.ingest.us.sentry.io', 'src/sentry.js', 3, ['literal'])] } }),
    expect: { verdict: 'unverified', messageId: 'vendors', at: ['src/export.js:31'] },
  },
  {
    name: 'an EU claim while an S3 client configured for us-east-1 uploads what users wrote',
    params: eu,
    facts: makeFacts({ egress: { sdkCalls: [{ ...sdkCall('aws-s3', 'src/export.js', 31, ['product-content']), region: { name: 'us-east-1', evidence: at('src/export.js', 4) } }] } }),
    expect: { verdict: 'contradicted', messageId: 'client', at: ['src/export.js:31', 'src/export.js:4'] },
  },
  {
    name: 'an EU claim and a client in eu-central-1, or with an EU DSN: no contradiction',
    params: eu,
    facts: makeFacts({ egress: { sdkCalls: [
      { ...sdkCall('aws-s3', 'src/export.js', 31, ['product-content']), region: { name: 'eu-central-1', evidence: at('src/export.js', 4) } },
      { ...sdkCall('sentry', 'src/sentry.js', 9, ['account-id'], 'captureException'), region: { name: 'o1.ingest.de.sentry.io', evidence: at('src/sentry.js', 2) } },
    ] } }),
    expect: { verdict: 'unverified', messageId: 'vendors', at: ['src/export.js:31', 'src/sentry.js:9'] },
  },
  {
    name: 'a US claim while a Sentry client with an EU DSN gets account IDs',
    params: { area: 'US', place: 'the US' },
    facts: makeFacts({ egress: { sdkCalls: [{ ...sdkCall('sentry', 'src/sentry.js', 9, ['account-id'], 'captureException'), region: { name: 'o1.ingest.de.sentry.io', evidence: at('src/sentry.js', 2) } }] } }),
    expect: { verdict: 'contradicted', messageId: 'client', at: ['src/sentry.js:9', 'src/sentry.js:2'] },
  },
  {
    name: "where the vendor's servers run: an e-mail provider in the US that gets addresses does not move them",
    params: { ...eu, hosting: true },
    facts: makeFacts({ egress: { sdkCalls: [sdkCall('postmark', 'src/mail.js', 7, ['email'], 'sendEmailWithTemplate')] } }),
    expect: { verdict: 'unverified', messageId: 'vendors', at: ['src/mail.js:7'] },
  },
  {
    name: "where the vendor's servers run: an S3 client in us-east-1 that keeps what users wrote does",
    params: { ...eu, hosting: true },
    facts: makeFacts({ egress: { sdkCalls: [{ ...sdkCall('aws-s3', 'src/export.js', 31, ['product-content']), region: { name: 'us-east-1', evidence: at('src/export.js', 4) } }] } }),
    expect: { verdict: 'contradicted', messageId: 'client', at: ['src/export.js:31', 'src/export.js:4'] },
  },
  {
    name: 'where the database runs: an analytics client in the EU that gets e-mails does not move what the database keeps',
    params: { area: 'US', place: 'us-east-1', hosting: true },
    facts: makeFacts({ egress: { sdkCalls: [{ ...sdkCall('posthog', 'components/analytics.tsx', 15, ['email', 'display-name'], 'identify', 'frontend'), region: { name: 'eu.i.posthog.com', evidence: at('components/analytics.tsx', 9) } }] } }),
    expect: { verdict: 'unverified', messageId: 'vendors', at: ['components/analytics.tsx:15'] },
  },
  { name: 'a place outside the EU and the US', params: { place: 'Australia' }, facts: makeFacts(), expect: { verdict: 'unverified', messageId: 'otherArea', at: [] } },
  {
    name: 'a place outside the four areas while issue text goes to a US-only AI provider: the US is not Australia',
    params: { place: 'Australia' },
    facts: makeFacts({ thirdParties: [anthropic], egress: { sdkCalls: [sdkCall('anthropic', 'src/ai.js', 14, ['product-content'], 'messages.create')] } }),
    expect: { verdict: 'contradicted', messageId: 'vendor', at: ['src/ai.js:14'] },
  },
  {
    name: 'a place outside the four areas while fly.toml deploys the back end to Ashburn (iad)',
    params: { place: 'Australia', hosting: true },
    facts: makeFacts({ thirdParties: [{ ...thirdParty('fly-io', 'Fly.io', 'hosting', [{ kind: 'hosting-file', detail: 'fly.toml', evidence: at('fly.toml', 1) }]), regions: [{ code: 'iad', evidence: at('fly.toml', 2) }] }] }),
    expect: { verdict: 'contradicted', messageId: 'hosted', at: ['fly.toml:2'] },
  },
  {
    name: 'a place outside the four areas, the vendor\'s own database: left to the vendor',
    params: { place: 'Australia' },
    facts: makeFacts({ storage: [storageWrite('external-db', ['account-id'], 'lib/db.js', 6)], egress: { remotes: [remoteFact('api', ['storage'])] } }),
    expect: { verdict: 'unverified', messageId: 'otherArea', at: [] },
  },
  {
    name: 'an EU claim while what users wrote goes to an S3 bucket in London: the UK is not the EU',
    params: eu,
    facts: makeFacts({ egress: { calls: [call('exports.s3.eu-west-2.amazonaws.com', 'src/export.js', 31, ['product-content'])] } }),
    expect: { verdict: 'contradicted', messageId: 'host', at: ['src/export.js:31'] },
  },
  {
    name: 'an EU claim while a Vertex AI client in Zurich (europe-west6) gets issue text',
    params: eu,
    facts: makeFacts({ egress: { sdkCalls: [{ ...sdkCall('google-vertex-ai', 'src/ai.js', 12, ['product-content'], 'generateContent'), region: { name: 'europe-west6', evidence: at('src/ai.js', 3) } }] } }),
    expect: { verdict: 'contradicted', messageId: 'client', at: ['src/ai.js:12', 'src/ai.js:3'] },
  },
  {
    name: 'a UK claim and a bucket in London, or Azure UK South: no contradiction',
    params: { area: 'GB', place: 'the UK' },
    facts: makeFacts({ egress: { calls: [call('exports.s3.eu-west-2.amazonaws.com', 'src/export.js', 31, ['product-content']), call('uksouth.api.cognitive.microsoft.com', 'src/speech.js', 8, ['product-content'])] } }),
    expect: { verdict: 'unverified', messageId: 'vendors', at: ['src/export.js:31'] },
  },
  {
    name: 'a UK claim while a client in Frankfurt gets account IDs',
    params: { area: 'GB', place: 'the UK' },
    facts: makeFacts({ egress: { sdkCalls: [{ ...sdkCall('aws-s3', 'src/export.js', 31, ['account-id']), region: { name: 'eu-central-1', evidence: at('src/export.js', 4) } }] } }),
    expect: { verdict: 'contradicted', messageId: 'client', at: ['src/export.js:31', 'src/export.js:4'] },
  },
  {
    name: 'a claim of Europe holds London and Zurich',
    params: { area: 'Europe', place: 'Europe' },
    facts: makeFacts({ egress: { calls: [call('s3.eu-west-2.amazonaws.com', 'src/export.js', 31, ['product-content']), call('s3.eu-central-2.amazonaws.com', 'src/export.js', 40, ['product-content'])] } }),
    expect: { verdict: 'unverified', messageId: 'vendors', at: ['src/export.js:31', 'src/export.js:40'] },
  },
  {
    name: 'all data in the EU, but the remote has an address of its own for US sites',
    params: { area: 'EU', place: 'European Union' },
    facts: makeFacts({ egress: { remotes: [{ ...remoteFact('metrics', ['storage'], 34), baseUrl: { default: 'https://metrics-us.example.run', US: 'https://metrics-us.example.run', EU: 'https://metrics-eu.example.run' } }] } }),
    expect: { verdict: 'contradicted', messageId: 'realm', at: ['manifest.yml:34'] },
  },
  {
    name: 'the EU for sites pinned there: the address for US sites is another place\'s',
    params: { area: 'EU', place: 'EU', pinned: true },
    facts: makeFacts({ egress: { remotes: [{ ...remoteFact('metrics', ['storage'], 34), baseUrl: { default: 'https://metrics-us.example.run', US: 'https://metrics-us.example.run', EU: 'https://metrics-eu.example.run' } }] } }),
    expect: { verdict: 'unverified', messageId: 'external', at: ['manifest.yml:34'] },
  },
  {
    name: 'all data in the EU, and every location the remote names has the EU address',
    params: { area: 'EU', place: 'EU' },
    facts: makeFacts({ egress: { remotes: [{ ...remoteFact('metrics', ['storage'], 34), baseUrl: { default: 'https://metrics-eu.example.run', EU: 'https://metrics-eu.example.run', DE: 'https://metrics-eu.example.run' } }] } }),
    expect: { verdict: 'unverified', messageId: 'external', at: ['manifest.yml:34'] },
  },
];

describe('data-region', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));

  it('the place a statement names: London, Zurich and their regions are the UK and Switzerland, not the EU', () => {
    const params = (sentence: string) => recogniseText(sentence, { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: sentence }).find((r) => r.claim.id === 'data-region')?.params;
    assert.deepEqual(params('Customer data is stored in AWS eu-west-2 (London).'), { area: 'GB', place: 'eu-west-2' });
    assert.deepEqual(params('All data is hosted in Europe (Google Cloud europe-west6).'), { area: 'CH', place: 'europe-west6' });
    assert.deepEqual(params('Our servers are located in the United Kingdom.'), { area: 'GB', place: 'United Kingdom', hosting: true });
    assert.deepEqual(params('Data is kept in Zurich, Switzerland.'), { area: 'CH', place: 'Zurich' });
    assert.deepEqual(params('Data is kept in Europe.'), { area: 'Europe', place: 'Europe' });
    assert.deepEqual(params('The app is hosted in the EU (Frankfurt).'), { area: 'EU', place: 'EU' });
    assert.deepEqual(params('The app is deployed in AWS eu-west-1 (Ireland).'), { area: 'EU', place: 'eu-west-1' });
    assert.deepEqual(params('Data is stored in ap-southeast-2.'), { place: 'ap-southeast-2' });
    // Where the store that keeps the data runs, as where the servers run.
    assert.deepEqual(params('Glossary data is stored in a Supabase (PostgreSQL) database hosted in the United States (AWS us-east-1).'), { area: 'US', place: 'us-east-1', hosting: true });
    assert.deepEqual(params('For sites pinned to the EU, component data is processed and stored in Google Cloud europe-west1 (Belgium).'), { area: 'EU', place: 'europe-west1', pinned: true });
    // What the app is and where it runs: where its servers are, not where every vendor it sends data to keeps it.
    assert.deepEqual(params('Threadline is an Atlassian Connect app hosted by Threadline Labs on Fly.io in Frankfurt, Germany.'), { area: 'EU', place: 'Frankfurt', hosting: true });
  });

  it('a family of regions named without a number: us-east is the US, eu-west Europe (it holds London and Paris)', () => {
    const params = (sentence: string) => recogniseText(sentence, { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: sentence }).find((r) => r.claim.id === 'data-region')?.params;
    assert.deepEqual(params('The servers that run the app and its database are located in AWS’s us-east region.'), { area: 'US', place: 'us-east', hosting: true });
    assert.deepEqual(params('Our service is hosted by us on Amazon Web Services in the eu-west-1 (Ireland) region.'), { area: 'EU', place: 'eu-west-1', hosting: true });
    assert.deepEqual(params('Everything the service keeps is hosted in the eu-west region of AWS.'), { area: 'Europe', place: 'eu-west' });
    assert.equal(params('We moved the team from the us-east office.'), undefined);
  });
});
