import type { Ref } from './ref.ts';

/** The method a call of the Connect JavaScript API calls (`AP.confluence.setContentProperty(…)`), `ref` being what the call refers to; null for another call. */
export function connectJsCall(ref: Ref): string | null {
  const last = ref.steps[ref.steps.length - 1];
  return last?.call ? connectJsMethod({ ...ref, steps: [...ref.steps.slice(0, -1), { name: last.name, call: null }] }) : null;
}

/** The method of the Connect JavaScript API a callee is, as `confluence.getMacroData` (`request` for `AP.request`), or null. */
export function connectJsMethod(ref: Ref): string | null {
  if (ref.root !== 'global' || ref.name !== 'AP' || ref.steps.length === 0 || ref.steps.some((s) => s.call !== null)) return null;
  return ref.steps.map((s) => s.name).join('.');
}
