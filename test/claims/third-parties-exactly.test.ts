import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/third-parties-exactly.ts';
import type { ThirdParty } from '../../src/scan/facts.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { at, call, egressEntry, makeFacts, thirdParty } from './facts-builder.ts';

/** Seed 004's list, as the lines after "Third-Party Services". */
const skylineList = [
  'Supabase', 'DB for AI prompt, AI response, AI Credits and payment details', 'Vercel', 'App Hosting, Analytics, Backend Logs',
  'Google Gemini API', 'Access to Gemini 3 Pro Preview and Gemini 2.5 Pro AI models', 'OpenAI API',
  'Access to GPT-5.1 and o4-mini-deep-research AI models', 'Posthog', 'App analytics', 'AWS S3',
  'Storage of our image and video libraries', 'Stripe', 'Payments processing',
];
const imported = (vendor: string, name: string, category: ThirdParty['category'], file: string, line: number) =>
  thirdParty(vendor, name, category, [{ kind: 'import', detail: vendor, evidence: at(file, line) }]);
const skyline = [
  imported('aws-s3', 'Amazon S3', 'storage', 'pages/api/library.js', 1),
  imported('google-gemini', 'Google Gemini API', 'ai', 'lib/ai.js', 1),
  imported('openai', 'OpenAI', 'ai', 'lib/ai.js', 2),
  imported('posthog', 'PostHog', 'analytics', 'pages/_app.jsx', 3),
  imported('stripe', 'Stripe', 'payments', 'pages/api/credits/index.js', 1),
  imported('supabase', 'Supabase', 'database', 'lib/db.js', 1),
  thirdParty('vercel', 'Vercel', 'hosting', [{ kind: 'hosting-file', detail: 'vercel.json', evidence: at('vercel.json', 1) }]),
  imported('vercel-analytics', 'Vercel Web Analytics', 'analytics', 'pages/_app.jsx', 4),
];

const cases: Case[] = [
  {
    name: "Skyline's eight vendors, all named in seed 004's list",
    params: { parties: skylineList },
    facts: makeFacts({ thirdParties: skyline }),
    expect: {
      verdict: 'verified', messageId: 'verified',
      at: ['pages/api/library.js:1', 'lib/ai.js:1', 'lib/ai.js:2', 'pages/_app.jsx:3', 'pages/api/credits/index.js:1', 'lib/db.js:1', 'vercel.json:1', 'pages/_app.jsx:4'],
    },
  },
  {
    name: "vendors named by the catalogue's aliases, the brand family left out ('Vertex AI', 'DynamoDB')",
    params: { parties: ['Vertex AI (summaries)', 'DynamoDB (job state)'] },
    facts: makeFacts({ thirdParties: [imported('google-vertex-ai', 'Google Vertex AI', 'ai', 'src/ai.ts', 1), imported('aws-dynamodb', 'Amazon DynamoDB', 'database', 'src/db.ts', 1)] }),
    expect: { verdict: 'verified', messageId: 'verified', at: ['src/ai.ts:1', 'src/db.ts:1'] },
  },
  {
    name: 'an AI vendor the list does not name',
    params: { parties: skylineList },
    facts: makeFacts({ thirdParties: [...skyline, imported('anthropic', 'Anthropic', 'ai', 'lib/ai.js', 3)] }),
    expect: { verdict: 'contradicted', messageId: 'unlisted', at: ['lib/ai.js:3'] },
  },
  {
    name: 'a bare dependency counts, pointing at package.json',
    params: { parties: ['Stripe'] },
    facts: makeFacts({ thirdParties: [thirdParty('sentry', 'Sentry', 'error-tracking', [{ kind: 'dependency', detail: '@sentry/node', evidence: at('package.json', 14) }])] }),
    expect: { verdict: 'contradicted', messageId: 'unlisted', at: ['package.json:14'] },
  },
  {
    name: 'a listed vendor the code does not show is only noted',
    params: { parties: ['Supabase', 'Stripe'] },
    facts: makeFacts({ thirdParties: [imported('supabase', 'Supabase', 'database', 'lib/db.js', 1)] }),
    expect: { verdict: 'verified', messageId: 'verifiedNotSeen', at: ['lib/db.js:1'] },
  },
  {
    name: '"Amazon Web Services" in a sub-processor list covers its services, S3 and DynamoDB, but not OpenAI',
    params: { parties: ['Amazon Web Services (hosting). We use no other third-party services.'] },
    facts: makeFacts({
      thirdParties: [imported('aws-s3', 'Amazon S3', 'storage', 'server/diagrams.js', 1), imported('aws-dynamodb', 'Amazon DynamoDB', 'database', 'server/tenants.js', 1), imported('openai', 'OpenAI', 'ai', 'server/describe.js', 1)],
    }),
    expect: { verdict: 'contradicted', messageId: 'unlisted', at: ['server/describe.js:1'] },
  },
  {
    name: '"Google LLC", the company by its legal name, covers its services (Firebase, Google Cloud), but not Sentry',
    params: { parties: ['Google LLC — Google Drive API', 'Microsoft Corporation — e-mail'] },
    facts: makeFacts({
      thirdParties: [imported('firebase', 'Firebase (Google)', 'database', 'src/index.js', 3), imported('google-cloud', 'Google Cloud', 'hosting', 'src/drive.js', 1), imported('sentry', 'Sentry', 'error-tracking', 'static/app.js', 2)],
    }),
    expect: { verdict: 'contradicted', messageId: 'unlisted', at: ['static/app.js:2'] },
  },
  {
    name: 'a service of the family named alone ("Google Drive API") is no company: it covers no other Google service',
    params: { parties: ['Google Drive API'] },
    facts: makeFacts({ thirdParties: [imported('firebase', 'Firebase (Google)', 'database', 'src/index.js', 3)] }),
    expect: { verdict: 'contradicted', messageId: 'unlisted', at: ['src/index.js:3'] },
  },
  {
    name: 'a family\'s brand written alone ("Cloudflare (hosting)") is the company: it covers its Workers, but not OpenAI when OpenAI is not listed',
    params: { parties: ['Our sub-processors are Cloudflare (hosting) and Stripe (payments).'] },
    facts: makeFacts({
      thirdParties: [
        thirdParty('cloudflare-workers', 'Cloudflare Workers / Pages', 'hosting', [{ kind: 'hosting-file', detail: 'wrangler.toml', evidence: at('worker/wrangler.toml', 1) }]),
        imported('stripe', 'Stripe', 'payments', 'src/billing.ts', 1),
        imported('openai', 'OpenAI', 'ai', 'worker/src/index.ts', 1),
      ],
    }),
    expect: { verdict: 'contradicted', messageId: 'unlisted', at: ['worker/src/index.ts:1'] },
  },
  {
    name: 'a family\'s service named ("Cloudflare R2") is no company: it does not cover Cloudflare Workers',
    params: { parties: ['Cloudflare R2 (file storage)'] },
    facts: makeFacts({ thirdParties: [thirdParty('cloudflare-workers', 'Cloudflare Workers / Pages', 'hosting', [{ kind: 'hosting-file', detail: 'wrangler.toml', evidence: at('wrangler.toml', 1) }])] }),
    expect: { verdict: 'contradicted', messageId: 'unlisted', at: ['wrangler.toml:1'] },
  },
  { name: '"no third parties" and none in the code', params: { parties: [] }, facts: makeFacts(), expect: { verdict: 'verified', messageId: 'verifiedNone', at: [] } },
  {
    name: 'from the profile: thirdParties names',
    params: {},
    profile: { thirdParties: [{ name: 'Functional Software (Sentry)' }] },
    facts: makeFacts({ thirdParties: [imported('sentry', 'Sentry', 'error-tracking', 'src/index.js', 1)] }),
    expect: { verdict: 'verified', messageId: 'verified', at: ['src/index.js:1'] },
  },
  {
    name: 'SendGrid listed, and an export summary sent to a webhook URL from configuration (a Connect server)',
    params: { parties: ['Twilio SendGrid'] },
    facts: makeFacts({
      app: { ...makeFacts().app, platform: 'connect' },
      thirdParties: [imported('sendgrid', 'Twilio SendGrid', 'email', 'src/server.js', 4)],
      egress: { unresolved: [{ ...call(null, 'src/server.js', 32, ['resolver-payload']), client: 'node-fetch' }] },
    }),
    expect: { verdict: 'unverified', messageId: 'unresolved', at: ['src/server.js:32'] },
  },
  {
    name: 'a Forge fetch to a stored URL whose side may reach only a listed vendor',
    params: { parties: ['Slack'] },
    facts: makeFacts({
      thirdParties: [thirdParty('slack', 'Slack', 'messaging', [{ kind: 'declared-egress', detail: 'hooks.slack.com', evidence: at('manifest.yml', 30) }])],
      egress: { declared: [egressEntry('hooks.slack.com', 30)], unresolved: [call(null, 'src/index.js', 27, ['product-content'])] },
    }),
    expect: { verdict: 'verified', messageId: 'verified', at: ['manifest.yml:30'] },
  },
  {
    name: '"We don\'t use analytics or tracking tools": an analytics SDK',
    params: { parties: [], categories: ['analytics'] },
    facts: makeFacts({ thirdParties: [imported('mixpanel', 'Mixpanel', 'analytics', 'src/index.js', 8), imported('slack', 'Slack', 'messaging', 'src/notify.js', 2)] }),
    expect: { verdict: 'contradicted', messageId: 'kindUsed', at: ['src/index.js:8'] },
  },
  {
    name: '"We don\'t use analytics or tracking tools": a messaging vendor is another kind',
    params: { parties: [], categories: ['analytics'] },
    facts: makeFacts({ thirdParties: [imported('slack', 'Slack', 'messaging', 'src/notify.js', 2)] }),
    expect: { verdict: 'verified', messageId: 'kindNone', at: [] },
  },
];

describe('third-parties-exactly', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});
