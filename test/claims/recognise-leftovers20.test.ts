/** Wordings the nineteenth round (held-out-13) left, and its leftovers' brief named, each in its general form, beside the near wordings that must stay as they are. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import authenticatedRequests from '../../src/claims/catalogue/authenticated-requests.ts';
import collectsOnly from '../../src/claims/catalogue/collects-only.ts';
import dataResidencySupported from '../../src/claims/catalogue/data-residency-supported.ts';
import thirdPartiesExactly from '../../src/claims/catalogue/third-parties-exactly.ts';
import { recogniseClaims, recogniseText } from '../../src/claims/recognise.ts';
import type { ClaimSource } from '../../src/claims/types.ts';
import { verifyClaims } from '../../src/claims/verify.ts';
import type { PersonalDataUse } from '../../src/scan/facts.ts';
import { readStatement } from '../../src/statement/read.ts';
import { outcomeOf } from './claim-cases.ts';
import { at, makeFacts, remoteFact, thirdParty } from './facts-builder.ts';

const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: '' };
const read = (sentence: string): Array<[string, Record<string, unknown>]> => recogniseText(sentence, { ...source, text: sentence }).map((r) => [r.claim.id, r.params]);
const idsIn = (sentence: string): string[] => read(sentence).map(([id]) => id).sort();
const inStatement = (text: string): Array<[string, Record<string, unknown>]> => recogniseClaims(readStatement('statement.md', `${text}\n`)).map((r) => [r.claim.id, r.params]);
const paramsOf = (found: Array<[string, Record<string, unknown>]>, id: string): Record<string, unknown> | undefined => found.find(([claim]) => claim === id)?.[1];
const imported = (vendor: string, name: string, category: Parameters<typeof thirdParty>[2], file: string) => thirdParty(vendor, name, category, [{ kind: 'import', detail: vendor, evidence: at(file, 1) }]);
const kept = (kind: PersonalDataUse['kind'], file: string, line: number): PersonalDataUse => ({ kind, action: 'stored', target: 'kvs', evidence: at(file, line) });
const keeping = (list: PersonalDataUse[]) => makeFacts({ personalData: { uses: list, reporting: { calls: [], triggers: [] } } });

describe('recognising the nineteenth round\'s leftovers, held-out-13\'s round', () => {
  it('a double negative reads as the universal or the "always" it means, and one that means nothing Candor checks claims nothing', () => {
    assert.deepEqual(idsIn('There is no information the app transmits that does not remain within Atlassian.'), ['no-egress']);
    assert.deepEqual(idsIn('Nothing in the add-on is not hosted on Atlassian Forge.'), ['no-external-backend']);
    assert.deepEqual(idsIn('There is no scope in the manifest that is not used by the code.'), ['least-privilege-scopes']);
    assert.deepEqual(idsIn('We never fail to remove your data when the app is uninstalled.'), ['data-deleted-on-uninstall']);
    // Literally "we have servers", "it stores some": not the denials they would read as.
    assert.deepEqual(idsIn('We do not have no servers.'), []);
    assert.deepEqual(idsIn('The app doesn\'t store no personal data.'), []);
    assert.deepEqual(idsIn('We don\'t keep no logs of your pages.'), []);
    assert.deepEqual(idsIn('We do not have no data retention policy.'), []);
    // A restrictive relative, an answer, and a denial beside another clause stay as they were.
    assert.deepEqual(idsIn('No data that is not encrypted is sent.'), []);
    assert.deepEqual(idsIn('We don\'t store data, and no data leaves Atlassian.'), ['no-data-stored', 'no-egress']);
    assert.deepEqual(idsIn('The app stores no personal data.'), ['no-personal-data-stored']);
  });

  it('what the app sends staying inside Atlassian is egress, not storage', () => {
    assert.deepEqual(idsIn('All data the app sends stays inside Atlassian.'), ['no-egress']);
    assert.deepEqual(idsIn('All data stays inside Atlassian.'), ['storage-only-atlassian']);
  });

  it('a denial of personal data with an exception that names the kept kinds lists them', () => {
    assert.deepEqual(read('The app does not store personal data (other than the user\'s account ID).'), [['collects-only', { kinds: ['account-id'] }]]);
    assert.deepEqual(read('We keep no personal information except Atlassian account IDs and e-mail addresses.'), [['collects-only', { kinds: ['account-id', 'email'] }]]);
    assert.deepEqual(read('No personal data is stored, apart from the account ID of each voter.'), [['collects-only', { kinds: ['account-id'] }]]);
    // An exception that names no kind, or one held to a condition, is no list.
    assert.deepEqual(read('The app does not store personal data other than what it needs.'), []);
    assert.deepEqual(read('The app does not store personal data (other than the account ID) unless you turn on digests.'), []);
    assert.deepEqual(read('We only store account IDs, except when you enable sync.'), []);
  });

  it('the exception is allowed: account IDs alone verify it, an e-mail address kept contradicts it', () => {
    const params = paramsOf(read('The app does not store personal data (other than the user\'s account ID).'), 'collects-only')!;
    assert.equal(outcomeOf(collectsOnly, { name: 'ids', params, facts: keeping([kept('account-id', 'src/votes.ts', 12)]), expect: { verdict: 'verified', messageId: 'verified', at: [] } }).verdict, 'verified');
    assert.deepEqual(outcomeOf(collectsOnly, { name: 'emails', params, facts: keeping([kept('account-id', 'src/votes.ts', 12), kept('email', 'src/votes.ts', 13)]), expect: { verdict: 'contradicted', messageId: 'more', at: [] } }), { verdict: 'contradicted', messageId: 'more', at: ['src/votes.ts:13'] });
  });

  it('a sub-processor table\'s Atlassian row names the platform, no third party; its other rows are the only third parties', () => {
    const table = '| Sub-processor | Purpose | Location |\n|---|---|---|\n| Atlassian Pty Ltd | Forge hosting and storage | Your site\'s realm |\n| OpenAI | Summaries | US |';
    const params = paramsOf(inStatement(table), 'third-parties-exactly');
    assert.deepEqual(params, { parties: ['OpenAI'] });
    const openai = imported('openai', 'OpenAI', 'ai', 'src/ai.ts');
    assert.equal(thirdPartiesExactly.verify(params!, { facts: makeFacts({ thirdParties: [openai] }), profile: null }).verdict, 'verified');
    const more = thirdPartiesExactly.verify(params!, { facts: makeFacts({ thirdParties: [openai, imported('sentry', 'Sentry', 'error-tracking', 'src/errors.ts')] }), profile: null });
    assert.deepEqual([more.verdict, more.data?.vendors], ['contradicted', 'Sentry']);
    // A table of Atlassian alone lists no third party.
    const alone = paramsOf(inStatement('## Sub-processors\n\n| Name | Purpose |\n|---|---|\n| Atlassian | Hosting |'), 'third-parties-exactly');
    assert.deepEqual(alone, { parties: [] });
    assert.equal(thirdPartiesExactly.verify(alone!, { facts: makeFacts(), profile: null }).messageId, 'verifiedNone');
    assert.equal(thirdPartiesExactly.verify(alone!, { facts: makeFacts({ thirdParties: [openai] }), profile: null }).verdict, 'contradicted');
  });

  it('a security contact with a reply time is disclosure acknowledged, organisational, with the contact and the time', () => {
    const found = recogniseText('Security issues: security@acme.io, we reply within 2 business days.', { ...source, text: '' });
    assert.deepEqual(found.map((r) => r.claim.id), ['disclosure-acknowledgement']);
    const [result] = verifyClaims(found, { facts: makeFacts(), profile: null });
    assert.equal(result!.verdict, 'organisational');
    assert.match(result!.message, /security@acme\.io/);
    assert.match(result!.message, /within 2 business days/);
    assert.deepEqual(idsIn('Do you have a security contact? Yes: security@acme.io, we reply within 2 business days.'), ['disclosure-acknowledgement']);
    // The address is no host the app calls: nothing else is claimed.
    assert.deepEqual(idsIn('Security contact: security@acme.io - we reply within 2 business days.'), ['disclosure-acknowledgement']);
  });

  it('an acknowledgement and a fix time each hold their own clause', () => {
    assert.deepEqual(read('We acknowledge reports within 3 days, and we fix critical issues within 14 days.'), [
      ['disclosure-acknowledgement', { within: ', acknowledged within 3 days', contact: '' }],
      ['vulnerability-remediation', { within: ' within 14 days' }],
    ]);
    // Neither crosses ", and we" to a time that is the other's.
    assert.deepEqual(idsIn('We acknowledge all reports, and we fix critical issues within 14 days.'), ['vulnerability-remediation']);
    assert.deepEqual(idsIn('We fix every reported issue, and we acknowledge reports within 3 days.'), ['disclosure-acknowledgement']);
  });

  it('a realm named as supported or available is data residency for it', () => {
    assert.deepEqual(read('The European realm is supported.'), [['data-residency-supported', { all: false, realms: ['EU'] }]]);
    assert.deepEqual(read('EU realm available.'), [['data-residency-supported', { all: false, realms: ['EU'] }]]);
    assert.deepEqual(read('The Australian and Japanese realms are supported.'), [['data-residency-supported', { all: false, realms: ['AU', 'JP'] }]]);
    assert.deepEqual(read('The EU realm is not supported.'), []);
    assert.deepEqual(read('EU realm available soon.'), []);
    // A remote with no address for the EU gives sites pinned there its default.
    const params = paramsOf(read('The European realm is supported.'), 'data-residency-supported')!;
    const remote = { ...remoteFact('backend', [], 34), baseUrl: { default: 'https://api.example.com', US: 'https://us.example.com' } };
    assert.equal(dataResidencySupported.verify(params, { facts: makeFacts({ egress: { remotes: [remote] } }), profile: null }).messageId, 'realmMissing');
  });

  it('two questionnaire lines in one paragraph are each read on their own', () => {
    assert.deepEqual(inStatement('DSP-05.1 Is data encrypted at rest? Yes\nDSP-10.1 Does the app share data with third parties? No').map(([id]) => id).sort(), ['encryption-at-rest', 'no-end-user-data-to-third-parties']);
    assert.deepEqual(idsIn('DSP-04.1 Does the app store personal data? No DSP-05.1 Is data encrypted at rest? Yes'), ['encryption-at-rest', 'no-personal-data-stored']);
    // A control named mid-sentence, or an algorithm's name, starts nothing.
    assert.deepEqual(idsIn('DSP-04.1 Yes, see also DSP-05.1 for details.'), []);
    assert.deepEqual(idsIn('Data is encrypted at rest with AES-256 Galois mode.'), ['encryption-at-rest']);
  });

  it('requests to the vendor\'s own back end said to be authenticated: organisational, contradicted by a Connect descriptor that signs nothing', () => {
    assert.deepEqual(read('All requests to our backend are authenticated with a JWT signed by Atlassian.'), [['authenticated-requests', { jwt: 'yes' }]]);
    assert.deepEqual(read('Every call to our API requires authentication.'), [['authenticated-requests', { jwt: '' }]]);
    assert.deepEqual(idsIn('Our remote verifies the Forge Invocation Token on every request.'), ['authenticated-requests']);
    assert.deepEqual(idsIn('Not all requests to our backend are authenticated.'), []);
    assert.deepEqual(idsIn('All requests to the Jira API are authenticated by Forge.'), []);
    assert.deepEqual(idsIn('Users authenticate with their Atlassian account.'), []);
    const connect = (authentication: string) => makeFacts({ app: { platform: 'connect', authentication }, egress: { remotes: [remoteFact('baseUrl', [], 3)] } });
    const jwt = { jwt: 'yes' };
    assert.deepEqual(outcomeOf(authenticatedRequests, { name: 'none', params: jwt, facts: connect('none'), expect: { verdict: 'contradicted', messageId: 'noJwt', at: [] } }), { verdict: 'contradicted', messageId: 'noJwt', at: ['manifest.yml:3'] });
    assert.equal(authenticatedRequests.verify(jwt, { facts: connect('jwt'), profile: null }).verdict, 'organisational');
    assert.equal(authenticatedRequests.verify({ jwt: '' }, { facts: connect('none'), profile: null }).verdict, 'organisational');
    assert.equal(authenticatedRequests.verify(jwt, { facts: makeFacts(), profile: null }).verdict, 'organisational');
  });
});
