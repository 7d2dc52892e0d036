import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence } from '../../src/scan/facts.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const fixture = (name: string): string => path.join(import.meta.dirname, '../fixtures/fixr23a', name);

describe('an error whose message is made of a parsed JSON answer (`new Error(`${result}`)`, `\'Jira answered \' + result`)', () => {
  it('holds none of the answer, which prints as `[object Object]`; a text field of the product\'s answer in the message still does', async () => {
    const facts = await scan(fixture('object-in-error'));
    assert.deepEqual(facts.storage.filter((s) => s.op === 'write').map((s) => [s.key, s.carries, at(s.evidence)]), [
      ['sync-error:{}', ['other'], 'src/index.js:24'],
      ['check-error:{}', ['product-content'], 'src/index.js:37'],
    ]);
  });
});

describe('`record.created` of an audit record, read in the loop or by a helper handed the record', () => {
  it('is when the record was made, no content; the record\'s summary still is', async () => {
    const facts = await scan(fixture('audit-record-times'));
    assert.deepEqual(facts.storage.filter((s) => s.op === 'write').map((s) => [s.key, s.carries, at(s.evidence)]), [
      ['finding:{}', ['other'], 'src/index.js:11'],
      ['excerpt:{}', ['product-content'], 'src/index.js:12'],
    ]);
    assert.deepEqual(facts.logs.map((l) => [l.carries.includes('product-content'), at(l.evidence)]), [[false, 'src/index.js:13'], [true, 'src/index.js:14']]);
  });
});

describe('a phone number the app takes from its users (`payload.phoneNumber`, `mobileNumber`, a stored record\'s `phone`)', () => {
  it('is personal data, stored and logged; the vendor\'s own numbers written in the code and `phonemes` are not', async () => {
    const facts = await scan(fixture('phone-names'));
    assert.deepEqual(facts.storage.filter((s) => s.op === 'write').map((s) => [s.key, s.carries, at(s.evidence)]), [['callback:{}', ['phone-number'], 'src/index.js:13']]);
    assert.deepEqual(facts.logs.map((l) => [l.carries, at(l.evidence)]), [[['phone-number'], 'src/index.js:11'], [['other'], 'src/index.js:12'], [['literal'], 'src/index.js:18']]);
    assert.deepEqual(facts.personalData.uses.map((u) => [u.kind, u.action, at(u.evidence)]), [['phone-number', 'stored', 'src/index.js:13'], ['phone-number', 'logged', 'src/index.js:11']]);
  });
});

describe('a field read back from a record stored as a spread and a field (`kvs.set(key, { ...member, phone })`)', () => {
  it('carries what the app wrote to that field, not every kind of the record, also through a helper returning `kvs.get(key)`', async () => {
    const facts = await scan(fixture('stored-spread-field'));
    assert.deepEqual(facts.egress.calls.map((c) => [c.url, c.carries, at(c.evidence)]), [['https://api.textrelay.example.com/v1/messages', ['phone-number'], 'src/alerts.ts:9']]);
    assert.deepEqual(facts.storage.filter((s) => s.op === 'write').map((s) => [s.key, s.carries]), [['member:{}', ['account-id', 'phone-number', 'resolver-payload']]]);
  });
});

describe('a resolver function\'s whole request or payload logged (`console.log(\'request\', req)`, `JSON.stringify(payload)`)', () => {
  it('logs a secret when the function reads a secret-named field of the payload (`authorizationHeader`, `keySecret`), not otherwise', async () => {
    const facts = await scan(fixture('logged-secret-payload'));
    assert.deepEqual(facts.logs.map((l) => [l.carries, at(l.evidence)]), [
      [['account-id', 'resolver-payload', 'secret'], 'src/index.js:7'],
      [['resolver-payload', 'secret'], 'src/index.js:15'],
      [['account-id', 'resolver-payload'], 'src/index.js:25'],
    ]);
  });
});
