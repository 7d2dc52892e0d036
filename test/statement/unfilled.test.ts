import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { readStatement } from '../../src/statement/read.ts';
import { findUnfilled } from '../../src/statement/unfilled.ts';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'statement');

function unfilledIn(name: string) {
  return findUnfilled(readStatement(name, fs.readFileSync(path.join(fixtures, name))));
}

function unfilledInText(text: string, file = 'statement.txt') {
  return findUnfilled(readStatement(file, text)).map(({ kind, text: found }) => ({ kind, text: found }));
}

// Seed 003 (Accxia's privacy policy) was published with its template text still in; counted by hand.
test('seed 003: every unfilled item of the privacy-policy template, with its line', () => {
  const found = unfilledIn('seed-003-privacy-policy-template.txt').map(({ line, column, kind, text, inTemplateSection }) => ({ line, column, kind, text, inTemplateSection }));
  assert.deepEqual(found, [
    { line: 23, column: 247, kind: 'instruction', text: 'This document is a template — replace every bracketed placeholder with your actual practices and have it reviewed by your legal and security teams before publishing.', inTemplateSection: false },
    { line: 29, column: 1, kind: 'options-left', text: '[Forge / Connect]', inTemplateSection: false },
    { line: 29, column: 71, kind: 'placeholder', text: '[Jira, Confluence, etc.]', inTemplateSection: false },
    { line: 38, column: 29, kind: 'placeholder', text: '[issue data, page content, comments, attachments, custom fields — list only what applies]', inTemplateSection: false },
    { line: 42, column: 110, kind: 'instruction', text: 'If the app uses any data for product analytics or model training, state that explicitly here, along with how customers can opt out.', inTemplateSection: false },
    { line: 71, column: 55, kind: 'options-left', text: 'Forge platform authentication / Connect JWT / OAuth 2.0', inTemplateSection: false },
    { line: 94, column: 22, kind: 'missing-value', text: 'backed up frequency', inTemplateSection: false },
    { line: 95, column: 8, kind: 'missing-value', text: 'test restoration procedures frequency', inTemplateSection: false },
    { line: 95, column: 100, kind: 'missing-value', text: 'target objectives of RTO and RPO', inTemplateSection: false },
    { line: 104, column: 55, kind: 'placeholder', text: '[and dynamic testing (DAST)]', inTemplateSection: false },
    { line: 105, column: 16, kind: 'options-left', text: '[internal vulnerability scans / third-party penetration tests]', inTemplateSection: false },
    { line: 105, column: 88, kind: 'placeholder', text: '[annually]', inTemplateSection: false },
    { line: 112, column: 56, kind: 'placeholder', text: '[CVSS]', inTemplateSection: false },
    { line: 120, column: 8, kind: 'example-left', text: '[e.g. 24–72 hours]', inTemplateSection: false },
    { line: 124, column: 8, kind: 'example-left', text: '[e.g. 7 days]', inTemplateSection: false },
    { line: 128, column: 8, kind: 'example-left', text: '[e.g. 30 days]', inTemplateSection: false },
    { line: 132, column: 8, kind: 'example-left', text: '[e.g. 90 days]', inTemplateSection: false },
    { line: 140, column: 41, kind: 'placeholder', text: '[tracking system]', inTemplateSection: false },
    { line: 197, column: 49, kind: 'options-left', text: '[Security Self-Assessment Program / Cloud Fortified]', inTemplateSection: false },
  ]);
});

test('seed 003: messages say what to do', () => {
  const byText = new Map(unfilledIn('seed-003-privacy-policy-template.txt').map((u) => [u.text, u.message]));
  assert.equal(byText.get('[Forge / Connect]'), 'template options left in: keep the one that applies (Forge or Connect) and drop the brackets');
  assert.equal(byText.get('[e.g. 7 days]'), "example left in the template's brackets: replace [e.g. 7 days] with your own value");
  assert.equal(byText.get('backed up frequency'), '"frequency" stands where a frequency belongs ("backed up frequency"): say how often, e.g. daily');
});

test('seeds 000, 002 and 004 have nothing unfilled', () => {
  assert.deepEqual(unfilledIn('seed-000-data-security-statement.txt'), []);
  assert.deepEqual(unfilledIn('seed-002-security-program.txt'), []);
  // 004 shows Cloudflare's "[email protected]" where the page had an obfuscated address: not a placeholder.
  assert.deepEqual(unfilledIn('seed-004-security-statement.txt'), []);
});

test('seed 001: the customer notice template is meant to be filled per incident', () => {
  const found = unfilledIn('seed-001-incident-communication.txt').map(({ line, kind, inTemplateSection, section }) => ({ line, kind, inTemplateSection, section }));
  const expected = (line: number) => ({ line, kind: 'placeholder', inTemplateSection: true, section: 'Customer-Facing Incident Template' });
  assert.deepEqual(found, [expected(49), expected(52), expected(55), expected(58), expected(61)]);
});

test('placeholders of other shapes', () => {
  assert.deepEqual(unfilledInText('Contact {{company_name}} at <your company email>.'), [
    { kind: 'placeholder', text: '{{company_name}}' },
    { kind: 'placeholder', text: '<your company email>' },
  ]);
  assert.deepEqual(unfilledInText('Retention: TBD. Owner: XXX. Lorem ipsum dolor sit amet.'), [
    { kind: 'placeholder', text: 'TBD' },
    { kind: 'placeholder', text: 'XXX' },
    { kind: 'placeholder', text: 'Lorem ipsum' },
  ]);
  assert.deepEqual(unfilledInText('We respond within X business days and notify ______ of changes.'), [
    { kind: 'missing-value', text: 'X business days' },
    { kind: 'missing-value', text: '______' },
  ]);
  assert.deepEqual(unfilledInText('Our backups are [daily / weekly] and tests run at least [e.g. yearly].'), [
    { kind: 'options-left', text: '[daily / weekly]' },
    { kind: 'example-left', text: '[e.g. yearly]' },
  ]);
  assert.deepEqual(unfilledInText('Please delete this section before publishing.'), [
    { kind: 'instruction', text: 'Please delete this section before publishing.' },
  ]);
});

test('brackets and words that are not placeholders', () => {
  const clean = [
    'See [the policy](https://example.com/policy) for details.',
    'As required by GDPR Art. 33 [1] and [12, 13].',
    '- [x] Annual penetration test',
    '- [ ] SOC 2 report',
    'Write to [email protected] or support[at]example.com.',
    'The quote "we never [sic] store data" is from 2024.',
    'The backup frequency is daily and the review frequency: annually.',
    'Backups run at a defined frequency agreed with the customer.',
    'Recovery Time Objective (RTO): 4 hours. Our RTO and RPO are documented in the plan.',
    'We support Cloud/Data Center and OAuth scopes / permissions.',
    'The array item config[0] and [https://example.com] are written as such.',
    'Please include the product name and steps to reproduce.',
  ];
  for (const text of clean) assert.deepEqual(unfilledInText(text), [], text);
  assert.deepEqual(unfilledInText('See [the policy](https://example.com/policy) or [Company] here.', 'statement.md'), [{ kind: 'placeholder', text: '[Company]' }]);
});

test('placeholders in HTML keep their source line and column', () => {
  const found = unfilledIn('security-statement.html').map(({ line, column, kind, text }) => ({ line, column, kind, text }));
  assert.deepEqual(found, [
    { line: 24, column: 194, kind: 'example-left', text: '[e.g. 2 business days]' },
    { line: 26, column: 21, kind: 'placeholder', text: '<your company>' },
  ]);
});

test('placeholders in Markdown, but not in code blocks or links', () => {
  const found = unfilledIn('security-statement.md').map(({ line, column, kind, text }) => ({ line, column, kind, text }));
  assert.deepEqual(found, [
    { line: 21, column: 38, kind: 'placeholder', text: '[tracking system]' },
    { line: 22, column: 29, kind: 'placeholder', text: '{{company_name}}' },
  ]);
});
