import type { DependencyFact, Platform, StorageBackend, StorageOp } from './facts.ts';
import { isModelPackage } from './source/detectors/models.ts';
import { isDrizzleModule, isForgeSqlOrm, isKnexModule, KNEX_BUILDER, KNEX_CLIENT } from './source/detectors/orm.ts';
import type { FileFacts } from './source/file-facts.ts';
import { HOLE } from './source/string-marks.ts';

/**
 * How the app's ORM queries on objects of its own modules count: Drizzle's on a backend (null without Drizzle), Knex's and models' when the app has Knex, Sequelize or Mongoose;
 * `sql`: the backend of SQL text the app runs itself (Forge SQL in a Forge app that depends on `@forge/sql`).
 */
export interface OrmApp { drizzle: StorageBackend | null; knex: boolean; models: boolean; sql: StorageBackend }

/** A Forge app's Drizzle runs on Forge SQL (forge-sql-orm, or a driver over `@forge/sql`); any other app's on a database of the vendor. */
export function ormApp(platform: Platform | null, dependencies: DependencyFact[]): OrmApp {
  const deps = dependencies.filter((d) => !d.dev).map((d) => d.name);
  const forgeSql = deps.some(isForgeSqlOrm) || (platform === 'forge' && deps.includes('@forge/sql'));
  const sql = platform === 'forge' && deps.includes('@forge/sql') ? 'sql' : 'external-db';
  return { drizzle: deps.some(isDrizzleModule) ? (forgeSql ? 'sql' : 'external-db') : null, knex: deps.some(isKnexModule), models: deps.some(isModelPackage), sql };
}

/** The file's storage with its ORM queries settled: those on an object of the app's modules dropped when the app has no such ORM, the table stays unknown, or the module does not make the Knex, Prisma or Supabase client used. */
export function ormStorage(storage: StorageOp[], ops: NonNullable<FileFacts['ormOps']>, app: OrmApp, fill: (value: string) => string): StorageOp[] {
  const ormOf = (op: StorageOp) => ops.find((o) => o.evidence.line === op.evidence.line && o.evidence.column === op.evidence.column && (o.api === undefined || o.api === op.api));
  return storage.filter((op) => {
    const orm = ormOf(op);
    if (!orm) return true;
    // A Knex client that only builds SQL text: its queries run where the app runs SQL (`sql.prepare(query.toQuery())`).
    if (orm.orm === 'knex' && (orm.builder || (!orm.direct && orm.client !== undefined && fill(orm.client) === KNEX_BUILDER))) {
      if (!orm.direct && !app.knex) return false;
      op.backend = app.sql;
      return true;
    }
    if (orm.direct) return true;
    if (orm.orm === 'kv') return orm.client !== undefined && fill(orm.client) === 'kv';
    if (orm.orm === 'mongo') return orm.client !== undefined && fill(orm.client) === 'mongo';
    if (orm.orm === 'supabase') return orm.client !== undefined && fill(orm.client) === 'supabase';
    if (op.key === null) return false;
    if (orm.orm === 'model') return app.models;
    if (orm.orm === 'knex' && app.knex && orm.client !== undefined && fill(orm.client) === KNEX_CLIENT) return true;
    if (orm.orm === 'knex' && orm.supabase && fill(orm.supabase.client) === 'supabase') {
      op.op = orm.supabase.op;
      op.api = orm.supabase.api;
      return true;
    }
    if (orm.orm === 'knex') return false;
    if (orm.orm === 'prisma' && orm.client !== undefined && fill(orm.client) === 'prisma') return true;
    // `db.User.create(row)` of sequelize-cli's index, which gathers the models by name.
    if (orm.orm === 'prisma') {
      const model = orm.registry !== undefined && app.models ? fill(orm.registry) : null;
      if (model === null || model.includes(HOLE)) return false;
      op.api = `model.${op.api.slice(op.api.indexOf('.') + 1)}`;
      return true;
    }
    if (app.drizzle === null) return false;
    op.backend = app.drizzle;
    return true;
  });
}
