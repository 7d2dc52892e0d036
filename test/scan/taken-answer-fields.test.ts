import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const INDEX = [
  "import api, { route, storage } from '@forge/api';",
  '',
  'export async function run() {',
  '  const res = await api.asUser().requestJira(route`/rest/api/3/myself`);',
  '  const { accountId } = await res.json();',
  "  await storage.set('me', accountId);",
  '  const { emailAddress, self } = await (await api.asUser().requestJira(route`/rest/api/3/myself`)).json();',
  "  await storage.set('contact', { emailAddress, self });",
  '  const wiki = await api.asUser().requestConfluence(route`/wiki/rest/api/user/current`);',
  '  const { accountId: viewer } = await wiki.json();',
  "  await storage.set('viewer', viewer);",
  '  const whole = await (await api.asUser().requestJira(route`/rest/api/3/myself`)).json();',
  "  await storage.set('whole', whole.accountId);",
  '  const { accountId: owner, ...others } = await (await api.asUser().requestJira(route`/rest/api/3/myself`)).json();',
  "  await storage.set('owner', { owner, others });",
  '}',
  '',
].join('\n');

describe('the people of an answer the code takes when it reads the body once into a pattern', () => {
  it('only the fields it names: an account ID, an email; all of them when it keeps the whole answer or the rest of it', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:me', '    - read:jira-user', '    - read:confluence-user', '    - storage:app'),
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0' } }),
      'src/index.js': INDEX,
    });
    const read = facts.personalData.uses.filter((u) => u.action === 'read').map((u) => `${u.evidence.line} ${u.kind}`);
    assert.deepEqual(read, [
      '4 account-id',
      '7 email',
      '9 account-id',
      '12 account-id', '12 display-name', '12 email',
      '14 account-id', '14 display-name', '14 email',
    ]);
    // A field renamed as it is taken holds that field alone.
    assert.deepEqual(facts.storage.filter((s) => s.key === 'viewer').map((s) => s.carries), [['account-id']]);
  });
});

describe('the people of an answer whose body is read in more than one place', () => {
  it('all of them when one read keeps the whole body; those both patterns name when each takes some', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:me', '    - storage:app'),
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0' } }),
      'src/index.js': [
        "import api, { route, storage } from '@forge/api';",
        'export async function who(full) {',
        '  const res = await api.asUser().requestJira(route`/rest/api/3/myself`);',
        '  if (!full) {',
        '    const { accountId } = await res.json();',
        '    return accountId;',
        '  }',
        '  const me = await res.json();',
        "  await storage.set('me', me);",
        '  return me.accountId;',
        '}',
        'export async function contact(short) {',
        '  const res = await api.asUser().requestJira(route`/rest/api/3/myself`);',
        '  if (short) {',
        '    const { accountId } = await res.json();',
        '    return accountId;',
        '  }',
        '  const { emailAddress } = await res.json();',
        '  return emailAddress;',
        '}',
        '',
      ].join('\n'),
    });
    const read = facts.personalData.uses.filter((u) => u.action === 'read').map((u) => `${u.evidence.line} ${u.kind}`);
    assert.deepEqual(read, ['3 account-id', '3 display-name', '3 email', '13 account-id', '13 email']);
  });
});
