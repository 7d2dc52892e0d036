import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Facts } from '../../src/scan/facts.ts';
import { scanFiles } from '../helpers/temp-app.ts';

// A Connect macro served from Cloudflare: its descriptor, and the server code given.
const descriptor = JSON.stringify({
  key: 'sketch-macro', baseUrl: 'https://sketch-macro.pages.dev', authentication: { type: 'jwt' },
  lifecycle: { installed: '/installed' }, scopes: ['READ'],
  modules: { dynamicContentMacros: [{ key: 'sketch', url: '/viewer.html', name: { value: 'Sketch' } }] },
});

const writes = (facts: Facts) => facts.storage.filter((op) => op.op === 'write')
  .map((op) => [`${op.evidence.file}:${op.evidence.line}`, op.backend, op.api, op.key, op.carries.filter((k) => k !== 'other').sort().join(',')]);
const stored = (facts: Facts) => facts.personalData.uses.filter((u) => u.action === 'stored').map((u) => `${u.kind} ${u.evidence.file}:${u.evidence.line}`).sort();

describe('Cloudflare Workers and Pages storage bindings', () => {
  it('a Pages function hands its R2 bucket to a helper that keeps each user\'s account ID in the key', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': JSON.stringify({ devDependencies: { wrangler: '^3.0.0' } }),
      'functions/usage.ts': [
        "import { keepEvent } from './lib/events';",
        'export const onRequestPost = async ({ request, env }) => {',
        '  const event = await request.json();',
        '  await keepEvent(env.USAGE, event);',
        "  return new Response(null, { status: 204 });",
        '};',
      ].join('\n'),
      'functions/lib/events.ts': [
        'export async function keepEvent(bucket, event) {',
        '  const key = `usage/${event.site}/${event.accountId}/${Date.now()}.json`;',
        '  return bucket.put(key, JSON.stringify(event));',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(writes(facts), [['functions/lib/events.ts:3', 'external-db', 'r2-or-kv.USAGE.put', 'usage/{}/{}/{}.json', 'account-id,resolver-payload']]);
    assert.deepEqual(stored(facts), ['account-id functions/lib/events.ts:3']);
  });

  it('a KV put with `expirationTtl` expires after that many seconds; one with `expiration` expires at a time not known; an R2 put with options sets no expiry', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'wrangler.toml': ['name = "sketch-macro"', 'main = "src/worker.ts"', '', '[[kv_namespaces]]', 'binding = "CACHE"', 'id = "0f2b"', '', '[[r2_buckets]]', 'binding = "FILES"', 'bucket_name = "files"', ''].join('\n'),
      'src/worker.ts': [
        'const DAY = 60 * 60 * 24;',
        'export default {',
        '  async fetch(request, env, ctx) {',
        '    const body = await request.json();',
        '    await env.CACHE.put(`summary:${body.pageId}`, body.summary, { expirationTtl: DAY });',
        '    await env.CACHE.put(`lock:${body.pageId}`, "1", { expiration: body.until });',
        '    await env.CACHE.put(`prefs:${body.pageId}`, body.theme);',
        '    await env.FILES.put(`files/${body.pageId}`, body.file, { httpMetadata: { contentType: "image/png" } });',
        "    return new Response('ok');",
        '  },',
        '};',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.filter((op) => op.op === 'write').map((op) => [op.api, op.expiresAfter]), [
      ['kv.CACHE.put', 86400], ['kv.CACHE.put', null], ['kv.CACHE.put', undefined], ['r2.FILES.put', undefined],
    ]);
  });

  it('a module worker keeps what users send in the KV namespace its wrangler.toml declares, keyed by account ID', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'wrangler.toml': ['name = "sketch-macro"', 'main = "src/worker.ts"', '', '[[kv_namespaces]]', 'binding = "PREFS"', 'id = "0f2b"', ''].join('\n'),
      'src/worker.ts': [
        'export default {',
        '  async fetch(request, env, ctx) {',
        '    const body = await request.json();',
        '    await env.PREFS.put(`prefs:${body.userAccountId}`, JSON.stringify({ email: body.email, theme: body.theme }));',
        "    const saved = await env.PREFS.get('defaults');",
        "    return new Response(saved ?? 'ok');",
        '  },',
        '};',
      ].join('\n'),
    });
    assert.deepEqual(writes(facts), [['src/worker.ts:4', 'external-db', 'kv.PREFS.put', 'prefs:{}', 'account-id,email,resolver-payload']]);
    assert.deepEqual(facts.storage.filter((op) => op.op === 'read').map((op) => [op.api, op.key]), [['kv.PREFS.get', 'defaults']]);
    assert.deepEqual(stored(facts), ['account-id src/worker.ts:4', 'email src/worker.ts:4']);
  });

  it('a Hono app on Workers inserts comments into D1 with the values it binds', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': JSON.stringify({ dependencies: { hono: '^4.0.0' } }),
      'wrangler.jsonc': ['{', '  // the comments database', '  "name": "sketch-macro",', '  "d1_databases": [{ "binding": "DB", "database_name": "comments", "database_id": "7c1e" }],', '}'].join('\n'),
      'src/index.ts': [
        "import { Hono } from 'hono';",
        'const app = new Hono();',
        "app.post('/comments', async (c) => {",
        '  const { accountId, text } = await c.req.json();',
        "  await c.env.DB.prepare('INSERT INTO comments (account_id, body) VALUES (?, ?)').bind(accountId, text).run();",
        "  const read = c.env.DB.prepare('SELECT body FROM comments WHERE account_id = ?');",
        '  const { results } = await read.bind(accountId).all();',
        '  return c.json(results);',
        '});',
        'export default app;',
      ].join('\n'),
    });
    assert.deepEqual(writes(facts), [['src/index.ts:5', 'external-db', 'd1.DB.prepare', 'comments', 'account-id,resolver-payload']]);
    assert.deepEqual(facts.storage.filter((op) => op.op === 'read').map((op) => [op.api, op.key]), [['d1.DB.prepare', 'comments']]);
  });

  it('a Durable Object keeps who edited last in its storage; a helper given the whole env writes to R2', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'wrangler.toml': ['name = "sketch-macro"', '[durable_objects]', 'bindings = [{ name = "BOARD", class_name = "Board" }]', '', '[[r2_buckets]]', 'binding = "EXPORTS"', 'bucket_name = "exports"', ''].join('\n'),
      'src/board.ts': [
        "import { DurableObject } from 'cloudflare:workers';",
        "import { archive } from './archive';",
        'export class Board extends DurableObject {',
        '  async edit(accountId, shapes) {',
        "    await this.ctx.storage.put('last-editor', accountId);",
        "    this.ctx.storage.sql.exec('INSERT INTO edits (editor, shapes) VALUES (?, ?)', accountId, JSON.stringify(shapes));",
        '    await archive(this.env, accountId, shapes);',
        '  }',
        '}',
        'export default {',
        '  async fetch(request, env) {',
        "    const board = env.BOARD.get(env.BOARD.idFromName('main'));",
        '    return board.fetch(request);',
        '  },',
        '};',
      ].join('\n'),
      'src/archive.ts': [
        'export async function archive(bindings, owner, shapes) {',
        '  await bindings.EXPORTS.put(`boards/${owner}.json`, JSON.stringify(shapes));',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(writes(facts), [
      ['src/archive.ts:2', 'external-db', 'r2.EXPORTS.put', 'boards/{}.json', 'account-id'],
      ['src/board.ts:5', 'external-db', 'durable-object-storage.put', 'last-editor', 'account-id'],
      ['src/board.ts:6', 'external-db', 'durable-object-storage.exec', 'edits', 'account-id'],
    ]);
    // `env.BOARD.get(id)` gives a Durable Object's stub: no read of storage.
    assert.deepEqual(facts.storage.filter((op) => op.op === 'read'), []);
  });

  it('a Durable Object in a module that names no env keeps data in its storage', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'wrangler.toml': ['name = "sketch-macro"', '[durable_objects]', 'bindings = [{ name = "VIEWS", class_name = "Views" }]', ''].join('\n'),
      'src/views.ts': [
        "import { DurableObject } from 'cloudflare:workers';",
        'export class Views extends DurableObject {',
        '  async seen(accountId) {',
        "    await this.ctx.storage.put(`viewer:${accountId}`, Date.now());",
        '  }',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(writes(facts), [['src/views.ts:4', 'external-db', 'durable-object-storage.put', 'viewer:{}', 'account-id']]);
  });

  it('a Worker that only serves public objects from R2 writes nothing', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'wrangler.json': JSON.stringify({ name: 'sketch-assets', r2_buckets: [{ binding: 'ASSETS', bucket_name: 'public-assets' }] }),
      'src/index.ts': [
        'export default {',
        '  async fetch(request, env) {',
        '    const key = new URL(request.url).pathname.slice(1);',
        '    const object = await env.ASSETS.get(key);',
        "    if (!object) return new Response('not found', { status: 404 });",
        '    return new Response(object.body);',
        '  },',
        '};',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((op) => [op.op, op.api]), [['read', 'r2.ASSETS.get']]);
    assert.deepEqual(stored(facts), []);
  });

  it('without a Wrangler file a read is not told from a Durable Object stub, and an app not on Cloudflare has no bindings', async () => {
    const pages = await scanFiles({
      'atlassian-connect.json': descriptor,
      'functions/doc.ts': 'export const onRequestGet = async ({ env, params }) => new Response(await env.DOCS.get(params.id));\n',
    });
    assert.deepEqual(pages.facts.storage, []);
    const node = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': JSON.stringify({ dependencies: { express: '^4.0.0' } }),
      'src/cache.ts': 'export async function remember(env, accountId) {\n  await env.CACHE.put(accountId, Date.now());\n}\n',
    });
    assert.deepEqual(node.facts.storage, []);
    // A Wrangler file of an example or a test's fixture does not put the app on Cloudflare.
    const example = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': JSON.stringify({ dependencies: { express: '^4.0.0' } }),
      'examples/worker/wrangler.toml': 'name = "demo"\n[[kv_namespaces]]\nbinding = "CACHE"\n',
      'src/cache.ts': 'export async function remember(env, accountId) {\n  await env.CACHE.put(accountId, Date.now());\n}\n',
    });
    assert.deepEqual(example.facts.storage, []);
  });
});

describe('Cloudflare Queues', () => {
  const wrangler = (queues: string): string => ['name = "sketch-jobs"', 'main = "src/worker.ts"', '', queues, ''].join('\n');

  it('a queue its Wrangler file binds keeps each message it is sent till the Worker\'s `queue` handler consumes it, with what the message holds', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'wrangler.toml': wrangler(['[[queues.producers]]', 'binding = "JOBS"', 'queue = "sketch-jobs"', '', '[[queues.consumers]]', 'queue = "sketch-jobs"'].join('\n')),
      'src/worker.ts': [
        "import { enqueue } from './jobs';",
        'export default {',
        '  async fetch(request, env, ctx) {',
        '    const body = await request.json();',
        '    await env.JOBS.send({ accountId: body.userAccountId, page: body.pageId });',
        '    await enqueue(env.JOBS, body.email);',
        "    return new Response('queued');",
        '  },',
        '  async queue(batch, env) {',
        '    for (const message of batch.messages) {',
        "      console.log('rendering', message.body);",
        '      message.ack();',
        '    }',
        '  },',
        '};',
      ].join('\n'),
      'src/jobs.ts': ['export async function enqueue(queue, email) {', '  await queue.sendBatch([{ body: { email } }]);', '}'].join('\n'),
    });
    assert.deepEqual(writes(facts), [
      ['src/jobs.ts:2', 'external-db', 'queue.JOBS.sendBatch', null, 'email'],
      ['src/worker.ts:5', 'external-db', 'queue.JOBS.send', null, 'account-id'],
    ]);
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, [...l.carries].sort()]), [[11, ['account-id', 'email']]]);
  });

  it('a `send` on a binding the Wrangler file does not name as a queue keeps nothing, and a `queue` handler of an app that binds none is handed no message of its own', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'wrangler.toml': wrangler(['[[send_email]]', 'name = "MAILER"'].join('\n')),
      'src/worker.ts': [
        'export default {',
        '  async fetch(request, env) {',
        '    const body = await request.json();',
        '    await env.MAILER.send(body.message);',
        '    await env.UNNAMED.send({ accountId: body.userAccountId });',
        "    return new Response('sent');",
        '  },',
        '  async queue(batch, env) {',
        "    for (const message of batch.messages) console.log('job', message.body);",
        '  },',
        '};',
      ].join('\n'),
    });
    assert.deepEqual(writes(facts), []);
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [[9, ['other']]]);
  });
});
