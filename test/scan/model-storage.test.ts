import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Facts } from '../../src/scan/facts.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const ops = (facts: Facts) => facts.storage.map((s) => `${s.backend} ${s.op} ${s.key} ${s.api} [${s.carries.join(',')}] ${s.evidence.file}:${s.evidence.line}`);
const descriptor = JSON.stringify({ key: 'app', baseUrl: 'https://app.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], modules: {} });
const pkg = (deps: Record<string, string>): string => JSON.stringify({ name: 'app', dependencies: deps });

describe('Sequelize models', () => {
  it('reports the static calls of a model class, in its own methods and from other modules, on the table `init` names', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': pkg({ sequelize: '^6.0.0', pg: '^8.0.0' }),
      'src/db.ts': "import { Sequelize } from 'sequelize';\nexport const sequelize = new Sequelize(process.env.DATABASE_URL);\n",
      'src/models/tenant.ts': [
        "import { DataTypes, Model } from 'sequelize';",
        "import { sequelize } from '../db';",
        'export class Tenant extends Model {',
        '  static forClientKey(clientKey: string) {',
        '    return this.findOne({ where: { clientKey } });',
        '  }',
        '  async remove() {',
        '    await this.destroy();',
        '  }',
        '}',
        "Tenant.init({ clientKey: DataTypes.STRING, sharedSecret: DataTypes.STRING }, { sequelize, tableName: 'tenants' });",
      ].join('\n'),
      'src/models/index.ts': "export { Tenant } from './tenant';\n",
      'src/installed.ts': [
        "import { Tenant } from './models';",
        'export async function installed(body: { clientKey: string; sharedSecret: string }) {',
        '  await Tenant.upsert({ clientKey: body.clientKey, sharedSecret: body.sharedSecret });',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), [
      'external-db write tenants model.upsert [secret] src/installed.ts:3',
      'external-db read tenants sequelize.findOne [] src/models/tenant.ts:5',
      'external-db delete tenants sequelize.destroy [] src/models/tenant.ts:8',
    ]);
  });

  it('reports a model `sequelize.define` makes under the name it gives', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': pkg({ sequelize: '^6.0.0' }),
      'src/index.js': [
        "const { Sequelize, DataTypes } = require('sequelize');",
        'const sequelize = new Sequelize(process.env.DATABASE_URL);',
        "const Comment = sequelize.define('comments', { accountId: DataTypes.STRING, body: DataTypes.TEXT });",
        'export async function save(accountId, body) {',
        '  await Comment.create({ accountId, body });',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), ['external-db write comments sequelize.create [account-id] src/index.js:5']);
  });
});

describe('models an index module hands on', () => {
  it('reports the calls on a model an app module imports and exports again, as a CommonJS object or by name', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': pkg({ sequelize: '^6.0.0', pg: '^8.0.0' }),
      'models/Link.js': [
        "import Sequelize from 'sequelize';",
        'const db = new Sequelize(process.env.DATABASE_URL);',
        "const Link = db.define('links', { clientKey: Sequelize.STRING, apiToken: Sequelize.STRING });",
        'export default Link;',
      ].join('\n'),
      'models/all.js': "import Link from './Link.js';\nmodule.exports = { Link };\n",
      'models/named.js': "import Link from './Link.js';\nexport { Link };\n",
      'routes/save.js': [
        "const { Link } = require('../models/all.js');",
        'export async function save(req) {',
        '  await Link.create({ clientKey: req.context.clientKey, apiToken: req.body.apiToken });',
        '}',
      ].join('\n'),
      'routes/find.js': [
        "import { Link } from '../models/named.js';",
        "const models = require('../models/all.js');",
        'export async function find(clientKey) {',
        '  await Link.findOne({ where: { clientKey } });',
        '  return models.Link.findAll({ where: { clientKey } });',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts).sort(), [
      'external-db read links model.findAll [] routes/find.js:5',
      'external-db read links model.findOne [] routes/find.js:4',
      'external-db write links model.create [secret] routes/save.js:3',
    ]);
  });
});

describe('Mongoose models', () => {
  it('reports writes of a model another module exports, static and through `new Model(doc).save()`', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': pkg({ mongoose: '^8.0.0' }),
      'src/models/watcher.js': "import mongoose from 'mongoose';\nconst schema = new mongoose.Schema({ accountId: String, email: String });\nexport default mongoose.models.Watcher || mongoose.model('Watcher', schema);\n",
      'src/watch.js': [
        "import Watcher from './models/watcher';",
        'export async function watch(accountId, email) {',
        '  await new Watcher({ accountId, email }).save();',
        '  await Watcher.updateOne({ accountId }, { $set: { email } });',
        '  await Watcher.deleteMany({ accountId });',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), [
      'external-db write Watcher model.save [account-id,email] src/watch.js:3',
      'external-db write Watcher model.updateOne [email] src/watch.js:4',
      'external-db delete Watcher model.deleteMany [] src/watch.js:5',
    ]);
  });
});

describe('records of a model', () => {
  it('reports what is written or deleted through a record a finder gave, on the model\'s table', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': pkg({ sequelize: '^6.0.0', pg: '^8.0.0' }),
      'src/models/installation.ts': [
        "import { DataTypes, Model } from 'sequelize';",
        'export class Installation extends Model {}',
        "Installation.init({ clientKey: DataTypes.STRING, sharedSecret: DataTypes.STRING }, { sequelize: null as never, tableName: 'installations' });",
      ].join('\n'),
      'src/lifecycle.ts': [
        "import { Installation } from './models/installation';",
        'export async function installed(body: { clientKey: string; sharedSecret: string }) {',
        '  const installation = await Installation.findOne({ where: { clientKey: body.clientKey } });',
        '  await installation.update({ sharedSecret: body.sharedSecret });',
        '  const other = await Installation.findByPk(1);',
        '  other.sharedSecret = body.sharedSecret;',
        '  await other.save();',
        '  const list = [installation];',
        '  await list.at(0).destroy();',
        '}',
        'export async function uninstalled(clientKey: string) {',
        '  const gone = await Installation.findOne({ where: { clientKey } });',
        '  await gone.destroy();',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), [
      'external-db read installations model.findOne [] src/lifecycle.ts:3',
      'external-db write installations model.update [secret] src/lifecycle.ts:4',
      'external-db read installations model.findByPk [] src/lifecycle.ts:5',
      'external-db write installations model.save [secret] src/lifecycle.ts:7',
      'external-db read installations model.findOne [] src/lifecycle.ts:12',
      'external-db delete installations model.destroy [] src/lifecycle.ts:13',
    ]);
  });
});

describe('records destructured from a finder that gives `[record, created]`', () => {
  it('reports the record\'s update, in the model\'s own static method, and nothing for the flag beside it', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': pkg({ sequelize: '^6.0.0', pg: '^8.0.0' }),
      'src/models/installation.ts': [
        "import { DataTypes, Model } from 'sequelize';",
        'export class Installation extends Model {',
        '  static async install(payload: { clientKey: string; sharedSecret: string }) {',
        '    const [installation, created] = await this.findOrCreate({ where: { clientKey: payload.clientKey }, defaults: { sharedSecret: payload.sharedSecret } });',
        '    if (!created) await installation.update({ sharedSecret: payload.sharedSecret });',
        '    const [first] = [installation];',
        '    await first.update({ sharedSecret: payload.sharedSecret });',
        '    return installation;',
        '  }',
        '}',
        "Installation.init({ clientKey: DataTypes.STRING, sharedSecret: DataTypes.STRING }, { sequelize: null as never, tableName: 'installations' });",
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), [
      'external-db write installations sequelize.findOrCreate [secret] src/models/installation.ts:4',
      'external-db write installations sequelize.update [secret] src/models/installation.ts:5',
    ]);
  });
});

describe('look-alikes of model calls', () => {
  it('reports nothing for `create`, `update` and `save` on objects that are no model', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': pkg({ sequelize: '^6.0.0', mongoose: '^8.0.0' }),
      'src/cache.js': 'export class Cache { static create(v) { return new Cache(v); } save() {} }\nexport const store = { update: (k, v) => [k, v] };\n',
      'src/index.js': [
        "import { Cache, store } from './cache';",
        'class Draft { static create(v) { return v; } }',
        'export function keep(accountId) {',
        '  Cache.create({ accountId });',
        '  new Cache({ accountId }).save();',
        '  store.update(accountId, { accountId });',
        '  Draft.create({ accountId });',
        '  return Object.create(null);',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), []);
  });

});

describe("sequelize-cli's index of models", () => {
  it("reports the models sequelize-cli's index gathers by name, read from it destructured or as its members", async () => {
    const index = [
      "const fs = require('fs');",
      "const path = require('path');",
      "const Sequelize = require('sequelize');",
      'const db = {};',
      'const sequelize = new Sequelize(process.env.DATABASE_URL);',
      "fs.readdirSync(__dirname).filter((file) => file !== 'index.js').forEach((file) => {",
      '  const model = require(path.join(__dirname, file))(sequelize, Sequelize.DataTypes);',
      '  db[model.name] = model;',
      '});',
      'db.sequelize = sequelize;',
      'module.exports = db;',
    ].join('\n');
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': pkg({ sequelize: '^6.0.0', pg: '^8.0.0' }),
      'src/models/index.js': index,
      'src/models/installation.js': [
        "const { Model } = require('sequelize');",
        'module.exports = (sequelize, DataTypes) => {',
        '  class Installation extends Model {}',
        "  Installation.init({ clientKey: DataTypes.STRING, sharedSecret: DataTypes.STRING }, { sequelize, modelName: 'Installation' });",
        '  return Installation;',
        '};',
      ].join('\n'),
      'src/installed.js': [
        "const { Installation } = require('./models');",
        'module.exports = async (req, res) => {',
        '  const { clientKey, sharedSecret } = req.body;',
        '  await Installation.create({ clientKey, sharedSecret });',
        '  res.sendStatus(204);',
        '};',
      ].join('\n'),
      'src/users.js': [
        "const db = require('./models');",
        'exports.link = async (id, accountId) => {',
        '  await db.User.update({ accountId }, { where: { id } });',
        '  return db.User.findByPk(id);',
        '};',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), [
      'external-db write Installation model.create [secret] src/installed.js:4',
      'external-db write User model.update [account-id] src/users.js:3',
      'external-db read User model.findByPk [] src/users.js:4',
    ]);
  });

  it('takes no object filled in by name for models where its module has no Sequelize', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': pkg({ sequelize: '^6.0.0' }),
      'src/handlers/index.js': [
        'const handlers = {};',
        "for (const h of [require('./a'), require('./b')]) handlers[h.name] = h;",
        'module.exports = handlers;',
      ].join('\n'),
      'src/handlers/a.js': "module.exports = { name: 'a', update: (x) => x };\n",
      'src/handlers/b.js': "module.exports = { name: 'b', update: (x) => x };\n",
      'src/run.js': "const handlers = require('./handlers');\nexports.run = (value) => handlers.a.update(value);\n",
    });
    assert.deepEqual(ops(facts), []);
  });
});

describe('Sequelize models a function of the app makes', () => {
  it('reports the calls on a model another module makes with the factory a third exports, by the name `define` gives', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': pkg({ sequelize: '^6.0.0', pg: '^8.0.0' }),
      'lib/models/tenant.js': [
        'export const TenantModel = (sequelize, type) => {',
        "  return sequelize.define('tenants', { client_key: type.STRING, data: type.JSONB });",
        '};',
        'export function AuditModel(sequelize, DataTypes) {',
        "  const Audit = sequelize.define('audits', { account_id: DataTypes.STRING });",
        '  return Audit;',
        '}',
      ].join('\n'),
      'db/index.js': [
        "import Sequelize from 'sequelize';",
        "import { TenantModel, AuditModel } from '../lib/models/tenant';",
        'const sequelize = new Sequelize(process.env.DATABASE_URL);',
        'const Tenants = TenantModel(sequelize, Sequelize);',
        'const Audits = AuditModel(sequelize, Sequelize.DataTypes);',
        'export { Tenants, Audits };',
      ].join('\n'),
      'routes.js': [
        "import { Tenants, Audits } from './db';",
        'export async function installed(clientKey, sharedSecret, accountId) {',
        '  await Tenants.create({ client_key: clientKey, shared_secret: sharedSecret });',
        '  await Audits.create({ account_id: accountId });',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), [
      'external-db write tenants model.create [secret] routes.js:3',
      'external-db write audits model.create [account-id] routes.js:4',
    ]);
  });
});


describe('TypeORM repositories a NestJS service is handed', () => {
  it('reports the writes, deletes and reads of the entity the repository is typed with, or given to @InjectRepository', async () => {
    const service = [
      "import { Injectable } from '@nestjs/common';",
      "import { InjectRepository } from '@nestjs/typeorm';",
      "import { Repository } from 'typeorm';",
      "import { Tenant } from './tenant.entity';",
      "import { Audit } from './audit.entity';",
      '@Injectable()',
      'export class TenantService {',
      '  constructor(',
      '    @InjectRepository(Tenant) private readonly tenants: Repository<Tenant>,',
      '    @InjectRepository(Audit) private readonly audits: Repository<any>,',
      '  ) {}',
      '  async install(clientKey: string, sharedSecret: string) {',
      '    await this.tenants.save(this.tenants.create({ clientKey, sharedSecret }));',
      '  }',
      '  async uninstall(clientKey: string) {',
      '    await this.tenants.delete({ clientKey });',
      '  }',
      '  find(clientKey: string) {',
      '    return this.tenants.findOneBy({ clientKey });',
      '  }',
      '  record(accountId: string) {',
      '    return this.audits.insert({ accountId });',
      '  }',
      '}',
    ].join('\n');
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': pkg({ '@nestjs/common': '^10.0.0', '@nestjs/typeorm': '^10.0.0', typeorm: '^0.3.0' }),
      'src/tenant.service.ts': service,
    });
    assert.deepEqual(ops(facts), [
      'external-db write Tenant typeorm.save [secret] src/tenant.service.ts:13',
      'external-db delete Tenant typeorm.delete [] src/tenant.service.ts:16',
      'external-db read Tenant typeorm.findOneBy [] src/tenant.service.ts:19',
      'external-db write Audit typeorm.insert [account-id] src/tenant.service.ts:22',
    ]);
  });
});

describe('Bookshelf models', () => {
  const models = {
    'atlassian-connect.json': descriptor,
    'src/db.js': "const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });\nmodule.exports = require('bookshelf')(knex);\n",
    'src/models/watcher.js': "const bookshelf = require('../db');\nmodule.exports = bookshelf.model('Watcher', { tableName: 'watchers', hasTimestamps: true });\n",
    'src/models/install.js': "const bookshelf = require('../db');\nconst Install = bookshelf.Model.extend({ tableName: 'installs' });\nmodule.exports = bookshelf.model('Install', Install);\n",
    'src/routes.js': [
      "const Watcher = require('./models/watcher');",
      "const Install = require('./models/install');",
      'async function watch(accountId, email) {',
      '  await new Watcher({ account_id: accountId, email }).save();',
      '}',
      'async function watcherOf(accountId) { return new Watcher({ account_id: accountId }).fetch(); }',
      'async function unwatch(accountId) { await Watcher.where({ account_id: accountId }).destroy(); }',
      'async function installed(body) { await Install.forge({ client_key: body.clientKey, shared_secret: body.sharedSecret }).save(); }',
      'async function rename(id, displayName) {',
      '  const watcher = await new Watcher({ id }).fetch();',
      '  await watcher.save({ display_name: displayName }, { patch: true });',
      '}',
      'module.exports = { watch, watcherOf, unwatch, installed, rename };',
    ].join('\n'),
  };

  it('reports the queries on models another module registers, with what a write stores, in an app that depends on Bookshelf', async () => {
    const { facts } = await scanFiles({ ...models, 'package.json': pkg({ bookshelf: '^1.2.0', knex: '^3.0.0', pg: '^8.0.0' }) });
    assert.deepEqual(ops(facts), [
      'external-db write watchers model.save [account-id,email] src/routes.js:4',
      'external-db read watchers model.fetch [] src/routes.js:6',
      'external-db delete watchers model.destroy [] src/routes.js:7',
      'external-db write installs model.save [secret] src/routes.js:8',
      'external-db read watchers model.fetch [] src/routes.js:10',
      'external-db write watchers model.save [display-name] src/routes.js:11',
    ]);
  });

  it('reports the queries on a model of the module that makes the Bookshelf instance', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': pkg({ bookshelf: '^1.2.0', knex: '^3.0.0' }),
      'src/index.js': [
        "const bookshelf = require('bookshelf')(require('knex')({ client: 'pg' }));",
        "const Note = bookshelf.model('Note', { tableName: 'notes' });",
        'export async function note(accountId, body) {',
        '  await Note.forge({ account_id: accountId, body }).save();',
        '  return Note.where({ account_id: accountId }).fetchAll();',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), [
      'external-db write notes bookshelf.save [account-id] src/index.js:4',
      'external-db read notes bookshelf.fetchAll [] src/index.js:5',
    ]);
  });

  it('reports nothing of the same calls in an app without Bookshelf', async () => {
    const { facts } = await scanFiles({ ...models, 'package.json': pkg({ knex: '^3.0.0', pg: '^8.0.0' }) });
    assert.deepEqual(ops(facts), []);
  });
});
