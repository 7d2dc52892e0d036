import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { formatProfileDiagnostic } from '../../src/profile/diagnostics.ts';
import { parseDuration } from '../../src/profile/duration.ts';
import { loadProfile, parseProfile } from '../../src/profile/load.ts';
import { listUnfilledFields } from '../../src/profile/unfilled.ts';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'profile');
const load = (name: string) => loadProfile(path.join(fixtures, name));

test('a complete profile (a Connect AI app, seed 004) loads without diagnostics', () => {
  const { profile, file, diagnostics, unfilled } = load('connect-ai-app');
  assert.equal(file, 'candor.yaml');
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(unfilled, []);
  assert.deepEqual(profile!.data![1], {
    category: 'ai-prompts', description: 'AI prompt written by the user, without images', purpose: 'Generate and edit Skyline pages with AI',
    storedIn: 'third-party:supabase', retention: '365 days', residency: 'eu-west-1', personal: true,
  });
  assert.equal(profile!.scopes!['write:connect-confluence'], 'Upload images as page attachments');
  assert.deepEqual(profile!.thirdParties!.map((p) => [p.id, p.countries ?? []]), [['supabase', ['Ireland']], ['openai', ['United States']], ['stripe', []]]);
  assert.deepEqual(profile!.claims, [
    { id: 'no-identifiers-to-payment-provider' },
    { statement: 'The AI audit log is available on request (Enterprise AI Credits plan).' },
    'Staff with access to customer data complete security training every year.',
  ]);
  assert.equal(profile!.certifications, 'none');
  assert.equal(profile!.privacy!.gdpr!.role, 'processor');
});

test('a security program (seed 002) with remediation targets per severity', () => {
  const { profile, diagnostics } = load('forge-program');
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(profile!.program!.vulnerabilities!.remediation, { critical: '4 weeks', high: '6 weeks', medium: '8 weeks', low: '25 weeks' });
  assert.deepEqual(profile!.program!.incident, { internalHours: 1, customerHours: 72 });
  assert.equal(profile!.program!.personalDataReporting!.cadence, 'weekly');
  assert.deepEqual(profile!.thirdParties, []);
  assert.deepEqual(parseDuration(profile!.program!.disclosure!.acknowledgement!), { amount: 1, unit: 'business-day', hours: 24 });
});

test('TODO and "~ # TODO" are unfilled, with their lines, and left out of the profile', () => {
  const { profile, unfilled, diagnostics, locate } = load('unfilled');
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(unfilled.map((u) => [u.pathText, u.line, u.column, u.note ?? null]), [
    ['vendor.website', 3, 12, null],
    ['vendor.country', 4, 12, 'ask legal which entity publishes the app'],
    ['contacts.securityEmail', 6, 18, 'a monitored mailbox'],
    ['contacts.privacyEmail', 7, 3, null],
    ['scopes.read:jira-work', 10, 19, null],
    ['data[0].purpose', 14, 14, null],
    ['data[1]', 16, 5, null],
    ['thirdParties[0].name', 20, 11, null],
    ['program.incident.customerHours', 26, 20, null],
    ['certifications', 27, 17, null],
  ]);
  assert.deepEqual(profile, {
    vendor: { name: 'Acme' },
    contacts: {},
    scopes: { 'storage:app': 'Keep queue state' },
    data: [{ category: 'account-data', storedIn: 'forge-kvs' }, { category: 'configuration', storedIn: 'forge-kvs' }],
    thirdParties: [{ id: 'sentry', name: 'Sentry' }],
    program: { incident: {} },
  });
  // Paths into the profile map back to the file even where unfilled list items were dropped.
  assert.deepEqual(locate('data[1].storedIn'), { line: 18, column: 15 });
  assert.deepEqual(locate(['thirdParties', 0, 'name']), { line: 23, column: 11 });
  assert.deepEqual(locate('program.incident.customerHours'), { line: 26, column: 20 });
});

test('schema errors name the line and dot-path and say how to fix them; the valid rest is kept', () => {
  const { profile, diagnostics } = load('invalid');
  assert.deepEqual(diagnostics.map((d) => [d.severity, d.line, d.path, d.message]), [
    ['error', 2, 'vendor.nmae', 'unknown field "nmae"'],
    ['error', 3, 'vendor.website', 'must be a full URL starting with https://, not "acme.example"'],
    ['error', 5, 'contacts.securityEmail', 'must be an email address such as security@example.com, not "security at acme"'],
    ['error', 7, 'data[0].category', 'must be a data category (account-data, site-metadata, product-content, attachments, images, configuration, operational-metadata, logs, usage-analytics, ai-prompts, ai-responses, payment-data, contact-data, credentials) or your own lower-case id, not "Account Data"'],
    ['error', 8, 'data[0].storedIn[0]', 'must be one of atlassian, forge-kvs, forge-sql, forge-object-store, forge-cache, vendor-db, vendor-files, vendor-logs, browser, not-stored or third-party:<id> (an id from thirdParties), not "forge-kv"'],
    ['warning', 8, 'data[0].storedIn[1]', 'third-party:supabase names no third party'],
    ['error', 9, 'data[0].personal', 'must be true or false, not "yes"'],
    ['error', 14, 'program.incident.customerHours', 'must be a number of hours, e.g. 72, not "72 hours"'],
    ['error', 16, 'program.backups.frequency', 'must be one of: continuous, hourly, daily, weekly, monthly, quarterly, annually, not "dialy"'],
    ['error', 17, 'program.backups.rto', 'must be a duration such as "72 hours", "7 days", "4 weeks" or "1 business day", not "soon"'],
    ['error', 20, 'claims[0].prams', 'unknown field "prams"'],
    ['error', 21, 'certifications', 'must be none or a list, not "ISO 27001"'],
  ]);
  assert.equal(formatProfileDiagnostic(diagnostics[7]!), [
    '✖ must be a number of hours, e.g. 72, not "72 hours" → at program.incident.customerHours (candor.yaml:14)',
    '  Write a bare number such as 72, without quotes or units. Write TODO if the value is not known yet.',
  ].join('\n'));
  assert.equal(diagnostics[0]!.hint, 'Did you mean "name"? Fields allowed here: name, website, legalEntity, country.');
  assert.equal(diagnostics[8]!.hint, 'Did you mean daily?');
  assert.deepEqual(profile!.data, [{ storedIn: ['third-party:supabase'] }, { category: 'configuration', storedIn: 'forge-kvs' }]);
  assert.deepEqual(profile!.claims, [{ id: 'no-egress' }]);
});

test('broken YAML: file, line and a hint; no profile', () => {
  const { profile, diagnostics } = load('broken-yaml');
  assert.equal(profile, null);
  assert.deepEqual(diagnostics.map((d) => [d.code, d.line, d.column, d.message]), [
    ['yaml-syntax', 5, 19, 'Nested mappings are not allowed in compact mappings'],
    ['yaml-syntax', 5, 32, 'Nested mappings are not allowed in compact mappings'],
    ['yaml-syntax', 5, 32, 'Implicit keys need to be on a single line'],
  ]);
  assert.match(diagnostics[0]!.hint!, /quote text that contains ": "/);
});

test('finds candor.yml; reports a missing profile; names an explicit file', () => {
  assert.deepEqual(load('yml-extension').profile, { app: { name: 'Short file name' } });
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-profile-'));
  try {
    const missing = loadProfile(empty);
    assert.equal(missing.profile, null);
    assert.deepEqual(missing.diagnostics.map((d) => [d.severity, d.code, d.message]), [['info', 'profile-missing', 'no candor.yaml or candor.yml in the app folder']]);
    const named = loadProfile(empty, 'trust.yaml');
    assert.deepEqual(named.diagnostics.map((d) => [d.severity, d.message]), [['error', 'trust.yaml does not exist']]);
    fs.writeFileSync(path.join(empty, 'candor.yaml'), Buffer.from([0x61, 0x3a, 0x00, 0x01]));
    assert.deepEqual(loadProfile(empty).diagnostics.map((d) => d.code), ['binary-file']);
  } finally {
    fs.rmSync(empty, { recursive: true });
  }
});

test('odd documents: empty, a list, aliases, duplicate keys', () => {
  assert.deepEqual(parseProfile('').profile, {});
  assert.deepEqual(parseProfile('# only a comment\n').diagnostics, []);
  assert.deepEqual(parseProfile('- a\n- b\n').diagnostics.map((d) => d.message), ['must be a mapping of fields such as vendor:, app:, data:']);
  assert.deepEqual(parseProfile('vendor:\n  name: A\nvendor:\n  name: B\n').diagnostics.map((d) => [d.line, d.message]), [[3, 'Map keys must be unique']]);
  const bomb = `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n`;
  assert.deepEqual(parseProfile(bomb).diagnostics.map((d) => d.code), ['yaml-syntax']);
});

test('listUnfilledFields reads text directly', () => {
  assert.deepEqual(listUnfilledFields('contacts:\n  securityEmail: TODO\n  supportUrl: TODOS are fine\n'), [
    { path: ['contacts', 'securityEmail'], pathText: 'contacts.securityEmail', line: 2, column: 18 },
  ]);
});

test('parseDuration', () => {
  assert.deepEqual(parseDuration('72 hours'), { amount: 72, unit: 'hour', hours: 72 });
  assert.deepEqual(parseDuration('4 weeks'), { amount: 4, unit: 'week', hours: 672 });
  assert.deepEqual(parseDuration('30d'), { amount: 30, unit: 'day', hours: 720 });
  assert.equal(parseDuration('soon'), null);
});
