import { unwrap, type Node } from './ast.ts';
import type { Ref } from './ref.ts';
import type { Scope } from './scope.ts';

/** The method a call of the Connect JavaScript API calls (`AP.confluence.setContentProperty(...)`), `ref` being what the call refers to; null for another call. */
export function connectJsCall(ref: Ref): string | null {
  const last = ref.steps[ref.steps.length - 1];
  return last?.call ? connectJsMethod({ ...ref, steps: [...ref.steps.slice(0, -1), { name: last.name, call: null }] }) : null;
}

/**
 * The method called on an object a constructor of the Connect JavaScript API made, as `jiraServiceDesk.RequestProperties.serialize`
 * for `new AP.jiraServiceDesk.RequestProperties()` then `.serialize(...)` on it; null for another call.
 */
export function connectJsInstanceCall(ref: Ref): string | null {
  const made = ref.steps.length - 2;
  return made >= 1 && ref.steps[made]!.name === 'new' ? connectJsCall({ ...ref, steps: ref.steps.filter((_, i) => i !== made) }) : null;
}

/** The method of the Connect JavaScript API a callee is, as `confluence.getMacroData` (`request` for `AP.request`), or null. */
export function connectJsMethod(ref: Ref): string | null {
  if (ref.root !== 'global' || ref.name !== 'AP' || ref.steps.length === 0 || ref.steps.some((s) => s.call !== null)) return null;
  return ref.steps.map((s) => s.name).join('.');
}

/**
 * The modules a call of the Connect JavaScript API's `AP.require` hands its callback, by parameter
 * (`AP.require(['_util', 'request'], (util, request) => ...)`); null when they are not constant names.
 */
export function requiredModules(scope: Scope, names: Node | undefined): string[] | null {
  if (!names) return null;
  const node = unwrap(names);
  const list = node.type === 'ArrayExpression' ? (node.elements as Array<Node | null>).map((e) => (e ? scope.str(e) : null)) : [scope.str(node)];
  return list.every((n): n is string => n !== null && /^[\w$]+$/.test(n)) ? list : null;
}

const MODULES = new WeakMap<Node, string>();

/** `AP.request` for the module `request`: what a parameter of `AP.require`'s callback holds. */
export function moduleOfAp(name: string): Node {
  const at = { start: 0, end: 0 };
  const node = { type: 'MemberExpression', object: { type: 'Identifier', name: 'AP', ...at }, property: { type: 'Identifier', name, ...at }, computed: false, optional: false, ...at } as Node;
  MODULES.set(node, name);
  return node;
}

/** The module of the Connect JavaScript API a value made by `moduleOfAp` stands for, or null. */
export function apModuleOf(value: Node | null | undefined): string | null {
  return value ? MODULES.get(value) ?? null : null;
}
