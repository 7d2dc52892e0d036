/**
 * Derives `src/data/generated/scope-table.json`, the REST operation → scope table, and
 * `src/data/generated/personal-data-operations.json`, the operations that answer with people, from Atlassian's
 * OpenAPI documents in `shared/atlassian/openapi/` (see SOURCES.md there for each file's origin),
 * then from supplements in `src/data/` that hold operations the current documents dropped but
 * Atlassian still serves (each names its sources). A stored document wins where both have an
 * operation. Run with `npm run build:data` after refreshing either; the output is committed, so an
 * installed Candor never reads these inputs.
 *
 * Per operation it records the classic and granular scope sets an app may declare (either set is
 * enough), scopes an operation accepts but does not yet require, and the Connect scope; and, from its
 * response schema, the personal-data kinds it returns (see `people-operations.ts`).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  TABLE_FIELDS,
  type Family,
  type OperationRow,
  type RowExtra,
  type ScopeTableFile,
  type TableSource,
} from '../src/scan/scopes/table-format.ts';
import { PeopleFinder, personFields, responseSchema, type PeopleRow, type Schema } from './people-operations.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const OPENAPI_DIR = path.resolve(ROOT, '../shared/atlassian/openapi');
const OUTPUT = path.join(ROOT, 'src/data/generated/scope-table.json');
const PEOPLE_OUTPUT = path.join(ROOT, 'src/data/generated/personal-data-operations.json');
const GENERATOR = 'scripts/build-scope-table.ts';

const SOURCES: Array<{ id: string; family: Family }> = [
  { id: 'jira-platform', family: 'jira' },
  { id: 'jira-software', family: 'jira' },
  { id: 'jira-service-management', family: 'jira' },
  { id: 'confluence-v1', family: 'confluence' },
  { id: 'confluence-v2', family: 'confluence' },
  { id: 'bitbucket', family: 'bitbucket' },
];
/** Supplements: OpenAPI-shaped `paths` (with `/wiki`-style full paths) for one family, in the repository. */
const SUPPLEMENTS: Array<{ id: string; file: string }> = [
  { id: 'confluence-v1-legacy', file: 'src/data/confluence-v1-legacy.json' },
];
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

interface ScopeEntry { state?: string; scopes?: string[] }
interface Operation {
  operationId?: string;
  responses?: Record<string, unknown>;
  security?: Array<Record<string, string[]>>;
  'x-atlassian-oauth2-scopes'?: ScopeEntry[];
  'x-atlassian-connect-scope'?: string;
}
interface Document {
  swagger?: string;
  basePath?: string;
  servers?: Array<{ url: string }>;
  info?: { title?: string; version?: string };
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, Schema> };
  definitions?: Record<string, Schema>;
}
interface Supplement {
  title: string;
  family: Family;
  sources: Record<string, unknown>;
  paths: Record<string, Record<string, Operation & { 'x-candor-source'?: string }>>;
}
interface Alternative { kind: 'classic' | 'granular'; beta: boolean; scopes: string[] }
interface OperationScopes { alternatives: Alternative[]; optional: string[]; unknown: boolean }

/** Granular scopes name a product as their last part (`read:issue:jira`); classic ones do not (`read:jira-work`, `repository:write`). */
const isGranular = (scope: string): boolean => scope.split(':').length >= 3;

/** Path prefix an app puts before the document's paths: Swagger 2 `basePath`, or the path of OpenAPI 3 `servers[0].url`. */
function pathPrefix(doc: Document): string {
  if (doc.swagger) return (doc.basePath ?? '').replace(/\/$/, '');
  const url = doc.servers?.[0]?.url ?? '';
  const match = /^(?:[a-z]+:)?\/\/[^/]+(\/.*)?$/i.exec(url);
  return (match?.[1] ?? '').replace(/\/$/, '');
}

/** Scopes named under an OAuth scheme in `security` (`OAuth2`, `oAuthDefinitions`, `oauth2`); undefined when no OAuth scheme is listed. */
function securityScopes(op: Operation): string[] | undefined {
  let found: string[] | undefined;
  for (const requirement of op.security ?? []) {
    for (const [scheme, scopes] of Object.entries(requirement)) {
      if (/oauth/i.test(scheme)) found = [...(found ?? []), ...scopes];
    }
  }
  return found;
}

const sameSet = (a: string[], b: string[]): boolean => a.length === b.length && a.every((s) => b.includes(s));

/**
 * How an operation's scopes are laid out differs per document (SOURCES.md):
 * - Jira platform, JSM, Confluence v1: `x-atlassian-oauth2-scopes` Current = required set (classic,
 *   or granular where no classic scope exists), Beta = the granular alternative. Current present but
 *   empty means nothing is required yet; Beta scopes are then optional (e.g. `write:app-data:jira`).
 * - Confluence v2: Current only, all granular.
 * - Jira Software: `security.OAuth2` only, granular.
 * - Bitbucket (Swagger 2.0): granular in `x-atlassian-oauth2-scopes`, classic in `security.oauth2`.
 * An operation with no OAuth information at all is marked unknown.
 */
function operationScopes(op: Operation, swagger2: boolean): OperationScopes {
  const entries = op['x-atlassian-oauth2-scopes'] ?? [];
  const security = securityScopes(op);
  const alternatives: Alternative[] = [];
  if (swagger2) {
    const granular = entries.filter((e) => e.state === 'Current').flatMap((e) => e.scopes ?? []);
    if (granular.length) alternatives.push({ kind: 'granular', beta: false, scopes: granular });
    if (security?.length) alternatives.push({ kind: 'classic', beta: false, scopes: security });
    return { alternatives, optional: [], unknown: !entries.length && security === undefined };
  }
  const current = entries.find((e) => e.state === 'Current');
  const beta = entries.find((e) => e.state === 'Beta');
  const betaScopes = beta?.scopes ?? [];
  if (current) {
    const scopes = current.scopes ?? [];
    if (!scopes.length) return { alternatives, optional: betaScopes, unknown: false };
    alternatives.push({ kind: scopes.every(isGranular) ? 'granular' : 'classic', beta: false, scopes });
    if (betaScopes.length && !sameSet(betaScopes, scopes)) alternatives.push({ kind: 'granular', beta: true, scopes: betaScopes });
    return { alternatives, optional: [], unknown: false };
  }
  if (betaScopes.length) {
    // `security` naming OAuth with no scopes means the operation needs none; the Beta scopes are optional.
    if (security && !security.length) return { alternatives, optional: betaScopes, unknown: false };
    alternatives.push({ kind: 'granular', beta: true, scopes: betaScopes });
    return { alternatives, optional: [], unknown: false };
  }
  if (security === undefined) return { alternatives, optional: [], unknown: true };
  if (security.length) alternatives.push({ kind: security.every(isGranular) ? 'granular' : 'classic', beta: false, scopes: security });
  return { alternatives, optional: [], unknown: false };
}

/** A `$ref` inside the document (`#/components/responses/X`) to what it names. */
function resolver(doc: Document): (s: Schema) => Schema {
  return (s) => {
    let at: unknown = s;
    for (let hops = 0; hops < 10 && (at as Schema | undefined)?.$ref?.startsWith('#/'); hops++) {
      at = (at as Schema).$ref!.slice(2).split('/').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], doc);
    }
    return (at ?? {}) as Schema;
  };
}

function build(): { table: ScopeTableFile; text: string; people: PeopleRow[]; fields: ReturnType<typeof personFields> } {
  const sets: string[][] = [];
  const setIndex = new Map<string, number>();
  const intern = (scopes: string[]): number => {
    const key = [...scopes].sort().join(' ');
    let index = setIndex.get(key);
    if (index === undefined) {
      index = sets.push(scopes) - 1;
      setIndex.set(key, index);
    }
    return index;
  };

  const sources: TableSource[] = [];
  const ops: OperationRow[] = [];
  /** `family METHOD /path/{}/…`: operations already in the table, parameter names aside. */
  const known = new Set<string>();
  const keyOf = (family: Family, method: string, template: string): string => `${family} ${method} ${template.replace(/\{[^{}]+\}/g, '{}')}`;
  const addRow = (sourceIndex: number, family: Family, method: string, template: string, op: Operation, swagger2: boolean): void => {
    const { alternatives, optional, unknown } = operationScopes(op, swagger2);
    const classic = alternatives.find((a) => a.kind === 'classic');
    const granular = alternatives.find((a) => a.kind === 'granular');
    const others = alternatives.filter((a) => a !== classic && a !== granular);
    const extra: RowExtra = {};
    if (granular?.beta) extra.beta = 1;
    if (others.length) extra.alt = others.map((a) => intern(a.scopes));
    if (optional.length) extra.opt = intern(optional);
    if (unknown) extra.unknown = 1;
    const row: OperationRow = [
      sourceIndex,
      method.toUpperCase(),
      template,
      op.operationId ?? null,
      classic ? intern(classic.scopes) : null,
      granular ? intern(granular.scopes) : null,
      op['x-atlassian-connect-scope'] ?? null,
    ];
    ops.push(Object.keys(extra).length ? [...row, extra] : row);
    known.add(keyOf(family, method.toUpperCase(), template));
  };
  const people: PeopleRow[] = [];
  const jiraProperties: Array<ReturnType<PeopleFinder['properties']>> = [];
  for (const [sourceIndex, { id, family }] of SOURCES.entries()) {
    const file = `${id}.json`;
    const bytes = fs.readFileSync(path.join(OPENAPI_DIR, file));
    const doc = JSON.parse(bytes.toString('utf8')) as Document;
    const prefix = pathPrefix(doc);
    const finder = new PeopleFinder(doc.components?.schemas ?? doc.definitions ?? {});
    if (family === 'jira') jiraProperties.push(finder.properties());
    const resolve = resolver(doc);
    let count = 0;
    for (const [template, item] of Object.entries(doc.paths)) {
      for (const method of METHODS) {
        const op = item[method] as Operation | undefined;
        if (!op) continue;
        count++;
        addRow(sourceIndex, family, method, prefix + template, op, Boolean(doc.swagger));
        const answer = responseSchema(op, resolve);
        const kinds = answer ? finder.kinds(answer) : [];
        if (kinds.length) people.push([sourceIndex, method.toUpperCase(), prefix + template, kinds]);
      }
    }
    sources.push({
      id,
      family,
      file: `shared/atlassian/openapi/${file}`,
      sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
      title: doc.info?.title ?? null,
      version: doc.info?.version ?? null,
      prefix,
      operations: count,
    });
  }
  for (const { id, file } of SUPPLEMENTS) {
    const bytes = fs.readFileSync(path.join(ROOT, file));
    const doc = JSON.parse(bytes.toString('utf8')) as Supplement;
    const sourceIndex = sources.length;
    let count = 0;
    for (const [template, item] of Object.entries(doc.paths)) {
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        if (!op['x-candor-source'] || !Object.hasOwn(doc.sources, op['x-candor-source'])) throw new Error(`${file}: ${method.toUpperCase()} ${template} names no source of the file`);
        if (known.has(keyOf(doc.family, method.toUpperCase(), template))) continue;
        count++;
        addRow(sourceIndex, doc.family, method, template, op, false);
      }
    }
    sources.push({
      id,
      family: doc.family,
      file,
      sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
      title: doc.title,
      version: null,
      prefix: '',
      operations: count,
    });
  }

  const table: ScopeTableFile = {
    generator: GENERATOR,
    notice: 'generated, do not edit: run `npm run build:data`',
    sources,
    fields: [...TABLE_FIELDS],
    scopeSets: sets,
    ops,
  };
  // One operation per line: compact, and a refresh shows up as a readable diff.
  const lines = (items: unknown[]): string => items.map((item) => JSON.stringify(item)).join(',\n');
  const head = JSON.stringify({ generator: table.generator, notice: table.notice, sources, fields: table.fields }, null, 1).slice(0, -2);
  const text = `${head},\n"scopeSets":[\n${lines(sets)}\n],\n"ops":[\n${lines(ops)}\n]}\n`;
  return { table, text, people, fields: personFields(jiraProperties) };
}

const { table, text, people, fields } = build();
JSON.parse(text); // the hand-joined text must stay valid JSON
fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
fs.writeFileSync(OUTPUT, text);
console.log(
  `wrote ${path.relative(process.cwd(), OUTPUT)}: ${table.ops.length} operations, ${table.scopeSets.length} scope sets, ${(text.length / 1024).toFixed(0)} KiB`,
);
const peopleHead = {
  generator: GENERATOR,
  notice: 'generated, do not edit: run `npm run build:data`; hand-written additions are in src/data/personal-data-supplement.json',
  about: 'Operations whose response schema returns people (see scripts/people-operations.ts): the personal-data kinds each returns.',
  sources: table.sources.map(({ id, file, sha256 }) => ({ id, file, sha256 })),
  fields: ['source', 'method', 'path', 'kinds'],
  personFieldsAbout: 'Fields of Jira\'s content whose value is a person and nothing else (a comment\'s or attachment\'s author): the property names that are a person, or a list of people, in every schema of the Jira documents that has them, with the kinds that person carries.',
  personFields: fields,
};
const peopleText = `${JSON.stringify(peopleHead, null, 1).slice(0, -2)},\n"ops":[\n${people.map((row) => JSON.stringify(row)).join(',\n')}\n]}\n`;
JSON.parse(peopleText);
fs.writeFileSync(PEOPLE_OUTPUT, peopleText);
console.log(`wrote ${path.relative(process.cwd(), PEOPLE_OUTPUT)}: ${people.length} operations that answer with people`);
