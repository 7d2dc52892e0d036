/** Turns zod issues on a profile into messages a vendor can act on: what is wrong and how to fix it. */
import type { z } from 'zod';
import { closest as closestWord } from '../utils/closest.ts';
import { profileJsonSchema, type JsonSchema } from './json-schema.ts';

export interface ProfileProblem {
  path: PropertyKey[];
  message: string;
  hint?: string;
  /** The value is missing, rather than wrong. */
  missing: boolean;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list',
  object: 'a mapping of fields (key: value)', record: 'a mapping of fields (key: value)',
};

const TYPE_HINTS: Record<string, string> = {
  number: 'Write a bare number such as 72, without quotes or units.',
  int: 'Write a bare whole number such as 72, without quotes or units.',
  boolean: 'Write true or false, without quotes.',
  string: 'Write the text; quote it if it contains ": " or starts with a special character.',
  array: 'Write a list: one item per line, each starting with "- ".',
  object: 'Write the fields indented below this key.',
  record: 'Write the entries indented below this key, one "key: value" per line.',
};

const TODO_HINT = 'Write TODO if the value is not known yet.';

export function describeIssue(issue: z.core.$ZodIssue): ProfileProblem[] {
  const path = [...issue.path];
  const custom = issue.message.startsWith('must ') ? issue.message : null;
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) {
        const key = String(path.at(-1) ?? 'field');
        return [{ path, missing: true, message: 'is required', hint: `Add ${key}: \u2026 here, or remove the entry that holds it.` }];
      }
      const message = custom ?? `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
      return [{ path, missing: false, message: `${message}, not ${show(issue.input)}`, hint: `${TYPE_HINTS[issue.expected] ?? ''} ${TODO_HINT}`.trim() }];
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      const message = custom ?? (values.length === 1 ? `must be ${values[0]}` : `must be one of: ${values.join(', ')}`);
      const guess = typeof issue.input === 'string' ? closest(issue.input, values) : null;
      return [{ path, missing: false, message: `${message}, not ${show(issue.input)}`, hint: guess ? `Did you mean ${guess}?` : TODO_HINT }];
    }
    case 'unrecognized_keys': {
      const allowed = fieldsAt(path);
      return issue.keys.map((key) => {
        const guess = closest(key, allowed);
        const list = allowed.length ? `Fields allowed here: ${allowed.join(', ')}.` : 'Nothing else is allowed here.';
        return { path: [...path, key], missing: false, message: `unknown field "${key}"`, hint: guess ? `Did you mean "${guess}"? ${list}` : list };
      });
    }
    case 'invalid_format': {
      const hint = issue.format === 'url' ? 'Include the scheme, e.g. https://example.com/security.' : TODO_HINT;
      return [{ path, missing: false, message: `${custom ?? `must be a valid ${issue.format}`}, not ${show(issue.input)}`, hint }];
    }
    case 'too_small':
      return [{ path, missing: false, message: custom ?? `must be at least ${String(issue.minimum)}`, hint: TODO_HINT }];
    case 'invalid_union':
      return [{ path, missing: false, message: `${custom ?? 'has the wrong shape'}, not ${show(issue.input)}`, hint: TODO_HINT }];
    default:
      return [{ path, missing: false, message: custom ?? issue.message }];
  }
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'a mapping';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}..."` : text;
}

let plainSchema: JsonSchema | null = null;

/** The field names the schema allows at a path (for "did you mean"). */
export function fieldsAt(path: readonly PropertyKey[]): string[] {
  plainSchema ??= profileJsonSchema();
  let nodes: JsonSchema[] = [plainSchema];
  for (const segment of path) {
    nodes = nodes.flatMap(expand).flatMap((node) => {
      if (typeof segment === 'number') return isSchema(node['items']) ? [node['items']] : [];
      const props = node['properties'];
      if (isSchema(props) && isSchema(props[String(segment)])) return [props[String(segment)] as JsonSchema];
      return isSchema(node['additionalProperties']) ? [node['additionalProperties']] : [];
    });
  }
  const names = new Set<string>();
  for (const node of nodes.flatMap(expand)) if (isSchema(node['properties'])) for (const key of Object.keys(node['properties'])) names.add(key);
  names.delete('$schema');
  return [...names];
}

function expand(node: JsonSchema): JsonSchema[] {
  return Array.isArray(node['anyOf']) ? (node['anyOf'] as unknown[]).filter(isSchema).flatMap(expand) : [node];
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The candidate within a small edit distance of `word`, if one is clearly closest. */
function closest(word: string, candidates: readonly string[]): string | null {
  return closestWord(word, candidates, Math.max(2, Math.floor(word.length / 3)));
}
