import type { Diagnostic } from '../scan/facts.ts';
import { formatPath } from './yaml-locate.ts';
import { list, record, text, type Plain } from './values.ts';
import type { YamlFile } from './yaml-locate.ts';

/**
 * Modules that name a function (`function: fetch-comments`, `resolver: { function: resolver }`) no `modules.function`
 * entry declares: Forge cannot link them to code, so the action, trigger or resolver runs nothing the facts could show.
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/function/
 */
export function functionRefDiagnostics(yaml: YamlFile, manifest: Plain): Diagnostic[] {
  const modules = record(manifest.modules) ?? {};
  const declared = new Set(list(modules.function).map((f) => text(record(f)?.key)).filter((k): k is string => k !== null));
  const out: Diagnostic[] = [];
  for (const [type, entries] of Object.entries(modules)) {
    if (type === 'function') continue;
    list(entries).forEach((value, i) => {
      const entry = record(value);
      const resolver = record(entry?.resolver);
      const at = text(entry?.function) !== null ? ['modules', type, i, 'function'] : ['modules', type, i, 'resolver', 'function'];
      const fn = text(entry?.function) ?? text(resolver?.function);
      // A key left as a variable (`${FN}`) is Forge's to fill.
      if (fn === null || declared.has(fn) || fn.includes('${')) return;
      const evidence = yaml.evidence(at);
      out.push({
        severity: 'error', code: 'manifest-schema', file: evidence.file, line: evidence.line, column: evidence.column, path: formatPath(at),
        message: `${type} '${text(entry?.key) ?? i}' names function '${fn}', which no entry of \`modules.function\` declares; Forge cannot link the module to code.`,
        hint: `Add \`- key: ${fn}\` with its \`handler\` under \`modules.function\`, or name one of the functions declared${declared.size > 0 ? ` (${[...declared].map((k) => `\`${k}\``).join(', ')})` : ''}.`,
      });
    });
  }
  return out;
}
