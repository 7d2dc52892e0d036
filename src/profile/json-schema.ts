/**
 * JSON Schema of the trust profile for editors (yaml-language-server), generated from the zod
 * schema. Every value may also be `TODO` or null, which the loader reports as unfilled.
 */
import { z } from 'zod';
import { profileSchema } from './schema.ts';

export type JsonSchema = { [key: string]: unknown };

/** The modeline `candor init` writes; the path resolves when candor is installed in the app. */
export const PROFILE_SCHEMA_REF = './node_modules/candor/schema/candor-profile.schema.json';

const ANNOTATIONS = ['title', 'description', 'examples', 'default'];
const UNFILLED: JsonSchema = {
  description: 'Not filled yet (TODO, or ~ with a # TODO comment); candor check reports it as unfilled.',
  anyOf: [{ const: 'TODO' }, { type: 'null' }],
};

export function profileJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(profileSchema, { target: 'draft-07' }) as JsonSchema;
  return {
    ...schema,
    properties: mapValues(schema['properties'], allowTodo),
    definitions: { ...(isObject(schema['definitions']) ? schema['definitions'] : {}), unfilled: UNFILLED },
  };
}

/** Wraps a value schema so that `TODO` and null are accepted too, keeping its annotations on top. */
function allowTodo(schema: JsonSchema): JsonSchema {
  const inner = descend(schema);
  const top: JsonSchema = {};
  const rest: JsonSchema = {};
  for (const [key, value] of Object.entries(inner)) (ANNOTATIONS.includes(key) ? top : rest)[key] = value;
  const branches = Object.keys(rest).length === 1 && Array.isArray(rest['anyOf']) ? (rest['anyOf'] as JsonSchema[]) : [rest];
  return { ...top, anyOf: [...branches, { $ref: '#/definitions/unfilled' }] };
}

/** Applies `allowTodo` to the value positions below a schema: properties, items, record values. */
function descend(schema: JsonSchema): JsonSchema {
  const out: JsonSchema = { ...schema };
  if (isObject(out['properties'])) out['properties'] = mapValues(out['properties'], allowTodo);
  if (isObject(out['items'])) out['items'] = allowTodo(out['items']);
  if (isObject(out['additionalProperties'])) out['additionalProperties'] = allowTodo(out['additionalProperties']);
  if (Array.isArray(out['anyOf'])) out['anyOf'] = (out['anyOf'] as JsonSchema[]).map(descend);
  return out;
}

function mapValues(value: unknown, fn: (schema: JsonSchema) => JsonSchema): JsonSchema {
  const out: JsonSchema = {};
  if (isObject(value)) for (const [key, schema] of Object.entries(value)) out[key] = isObject(schema) ? fn(schema) : schema;
  return out;
}

function isObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
