import { list, record, type Plain } from './values.ts';

/**
 * The function keys a Forge manifest names outside `modules.function`: a module's `function`, `resolver: { function }`,
 * `config: { function }`, `edit: { resolver: { function } }`, a consumer's or a workflow rule's, whatever property
 * holds it. A function no module names is never invoked by Forge. Every string value counts, so a module type Candor
 * does not know still keeps its functions; null when a value is left as a variable (`${FN}`), which may name any.
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/function/
 */
export function namedFunctionKeys(manifest: Plain): Set<string> | null {
  const out = new Set<string>();
  const functions = list(record(manifest.modules)?.function);
  const walk = (value: unknown): boolean => {
    if (value === functions) return true;
    if (typeof value === 'string') {
      out.add(value);
      return !value.includes('${');
    }
    if (Array.isArray(value)) return value.every(walk);
    const object = record(value);
    return object === null || Object.values(object).every(walk);
  };
  return walk(manifest) ? out : null;
}
