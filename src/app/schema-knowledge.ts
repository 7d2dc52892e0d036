import type { Product } from '../scan/facts.ts';
import { readManifestSchema } from './manifest-ajv.ts';
import { list, record } from './values.ts';

interface Knowledge {
  /** Forge module types that can show a UI (their schema has a `resource`); `function` on them means UI Kit 1. */
  uiModules: Set<string>;
  /** Connect module types (descriptor spelling, e.g. `webPanels`) and the products that offer them. */
  connectProducts: Map<string, Product[]>;
}

let knowledge: Knowledge | undefined;

/**
 * Facts about module types read from the manifest schema `@forge/manifest` ships, so they follow
 * Atlassian's releases. Loaded on first use (~25 ms).
 */
export function schemaKnowledge(): Knowledge {
  if (knowledge) return knowledge;
  const schema = readManifestSchema();
  const modules = record(record(record(schema.definitions)?.ModuleSchema)?.properties) ?? {};
  const uiModules = new Set<string>();
  const connectProducts = new Map<string, Product[]>();
  for (const [type, definition] of Object.entries(modules)) {
    const connect = /^connect-(jira|confluence):(.+)$/.exec(type);
    if (connect) {
      const product = connect[1] as Product;
      connectProducts.set(connect[2]!, [...(connectProducts.get(connect[2]!) ?? []), product]);
      continue;
    }
    const items = record(record(definition)?.items);
    const branches = [items, ...list(items?.oneOf), ...list(items?.anyOf)];
    if (branches.some((b) => record(record(b)?.properties)?.resource !== undefined)) uiModules.add(type);
  }
  return (knowledge = { uiModules, connectProducts });
}
