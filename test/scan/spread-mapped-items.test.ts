import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const INDEX = [
  "import api, { route, fetch } from '@forge/api';",
  '',
  'async function people() {',
  '  const res = await api.asApp().requestJira(route`/rest/api/3/users/search`);',
  '  return res.json();',
  '}',
  '',
  "const post = (path, value) => fetch(`https://stats.example.com${path}`, { method: 'POST', body: JSON.stringify(value) });",
  '',
  'export async function run() {',
  '  const users = await people();',
  '  const rows = [];',
  '  rows.push(...users.map((u) => ({ accountId: u.accountId, name: u.displayName, points: 1 })));',
  "  await post('/points', rows.map((row) => row.points));",
  "  await post('/names', rows.map((row) => row.name));",
  '  const cards = await Promise.all(users.map(async (u) => ({ mail: u.emailAddress, points: 2 })));',
  '  for (const card of cards) {',
  "    await post('/card-points', card.points);",
  "    await post('/card-mails', card.mail);",
  '  }',
  '  const [first] = rows;',
  "  await post('/first-points', first.points);",
  '  const again = [];',
  '  again.push(...rows);',
  "  await post('/again-points', again.map((row) => row.points));",
  '}',
  '',
].join('\n');

describe('the items of an array that come spread in (`rows.push(...users.map((u) => ({ … })))`), from `Promise.all` of a map, or destructured', () => {
  it('keep their fields apart: a field read from an item holds what that field was given', async () => {
    const { facts } = await scanFiles({ 'manifest.yml': forgeManifest(), 'src/index.js': INDEX });
    const carries = Object.fromEntries(facts.egress.calls.map((c) => [(c.url ?? '').slice('https://stats.example.com'.length), c.carries]));
    assert.deepEqual(carries, {
      '/points': ['other'],
      '/names': ['display-name'],
      '/card-points': ['other'],
      '/card-mails': ['email'],
      '/first-points': ['other'],
      '/again-points': ['other'],
    });
  });
});
