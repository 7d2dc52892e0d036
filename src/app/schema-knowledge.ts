import fs from 'node:fs';
import path from 'node:path';
import type { Product } from '../scan/facts.ts';
import { readManifestSchema } from './manifest-ajv.ts';
import { forgeManifestVersion } from './manifest-schema.ts';
import { GENERATED_DIR } from './manifest-schema-split.ts';
import { list, record, type Plain } from './values.ts';

interface Knowledge {
  /** Forge module types that can show a UI (their schema has a `resource`); `function` on them means UI Kit 1. */
  uiModules: Set<string>;
  /** Connect module types (descriptor spelling, e.g. `webPanels`) and the products that offer them. */
  connectProducts: Map<string, Product[]>;
  /**
   * The properties a Forge module type's schema names, for the types whose schema leaves the others open (no
   * `additionalProperties`, where Ajv reports none): any other is unknown to Forge. Types that allow others on purpose
   * (`additionalProperties: true`), or whose every form is closed, are not listed.
   */
  openModuleProperties: Map<string, Set<string>>;
}

let knowledge: Knowledge | undefined;

/** What `scripts/build-manifest-validator.ts` writes beside the validator: the knowledge, in JSON, for one schema version. */
export interface KeptKnowledge {
  forgeManifestVersion: string;
  uiModules: string[];
  connectProducts: Record<string, Product[]>;
  openModuleProperties: Record<string, string[]>;
}

export const KNOWLEDGE_FILE = path.join(GENERATED_DIR, 'knowledge.json');

/**
 * Facts about module types read from the manifest schema `@forge/manifest` ships, so they follow
 * Atlassian's releases. Kept at install time beside the generated validator: reading the 2.3 MB schema
 * costs a scan ~20 ms, and the module property check needs them on every scan. Derived from the schema
 * when the kept file is missing or of another version.
 */
export function schemaKnowledge(): Knowledge {
  if (knowledge) return knowledge;
  const kept = keptKnowledge() ?? deriveKnowledge(readManifestSchema(), forgeManifestVersion());
  return (knowledge = {
    uiModules: new Set(kept.uiModules),
    connectProducts: new Map(Object.entries(kept.connectProducts)),
    openModuleProperties: new Map(Object.entries(kept.openModuleProperties).map(([type, names]) => [type, new Set(names)])),
  });
}

function keptKnowledge(): KeptKnowledge | null {
  try {
    const kept = JSON.parse(fs.readFileSync(KNOWLEDGE_FILE, 'utf8')) as KeptKnowledge;
    return kept.forgeManifestVersion === forgeManifestVersion() ? kept : null;
  } catch {
    return null;
  }
}

/** The knowledge of one version of the schema, as `KNOWLEDGE_FILE` keeps it. */
export function deriveKnowledge(schema: Plain, version: string): KeptKnowledge {
  const modules = record(record(record(schema.definitions)?.ModuleSchema)?.properties) ?? {};
  const uiModules: string[] = [];
  const connectProducts: Record<string, Product[]> = {};
  const openModuleProperties: Record<string, string[]> = {};
  const definitions = record(schema.definitions) ?? {};
  for (const [type, definition] of Object.entries(modules)) {
    const connect = /^connect-(jira|confluence):(.+)$/.exec(type);
    if (connect) {
      (connectProducts[connect[2]!] ??= []).push(connect[1] as Product);
      continue;
    }
    const items = record(record(definition)?.items);
    const branches = [items, ...list(items?.oneOf), ...list(items?.anyOf)];
    if (branches.some((b) => record(record(b)?.properties)?.resource !== undefined)) uiModules.push(type);
    const names = namedProperties(record(definition)?.items, definitions);
    if (names) openModuleProperties[type] = [...names];
  }
  return { forgeManifestVersion: version, uiModules, connectProducts, openModuleProperties };
}

/**
 * The properties every form of an object schema names (its `oneOf`, `anyOf` and `allOf` branches, through `$ref`s), when
 * at least one form leaves others open and none allows them on purpose; null otherwise, or when a form names none.
 */
function namedProperties(node: unknown, definitions: Plain): Set<string> | null {
  const names = new Set<string>();
  let open = false;
  const visit = (value: unknown, depth: number): boolean => {
    let schema = record(value);
    for (let hops = 0; schema?.$ref !== undefined && hops < 8; hops++) schema = record(definitions[String(schema.$ref).replace('#/definitions/', '')]);
    if (!schema || depth > 4 || schema.additionalProperties === true || record(schema.additionalProperties) || schema.patternProperties !== undefined) return false;
    const branches = [...list(schema.oneOf), ...list(schema.anyOf), ...list(schema.allOf)];
    if (branches.length > 0) return branches.every((b) => visit(b, depth + 1));
    const properties = record(schema.properties);
    if (!properties) return false;
    if (schema.additionalProperties === undefined) open = true;
    for (const name of Object.keys(properties)) names.add(name);
    return true;
  };
  return visit(node, 0) && open ? names : null;
}
