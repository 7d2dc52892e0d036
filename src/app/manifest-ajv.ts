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

export function readManifestSchema(): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(MANIFEST_SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
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
 * The one Ajv set-up used both to generate the standalone validator and, when that file is
 * missing, to compile at run time. Formats the schema uses but `MANIFEST_FORMATS` lacks are
 * accepted unchecked (the build script warns about them).
 */
export function createManifestAjv(schema: Record<string, unknown>, standalone: boolean): { ajv: Ajv; validate: ValidateFunction } {
  const formats: Record<string, RegExp | true> = {};
  for (const name of formatsUsed(schema).keys()) formats[name] = MANIFEST_FORMATS[name] ?? true;
  // Loaded on demand: a scan with the generated validator never needs Ajv itself.
  const { Ajv: AjvClass } = require('ajv') as typeof import('ajv');
  const ajv = new AjvClass({
    strict: false,
    allowUnionTypes: true,
    allErrors: true,
    logger: false,
    formats,
    ...(standalone ? { code: { source: true, esm: true } } : {}),
  });
  return { ajv, validate: ajv.compile(schema) };
}

let cachedSchema: Record<string, unknown> | undefined;

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
