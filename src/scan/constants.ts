import { within, type CallGraph } from './link.ts';
import { derive } from './source/derive.ts';
import type { FileFacts } from './source/file-facts.ts';
import { methodOfText } from './source/detectors/rest-calls.ts';
import { MODEL_REGISTRY, MODEL_SUFFIX } from './source/detectors/models.ts';
import { HOLE, IMPORTED, ORIGIN, importedMark, settle } from './source/string-marks.ts';

const ONLY_IMPORTED = new RegExp(`^${IMPORTED.source}$`);
const REGISTRY_MEMBER = new RegExp(`^(?:default\\.)?([\\w$]+)${MODEL_SUFFIX}$`);
const MAX_DEPTH = 20;
/** Where a name read from a module splits: before a member (`.issue`) or the mark of what it holds (`@model`). */
function lastSplit(name: string, from: number): number {
  return Math.max(name.lastIndexOf('.', from), name.lastIndexOf('@', from));
}
/** A URL's scheme and host, when both are known. */
const ORIGIN_OF = new RegExp(`^[a-z][a-z0-9+.-]*://[^/${HOLE}]+`, 'i');

/**
 * Fills in the values the files' REST paths, egress URLs and storage keys import from the app's other
 * modules (`import { API_BASE } from './constants'`, `require('./config').API_URL`), following
 * re-exports and constants built from other imported constants, and derives those facts again. What
 * is not an exported constant string (an environment variable, a reassigned `let`, a computed value)
 * stays a hole, and a cycle of imports too.
 */
export function resolveImportedConstants(files: FileFacts[], graph: CallGraph): FillImported {
  const memo = new Map<string, string>();
  const active = new Set<string>();

  const fill = (from: string, value: string, depth: number): string =>
    value.replace(IMPORTED, (_, ref: string) => {
      const at = ref.indexOf('#');
      if (!ref.endsWith(ORIGIN)) return imported(from, ref.slice(0, at), ref.slice(at + 1), depth + 1);
      const url = imported(from, ref.slice(0, at), ref.slice(at + 1, -ORIGIN.length), depth + 1);
      return ORIGIN_OF.exec(url)?.[0] ?? HOLE;
    });

  const imported = (from: string, specifier: string, name: string, depth: number): string => {
    const target = graph.resolveModule(from, specifier);
    return target ? exported(target, name, depth) : HOLE;
  };

  /** What `file` exports under `name` (`API_BASE`, `ENDPOINTS.issue`, `default.baseUrl`, `issueKey()`). */
  const exported = (file: string, name: string, depth: number): string => {
    const key = `${file}#${name}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (active.has(key) || depth > MAX_DEPTH) return HOLE;
    active.add(key);
    const value = lookup(file, name, depth);
    active.delete(key);
    memo.set(key, value);
    return value;
  };

  const lookup = (file: string, name: string, depth: number): string => {
    const facts = graph.file(file);
    if (!facts) return HOLE;
    const own = facts.constants.get(name);
    if (own !== undefined) return fill(file, own, depth);
    // A member of a module gathering the app's models by name (`db.User`): the model of that name.
    const member = facts.constants.has(MODEL_REGISTRY) ? REGISTRY_MEMBER.exec(name)?.[1] : undefined;
    if (member !== undefined) return member;
    // `export { ENDPOINTS }` of an imported object, read as `ENDPOINTS.issue`; an imported model or client handed on
    // (`import User from './user'; module.exports = { User }`), read as `User@model`.
    for (let at = lastSplit(name, name.length); at > 0; at = lastSplit(name, at - 1)) {
      const alias = facts.constants.get(name.slice(0, at));
      const ref = alias === undefined ? null : ONLY_IMPORTED.exec(alias)?.[1];
      if (ref) return fill(file, importedMark(`${ref}${name.slice(at)}`), depth);
    }
    const head = /^[^.(@]*/.exec(name)![0];
    for (const re of facts.reexports) {
      const inner = re.name === head ? within(re.imported, name.slice(head.length)) : null;
      if (inner !== null) return imported(file, re.module, inner, depth + 1);
    }
    for (const re of facts.reexports) {
      if (re.name !== '*') continue;
      const value = imported(file, re.module, name, depth + 1);
      if (value !== HOLE) return value;
    }
    // A default import of a module without a default export is the module itself (CommonJS interop).
    if (name.startsWith('default.')) return exported(file, name.slice(8), depth + 1);
    return HOLE;
  };

  for (const file of files) {
    for (const d of file.deferred) {
      const fact = file[d.list][d.index];
      if (!fact) continue;
      derive(fact, d.derive, d.inputs.map((input) => input === null ? null : settle(fill(file.file, input, 0))));
      const method = typeof d.method === 'string' ? methodOfText(settle(fill(file.file, d.method, 0))!) : null;
      if (method && 'method' in fact) fact.method = method;
    }
  }
  return (from, value) => fill(from, value, 0);
}

/** Fills in the imported values of an evaluated string, as seen from the file `from`. */
export type FillImported = (from: string, value: string) => string;
