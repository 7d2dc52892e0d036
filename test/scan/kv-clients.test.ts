import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Evidence } from '../../src/scan/facts.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const descriptor = JSON.stringify({ key: 'k', baseUrl: 'https://app.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], lifecycle: { installed: '/installed' }, modules: {} });
const pkg = (dep: string): string => JSON.stringify({ dependencies: { [dep]: '5.0.0', express: '4.0.0' } });

describe('Redis as a back end\'s store', () => {
  it('reads and writes of an ioredis client made in a class are external-db storage, keyed', async () => {
    const store = [
      "import Redis from 'ioredis';",
      'export class Store {',
      '  constructor() { this.client = new Redis(process.env.REDIS_URL); }',
      '  async saveInstall(body) {',
      '    await this.client.set(`installation:${body.clientKey}`, JSON.stringify({ sharedSecret: body.sharedSecret, baseUrl: body.baseUrl }));',
      '  }',
      '  async remember(accountId, jql) {',
      '    await this.client.hset(`user:${accountId}`, "jql", jql);',
      '    await this.client.sadd("users", accountId);',
      '  }',
      '  find(clientKey) { return this.client.get(`installation:${clientKey}`); }',
      '  forget(accountId) { return this.client.del(`user:${accountId}`); }',
      '}',
    ].join('\n');
    const routes = [
      "import { Store } from './store.js';",
      'const store = new Store();',
      'export const installed = (req) => store.saveInstall(req.body);',
      'export const search = (req) => store.remember(req.context.userAccountId, req.query.jql);',
      'export const tenant = (clientKey) => store.find(clientKey);',
      'export const uninstalled = (req) => store.forget(req.context.userAccountId);',
    ].join('\n');
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': pkg('ioredis'), 'store.js': store, 'routes.js': routes });
    assert.deepEqual(facts.storage.map((s) => [s.backend, s.op, s.key, s.api, s.carries, at(s.evidence)]), [
      ['external-db', 'write', 'installation:{}', 'ioredis.set', ['secret'], 'store.js:5'],
      ['external-db', 'write', 'user:{}', 'ioredis.hset', ['account-id'], 'store.js:8'],
      ['external-db', 'write', 'users', 'ioredis.sadd', ['account-id'], 'store.js:9'],
      ['external-db', 'read', 'installation:{}', 'ioredis.get', [], 'store.js:11'],
      ['external-db', 'delete', 'user:{}', 'ioredis.del', [], 'store.js:12'],
    ]);
  });

  it('a node-redis client another module exports counts; a map of the same name does not', async () => {
    const redis = "import { createClient } from 'redis';\nexport const redis = await createClient({ url: process.env.REDIS_URL }).connect();\n";
    const cache = 'export const cache = new Map();\n';
    const jobs = [
      "import { redis } from './redis.js';",
      "import { cache } from './cache.js';",
      'export async function start(accountId, jql) {',
      '  await redis.set(`job:${accountId}`, JSON.stringify({ accountId, jql }), { EX: 3600 });',
      '  cache.set(`job:${accountId}`, jql);',
      '  return redis.get(`job:${accountId}`);',
      '}',
    ].join('\n');
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': pkg('redis'), 'redis.js': redis, 'cache.js': cache, 'jobs.js': jobs });
    assert.deepEqual(facts.storage.map((s) => [s.op, s.key, s.api, s.carries, at(s.evidence)]), [
      ['write', 'job:{}', 'redis.set', ['account-id'], 'jobs.js:4'],
      ['read', 'job:{}', 'redis.get', [], 'jobs.js:6'],
    ]);
  });

  it('what a read of a Redis key gives is what was written under it, by any module', async () => {
    const install = [
      "const Redis = require('ioredis');",
      'const redis = new Redis();',
      'exports.installed = async (body) => { await redis.set(`tenant:${body.clientKey}`, body.sharedSecret); };',
      "exports.seen = async (accountId) => { await redis.set('last-seen', accountId); };",
    ].join('\n');
    const server = [
      "const Redis = require('ioredis');",
      'const redis = new Redis();',
      'async function handle(clientKey) {',
      '  const tenant = await redis.get(`tenant:${clientKey}`);',
      "  console.log('tenant', tenant);",
      '}',
      'module.exports = { handle };',
    ].join('\n');
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': pkg('ioredis'), 'install.js': install, 'server.js': server });
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [['server.js:5', ['secret']]]);
  });
});

describe('clients a class is handed, typed with their package\'s class', () => {
  it('constructor(private readonly redis: Redis): its commands are Redis storage', async () => {
    const service = [
      "import { Injectable } from '@nestjs/common';",
      "import { InjectRedis } from '@nestjs-modules/ioredis';",
      "import type Redis from 'ioredis';",
      '@Injectable()',
      'export class SessionStore {',
      '  constructor(@InjectRedis() private readonly redis: Redis, private readonly ttl: number) {}',
      '  async remember(accountId: string, token: string) {',
      '    await this.redis.set(`session:${accountId}`, token, "EX", this.ttl);',
      '  }',
      '}',
    ].join('\n');
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': pkg('ioredis'), 'src/session.store.ts': service });
    assert.deepEqual(facts.storage.map((s) => [s.op, s.key, s.api, s.carries, at(s.evidence)]), [
      ['write', 'session:{}', 'ioredis.set', ['account-id', 'secret'], 'src/session.store.ts:8'],
    ]);
  });

  it('this.redis.client.srem(…) with redis typed with the app\'s class whose member is a client it makes: Redis storage; a member that is none is not', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': pkg('ioredis'),
      'src/redis.service.ts': [
        "import Redis from 'ioredis';",
        '@Injectable()',
        'export class RedisService {',
        '  readonly client = new Redis(process.env.REDIS_URL!);',
        '  readonly cache = new Map<string, string>();',
        '}',
      ].join('\n'),
      'src/export.repository.ts': [
        "import { RedisService } from './redis.service';",
        '@Injectable()',
        'export class ExportRepository {',
        '  constructor(private readonly redis: RedisService) {}',
        '  async track(clientKey: string, accountId: string) {',
        '    await this.redis.client.sadd(`exports:${clientKey}`, accountId);',
        '    this.redis.cache.set(clientKey, accountId);',
        '  }',
        '  async forget(clientKey: string) {',
        '    await this.redis.client.del(`exports:${clientKey}`);',
        '  }',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => [s.op, s.key, s.api, s.carries, at(s.evidence)]), [
      ['write', 'exports:{}', 'redis.client.sadd', ['account-id'], 'src/export.repository.ts:6'],
      ['delete', 'exports:{}', 'redis.client.del', [], 'src/export.repository.ts:10'],
    ]);
  });
});

describe('an SDK client a class is handed, typed with the SDK\'s class', () => {
  it('constructor(private readonly s3: S3Client): this.s3.send(…) is an S3 call', async () => {
    const service = [
      "import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';",
      'export class ExportStore {',
      '  constructor(private readonly s3: S3Client) {}',
      '  async put(key: string, csv: string) {',
      "    await this.s3.send(new PutObjectCommand({ Bucket: 'exports', Key: key, Body: csv }));",
      '  }',
      '}',
    ].join('\n');
    const caller = "import { ExportStore } from './export.store';\nexport const upload = (store: ExportStore, csv: string) => store.put('export.csv', csv);\n";
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': pkg('@aws-sdk/client-s3'), 'src/export.store.ts': service, 'src/upload.ts': caller });
    assert.deepEqual(facts.egress.sdkCalls.map((c) => [c.vendor, c.api, at(c.evidence)]), [['aws-s3', 'S3Client.send', 'src/export.store.ts:5']]);
  });
});

describe('Deno KV as a back end\'s store', () => {
  const bitbucket = JSON.stringify({
    key: 'merge-notes', name: 'Merge notes', baseUrl: 'https://merge-notes.deno.dev', authentication: { type: 'jwt' },
    lifecycle: { installed: '/installed', uninstalled: '/uninstalled' }, scopes: ['repository'], contexts: ['account'], modules: {},
  });

  it('writes through `kv.atomic()` (kept in a variable, or chained after `check`), of a store opened here or in another module, are keyed storage of what they hold', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': bitbucket,
      'deno.json': JSON.stringify({ tasks: { start: 'deno run -A --unstable-kv server.ts' } }),
      'db.ts': [
        'export const kv = await Deno.openKv();',
        'export const tenantKey = (clientKey: string) => ["tenant", clientKey];',
        'export async function dropTenant(clientKey: string) {',
        '  const tx = kv.atomic();',
        '  tx.delete(["secret", clientKey]);',                                                   // 5
        '  tx.delete(tenantKey(clientKey));',                                                    // 6
        '  await tx.commit();',
        '}',
      ].join('\n'),
      'server.ts': [
        'import { kv, dropTenant } from "./db.ts";',
        'const cache = await Deno.openKv();',
        'const seen = new Map<string, string>();',
        'Deno.serve(async (req) => {',
        '  const url = new URL(req.url);',
        '  if (url.pathname === "/installed") {',
        '    const body = await req.json();',
        '    const op = kv.atomic();',
        '    op.set(["secret", body.clientKey], body.sharedSecret);',                            // 9
        '    await op.commit();',
        '    const tenant = ["tenant", body.clientKey];',
        '    await kv.atomic().check({ key: tenant, versionstamp: null }).set(tenant, body.baseUrl).commit();', // 12
        '    await cache.set(["actor", body.principal.uuid], { name: body.principal.display_name }, { expireIn: 7 * 24 * 3600 * 1000 });', // 13
        '    seen.delete(body.clientKey);',
        '    return new Response(null, { status: 204 });',
        '  }',
        '  if (url.pathname === "/uninstalled") {',
        '    await dropTenant((await req.json()).clientKey);',
        '    return new Response(null, { status: 204 });',
        '  }',
        '  const secret = await kv.get(["secret", url.searchParams.get("iss") ?? ""]);',        // 21
        '  return new Response(secret.value ? "ok" : "unknown");',
        '});',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => [s.op, s.key, s.api, s.carries, at(s.evidence), s.expiresAfter ?? null]), [
      ['delete', 'secret:{}', 'Deno.Kv.delete', [], 'db.ts:5', null],
      ['delete', 'tenant:{}', 'Deno.Kv.delete', [], 'db.ts:6', null],
      ['write', 'secret:{}', 'Deno.Kv.set', ['secret'], 'server.ts:9', null],
      ['write', 'tenant:{}', 'Deno.Kv.set', ['other'], 'server.ts:12', null],
      ['write', 'actor:{}', 'Deno.Kv.set', ['display-name'], 'server.ts:13', 604800],
      ['read', 'secret:{}', 'kv.get', [], 'server.ts:21', null],
    ]);
    assert.ok(facts.storage.every((s) => s.backend === 'external-db'));
  });

  it('commands on a parameter or a constructor\'s member typed `Deno.Kv` (the store its callers open) are keyed storage; on one typed otherwise, none', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': bitbucket,
      'store.ts': [
        'export async function saveTenant(kv: Deno.Kv, clientKey: string, secret: string): Promise<void> {',
        '  await kv.set(["tenant", clientKey], { secret }, { expireIn: 24 * 3600 * 1000 });',          // 2
        '}',
        'export const dropTenant = async (kv: Deno.Kv, clientKey: string) => {',
        '  await kv.atomic().delete(["tenant", clientKey]).commit();',                                   // 5
        '};',
        'export function forget(cache: Map<string, string>, clientKey: string) {',
        '  cache.delete(clientKey);',
        '}',
        'export class Notes {',
        '  constructor(private readonly kv: Deno.Kv, private readonly prefix = "note") {}',
        '  async put(id: string, text: string) {',
        '    await this.kv.set([this.prefix, id], text);',                                           // 13
        '  }',
        '}',
      ].join('\n'),
      'server.ts': [
        'import { saveTenant, dropTenant, Notes } from "./store.ts";',
        'const kv = await Deno.openKv();',
        'const notes = new Notes(kv);',
        'Deno.serve(async (req) => {',
        '  const body = await req.json();',
        '  if (body.note) await notes.put(body.id, body.note);',
        '  if (body.eventType === "installed") await saveTenant(kv, body.clientKey, body.sharedSecret);',
        '  else await dropTenant(kv, body.clientKey);',
        '  return new Response(null, { status: 204 });',
        '});',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => [s.op, s.key, s.api, s.carries, at(s.evidence), s.expiresAfter ?? null]), [
      ['write', 'tenant:{}', 'Deno.Kv.set', ['secret'], 'store.ts:2', 86400],
      ['delete', 'tenant:{}', 'Deno.Kv.delete', [], 'store.ts:5', null],
      ['write', '{}:{}', 'Deno.Kv.set', ['other'], 'store.ts:13', null],
    ]);
  });

  it('a `delete` or an `atomic()` chain on an object of another module that is no store is none', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': bitbucket,
      'registry.ts': 'export const kv = new Map<string, unknown>();\nexport const ledger = { atomic: () => ({ set: (k: unknown, v: unknown) => [k, v] }) };\n',
      'server.ts': [
        'import { kv, ledger } from "./registry.ts";',
        'Deno.serve(async (req) => {',
        '  const body = await req.json();',
        '  kv.delete(body.clientKey);',
        '  ledger.atomic().set(["secret", body.clientKey], body.sharedSecret);',
        '  return new Response(null);',
        '});',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage, []);
  });
});
