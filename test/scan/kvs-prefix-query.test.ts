import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe('a KVS query of keys beginning with a prefix', () => {
  it('reads the keys of that prefix: the key is the prefix, and the results hold what is written under it', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - storage:app'),
      'src/index.js': [
        "import { storage, startsWith } from '@forge/api';",
        "import { kvs, WhereConditions } from '@forge/kvs';",
        "const PREFIX = 'settings-';",
        'export const run = async (event, context) => {',
        '  await storage.set(`token-${event.id}`, event.token);',
        '  await storage.set(`settings-${event.id}`, { colour: "blue" });',
        '  const settings = await storage.query().where("key", startsWith(PREFIX)).limit(20).getMany();',
        "  console.log('settings', settings.results);",
        "  const more = await kvs.query().where('key', WhereConditions.beginsWith('settings-')).getMany();",
        "  console.log('more', more);",
        '  const all = await storage.query().getMany();',
        "  console.log('all', all);",
        '};',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => `${s.backend} ${s.op} ${s.key}`), [
      'kvs write token-{}', 'kvs write settings-{}', 'kvs query settings-{}', 'kvs query settings-{}', 'kvs query null',
    ]);
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [[8, ['other']], [10, ['other']], [12, ['secret']]]);
  });
});

describe('the keys of a KVS query\'s results', () => {
  it('begin with the query\'s prefix: a write or delete under one is under that prefix, and reads elsewhere do not match it', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - storage:app'),
      'src/index.js': [
        "import { kvs, WhereConditions } from '@forge/kvs';",
        "const HANDOFF = 'handoff:';",
        'export const run = async (event, context) => {',
        '  await kvs.set(`handoff:${event.issue}`, { from: context.accountId });',
        "  await kvs.set('settings', { colour: event.colour });",
        '  const page = await kvs.query().where("key", WhereConditions.beginsWith(HANDOFF)).getMany();',
        '  for (const { key, value } of page.results) await kvs.set(key, { ...value, from: "removed" });',
        '  for (const item of (await kvs.query().where("key", WhereConditions.beginsWith("old:")).getMany()).results) await kvs.delete(item.key);',
        '  const drafts = await kvs.query().where("key", WhereConditions.beginsWith("draft:")).getMany();',
        '  await Promise.all(drafts.results.map(({ key }) => kvs.delete(key)));',
        "  console.log('settings', await kvs.get('settings'));",
        '};',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => `${s.op} ${s.key} ${s.carries.join(',')}`), [
      'write handoff:{} account-id,resolver-payload', 'write settings resolver-payload', 'query handoff:{} ',
      'write handoff:{} account-id,resolver-payload', 'query old:{} ', 'delete old:{} ', 'query draft:{} ', 'delete draft:{} ', 'read settings ',
    ]);
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [[11, ['resolver-payload']]]);
  });
});

describe('KVS batch operations', () => {
  it('key each item: an array of { key, value }, or the objects a map callback builds', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - storage:app'),
      'src/index.js': [
        "import { kvs } from '@forge/kvs';",
        'export async function run(event, context) {',
        "  await kvs.set('settings', { colour: 'blue' });",
        '  await kvs.batchSet(event.issues.map((issue) => ({ key: `issue:${issue.key}`, value: { assignee: issue.fields.assignee.accountId } })));',
        "  await kvs.batchSet([{ key: 'a', value: 1 }, { key: `owner:${event.id}`, value: context.accountId }]);",
        "  console.log('settings', await kvs.get('settings'));",
        '  await kvs.batchDelete(event.issues.map((issue) => ({ key: `issue:${issue.key}` })));',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => `${s.op} ${s.key} ${s.carries.join(',')}`), [
      'write settings literal', 'write issue:{} account-id', 'write a literal', 'write owner:{} account-id', 'read settings ', 'delete issue:{} ',
    ]);
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [[6, ['literal']]]);
  });
});
