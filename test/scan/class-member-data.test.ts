import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Evidence, Facts } from '../../src/scan/facts.ts';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const at = (e: Evidence | undefined): string | null => (e ? `${e.file}:${e.line}` : null);

const DIGEST = [
  "import { fetch } from '@forge/api';",
  "import axios from 'axios';",
  '',
  'export class DigestReport {',
  '  constructor(issue) {',
  '    this.text = issue.fields.description;',
  '    this.key = issue.key;',
  '    this.lines = [];',
  '  }',
  '  addLine(body) {',
  '    this.lines.push(body);',
  '  }',
  '  send() {',
  "    return fetch('https://digest.example.com/reports', { method: 'POST', body: JSON.stringify({ text: this.text }) });",
  '  }',
  '  sendKey() {',
  "    return fetch('https://digest.example.com/keys', { method: 'POST', body: JSON.stringify({ key: this.key }) });",
  '  }',
  '  sendLines() {',
  "    return fetch('https://digest.example.com/lines', { method: 'POST', body: JSON.stringify(this.lines) });",
  '  }',
  '}',
  '',
  'export class Tally {',
  '  totals = { done: 0 };',
  '  latest = null;',
  '  count(issue) {',
  '    this.totals.done += 1;',
  '    this.latest = issue.fields.summary;',
  '  }',
  '  flush() {',
  "    console.log('totals', this.totals);",
  "    console.log('latest', this.latest);",
  '  }',
  '}',
  '',
  'export class Directory {',
  '  constructor(baseURL) {',
  '    this.http = axios.create({ baseURL });',
  '  }',
  '  upsert(user) {',
  "    return this.http.post('/people', { name: user.displayName });",
  '  }',
  '}',
  '',
].join('\n');

const INDEX = [
  "import api, { route } from '@forge/api';",
  "import { DigestReport, Tally, Directory } from './digest';",
  '',
  'export async function run(event) {',
  '  const res = await api.asApp().requestJira(route`/rest/api/3/issue/${event.issue.key}`);',
  '  const issue = await res.json();',
  '  const report = new DigestReport(issue);',
  '  report.addLine(issue.fields.summary);',
  '  await report.send();',
  '  await report.sendKey();',
  '  await report.sendLines();',
  '  const tally = new Tally();',
  '  tally.count(issue);',
  '  tally.flush();',
  "  await new Directory('https://people.example.org/api').upsert(issue.fields.assignee);",
  '}',
  '',
].join('\n');

describe('data a class keeps in its members (`this.text = issue.fields.description`, a class field set by a method)', () => {
  let facts: Facts;
  before(async () => {
    ({ facts } = await scanFiles({ 'manifest.yml': forgeManifest(), 'src/digest.js': DIGEST, 'src/index.js': INDEX }));
  });

  it('is sent by the methods that read the members, and a key read from what the builder passes is only a key', () => {
    assert.deepEqual(facts.egress.calls.map((c) => ({ url: c.url, carries: c.carries })), [
      { url: 'https://digest.example.com/reports', carries: ['product-content'] },
      { url: 'https://digest.example.com/keys', carries: ['other'] },
      { url: 'https://digest.example.com/lines', carries: ['product-content'] },
      { url: 'https://people.example.org/api/people', carries: ['display-name'] },
    ]);
  });

  it('is logged by the method that reads a member another method set; a counter holds nothing', () => {
    assert.deepEqual(facts.logs.map((l) => ({ at: at(l.evidence), carries: l.carries })), [
      { at: 'src/digest.js:32', carries: ['other'] },
      { at: 'src/digest.js:33', carries: ['product-content'] },
    ]);
  });
});
