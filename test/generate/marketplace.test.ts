/**
 * The Privacy & Security tab answers: the body validates against the Marketplace API's own
 * schema, every answer has its evidence in the parallel map, and the answers follow the code.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { Ajv } from 'ajv';
import { EXAMPLES, FIXTURES, fileOf, generateIn, tempDir } from './helpers.ts';

type Schema = Record<string, unknown>;

/**
 * The schemas as published, made strict for our output: every object closed, so a misspelt field
 * fails. One repair: the yes/no/not-applicable fields are declared `type: string` with the enum
 * `[true, false, "NOT_APPLICABLE"]`, which no boolean can pass; the enum alone is kept.
 */
function strict(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strict);
  if (node === null || typeof node !== 'object') return node;
  const out: Schema = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === 'enum' ? v : strict(v)]));
  if (out['type'] === 'object' && out['properties']) out['additionalProperties'] = false;
  if (out['type'] === 'string' && Array.isArray(out['enum']) && out['enum'].some((v) => typeof v !== 'string')) delete out['type'];
  return out;
}

const published = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'marketplace-trust-info.schema.json'), 'utf8')) as Schema;
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addFormat('uri', (value: string) => URL.canParse(value));
ajv.addFormat('int32', true);
ajv.addFormat('int64', true);
ajv.addSchema(strict(published) as Schema, 'marketplace');
const validateBody = ajv.getSchema('marketplace#/components/schemas/AppPrivacyAndSecurity')!;
const validateTrustInfo = ajv.getSchema('marketplace#/components/schemas/TrustInfo')!;

interface Output {
  body: { appTrustInformation: Record<string, Record<string, unknown>> };
  evidence: Record<string, { question: string; basis: string; note?: string; evidence: Array<{ source: string; file: string; line: number }> }>;
  open: Array<{ path: string; why: string }>;
}

async function answers(example: string): Promise<Output> {
  const result = await generateIn(path.join(EXAMPLES, example), { documents: ['marketplace'], formats: ['json', 'md'] });
  const side = JSON.parse(fileOf(result, 'marketplace-privacy-security.evidence.json')) as Omit<Output, 'body'>;
  return { body: JSON.parse(fileOf(result, 'marketplace-privacy-security.json')) as Output['body'], ...side };
}

const valueAt = (body: unknown, dotted: string): unknown => dotted.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown> | undefined)?.[k], body);

for (const example of ['campaign-operations-playbook', 'handoff-for-jira', 'bulk-page-cloner', 'skyline']) {
  test(`${example}: the body is a valid PUT body and TrustInfo, with evidence for every answer`, async () => {
    const { body, evidence, open } = await answers(example);
    assert.ok(validateBody(body), JSON.stringify(validateBody.errors));
    assert.ok(validateTrustInfo(body.appTrustInformation), JSON.stringify(validateTrustInfo.errors));
    for (const key of Object.keys(evidence)) assert.notEqual(valueAt(body.appTrustInformation, key), undefined, `evidence for ${key}, which the body does not answer`);
    for (const [section, fields] of Object.entries(body.appTrustInformation)) {
      for (const field of Object.keys(fields)) {
        const answered = Object.keys(evidence).some((k) => k === `${section}.${field}` || k.startsWith(`${section}.${field}.`));
        assert.ok(answered, `${section}.${field} has no evidence entry`);
      }
    }
    for (const q of open) assert.equal(valueAt(body.appTrustInformation, q.path), undefined, `${q.path} is both answered and open`);
  });
}

test('skyline: data stored and processed outside Atlassian, shared with its sub-processors, residency external', async () => {
  const { body, evidence, open } = await answers('skyline');
  const trust = body.appTrustInformation;
  assert.deepEqual(trust['dataAccessAndStorage'], {
    isSameDataProcessedAndStored: true,
    appProcessEUDOutsideAtlassian: true,
    typesOfDataAccessed: ['Skyline page text', 'Images uploaded by the user within the app', 'AI prompts written by the user, without images', 'AI responses', 'Account ID and site name'],
    appStoresEUDOutsideAtlassian: true,
    typesOfDataStored: ['Skyline page text', 'Images uploaded by the user within the app', 'AI prompts written by the user, without images', 'AI responses', 'Account ID and site name'],
  });
  const parties = trust['thirdPartyInformation']!;
  assert.equal(parties['isEndUserDataShared'], true);
  assert.deepEqual((parties['thirdPartyDetails'] as Array<{ name: string }>).map((d) => d.name), ['Supabase', 'Vercel', 'Google Gemini API', 'OpenAI API', 'PostHog', 'Stripe']);
  assert.deepEqual(trust['dataResidency'], {
    isDataResidencySupported: 'STORED_EXTERNAL_TO_ATLASSIAN', countriesWhereEndUserDataStored: ['eu-west-1'], inScopeDataTypes: ['Skyline page text', 'Images uploaded by the user within the app'], realmMigrationSupported: false,
  });
  assert.deepEqual(trust['dataRetention'], { isDataRetentionSupported: true, isCustomRetentionPeriodAllowed: false, isRetentionDurationIndefinite: false });
  assert.equal(valueAt(trust, 'privacy.gdpr.dataProcessor.isAppDataProcessor'), true);
  assert.equal(valueAt(trust, 'privacy.gdpr.dataTransfer.transferComplianceMechanismsAdhered'), 'Standard Contractual Clauses');
  assert.equal(valueAt(trust, 'security.permissionsJustification'), 'READ: Check the current page status (draft or published), to upload images as attachments while the page is a draft\nWRITE: Upload images as page attachments');
  const processed = evidence['dataAccessAndStorage.appProcessEUDOutsideAtlassian']!;
  assert.equal(processed.basis, 'code and profile');
  assert.deepEqual(processed.evidence[0], { source: 'code', file: 'atlassian-connect.json', line: 9, excerpt: '"baseUrl": "https://skyline.acceleration-engineering.com",' });
  assert.deepEqual(open.map((q) => q.path), [
    'thirdPartyInformation.dataSubProcessors',
    // Page text and images stay as long as Confluence keeps them: no fixed number of days.
    'dataRetention.retentionDurationInDays',
    'privacy.privacyEnhancingTechniques.arePrivacyEnhancingTechniquesSupported',
    'security.publicSecurityPoliciesLink',
    'security.caiq.isCAIQCompleted',
  ]);
});

test('campaign operations playbook: no End-User Data, so residency and retention do not apply', async () => {
  const { body, evidence } = await answers('campaign-operations-playbook');
  const trust = body.appTrustInformation;
  assert.deepEqual(trust['dataAccessAndStorage'], { isSameDataProcessedAndStored: false, appProcessEUDOutsideAtlassian: false, appStoresEUDOutsideAtlassian: false });
  assert.deepEqual(trust['dataResidency'], { isDataResidencySupported: 'NOT_APPLICABLE' });
  assert.deepEqual(trust['dataRetention'], { isDataRetentionSupported: false });
  assert.deepEqual(trust['logDetails'], { logEndUserData: false, logProcessAndOrStoreEUDOutsideAtlassian: false, logEUDShareWithThirdParty: false, logsIntegralForAppFunctionality: false });
  assert.equal(valueAt(trust, 'privacy.gdpr.dataController.isAppDataController'), 'NOT_APPLICABLE');
  assert.equal(valueAt(trust, 'security.permissionsJustification'), 'The app requests no scopes.');
  const logs = evidence['logDetails.logEndUserData']!;
  assert.deepEqual(logs.evidence.map((e) => `${e.source} ${e.file}:${e.line}`), ['code static/playbook/src/clipboard.js:10', 'profile candor.yaml:28']);
});

test('handoff for jira: Forge storage with data residency, evidence from the manifest and the profile', async () => {
  const { body, evidence } = await answers('handoff-for-jira');
  assert.equal(valueAt(body.appTrustInformation, 'dataResidency.isDataResidencySupported'), 'STORED_IN_ATLASSIAN_N_DR_SUPPORTED');
  assert.equal(valueAt(body.appTrustInformation, 'dataAccessAndStorage.appStoresEUDOutsideAtlassian'), false);
  const justification = evidence['security.permissionsJustification']!;
  assert.deepEqual(justification.evidence.map((e) => `${e.source} ${e.file}:${e.line}`), [
    'code manifest.yml:36', 'code manifest.yml:37', 'code manifest.yml:38', 'code manifest.yml:39',
    'profile candor.yaml:39', 'profile candor.yaml:40', 'profile candor.yaml:41', 'profile candor.yaml:42',
  ]);
});

test('the schema check catches a misspelt field, a wrong enum value and a wrong type', () => {
  assert.equal(validateBody({ appTrustInformation: { dataAccessAndStorage: { appStoresEUDOutsideAtlasian: false } } }), false);
  assert.equal(validateBody({ appTrustInformation: { dataResidency: { isDataResidencySupported: 'SUPPORTED' } } }), false);
  assert.equal(validateBody({ appTrustInformation: { privacy: { gdpr: { dataProcessor: { isAppDataProcessor: 'yes' } } } } }), false);
  assert.equal(validateBody({ appTrustInformation: { logDetails: { logEndUserData: 'false' } } }), false);
  assert.equal(validateBody({ dataAccessAndStorage: {} }), false, 'the PUT body wraps the answers in appTrustInformation');
});

test('data kept in Forge storage but sent to an AI provider: residency not supported, and the answer says why', async () => {
  const result = await generateIn(path.join(FIXTURES, 'ai-summary'), { documents: ['marketplace'], formats: ['json'] });
  const body = JSON.parse(fileOf(result, 'marketplace-privacy-security.json')) as Output['body'];
  const { evidence } = JSON.parse(fileOf(result, 'marketplace-privacy-security.evidence.json')) as Omit<Output, 'body'>;
  assert.equal(valueAt(body.appTrustInformation, 'dataResidency.isDataResidencySupported'), 'STORED_IN_ATLASSIAN_N_DR_NOT_SUPPORTED');
  const answer = evidence['dataResidency.isDataResidencySupported']!;
  assert.match(answer.note ?? '', /^End-User Data \(product content and data received from users or product events\) is sent to OpenAI \(src\/index\.js:14\) and may be kept there: state in candor\.yaml how long each keeps it .*\. The enum values/);
  assert.ok(answer.evidence.some((e) => `${e.source} ${e.file}:${e.line}` === 'code src/index.js:14'));
});

/** The ai-summary fixture with OpenAI's `retention` stated in the profile. */
async function withRetention(retention: string): Promise<Output> {
  const dir = tempDir('retention');
  fs.cpSync(path.join(FIXTURES, 'ai-summary'), dir, { recursive: true });
  const profile = path.join(dir, 'candor.yaml');
  fs.writeFileSync(profile, fs.readFileSync(profile, 'utf8').replace('    subprocessor: true', `    subprocessor: true\n    retention: ${retention}`));
  const result = await generateIn(dir, { documents: ['marketplace'], formats: ['json'] });
  const side = JSON.parse(fileOf(result, 'marketplace-privacy-security.evidence.json')) as Omit<Output, 'body'>;
  return { body: JSON.parse(fileOf(result, 'marketplace-privacy-security.json')) as Output['body'], ...side };
}

test('an AI provider that keeps what it is sent: End-User Data is stored outside Atlassian, by the profile\'s retention', async () => {
  const { body, evidence } = await withRetention('30 days');
  assert.equal(valueAt(body.appTrustInformation, 'dataAccessAndStorage.appStoresEUDOutsideAtlassian'), true);
  const at = evidence['dataAccessAndStorage.appStoresEUDOutsideAtlassian']!.evidence.map((e) => `${e.source} ${e.file}:${e.line}`);
  assert.ok(at.some((e) => /^profile candor\.yaml:\d+$/.test(e)) && at.includes('code src/index.js:14'), at.join('; '));
});

test('an AI provider that keeps nothing: residency supported, and the answer says it rests on the profile', async () => {
  const { body, evidence } = await withRetention('not-stored');
  assert.equal(valueAt(body.appTrustInformation, 'dataAccessAndStorage.appStoresEUDOutsideAtlassian'), false);
  assert.equal(valueAt(body.appTrustInformation, 'dataResidency.isDataResidencySupported'), 'STORED_IN_ATLASSIAN_N_DR_SUPPORTED');
  assert.match(evidence['dataResidency.isDataResidencySupported']!.note ?? '', /^OpenAI receives End-User Data \(product content and data received from users or product events, src\/index\.js:14\) and keeps none of it, as candor\.yaml states/);
});
