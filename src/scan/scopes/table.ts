/**
 * REST operation -> scope lookups over `src/data/generated/scope-table.json` (built by
 * `scripts/build-scope-table.ts` from Atlassian's OpenAPI documents), with the personal data each
 * operation answers with (`personal-data-operations.json`, built alongside, and the hand-written
 * `personal-data-supplement.json`). The tables are read once, on first use, into one segment trie
 * per product family.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { HttpMethod, PersonalDataUse, Product, RequiredScopes } from '../facts.ts';
import type { Family, ScopeTableFile } from './table-format.ts';
import gateway from '../../data/jira-devops-gateway.json' with { type: 'json' };
import { escapeRegex } from '../../utils/regex.ts';
import people from '../../data/generated/personal-data-operations.json' with { type: 'json' };
import peopleSupplement from '../../data/personal-data-supplement.json' with { type: 'json' };
import { askedPeople } from './asked-fields.ts';

type PersonalKind = PersonalDataUse['kind'];

export const SCOPE_TABLE_PATH: string = path.resolve(import.meta.dirname, '../../data/generated/scope-table.json');

/** Everything the table knows about one operation. */
export interface OperationEntry {
  family: Family;
  /** Source document id, e.g. `jira-platform`. */
  source: string;
  method: string;
  /** Path template as an app calls it, e.g. `/rest/api/3/issue/{issueIdOrKey}`. */
  path: string;
  scopes: RequiredScopes;
  /** The granular set is marked `Beta` in the document. */
  granularBeta: boolean;
  /** Further scope sets, each also sufficient. */
  otherSets: string[][];
  /** Scopes the operation accepts but does not require yet. */
  optional: string[];
  /** The document says nothing about the operation's OAuth scopes. */
  unknown: boolean;
  /** Personal data the answer returns: people it lists or is (empty for none). */
  people: readonly PersonalKind[];
}

interface Node {
  literals: Map<string, Node> | null;
  param: Node | null;
  /** Template segments mixing text and parameters, e.g. `{repo_name}-issues-{task_id}.zip`. */
  patterns: Array<{ test: RegExp; node: Node }> | null;
  ops: Map<string, OperationEntry> | null;
  /** Operations whose last parameter is a file path and may take the rest of the call path (Bitbucket `{path}`). */
  rest: Map<string, OperationEntry> | null;
}

interface Loaded {
  tries: Map<Family, Node>;
  scopeFamilies: Map<string, Family>;
  /** Operations the supplement adds that the scope table lacks: found only where the table finds nothing. */
  extraPeople: Map<Family, Node>;
}

const PRODUCT_FAMILIES: Record<Product, Family[]> = {
  jira: ['jira'],
  jsm: ['jira'],
  'jira-software': ['jira'],
  confluence: ['confluence'],
  bitbucket: ['bitbucket'],
  compass: [],
  graph: [],
  unknown: ['jira', 'confluence', 'bitbucket'],
};
const PARAM = /^\{[^{}]+\}$/;

let loaded: Loaded | null = null;
/** Apps repeat their calls: results by product, method and path, dropped when the cache grows past its limit. */
const cache = new Map<Product, Map<HttpMethod, Map<string, OperationEntry | null>>>();
const CACHE_LIMIT = 50_000;
let cached = 0;

const newNode = (): Node => ({ literals: null, param: null, patterns: null, ops: null, rest: null });

function segmentPattern(segment: string): RegExp {
  const parts = segment.split(/\{[^{}]+\}/).map(escapeRegex);
  return new RegExp(`^${parts.join('.+')}$`);
}

function insert(root: Node, entry: OperationEntry): void {
  const segments = entry.path.split('/').filter(Boolean);
  let node = root;
  for (const segment of segments) {
    if (PARAM.test(segment)) node = node.param ??= newNode();
    else if (segment.includes('{')) {
      node.patterns ??= [];
      const test = segmentPattern(segment);
      let found = node.patterns.find((p) => p.test.source === test.source);
      if (!found) node.patterns.push((found = { test, node: newNode() }));
      node = found.node;
    } else {
      node.literals ??= new Map();
      let child = node.literals.get(segment);
      if (!child) node.literals.set(segment, (child = newNode()));
      node = child;
    }
  }
  (node.ops ??= new Map()).set(entry.method, entry);
  if (segments.at(-1) === '{path}') (node.rest ??= new Map()).set(entry.method, entry);
}

const NONE: readonly PersonalKind[] = Object.freeze([]);

/** Personal data by `METHOD path`: the derived operations, with the supplement's additions (also the content reads that hold their authors) and drops. */
function peopleByOperation(): Map<string, readonly PersonalKind[]> {
  const out = new Map<string, readonly PersonalKind[]>();
  for (const [, method, template, kinds] of people.ops as Array<[number, string, string, PersonalKind[]]>) out.set(`${method} ${template}`, Object.freeze(kinds));
  for (const op of peopleSupplement.add) out.set(`${op.method} ${op.path}`, Object.freeze(op.kinds as PersonalKind[]));
  const authors = Object.freeze(peopleSupplement.authors.kinds as PersonalKind[]);
  for (const op of peopleSupplement.authors.operations) out.set(`${op.method} ${op.path}`, authors);
  for (const op of peopleSupplement.drop) out.delete(`${op.method} ${op.path}`);
  return out;
}

function load(): Loaded {
  const file = JSON.parse(fs.readFileSync(SCOPE_TABLE_PATH, 'utf8')) as ScopeTableFile;
  const personal = peopleByOperation();
  const tries = new Map<Family, Node>();
  const scopeFamilies = new Map<string, Family>();
  const set = (index: number | null | undefined): string[] => (index == null ? [] : Object.freeze(file.scopeSets[index]!) as string[]);
  for (const [sourceIndex, method, template, operationId, classic, granular, connect, extra] of file.ops) {
    const source = file.sources[sourceIndex]!;
    const scopes: RequiredScopes = { operation: operationId ?? `${method} ${template}`, granular: set(granular), classic: set(classic) };
    if (connect) scopes.connect = connect;
    const entry: OperationEntry = {
      family: source.family,
      source: source.id,
      method,
      path: template,
      scopes: Object.freeze(scopes),
      granularBeta: extra?.beta === 1,
      otherSets: (extra?.alt ?? []).map(set),
      optional: set(extra?.opt),
      unknown: extra?.unknown === 1,
      people: personal.get(`${method} ${template}`) ?? NONE,
    };
    personal.delete(`${method} ${template}`);
    let root = tries.get(source.family);
    if (!root) tries.set(source.family, (root = newNode()));
    insert(root, entry);
    for (const scope of [...entry.scopes.classic, ...entry.scopes.granular, ...entry.otherSets.flat(), ...entry.optional]) {
      if (!scopeFamilies.has(scope)) scopeFamilies.set(scope, source.family);
    }
  }
  const extraPeople = new Map<Family, Node>();
  for (const [operation, kinds] of personal) {
    const [method, template] = operation.split(' ') as [string, string];
    const family = productFamily(template);
    if (family === null) continue;
    let root = extraPeople.get(family);
    if (!root) extraPeople.set(family, (root = newNode()));
    const scopes: RequiredScopes = { operation, granular: [], classic: [] };
    insert(root, { family, source: 'personal-data-supplement', method, path: template, scopes, granularBeta: false, otherSets: [], optional: [], unknown: true, people: kinds });
  }
  return { tries, scopeFamilies, extraPeople };
}

/** The family of a path as the tables write it. */
function productFamily(template: string): Family | null {
  if (template.startsWith('/wiki/')) return 'confluence';
  if (template.startsWith('/2.0/')) return 'bitbucket';
  if (template.startsWith('/rest/')) return 'jira';
  return null;
}

const table = (): Loaded => (loaded ??= load());

/**
 * Depth-first over the trie, trying at each segment the closest kind of match first, so the first
 * operation found is the most specific one: a literal call segment prefers a literal template
 * segment over a parameter; a `{}` hole prefers a parameter and matches a literal only when no
 * parameter route matches.
 */
function search(node: Node, segments: string[], index: number, method: string): OperationEntry | null {
  if (index === segments.length) return node.ops === null ? null : (node.ops.get(method) ?? null);
  const segment = segments[index]!;
  const hole = segment.includes('{}');
  const next = index + 1;
  let found: OperationEntry | null = null;
  if (!hole) {
    const child = node.literals === null ? undefined : node.literals.get(segment);
    if (child !== undefined && (found = search(child, segments, next, method)) !== null) return found;
  }
  if (node.patterns !== null) {
    for (const pattern of node.patterns) {
      if (pattern.test.test(segment) && (found = search(pattern.node, segments, next, method)) !== null) return found;
    }
  }
  const param = node.param;
  if (param !== null) {
    if ((found = search(param, segments, next, method)) !== null) return found;
    if (param.rest !== null && next < segments.length && (found = param.rest.get(method) ?? null) !== null) return found;
  }
  // A hole matching a literal segment is a guess: take it only when later segments confirm the
  // route (a last-segment hole is an id, and its operation may be missing from the documents) and
  // every literal route that matches needs the same scopes (`/rest/api/{}/myself`, version in a variable).
  if (!hole || next === segments.length) return null;
  const partial = segment === '{}' ? null : segmentPattern(segment.replaceAll('{}', '{x}'));
  for (const [literal, route] of node.literals ?? []) {
    if (partial && !partial.test(literal)) continue;
    const candidate = search(route, segments, next, method);
    if (!candidate) continue;
    if (found && !sameScopes(found.scopes, candidate.scopes)) return null;
    found ??= candidate;
  }
  return found;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((s, i) => s === b[i]);
const sameScopes = (a: RequiredScopes, b: RequiredScopes): boolean =>
  a.connect === b.connect && sameList(a.classic, b.classic) && sameList(a.granular, b.granular);

/** Call path -> segments: drops scheme and host, query, fragment and empty segments. */
function splitPath(callPath: string): string[] {
  const p = callPath.charCodeAt(0) === 47 ? callPath : callPath.trim().replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  const segments: string[] = [];
  let start = 0;
  for (let i = 0; i <= p.length; i++) {
    const c = i === p.length ? 63 : p.charCodeAt(i);
    if (c !== 47 && c !== 63 && c !== 35) continue; // '/', '?', '#'
    if (i > start) segments.push(p.slice(start, i));
    if (c !== 47) break;
    start = i + 1;
  }
  return segments;
}

/** Adjusts a path to the form the family's templates use; returns the same array when nothing changes. */
function canonical(family: Family, segments: string[]): string[] {
  const [first, second, third] = segments;
  if (family === 'jira' && first === 'rest') {
    // /rest/api/2 and /rest/api/latest take the same scopes as /rest/api/3.
    if (second === 'api' && (third === '2' || third === 'latest')) return ['rest', 'api', '3', ...segments.slice(3)];
    if (second === 'agile' && third === 'latest') return ['rest', 'agile', '1.0', ...segments.slice(3)];
  }
  // Connect apps call Confluence relative to the `/wiki` base URL.
  if (family === 'confluence' && (first === 'rest' || (first === 'api' && second === 'v2'))) return ['wiki', ...segments];
  if (family === 'bitbucket' && first !== '2.0') return ['2.0', ...segments];
  return segments;
}

const FAMILIES = new Set<string>(['jira', 'confluence', 'bitbucket']);

/** The table's entry for an app's REST call; `path` has its holes as `{}` and may carry a query string. */
export function lookupOperationEntry(product: Product, method: HttpMethod, callPath: string): OperationEntry | null {
  let byMethod = cache.get(product);
  if (byMethod === undefined) cache.set(product, (byMethod = new Map()));
  let byPath = byMethod.get(method);
  if (byPath === undefined) byMethod.set(method, (byPath = new Map()));
  let found = byPath.get(callPath);
  if (found === undefined) {
    if (cached >= CACHE_LIMIT) {
      for (const methods of cache.values()) for (const paths of methods.values()) paths.clear();
      cached = 0;
    }
    found = resolve(product, method, callPath);
    byPath.set(callPath, found);
    cached++;
  }
  return found;
}

function resolve(product: Product, method: HttpMethod, callPath: string, tries = table().tries): OperationEntry | null {
  let segments = splitPath(callPath);
  let families = PRODUCT_FAMILIES[product];
  // OAuth-style gateway URL: https://api.atlassian.com/ex/jira/{cloudId}/rest/api/3/...
  if (segments[0] === 'ex' && FAMILIES.has(segments[1]!)) {
    const gateway = segments[1] as Family;
    if (families.includes(gateway)) families = [gateway];
    segments = segments.slice(3);
  }
  // Jira Software's DevOps APIs through the gateway: /jira/builds/0.1/cloud/{cloudId}/bulk is /rest/builds/0.1/bulk.
  const devops = segments[0] === 'jira' && segments[3] === 'cloud' && segments.length > 5 ? gateway.apis[segments[1] as keyof typeof gateway.apis] as Record<string, string> | undefined : undefined;
  if (devops && families.includes('jira')) segments = ['rest', segments[1]!, devops[segments[2]!] ?? segments[2]!, ...segments.slice(5)];
  for (const family of families) {
    const root = tries.get(family);
    if (root === undefined) continue;
    const familySegments = canonical(family, segments);
    for (const candidate of family === 'bitbucket' ? [...fullNames(familySegments), familySegments] : [familySegments]) {
      const found = search(root, candidate, 0, method) ?? (method === 'HEAD' ? search(root, candidate, 0, 'GET') : null);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * `/2.0/repositories/${repo.full_name}/pullrequests`: a repository's full name is its workspace and slug
 * (`team/repo`), two segments in one hole, when a name of the API follows it; none when no hole is followed so.
 */
function fullNames(segments: string[]): string[][] {
  const at = segments[1] === 'repositories' && segments[2] === '{}' && segments.length > 3 && !segments[3]!.includes('{}') ? 2 : -1;
  return at === -1 ? [] : [[...segments.slice(0, at), '{}', ...segments.slice(at)]];
}

/**
 * The personal data a REST call's answer returns (account IDs, display names, emails): what the
 * operation's response schema holds when it lists people, or what the supplement says of an operation
 * the documents lack, with the people the issue fields it asks for hold (`fields=assignee` in `path`, or
 * `fields` its body names, undefined when it has none the scan sees; `openQuery` when the path leaves out a query built
 * at run time); empty for other operations and unknown paths.
 */
export function personalDataOf(product: Product, method: HttpMethod, path: string, fields?: readonly string[], openQuery = false): readonly PersonalKind[] {
  const entry = lookupOperationEntry(product, method, path);
  if (entry !== null) {
    const asked = askedPeople(entry.method, entry.path, path, fields, openQuery);
    return asked.length === 0 ? entry.people : [...new Set([...entry.people, ...asked])];
  }
  const { extraPeople } = table();
  if (extraPeople.size === 0) return NONE;
  return resolve(product, method, path, extraPeople)?.people ?? NONE;
}

/** Scopes a REST call needs, or null when the table does not know the operation. */
export function lookupOperation(product: Product, method: HttpMethod, path: string): RequiredScopes | null {
  return lookupOperationEntry(product, method, path)?.scopes ?? null;
}

/** Product family a scope belongs to: from the table, else from its name; null for platform scopes such as `storage:app`. */
export function scopeFamily(scope: string): Family | null {
  const known = table().scopeFamilies.get(scope);
  if (known) return known;
  // Assets (`import:import-configuration:cmdb`, `read:cmdb-object:jira`) is Jira Service Management's.
  if (/jira|servicedesk|cmdb/.test(scope)) return 'jira';
  if (/confluence/.test(scope)) return 'confluence';
  if (/bitbucket/.test(scope)) return 'bitbucket';
  return null;
}
