import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Facts } from '../../src/scan/facts.ts';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const INDEX = [
  "import api, { route, fetch } from '@forge/api';",
  '',
  'async function lookup(path, params = {}) {',
  '  const url = new URL(`https://directory.example.com${path}`);',
  '  Object.keys(params).forEach((key) => {',
  '    if (params[key] != null) url.searchParams.append(key, params[key]);',
  '  });',
  '  const res = await fetch(url.href);',
  '  return res.json();',
  '}',
  '',
  'function query(fields) {',
  '  const search = new URLSearchParams();',
  '  Object.entries(fields).forEach(([name, value]) => search.set(name, value));',
  '  return search.toString();',
  '}',
  '',
  'export async function run(event) {',
  '  const res = await api.asApp().requestJira(route`/rest/api/3/issue/${event.issue.key}`);',
  '  const issue = await res.json();',
  "  await lookup('/people', { email: issue.fields.reporter.emailAddress, limit: 5 });",
  "  await lookup('/teams', { limit: 5 });",
  '  await fetch(`https://directory.example.com/notes?${query({ text: issue.fields.summary })}`);',
  '  await fetch(`https://directory.example.com/pages?${query({ page: 2 })}`);',
  '}',
  '',
].join('\n');

describe('a query built from an object (`Object.keys(params).forEach((k) => url.searchParams.append(k, params[k]))`)', () => {
  let facts: Facts;
  before(async () => {
    ({ facts } = await scanFiles({ 'manifest.yml': forgeManifest(), 'src/index.js': INDEX }));
  });

  it('sends what the object holds, to the URL `url.href` gives', () => {
    assert.deepEqual(facts.egress.calls.map((c) => ({ url: c.url, carries: c.carries })), [
      { url: 'https://directory.example.com/people', carries: ['email'] },
      { url: 'https://directory.example.com/teams', carries: ['other'] },
      { url: 'https://directory.example.com/notes?{}', carries: ['product-content'] },
      { url: 'https://directory.example.com/pages?{}', carries: ['other'] },
    ]);
  });
});
