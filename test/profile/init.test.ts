import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { Facts } from '../../src/scan/facts.ts';
import { draftProfile, writeDraftProfile } from '../../src/profile/init.ts';
import { parseProfile } from '../../src/profile/load.ts';
import { scan } from '../../src/scan/index.ts';

// Scan output of two apps, as `candor scan --format json` prints it.
const facts = (name: string): Facts =>
  JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'profile', 'facts', `${name}.json`), 'utf8')) as Facts;

test('the draft for a Forge app with storage, scopes and a third party is valid and lists what to fill', () => {
  const text = draftProfile(facts('forge-kvs-sentry'));
  const loaded = parseProfile(text);
  assert.deepEqual(loaded.diagnostics, []);
  assert.deepEqual(loaded.profile!.app, {
    name: 'handoff-for-jira', id: 'ari:cloud:ecosystem::app/b64e8d8a-a3f6-4692-8c1b-279f0c30b74b', products: ['jira'],
  });
  assert.deepEqual(loaded.profile!.data, [
    { category: 'account-data', storedIn: 'forge-kvs', residency: 'follows-atlassian', personal: true },
    { storedIn: 'forge-kvs', residency: 'follows-atlassian' },
    { category: 'ai-prompts' },
    { category: 'ai-responses' },
  ]);
  assert.deepEqual(loaded.profile!.thirdParties, [
    { id: 'sentry', name: 'Sentry', link: 'https://sentry.io' },
    { id: 'openai', name: 'OpenAI', link: 'https://openai.com' },
    { id: 'heap', name: 'Heap', link: 'https://www.heap.io', countries: ['United States'] },
  ]);
  assert.deepEqual(loaded.profile!.program!.personalDataReporting, { cadence: 'weekly' });
  const scopeTodos = loaded.unfilled.filter((u) => u.path[0] === 'scopes').map((u) => u.pathText);
  assert.deepEqual(scopeTodos, ['scopes.read:jira-work', 'scopes.write:jira-work', 'scopes.read:jira-user', 'scopes.storage:app', 'scopes.report:personal-data']);
  assert.match(text, /^ {2}write:jira-work: TODO {2}# the scan found nothing that needs it: remove it from the manifest, or say why it is needed$/m);
  assert.match(text, /^ {2}read:jira-work: TODO {2}# needed by a REST call at src\/resolvers\/queue.ts:18$/m);
  assert.match(text, /^# the app also sends requests to hooks\.example-chat\.com: add the company behind it if it receives data$/m);
  assert.match(text, /^ {2}# found: dependency @sentry\/node \(package\.json:14\); egress o4507\.ingest\.sentry\.io \(src\/telemetry\.ts:12\)$/m);
  assert.match(text, /^ {4}countries: TODO {2}# Candor's vendor catalogue says US or EU \(Germany\) \(customer's choice\); the countries your account uses, e\.g\. \[United States\]$/m);
  assert.match(text, /^ {2}# sent to openai, e\.g\. at src\/summarize\.ts:9$/m);
  assert.match(text, /^ {4}trainsOnData: TODO {2}# true if OpenAI's terms let it train models on what it is sent$/m);
  assert.equal(text.match(/trainsOnData/g)?.length, 1, 'only the AI provider is asked whether it trains on data');
  assert.match(text, /^ {4}retention: TODO {2}# how long OpenAI keeps what it is sent: not-stored \(e\.g\. zero data retention\) or a duration such as "30 days"$/m);
  assert.match(text, /^ {2}endUserData: TODO {2}# 1 log call may carry data, e\.g\. src\/resolvers\/queue\.ts:22$/m);
  assert.equal(text.split('\n')[0], '# yaml-language-server: $schema=./node_modules/candor/schema/candor-profile.schema.json');
});

test('the draft for a copy-only app: nothing found, everything the vendor knows is TODO', () => {
  const loaded = parseProfile(draftProfile(facts('copy-only')));
  assert.deepEqual(loaded.diagnostics, []);
  assert.deepEqual(loaded.unfilled.map((u) => u.pathText), [
    'vendor.name', 'vendor.website', 'vendor.legalEntity', 'vendor.country',
    'app.key', 'app.listingUrl',
    'contacts.securityEmail', 'contacts.privacyEmail', 'contacts.supportUrl', 'contacts.securityPolicyUrl', 'contacts.privacyPolicyUrl',
    'data', 'logs.endUserData', 'deletion.afterUninstall',
    'program.incident.customerHours', 'program.incident.regulatorHours', 'program.incident.internalHours', 'program.incident.atlassianHours',
    'program.vulnerabilities.scoring', 'program.vulnerabilities.tracking', 'program.vulnerabilities.testing', 'program.disclosure.acknowledgement',
    'program.backups.by', 'program.personalDataReporting.cadence',
    'certifications', 'privacy.gdpr.role', 'privacy.gdpr.transfersOutsideEEA', 'privacy.gdpr.transferMechanism', 'privacy.ccpa.role', 'privacy.dpa',
    'privacy.sellsData', 'security.requiresUserSecrets',
  ]);
  assert.deepEqual(loaded.profile!.scopes, {});
  assert.deepEqual(loaded.profile!.thirdParties, []);
  assert.equal(loaded.profile!.program!.vulnerabilities!.remediation, 'atlassian-cloud-policy');
});

test('names with YAML syntax in them are quoted and stay on one line', () => {
  const odd = facts('copy-only');
  odd.app.name = 'Playbook: #1 "best"\nsecond line';
  const loaded = parseProfile(draftProfile(odd));
  assert.deepEqual(loaded.diagnostics, []);
  assert.equal(loaded.profile!.app!.name, 'Playbook: #1 "best" second line');
});

test('writeDraftProfile never overwrites an existing profile', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-init-'));
  try {
    assert.deepEqual(writeDraftProfile(dir, facts('copy-only')), { written: true, file: 'candor.yaml' });
    fs.writeFileSync(path.join(dir, 'candor.yaml'), 'vendor:\n  name: Mine\n');
    const again = writeDraftProfile(dir, facts('forge-kvs-sentry'));
    assert.equal(again.written, false);
    assert.equal(again.written === false && again.message, 'candor.yaml already exists and was left as it is. Move it away to draft a new one, or print the draft with `candor init --print` and compare.');
    assert.equal(fs.readFileSync(path.join(dir, 'candor.yaml'), 'utf8'), 'vendor:\n  name: Mine\n');
    fs.renameSync(path.join(dir, 'candor.yaml'), path.join(dir, 'candor.yml'));
    assert.equal(writeDraftProfile(dir, facts('copy-only')).written, false);
    assert.equal(fs.existsSync(path.join(dir, 'candor.yaml')), false);
  } finally {
    fs.rmSync(dir, { recursive: true });
  }
});

test('a third party the code sends End-User Data through its SDK gets a data hint naming it', async () => {
  const text = draftProfile(await scan(path.join(import.meta.dirname, '..', 'fixtures', 'third-parties', 'sdk-data')));
  assert.match(text, /^ {4}data: TODO {2}# the code sends it email, product-content \(src\/digest\.js:20\); e\.g\. \[contact-data, product-content\]$/m);
  assert.match(text, /^ {4}data: TODO {2}# the code sends it product-content \(src\/index\.js:13\); e\.g\. \[product-content\]$/m);
  assert.match(text, /^ {4}data: TODO {2}# categories shared, e\.g\. \[usage-analytics\]$/m);
});
