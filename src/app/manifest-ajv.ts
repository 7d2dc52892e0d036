import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv, ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);

/** The manifest JSON schema `@forge/manifest` ships: the one `forge lint` and `forge deploy` validate against. */
export const MANIFEST_SCHEMA_PATH: string = require.resolve('@forge/manifest/schema.json');

/**
 * Formats the schema uses, as regular expressions so Ajv's standalone code can inline them.
 * `uri` follows RFC 3986 section 3 loosely: a scheme, a colon, no white space.
 */
export const MANIFEST_FORMATS: Record<string, RegExp> = {
  uri: /^[a-z][a-z0-9+.-]*:[^\s]*$/i,
};

/**
 * Stands in for `$ref: "#"` (the whole manifest, which Connect's composite conditions point at) in
 * the split schemas. The generated code calls the run-time whole-manifest check in its place.
 */
export const MANIFEST_ROOT_REF = 'candor:manifest-root';

type Schema = Record<string, unknown>;

export function readManifestSchema(): Schema {
  return JSON.parse(fs.readFileSync(MANIFEST_SCHEMA_PATH, 'utf8')) as Schema;
}

/** Every `format` the schema names, with how often. */
export function formatsUsed(schema: unknown): Map<string, number> {
  const used = new Map<string, number>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) for (const item of node) walk(item);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'format' && typeof value === 'string') used.set(value, (used.get(value) ?? 0) + 1);
        else walk(value);
      }
    }
  };
  walk(schema);
  return used;
}

/**
 * The one Ajv set-up used to generate the standalone validators and, when they are missing, to
 * compile at run time. Formats the schema uses but `MANIFEST_FORMATS` lacks are accepted
 * unchecked (the build script warns about them).
 */
export function manifestAjv(schema: Schema, standalone: boolean): Ajv {
  const formats: Record<string, RegExp | true> = {};
  for (const name of formatsUsed(schema).keys()) formats[name] = MANIFEST_FORMATS[name] ?? true;
  // Loaded on demand: a scan with the generated validators never needs Ajv itself.
  const { Ajv: AjvClass } = require('ajv') as typeof import('ajv');
  return new AjvClass({
    strict: false,
    allowUnionTypes: true,
    allErrors: true,
    logger: false,
    formats,
    ...(standalone ? { code: { source: true, esm: true } } : {}),
  });
}

/** Compiles the whole schema (~7 s). */
export function createManifestAjv(schema: Schema, standalone: boolean): { ajv: Ajv; validate: ValidateFunction } {
  const ajv = manifestAjv(schema, standalone);
  return { ajv, validate: ajv.compile(schema) };
}

function moduleSchema(schema: Schema): Schema {
  return ((schema.definitions as Record<string, Schema> | undefined)?.ModuleSchema ?? {}) as Schema;
}

/** The module types the schema knows (`definitions.ModuleSchema.properties`), in schema order. */
export function moduleTypes(schema: Schema): string[] {
  return Object.keys((moduleSchema(schema).properties ?? {}) as Schema);
}

/**
 * A part of the schema, with `$ref: "#"` pointed at `MANIFEST_ROOT_REF` and only the definitions
 * it reaches. `type` null: the root with `definitions.ModuleSchema` emptied, so of `modules` only
 * "is it a map" is left. A module type: just the definitions, `ModuleSchema` narrowed to that
 * type; compiled, its `#/definitions/ModuleSchema` gives the same errors, with the same paths, as
 * the whole schema gives for that module type.
 */
export function splitManifestSchema(schema: Schema, type: string | null): Schema {
  const { definitions = {}, ...top } = schema as Schema & { definitions?: Record<string, unknown> };
  const modules = moduleSchema(schema);
  const properties = (modules.properties ?? {}) as Schema;
  const narrowed: Record<string, unknown> = { ...definitions, ModuleSchema: { ...modules, properties: type === null ? {} : { [type]: properties[type] } } };
  const keep = new Set<string>();
  const queue = type === null ? refsIn(top) : ['#/definitions/ModuleSchema'];
  while (queue.length > 0) {
    const ref = queue.pop()!;
    if (ref === '#') continue;
    const name = /^#\/definitions\/([^/]+)/.exec(ref)?.[1];
    if (name === undefined) throw new Error(`the manifest schema has a $ref the split cannot follow: ${ref}`);
    const decoded = decodeURIComponent(name).replace(/~1/g, '/').replace(/~0/g, '~');
    if (keep.has(decoded)) continue;
    keep.add(decoded);
    queue.push(...refsIn(narrowed[decoded]));
  }
  const pruned = Object.fromEntries(Object.entries(narrowed).filter(([name]) => keep.has(name)));
  const part = type === null ? { ...top, definitions: pruned } : { ...(top.$schema === undefined ? {} : { $schema: top.$schema }), definitions: pruned };
  return relinkRoot(part) as Schema;
}

function refsIn(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) refsIn(item, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else refsIn(value, found);
    }
  }
  return found;
}

function relinkRoot(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(relinkRoot);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, key === '$ref' && value === '#' ? MANIFEST_ROOT_REF : relinkRoot(value)]));
}

let cachedSchema: Schema | undefined;

/**
 * The properties allowed by the object schema at an Ajv `schemaPath`. Standalone code reports
 * paths relative to the schema each function was compiled from, so the path is tried against the
 * root and every definition; a candidate must allow all of the object's other `keys`.
 */
export function allowedPropertiesAt(schemaPath: string, keys: readonly string[]): string[] | null {
  cachedSchema ??= readManifestSchema();
  const segments = schemaPath.replace(/^#\/?/, '').split('/').slice(0, -1).map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
  const bases = [cachedSchema, ...Object.values((cachedSchema.definitions ?? {}) as Record<string, unknown>)];
  for (const base of bases) {
    let node: unknown = base;
    for (const segment of segments) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    const properties = (node as { properties?: Record<string, unknown> } | undefined)?.properties;
    if (!properties || typeof properties !== 'object') continue;
    const names = Object.keys(properties);
    if (keys.every((k) => names.includes(k))) return names;
  }
  return null;
}
