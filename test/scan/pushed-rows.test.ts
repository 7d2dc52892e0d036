import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Facts } from '../../src/scan/facts.ts';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const INDEX = [
  "import api, { route, fetch } from '@forge/api';",
  '',
  'async function search(jql) {',
  '  const res = await api.asApp().requestJira(route`/rest/api/3/search?jql=${jql}`);',
  '  const data = await res.json();',
  '  return data.issues;',
  '}',
  '',
  "const post = (path, value) => fetch(`https://stats.example.com${path}`, { method: 'POST', body: JSON.stringify(value) });",
  '',
  'export async function run() {',
  "  const issues = await search('project = OPS');",
  '  const rows = [];',
  '  for (const issue of issues) rows.push({ key: issue.key, title: issue.fields.summary, owner: issue.fields.assignee.displayName, points: 1 });',
  "  await post('/points', rows.map((row) => row.points));",
  '  let total = 0;',
  '  for (const row of rows) total += row.points;',
  "  await post('/total', { total });",
  "  await post('/titles', rows.filter((row) => row.points > 0).map(({ title }) => title));",
  "  await post('/owners', rows.map((row) => row.owner));",
  "  await post('/rows', rows);",
  '  const cards = issues.map((issue) => ({ title: issue.fields.summary, points: 1 }));',
  "  await post('/cards', cards.map((card) => card.points));",
  "  await post('/card-titles', cards.map((card) => card.title));",
  '  const other = [];',
  '  issues.forEach((issue) => other.push(issue));',
  '  other.push({ points: 2 });',
  "  await post('/mixed', other.map((row) => row.points));",
  '}',
  '',
].join('\n');

describe('an array of object literals pushed one by one (`rows.push({ key: issue.key, points: 1 })`) or mapped (`issues.map((i) => ({ … }))`)', () => {
  let facts: Facts;
  before(async () => {
    ({ facts } = await scanFiles({ 'manifest.yml': forgeManifest(), 'src/index.js': INDEX }));
  });

  it('keeps its items’ fields apart: a field read from an item holds what that field was given', () => {
    const carries = Object.fromEntries(facts.egress.calls.map((c) => [(c.url ?? '').slice('https://stats.example.com'.length), c.carries]));
    assert.deepEqual(carries, {
      '/points': ['other'],
      '/total': ['other'],
      '/titles': ['product-content'],
      '/owners': ['display-name'],
      // The rows themselves hold all their fields.
      '/rows': ['display-name', 'product-content'],
      // The same of the object literals a `map` callback returns.
      '/cards': ['other'],
      '/card-titles': ['product-content'],
      // Items pushed whole: their fields are those of the issues.
      '/mixed': ['account-id', 'display-name', 'email', 'product-content'],
    });
  });
});
