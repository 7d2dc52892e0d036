import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './analyze.ts';

type Row = { backend: string; op: string; key: string | null; carries: string[]; line: number };
const cases: Array<{ name: string; code: string; expect: Row[] }> = [
  {
    name: '@forge/kvs set and get with template keys',
    code: "import { kvs } from '@forge/kvs';\nawait kvs.set(`handoff:${id}`, { note, createdAt: Date.now() });\nconst h = await kvs.get(`handoff:${id}`);",
    expect: [{ backend: 'kvs', op: 'write', key: 'handoff:{}', carries: ['other'], line: 2 }, { backend: 'kvs', op: 'read', key: 'handoff:{}', carries: [], line: 3 }],
  },
  {
    name: 'legacy storage of @forge/api with a secret',
    code: "import { storage } from '@forge/api';\nawait storage.setSecret('openai-key', key);\nawait storage.delete('settings');",
    expect: [{ backend: 'kvs-secret', op: 'write', key: 'openai-key', carries: ['other'], line: 2 }, { backend: 'kvs', op: 'delete', key: 'settings', carries: [], line: 3 }],
  },
  {
    name: 'methods destructured from storage: const { set } = storage',
    code: "import { storage } from '@forge/api';\nconst { set } = storage;\nawait set(`watch:${accountId}`, accountId);",
    expect: [{ backend: 'kvs', op: 'write', key: 'watch:{}', carries: ['account-id'], line: 3 }],
  },
  {
    name: 'a KVS transaction: each operation in it, not the transaction itself, each at its own line',
    code: "import { kvs } from '@forge/kvs';\nawait kvs.transact()\n  .set(`owner:${id}`, accountId)\n  .delete(`draft:${id}`)\n  .execute();",
    expect: [{ backend: 'kvs', op: 'delete', key: 'draft:{}', carries: [], line: 4 }, { backend: 'kvs', op: 'write', key: 'owner:{}', carries: ['account-id'], line: 3 }],
  },
  {
    name: 'a Custom Entity Store transaction: the entity its options name ({ entityName }), not a key of the KVS',
    code: "import { kvs } from '@forge/kvs';\nconst ENTITY = 'standup';\nawait kvs.transact()\n  .delete(oldId, { entityName: ENTITY })\n  .set(newId, { author: accountId }, { entityName: ENTITY, conditions })\n  .execute();",
    expect: [{ backend: 'custom-entity', op: 'write', key: 'standup', carries: ['account-id'], line: 5 }, { backend: 'custom-entity', op: 'delete', key: 'standup', carries: [], line: 4 }],
  },
  {
    name: 'a map keyed by account IDs ({ [accountId]: … }) holds them; one keyed by issue keys does not',
    code: "import { kvs } from '@forge/kvs';\nexport async function run(event) {\n  await kvs.set('seen', { [event.atlassianId]: Date.now() });\n  await kvs.set('issues', { [event.issue.key]: true });\n}",
    expect: [{ backend: 'kvs', op: 'write', key: 'seen', carries: ['account-id'], line: 3 }, { backend: 'kvs', op: 'write', key: 'issues', carries: ['literal'], line: 4 }],
  },
  {
    name: 'a map given account IDs as keys (seen[accountId] = …) holds them; one given issue keys does not',
    code: "import { kvs } from '@forge/kvs';\nexport async function run(event) {\n  const seen = (await kvs.get('seen')) ?? {};\n  seen[event.atlassianId] = new Date().toISOString();\n  await kvs.set('seen', seen);\n  const issues = {};\n  issues[event.issue.key] = true;\n  await kvs.set('issues', issues);\n}",
    expect: [{ backend: 'kvs', op: 'read', key: 'seen', carries: [], line: 3 }, { backend: 'kvs', op: 'write', key: 'seen', carries: ['account-id'], line: 5 }, { backend: 'kvs', op: 'write', key: 'issues', carries: ['literal'], line: 8 }],
  },
  {
    name: 'a query for the keys that begin with a prefix (startsWith, WhereConditions.beginsWith) reads the keys under it',
    code: "import { storage, startsWith } from '@forge/api';\nimport { kvs, WhereConditions } from '@forge/kvs';\nconst a = await storage.query().where('key', startsWith('summary:')).limit(20).getMany();\nconst b = await kvs.query().where('key', WhereConditions.beginsWith(`watch:${projectKey}:`)).getMany();\nconst c = await storage.query().getMany();",
    expect: [{ backend: 'kvs', op: 'query', key: 'summary:{}', carries: [], line: 3 }, { backend: 'kvs', op: 'query', key: 'watch:{}:{}', carries: [], line: 4 }, { backend: 'kvs', op: 'query', key: null, carries: [], line: 5 }],
  },
  {
    name: 'custom entity and query builder',
    code: "import { kvs, WhereConditions } from '@forge/kvs';\nawait kvs.entity('employee').set('e1', { name: 'x' });\nconst r = await kvs.entity('employee').query().index('by-age').where(WhereConditions.isGreaterThan(30)).getMany();",
    expect: [{ backend: 'custom-entity', op: 'write', key: 'employee', carries: ['literal'], line: 2 }, { backend: 'custom-entity', op: 'query', key: 'employee', carries: [], line: 3 }],
  },
  {
    name: '@forge/sql prepared statement',
    code: "import { sql } from '@forge/sql';\nawait sql.prepare('INSERT INTO notes (id, body) VALUES (?, ?)').bindParams(id, body).execute();",
    // What it writes is the bound parameters (here unknown globals).
    expect: [{ backend: 'sql', op: 'write', key: 'notes', carries: ['other'], line: 2 }],
  },
  {
    name: 'account IDs and page bodies flowing into KVS are recorded',
    code: "import api, { route } from '@forge/api';\nimport { kvs } from '@forge/kvs';\nexport async function cache(req) {\n  const res = await api.asApp().requestConfluence(route`/wiki/api/v2/pages/${req.payload.pageId}?body-format=storage`);\n  const page = await res.json();\n  await kvs.set(`page:${req.context.accountId}`, page.body.storage.value);\n}",
    expect: [{ backend: 'kvs', op: 'write', key: 'page:{}', carries: ['account-id', 'product-content'], line: 6 }],
  },
  {
    name: 'entity properties through @forge/api properties',
    code: "import { properties } from '@forge/api';\nawait properties.onJiraIssue(issueKey).set('handoff-state', { state });",
    expect: [{ backend: 'issue-property', op: 'write', key: 'handoff-state', carries: ['other'], line: 2 }],
  },
  {
    name: 'a key built by a function declared in the module',
    code: "import { kvs } from '@forge/kvs';\nfunction watchKey(issueKey) {\n  return `watch:${issueKey}`;\n}\nexport async function unwatch(issueKey) {\n  await kvs.delete(watchKey(issueKey));\n}",
    expect: [{ backend: 'kvs', op: 'delete', key: 'watch:{}', carries: [], line: 6 }],
  },
  {
    name: 'Supabase insert',
    code: "import { createClient } from '@supabase/supabase-js';\nconst supabase = createClient(url, key);\nawait supabase.from('ai_requests').insert({ prompt, account_id: accountId });",
    expect: [{ backend: 'external-db', op: 'write', key: 'ai_requests', carries: ['account-id'], line: 3 }],
  },
  {
    name: 'records written to a JSON file with fs (callbacks, promises, fs/promises); other files are not records',
    code: "const fs = require('fs');\nconst path = require('path');\nconst { writeFile } = require('fs/promises');\nconst DIR = path.join('/srv', 'installs');\nexports.save = async (install, pdf) => {\n  fs.writeFileSync(path.join(DIR, `${install.clientKey}.json`), JSON.stringify(install));\n  const text = JSON.stringify({ secret: install.sharedSecret });\n  await fs.promises.writeFile('tenants.json', text);\n  await writeFile(path.join(__dirname, 'db.json'), JSON.stringify([install.id]));\n  fs.writeFileSync('/srv/out.pdf', pdf);\n  fs.appendFileSync('app.log', `saved ${install.id}\\n`);\n};",
    expect: [
      { backend: 'external-db', op: 'write', key: '/srv/installs/{}.json', carries: ['other'], line: 6 },
      { backend: 'external-db', op: 'write', key: 'tenants.json', carries: ['secret'], line: 8 },
      { backend: 'external-db', op: 'write', key: '{}/db.json', carries: ['other'], line: 9 },
    ],
  },
  {
    name: 'MongoDB writes on a database handed in from another module; its reads and other collections\' calls need the driver imported',
    code: "export default ({ database }) => async (req) => {\n  await database.collection('tenants').insertOne({ clientKey: req.body.clientKey });\n  await database.collection('tenants').updateOne({ id: 1 }, { $set: { seen: true } });\n  await database.collection('tenants').deleteMany({ old: true });\n  await database.collection('tenants').findOne({ id: 1 });\n  await firestore.collection('notes').add({ note: 1 });\n};",
    expect: [
      { backend: 'external-db', op: 'write', key: 'tenants', carries: ['other'], line: 2 },
      { backend: 'external-db', op: 'write', key: 'tenants', carries: ['literal'], line: 3 },
      { backend: 'external-db', op: 'delete', key: 'tenants', carries: [], line: 4 },
    ],
  },
];

const PAYLOAD_STORAGE: Array<{ name: string; code: string; expect: string[][] }> = [
  {
    name: 'items pushed into a list, set on an object or put in a Map are stored with it',
    code: "import { storage } from '@forge/api';\nexport async function run(event) {\n  const events = (await storage.get('events')) || [];\n  events.push({ summary: event.issue.fields.summary });\n  await storage.set('events', events);\n  const record = {};\n  record.summary = event.issue.fields.summary;\n  await storage.set('record', record);\n  const byKey = new Map();\n  byKey.set(event.issue.key, { summary: event.issue.fields.summary });\n  await storage.set('map', Array.from(byKey.values()));\n}",
    expect: [['resolver-payload'], ['resolver-payload'], ['resolver-payload']],
  },
  {
    name: 'the ID of a person is an account ID',
    code: "import { storage } from '@forge/api';\nexport async function run(event) {\n  const userId = event.issue.fields.assignee.accountId;\n  await storage.set(`points-${userId}`, { points: 10 });\n  await storage.set('last', { assigneeId: userId });\n  await storage.set('sprint', { name: event.sprint.name });\n}",
    expect: [['account-id'], ['account-id'], ['resolver-payload']],
  },
  {
    name: 'values written into the text of an SQL statement are stored, not its literal text',
    code: "import { sql } from '@forge/sql';\nimport pg from 'pg';\nconst pool = new pg.Pool();\nexport async function run(event) {\n  await sql.executeRaw(`UPDATE notes SET body = '${event.comment.body}' WHERE id = 1`);\n  const q = `INSERT INTO seen (account) VALUES ('${event.atlassianId}')`;\n  await pool.query(q);\n  await sql.executeRaw('DELETE FROM notes WHERE id = 1');\n  await sql.executeRaw(\"INSERT INTO notes (body) VALUES ('hello')\");\n}",
    expect: [['resolver-payload'], ['account-id'], []],
  },
  {
    name: 'an UPDATE stores the values of its SET clause, not those that only pick its rows (WHERE account_id = $2)',
    code: "import pg from 'pg';\nconst pool = new pg.Pool();\nexport async function run(event) {\n  await pool.query(\"UPDATE entries SET account_id = 'anonymised', author = NULL WHERE client_key = $1 AND account_id = $2\", [event.clientKey, event.accountId]);\n  await pool.query('UPDATE prefs SET theme = $2 WHERE account_id = $1', [event.accountId, event.theme]);\n  await pool.query('UPDATE prefs SET owner = ? WHERE id = ?', [event.accountId, event.id]);\n}",
    expect: [[], ['resolver-payload'], ['account-id']],
  },
];

describe('storage', () => {
  for (const c of PAYLOAD_STORAGE) {
    it(c.name, () => {
      const writes = analyze(c.code, 'src/index.js', ['src/index.js#run']).storage.filter((s) => s.op === 'write');
      assert.deepEqual(writes.map((s) => s.carries), c.expect);
    });
  }
  for (const c of cases) {
    it(c.name, () => {
      const facts = analyze(c.code);
      assert.deepEqual(facts.storage.map((s) => ({ backend: s.backend, op: s.op, key: s.key, carries: s.carries, line: s.evidence.line })), c.expect);
    });
  }
  it('a method every object has is no storage call (Buffer.from(data).toString in a Supabase app)', () => {
    const code = "import { kvs } from '@forge/kvs';\n// rows go to supabase through the server\nconst b64 = Buffer.from(data).toString('base64');\nconst s = kvs.toString();\nconst v = Array.from(rows).valueOf();";
    assert.deepEqual(analyze(code).storage, []);
  });
  it('a Map named kvs is not Forge storage', () => {
    assert.deepEqual(analyze('const kvs = new Map();\nkvs.set("a", 1);').storage, []);
  });
});
