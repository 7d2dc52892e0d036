import type { ErrorObject } from 'ajv';
import { closest } from '../utils/closest.ts';
import { formatPath, pointerToPath, type PathSegment } from './doc-path.ts';

/** One problem the Forge manifest schema finds, reduced to what a person needs to fix it. */
export interface SchemaIssue {
  severity: 'error' | 'info';
  /** Where to point a person, as a JSON Pointer: the offending key when there is one, else the value Ajv flagged. */
  pointer: string;
  path: PathSegment[];
  message: string;
  hint?: string;
}

const REFERENCE = 'https://developer.atlassian.com/platform/forge/manifest-reference/';

/** Property names the schema allows where `error` (an `additionalProperties` one) was raised, given the keys the object has. */
export type AllowedProperties = (error: ErrorObject, keys: string[]) => string[] | null;

/** Words for one Ajv error: where (the dot-path), what is wrong, and a hint. */
export function describe(error: ErrorObject, data: unknown, allowedProperties?: AllowedProperties): SchemaIssue {
  const params = error.params as Record<string, unknown>;
  let pointer = error.instancePath;
  /** Where to point a person: the offending key when there is one. */
  let at: string | null = null;
  let what: string;
  let hint: string | undefined;
  const value = valueAt(data, pointer);
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      at = `${pointer}/${escape(name)}`;
      pointer = at;
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
      const typo = typoOf(value, missing);
      if (typo) {
        hint = `'${typo}' is there: did you mean '${missing}'?`;
        at = `${pointer}/${escape(typo)}`;
      }
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
      pointer = `${pointer}/${escape(String(params.propertyName))}`;
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
  const where = formatPath(pointerToPath(pointer, data)) || 'the manifest';
  const target = at ?? pointer;
  return { severity: 'error', pointer: target, path: pointerToPath(target, data), message: `${where}: ${what}`, hint: hint ?? `See ${REFERENCE}.` };
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A key of `value` that looks like a misspelling of `name`. */
export function typoOf(value: unknown, name: string): string | undefined {
  return value && typeof value === 'object' ? Object.keys(value).find((k) => k !== name && closest(k, [name]) !== null) : undefined;
}

export function valueAt(data: unknown, pointer: string): unknown {
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

