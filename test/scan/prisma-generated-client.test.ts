import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const DESCRIPTOR = JSON.stringify({
  key: 'erasure-hub', baseUrl: 'https://erasure.example.com', authentication: { type: 'jwt' }, scopes: ['READ'],
  lifecycle: { installed: '/installed' }, modules: {},
});
const PACKAGE = JSON.stringify({ main: 'src/index.ts', dependencies: { '@prisma/client': '^6.0.0', express: '^5.0.0' }, devDependencies: { prisma: '^6.0.0' } });
const SCHEMA = [
  'generator client {', '  provider = "prisma-client-js"', '  output   = "../src/generated/prisma"', '}',
  'datasource db {', '  provider = "postgresql"', '  url      = env("DATABASE_URL")', '}',
  'model Request {', '  id    String @id @default(uuid())', '  email String', '}', '',
].join('\n');

const ops = (facts: Awaited<ReturnType<typeof scanFiles>>['facts']): string[] => facts.storage.filter((s) => s.api.startsWith('prisma.')).map((s) => `${s.op} ${s.key} ${s.carries.join(',')}`);

describe('the Prisma client `prisma generate` writes where the schema\'s generator says', () => {
  it('made in a module of the app and imported from it: its queries are the database\'s', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': DESCRIPTOR, 'package.json': PACKAGE, 'prisma/schema.prisma': SCHEMA,
      'src/lib/db.ts': [
        "import { PrismaClient } from '../generated/prisma';",
        'const globalForPrisma = global as unknown as { prisma: PrismaClient };',
        'export const prisma = globalForPrisma.prisma || new PrismaClient();',
        '',
      ].join('\n'),
      'src/index.ts': [
        "import express from 'express';",
        "import { prisma } from './lib/db';",
        'const app = express();',
        "app.post('/erase', async (req, res) => {",
        '  await prisma.request.create({ data: { email: req.body.email } });',
        '  res.json(await prisma.request.findMany());',
        '});',
        'app.listen(3000);',
        '',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), ['write request email', 'read request ']);
    assert.ok(facts.personalData.uses.some((u) => u.kind === 'email' && u.action === 'stored'));
  });

  it('made and used in the same module', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': DESCRIPTOR, 'package.json': PACKAGE, 'prisma/schema.prisma': SCHEMA,
      'src/index.ts': [
        "import express from 'express';",
        "import { PrismaClient } from './generated/prisma/client';",
        'const prisma = new PrismaClient();',
        'const app = express();',
        "app.post('/erase', async (req, res) => {",
        '  await prisma.request.create({ data: { email: req.body.email } });',
        '  res.sendStatus(204);',
        '});',
        'app.listen(3000);',
        '',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), ['write request email']);
  });

  it('not a class of the same name from another module of the app (`./clients/cache`)', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': DESCRIPTOR, 'package.json': PACKAGE,
      'src/clients/cache.ts': 'export class PrismaClient { request = { create: (x: unknown) => x }; }\n',
      'src/index.ts': [
        "import { PrismaClient } from './clients/cache';",
        'const client = new PrismaClient();',
        "client.request.create({ data: { email: 'a@example.com' } });",
        '',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), []);
  });
});
