import type { Diagnostic } from '../scan/facts.ts';
import { forgeManifestVersion } from './manifest-schema.ts';
import { schemaKnowledge } from './schema-knowledge.ts';
import { list, record } from './values.ts';
import { formatPath, type YamlFile } from './yaml-locate.ts';
import { closest } from '../utils/closest.ts';
import documented from '../data/forge-module-properties.json' with { type: 'json' };

const DOCUMENTED: Readonly<Record<string, readonly string[]>> = documented.properties;

/**
 * Properties of a module that no form of its type names, where the schema leaves others open (most UI modules): Ajv
 * takes them and Forge ignores them, so a typo such as `titel:` or `resolvers:` passes in silence. One that resembles a
 * property of the type is a warning (a typo loses what it was meant to set); any other is information: real manifests
 * carry `description:` on panels and the like, which do nothing and harm nothing. A property the module's reference
 * page documents and the schema lacks (`src/data/forge-module-properties.json`) is none of these.
 */
export function unknownModuleProperties(yaml: YamlFile): Diagnostic[] {
  const modules = record(record(yaml.value)?.modules);
  if (!modules) return [];
  const open = schemaKnowledge().openModuleProperties;
  const out: Diagnostic[] = [];
  for (const [type, entries] of Object.entries(modules)) {
    const named = open.get(type);
    if (!named) continue;
    list(entries).forEach((entry, i) => {
      for (const property of Object.keys(record(entry) ?? {})) {
        const documented = DOCUMENTED[type] ?? [];
        if (named.has(property) || documented.includes(property)) continue;
        const at = yaml.evidence(['modules', type, i, property]);
        const guess = closest(property, [...named, ...documented]);
        out.push({
          severity: guess ? 'warning' : 'info', code: 'manifest-schema', file: yaml.file, line: at.line, column: at.column, path: formatPath(['modules', type, i, property]),
          message: `'${property}' is not a property of a ${type} module in @forge/manifest ${forgeManifestVersion()}, so Forge ignores it${guess ? `: did you mean '${guess}'?` : '.'}`,
          hint: `Fix the spelling or remove it; the properties of ${type} are listed in https://developer.atlassian.com/platform/forge/manifest-reference/modules/.`,
        });
      }
    });
  }
  return out;
}
