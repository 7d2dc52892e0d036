import type { ErrorObject } from 'ajv';
import { formatPath, pointerToPath, type PathSegment } from './doc-path.ts';

/** One problem the Forge manifest schema finds, reduced to what a person needs to fix it. */
export interface SchemaIssue {
  severity: 'error' | 'info';
  /** Where the problem is, as a JSON Pointer (Ajv `instancePath`, plus the property for unknown ones). */
  pointer: string;
  path: PathSegment[];
  message: string;
  hint?: string;
}

const REFERENCE = 'https://developer.atlassian.com/platform/forge/manifest-reference/';

/** Property names the schema allows where `error` (an `additionalProperties` one) was raised, given the keys the object has. */
export type AllowedProperties = (error: ErrorObject, keys: string[]) => string[] | null;

interface Item {
  error: ErrorObject;
  /** Schema path used to tell which `oneOf` branch the item came from (a resolved combinator passes its own on). */
  via: string;
}

/**
 * Turns Ajv's `allErrors` output into a few readable issues. A failed `oneOf`/`anyOf` reports the
 * errors of every branch; only the branch that got furthest (deepest error, then fewest errors)
 * is kept, and when every branch rejected the value's type, a single "must be X or Y" is kept.
 */
export function reduceSchemaErrors(errors: readonly ErrorObject[], data: unknown, allowedProperties?: AllowedProperties): SchemaIssue[] {
  const stack: Item[] = [];
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    if ((error.keyword === 'oneOf' || error.keyword === 'anyOf') && !error.params.passingSchemas) {
      let start = stack.length;
      while (start > 0 && within(stack[start - 1]!.error.instancePath, error.instancePath)) start--;
      const children = stack.splice(start);
      stack.push(...resolveCombinator(error, children).map((e) => ({ error: e.error, via: error.schemaPath })));
    } else {
      stack.push({ error, via: error.schemaPath });
    }
  }
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const { error } of stack) {
    const issue = describe(error, data, allowedProperties);
    const id = `${issue.pointer}\n${issue.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    issues.push(issue);
  }
  return issues;
}

function within(pointer: string, parent: string): boolean {
  return pointer === parent || pointer.startsWith(`${parent}/`);
}

function depth(pointer: string): number {
  return pointer === '' ? 0 : pointer.split('/').length - 1;
}

function branchOf(item: Item, combinatorPath: string): number | null {
  if (!item.via.startsWith(`${combinatorPath}/`)) return null;
  const index = Number(item.via.slice(combinatorPath.length + 1).split('/')[0]);
  return Number.isInteger(index) ? index : null;
}

/**
 * Splits a combinator's child errors into branches. Errors raised inside a `$ref`'d schema carry
 * that schema's own path, so they have no branch label: they continue the branch before them,
 * unless that branch already ended with a type mismatch, or the next label skips a branch.
 */
function resolveCombinator(combinator: ErrorObject, children: Item[]): Item[] {
  const at = combinator.instancePath;
  const rootTypeOnly = (items: Item[]): boolean => items.every((i) => i.error.keyword === 'type' && i.error.instancePath === at);
  const labels = children.map((child) => branchOf(child, combinator.schemaPath));
  const passThrough: Item[] = [];
  const groups: Array<{ label: number | null; items: Item[] }> = [];
  for (let i = 0; i < children.length; i++) {
    const label = labels[i]!;
    const last = groups.at(-1);
    if (label !== null) {
      if (last && last.label === label) last.items.push(children[i]!);
      else groups.push({ label, items: [children[i]!] });
      continue;
    }
    const nextLabel = labels.slice(i + 1).find((l) => l !== null) ?? null;
    if (!last) {
      // Before the first labelled branch: branch 0 when that one is labelled 1 or up; otherwise
      // an error of a keyword beside the combinator.
      if (nextLabel === 0) passThrough.push(children[i]!);
      else groups.push({ label: null, items: [children[i]!] });
    } else if (last.label === null) {
      last.items.push(children[i]!);
    } else if (rootTypeOnly(last.items) || (nextLabel !== null && nextLabel > last.label + 1)) {
      groups.push({ label: null, items: [children[i]!] });
    } else {
      last.items.push(children[i]!);
    }
  }
  if (groups.length === 0) return [...passThrough, { error: combinator, via: combinator.schemaPath }];
  const applicable = groups.filter((g) => !rootTypeOnly(g.items));
  if (applicable.length === 0) {
    const types = [...new Set(groups.flatMap((g) => g.items.map((i) => String(i.error.params.type))))];
    const merged: ErrorObject = { ...groups[0]!.items[0]!.error, params: { type: types.join(',') } };
    return [...passThrough, { error: merged, via: combinator.schemaPath }];
  }
  let best = applicable[0]!;
  for (const group of applicable.slice(1)) {
    const a = Math.max(...group.items.map((i) => depth(i.error.instancePath)));
    const b = Math.max(...best.items.map((i) => depth(i.error.instancePath)));
    if (a > b || (a === b && group.items.length < best.items.length)) best = group;
  }
  return [...passThrough, ...best.items];
}

function describe(error: ErrorObject, data: unknown, allowedProperties?: AllowedProperties): SchemaIssue {
  const params = error.params as Record<string, unknown>;
  let pointer = error.instancePath;
  let what: string;
  let hint: string | undefined;
  const value = valueAt(data, pointer);
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      pointer = `${pointer}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      what = `unknown property '${name}'`;
      const keys = value && typeof value === 'object' ? Object.keys(value).filter((k) => k !== name) : [];
      const allowed = allowedProperties?.(error, keys) ?? null;
      const close = allowed ? closest(name, allowed) : null;
      hint = close
        ? `Did you mean '${close}'?`
        : allowed && allowed.length > 0 && allowed.length <= 12
          ? `Allowed here: ${allowed.map((a) => `'${a}'`).join(', ')}.`
          : `Remove it or check its spelling against ${REFERENCE}.`;
      break;
    }
    case 'required': {
      const missing = String(params.missingProperty);
      what = `missing required property '${missing}'`;
      const typo = value && typeof value === 'object' ? Object.keys(value).find((k) => closest(k, [missing]) !== null) : undefined;
      if (typo) hint = `'${typo}' is there: did you mean '${missing}'?`;
      break;
    }
    case 'type':
      what = `is ${kindOf(value)}, but must be ${String(params.type).split(',').map(typeName).join(' or ')}`;
      break;
    case 'enum':
      what = `${show(value)} is not an allowed value`;
      hint = `Allowed values are ${(params.allowedValues as unknown[]).map(show).join(', ')}.`;
      break;
    case 'const':
      what = `must be ${show(params.allowedValue)}`;
      break;
    case 'pattern':
      what = `${show(value)} does not match the pattern ${String(params.pattern)}`;
      break;
    case 'format':
      what = `${show(value)} is not a valid ${String(params.format)}`;
      break;
    case 'minItems': case 'maxItems':
      what = `must have ${error.keyword === 'minItems' ? 'at least' : 'at most'} ${plural(Number(params.limit), 'item')}`;
      break;
    case 'minLength': case 'maxLength':
      what = `must be ${error.keyword === 'minLength' ? 'at least' : 'at most'} ${plural(Number(params.limit), 'character')} long`;
      break;
    case 'minProperties': case 'maxProperties':
      what = `must have ${error.keyword === 'minProperties' ? 'at least' : 'at most'} ${plural(Number(params.limit), 'property', 'properties')}`;
      break;
    case 'propertyNames':
      pointer = `${pointer}/${String(params.propertyName)}`;
      what = `property name '${String(params.propertyName)}' is not allowed here`;
      break;
    case 'uniqueItems':
      what = `has duplicate items (${String(params.j)} and ${String(params.i)})`;
      break;
    case 'not':
      what = 'has a property or value that is not allowed here';
      break;
    case 'oneOf':
      what = params.passingSchemas ? 'matches more than one of the allowed forms; make it match exactly one' : 'does not match any of the allowed forms';
      break;
    default:
      what = error.message ?? `fails the schema keyword '${error.keyword}'`;
  }
  const path = pointerToPath(pointer, data);
  const where = formatPath(path) || 'the manifest';
  return { severity: 'error', pointer, path, message: `${where}: ${what}`, hint: hint ?? `See ${REFERENCE}.` };
}

function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  if (pointer === '') return node;
  for (const raw of pointer.slice(1).split('/')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return `the text ${show(value)}`;
  return `the ${typeof value} ${show(value)}`;
}

function typeName(type: string): string {
  return ({ array: 'a list', object: 'a map', string: 'text', number: 'a number', integer: 'a whole number', boolean: 'true or false', null: 'empty' } as Record<string, string>)[type] ?? type;
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? `'${value}'` : JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

/** The allowed name closest to `name` by edit distance, when it is close enough to be a typo. */
function closest(name: string, allowed: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(1, Math.min(3, Math.floor(name.length / 3)));
  for (const candidate of allowed) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (d <= bestDistance && (best === null || d < distance(name.toLowerCase(), best.toLowerCase()))) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Optimal string alignment distance: Levenshtein plus swaps of two neighbours (`titel` → `title` is 1). */
function distance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
