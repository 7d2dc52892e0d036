import type { DependencyFact, Platform, StorageBackend, StorageOp } from './facts.ts';
import { isDrizzleModule, isForgeSqlOrm } from './source/detectors/orm.ts';
import type { FileFacts } from './source/file-facts.ts';

/** How the app's ORM queries on objects of its own modules count: not at all without the ORM, else on this backend. */
export type OrmApp = { backend: StorageBackend } | null;

/** A Forge app's Drizzle runs on Forge SQL (forge-sql-orm, or a driver over `@forge/sql`); any other app's on a database of the vendor. */
export function ormApp(platform: Platform | null, dependencies: DependencyFact[]): OrmApp {
  const deps = dependencies.filter((d) => !d.dev).map((d) => d.name);
  if (!deps.some(isDrizzleModule)) return null;
  const forgeSql = deps.some(isForgeSqlOrm) || (platform === 'forge' && deps.includes('@forge/sql'));
  return { backend: forgeSql ? 'sql' : 'external-db' };
}

/** The file's storage with its ORM queries settled: those on an object of the app's modules dropped when the app has no ORM or the table stays unknown. */
export function ormStorage(storage: StorageOp[], ops: NonNullable<FileFacts['ormOps']>, app: OrmApp): StorageOp[] {
  const indirect = (op: StorageOp): boolean => ops.some((o) => !o.direct && o.evidence.line === op.evidence.line && o.evidence.column === op.evidence.column);
  return storage.filter((op) => {
    if (!indirect(op)) return true;
    if (app === null || op.key === null) return false;
    op.backend = app.backend;
    return true;
  });
}
