import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Facts } from '../../src/scan/facts.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const descriptor = JSON.stringify({
  key: 'standup-digest', name: 'Standup digest', baseUrl: 'https://digest.example.com', authentication: { type: 'jwt' },
  lifecycle: { installed: '/installed', uninstalled: '/uninstalled' }, scopes: ['READ'], modules: {},
});
const pkg = JSON.stringify({ dependencies: { '@prisma/client': '^5.0.0', express: '^4.0.0' } });

// The client made once, behind an object's function (`database.get()`), as a module of the app exports it.
const database = [
  "import { PrismaClient } from '@prisma/client';",
  'let made: PrismaClient | undefined;',
  'export const database = {',
  '  get: () => {',
  '    if (!made) made = new PrismaClient();',
  '    return made;',
  '  },',
  '  close: async () => { await made?.$disconnect(); made = undefined; },',
  '};',
].join('\n');

const tenants = (prismaImport: boolean): string => [
  ...(prismaImport ? ["import { Prisma, type Tenant } from '@prisma/client';"] : []),
  "import { database } from './database';",
  'export async function saveTenant(body: { clientKey: string; sharedSecret: string; baseUrl: string }) {',
  '  return database.get().tenant.upsert({ where: { clientKey: body.clientKey }, create: body, update: { sharedSecret: body.sharedSecret } });',
  '}',
  `export async function findTenant(clientKey: string)${prismaImport ? ': Promise<Tenant | null>' : ''} {`,
  '  return database.get().tenant.findFirst({ where: { clientKey } });',
  '}',
  'export async function dropTenant(clientKey: string) {',
  '  return database.get().tenant.delete({ where: { clientKey } });',
  '}',
  ...(prismaImport ? ['export const isMissing = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError;'] : []),
].join('\n');

const server = [
  "import express from 'express';",
  "import { saveTenant, findTenant, dropTenant } from './tenants';",
  'const app = express();',
  "app.post('/installed', express.json(), async (req, res) => { await saveTenant(req.body); res.sendStatus(204); });",
  "app.post('/uninstalled', express.json(), async (req, res) => { if (await findTenant(req.body.clientKey)) await dropTenant(req.body.clientKey); res.sendStatus(204); });",
].join('\n');

const ops = (facts: Facts): string[] => facts.storage.filter((s) => s.evidence.file === 'src/tenants.ts').map((s) => `${s.backend} ${s.op} ${s.key} ${s.carries.join('+')} ${s.evidence.line}`);

describe('a Prisma client behind an exported object\'s function (`database.get().tenant.upsert(…)`)', () => {
  it('its queries are the app\'s database, with what they write', async () => {
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': pkg, 'src/database.ts': database, 'src/tenants.ts': tenants(false), 'src/server.ts': server });
    assert.deepEqual(ops(facts), [
      'external-db write tenant resolver-payload+secret 3',
      'external-db read tenant  6',
      'external-db delete tenant  9',
    ]);
  });

  it('as well in a module that imports Prisma itself: the function\'s own call there, a key-value read until the scan knows the object, settles none of them', async () => {
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': pkg, 'src/database.ts': database, 'src/tenants.ts': tenants(true), 'src/server.ts': server });
    assert.deepEqual(ops(facts), [
      'external-db write tenant resolver-payload+secret 4',
      'external-db read tenant  7',
      'external-db delete tenant  10',
    ]);
  });
});
