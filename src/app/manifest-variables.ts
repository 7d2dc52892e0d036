import type { Diagnostic } from '../scan/facts.ts';
import forgeModules from '../data/forge-modules.json' with { type: 'json' };
import { list, record, text } from './values.ts';
import { formatPath, type PathSegment, type YamlFile } from './yaml-locate.ts';

const { pattern, declaredAt } = forgeModules.manifestVariables;
const DECLARED_AT = formatPath(declaredAt);

export interface ManifestVariables {
  /** The manifest as Forge deploys it with the declared defaults: `${NAME}` in string values replaced. */
  value: unknown;
  /** Paths (as in diagnostics) of values that still hold a variable Candor cannot fill in. */
  unresolved: ReadonlySet<string>;
  diagnostics: Diagnostic[];
}

/**
 * Fills in manifest variables as the Forge CLI does, with each declared `default` standing in for
 * the deploying shell's environment. A variable without a default, or not declared (which Forge
 * leaves as written), is reported at the value that uses it.
 */
export function substituteVariables(yaml: YamlFile): ManifestVariables {
  const unresolved = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  if (!yaml.lines.text.includes('${')) return { value: yaml.value, unresolved, diagnostics };
  const declared = new Map<string, string | null>();
  let node: unknown = yaml.value;
  for (const key of declaredAt) node = record(node)?.[key];
  for (const entry of list(node)) {
    const name = text(entry) ?? text(record(entry)?.key);
    const fallback = record(entry)?.default;
    if (name !== null) declared.set(name, fallback === undefined ? null : String(fallback));
  }
  const reported = new Set<string>();
  const fill = (value: string, at: PathSegment[]): string =>
    value.replace(new RegExp(pattern, 'g'), (written: string, name: string) => {
      const fallback = declared.get(name);
      if (fallback !== undefined && fallback !== null) return fallback;
      const where = formatPath(at);
      unresolved.add(where);
      if (!reported.has(`${name}\n${where}`)) {
        reported.add(`${name}\n${where}`);
        diagnostics.push(report(yaml, name, at, fallback === null));
      }
      return written;
    });
  const walk = (value: unknown, at: PathSegment[]): unknown => {
    if (typeof value === 'string') return fill(value, at);
    if (Array.isArray(value)) return value.map((item, i) => walk(item, [...at, i]));
    const object = record(value);
    if (!object) return value;
    return Object.fromEntries(Object.entries(object).map(([key, item]) => [key, walk(item, [...at, key])]));
  };
  return { value: walk(yaml.value, []), unresolved, diagnostics };
}

function report(yaml: YamlFile, name: string, at: PathSegment[], declared: boolean): Diagnostic {
  const where = yaml.evidence(at);
  const path = formatPath(at);
  return declared
    ? {
      severity: 'info', code: 'manifest-variable', file: yaml.file, line: where.line, column: where.column, path,
      message: `${path} uses '\${${name}}', which the Forge CLI takes from the environment it runs in; with no default declared, Candor reads the value as written.`,
      hint: `Give ${name} a \`default\` under \`${DECLARED_AT}\` for Candor to read the manifest as it is deployed.`,
    }
    : {
      severity: 'warning', code: 'manifest-variable', file: yaml.file, line: where.line, column: where.column, path,
      message: `${path} uses '\${${name}}', which is not declared under \`${DECLARED_AT}\`: Forge leaves it as written.`,
      hint: `Declare it (\`- key: ${name}\` with a \`default\`) under \`${DECLARED_AT}\`, or write the value itself.`,
    };
}
