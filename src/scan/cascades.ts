import type { Evidence, UninstallFact } from './facts.ts';
import { isNotAppCode } from './app-code.ts';

/** A foreign key whose rows the database deletes with the row they reference: `child` references `parent` ... ON DELETE CASCADE. */
interface Cascade { child: string; parent: string; evidence: Evidence }

const SCHEMA_FILE = /\.(?:sql|prisma)$/i;
const NAME = String.raw`[\`"\[]?(?:\w+[\`"\]]?\.[\`"\[]?)?(\w+)[\`"\]]?`;

/** SQL: a table's definition, or an ALTER TABLE that adds a key; each reference with ON DELETE CASCADE in its clause. */
const SQL_TABLE = new RegExp(String.raw`\b(?:CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?|ALTER\s+TABLE\s+(?:ONLY\s+)?(?:IF\s+EXISTS\s+)?)${NAME}`, 'gi');
const SQL_REFERENCE = new RegExp(String.raw`\bREFERENCES\s+${NAME}[^,;]*?\bON\s+DELETE\s+CASCADE\b`, 'gi');

/** Prisma: a model's relation field with `onDelete: Cascade`, the model it names, and the table each is mapped to. */
const PRISMA_MODEL = /^\s*model\s+(\w+)\s*\{([^}]*)\}/gm;
const PRISMA_RELATION = /^\s*\w+\s+(\w+)\??\s+@relation\([^)]*\bonDelete\s*:\s*Cascade\b/gm;
const PRISMA_MAP = /@@map\(\s*"(\w+)"\s*\)/;

/** Sequelize's and knex's migrations: `createTable('comments', ...)`; a column's parent (`references: { model: 'tenants' }`, `.inTable('tenants')`, `.references('tenants.id')`) with `onDelete: 'CASCADE'` beside it. */
const JS_TABLE = /\bcreateTable\(\s*['"`](\w+)['"`]/g;
const JS_REFERENCE = /\bmodel\s*:\s*['"`](\w+)['"`]|\binTable\(\s*['"`](\w+)['"`]\s*\)|\breferences\(\s*['"`](\w+)\.\w+['"`]\s*\)/g;
const JS_CASCADE = /\bonDelete\s*[:(]\s*['"`]cascade['"`]/i;

function lineOf(text: string, at: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function evidenceAt(file: string, text: string, at: number): Evidence {
  const line = lineOf(text, at);
  return { file, line, column: at - text.lastIndexOf('\n', at - 1), excerpt: text.split('\n')[line - 1]!.trim().slice(0, 160) };
}

/** Each table's text: from its header to the next one. */
function sections(text: string, header: RegExp): Array<{ table: string; at: number; body: string }> {
  const heads = [...text.matchAll(header)];
  return heads.map((m, i) => ({ table: m[1]!, at: m.index, body: text.slice(m.index, heads[i + 1]?.index ?? text.length) }));
}

function sqlCascades(file: string, text: string): Cascade[] {
  return sections(text, SQL_TABLE).flatMap(({ table, at, body }) =>
    [...body.matchAll(SQL_REFERENCE)].map((r) => ({ child: table, parent: r[1]!, evidence: evidenceAt(file, text, at + r.index) })));
}

function prismaCascades(file: string, text: string): Cascade[] {
  const models = [...text.matchAll(PRISMA_MODEL)];
  const table = new Map(models.map((m) => [m[1]!, PRISMA_MAP.exec(m[2]!)?.[1] ?? m[1]!]));
  // Prisma's client names a model's delegate in lower camel case (`prisma.workLog`), which is the key its operations carry.
  const keys = (model: string): string[] => [...new Set([table.get(model) ?? model, model.charAt(0).toLowerCase() + model.slice(1)])];
  return models.flatMap((m) => [...m[2]!.matchAll(PRISMA_RELATION)].flatMap((r) => {
    const evidence = evidenceAt(file, text, m.index + m[0].indexOf(m[2]!) + r.index);
    return keys(m[1]!).flatMap((child) => keys(r[1]!).map((parent) => ({ child, parent, evidence })));
  }));
}

function migrationCascades(file: string, text: string): Cascade[] {
  return sections(text, JS_TABLE).flatMap(({ table, at, body }) => {
    const refs = [...body.matchAll(JS_REFERENCE)];
    // A column's options lie between the reference before it and the one after: `onDelete` is read there.
    return refs.flatMap((r, i) => {
      const around = body.slice(refs[i - 1] ? refs[i - 1]!.index + refs[i - 1]![0].length : 0, refs[i + 1]?.index ?? body.length);
      return JS_CASCADE.test(around) ? [{ child: table, parent: (r[1] ?? r[2] ?? r[3])!, evidence: evidenceAt(file, text, at + r.index) }] : [];
    });
  });
}

/**
 * The tables whose rows go with the ones an uninstall handler deletes, by foreign keys that cascade (SQL's
 * `ON DELETE CASCADE`, Prisma's `onDelete: Cascade`, Sequelize's and knex's `onDelete: 'CASCADE'` in their
 * migrations), added to what the handler deletes, each at the key that cascades and from the table it follows.
 * Schema files and the app's sources are read only when a handler deletes a tenant's rows from a table.
 */
export function cascadeDeletes<F extends { path: string; source: boolean }>(uninstall: UninstallFact[], files: readonly F[], read: (file: F) => string | null): UninstallFact[] {
  if (!uninstall.some((u) => u.deletes?.some((d) => d.backend === 'external-db' && d.tenant && d.key !== null))) return uninstall;
  const cascades: Cascade[] = [];
  for (const f of files) {
    const schema = SCHEMA_FILE.test(f.path);
    if (!schema && !(f.source && !isNotAppCode(f.path))) continue;
    const text = read(f);
    if (text === null || !/cascade/i.test(text)) continue;
    if (/\.prisma$/i.test(f.path)) cascades.push(...prismaCascades(f.path, text));
    else cascades.push(...sqlCascades(f.path, text), ...(schema ? [] : migrationCascades(f.path, text)));
  }
  if (cascades.length === 0) return uninstall;
  return uninstall.map((fact) => {
    if (!fact.deletes) return fact;
    const deletes = [...fact.deletes];
    const done = new Set(deletes.filter((d) => d.backend === 'external-db' && d.tenant && d.key !== null).map((d) => d.key!));
    for (let queue = [...done], parent = queue.pop(); parent !== undefined; parent = queue.pop()) {
      for (const c of cascades) {
        if (c.parent !== parent || done.has(c.child)) continue;
        done.add(c.child);
        queue.push(c.child);
        deletes.push({ backend: 'external-db', key: c.child, evidence: c.evidence, tenant: true, cascadeFrom: parent });
      }
    }
    return deletes.length === fact.deletes.length ? fact : { ...fact, deletes };
  });
}
