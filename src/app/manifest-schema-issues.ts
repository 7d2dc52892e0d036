import type { ErrorObject } from 'ajv';
import { describe, typoOf, valueAt, type AllowedProperties, type SchemaIssue } from './manifest-schema-words.ts';

export type { AllowedProperties, SchemaIssue } from './manifest-schema-words.ts';

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
  // `hanlder:` gives both "unknown property 'hanlder'" and "missing 'handler'": the first says it all.
  const unknown = new Set(stack.filter((i) => i.error.keyword === 'additionalProperties').map((i) => `${i.error.instancePath}/${String(i.error.params.additionalProperty)}`));
  for (const { error } of stack) {
    if (error.keyword === 'required') {
      const typo = typoOf(valueAt(data, error.instancePath), String(error.params.missingProperty));
      if (typo && unknown.has(`${error.instancePath}/${typo}`)) continue;
    }
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
