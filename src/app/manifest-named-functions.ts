import { list, record, type Plain } from './values.ts';

/**
 * The function keys a Forge manifest names outside `modules.function`: a module's `function`, `resolver: { function }`,
 * `config: { function }`, `edit: { resolver: { function } }`, a consumer's or a workflow rule's, whatever property
 * holds it. A function no module names is never invoked by Forge. Every string value counts, so a module type Candor
 * does not know still keeps its functions; null when a value of a module is left as a variable (`${FN}`), which may
 * name any. A variable outside the modules (a remote's `baseUrl: ${REMOTE_BASE_URL}`) names no function.
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/function/
 */
export function namedFunctionKeys(manifest: Plain): Set<string> | null {
  const out = new Set<string>();
  const modules = record(manifest.modules);
  const functions = list(modules?.function);
  let open = false;
  const walk = (value: unknown, inModules: boolean): void => {
    if (value === functions) return;
    if (typeof value === 'string') {
      out.add(value);
      if (inModules && value.includes('${')) open = true;
      return;
    }
    if (Array.isArray(value)) {
      for (const v of value) walk(v, inModules);
      return;
    }
    for (const v of Object.values(record(value) ?? {})) walk(v, inModules || v === modules);
  };
  walk(manifest, false);
  return open ? null : out;
}
