import type { Product, StorageBackend, StorageOp } from '../facts.ts';
import { unwrap, type Node } from './ast.ts';
import { followRef, type Ref } from './ref.ts';
import type { Scope } from './scope.ts';
import data from '../../data/property-hooks.json' with { type: 'json' };

interface Hook { backend: StorageBackend; product: Product }
const MODULES = new Set(data.modules);
const REST_MODULES = new Set(data.restModules);
const HOOKS = data.hooks as Record<string, Hook>;
/** The ops of the elements of the array a hook gives: the value, its setter, its deleter. */
const ELEMENT_OPS: readonly StorageOp['op'][] = ['read', 'write', 'delete'];

/**
 * `useContentProperty('votes', [])` of UI Kit or UI Kit 1: where the hook keeps its value (see `property-hooks.json`), and the
 * name of its operations (`useContentProperty`, UI Kit 1's with their module: `ui-confluence.useContentProperty`).
 */
export function propertyHook(ref: Ref): (Hook & { name: string }) | null {
  if (ref.root !== 'import' || ref.module === null || !MODULES.has(ref.module)) return null;
  // `useContentProperty(...)` imported by name, or `ForgeUI.useContentProperty(...)` of the module's default or namespace.
  const names = ref.steps.map((s) => s.name).filter(Boolean);
  const name = names.length === 0 ? ref.imported : names.length === 1 && (names[0] === ref.imported || ref.imported === 'default' || ref.imported === '*') ? names[0] : undefined;
  if (name === undefined || !Object.hasOwn(HOOKS, name)) return null;
  const { backend, product } = HOOKS[name]!;
  return { backend, product, name: REST_MODULES.has(ref.module) ? name : `${ref.module.slice(ref.module.indexOf('/') + 1)}.${name}` };
}

/**
 * `setVotes(next)`, `deleteVotes()` with `const [votes, setVotes, deleteVotes] = useContentProperty('votes', [])`: the
 * hook's call and what the call does to the property; null for any other call.
 */
export function propertyHookCall(scope: Scope, callee: Node): { hook: Hook & { name: string }; call: Node; op: StorageOp['op'] } | null {
  const node = unwrap(callee);
  const element = node.type === 'Identifier' ? scope.lookup(node.name)?.element : undefined;
  if (!element || element.at < 1 || element.at > 2) return null;
  const call = unwrap(element.of);
  if (call.type !== 'CallExpression') return null;
  const hook = propertyHook(followRef(scope, call.callee));
  return hook ? { hook, call, op: ELEMENT_OPS[element.at]! } : null;
}

/**
 * `updateTasks(next)` with `const [tasks, updateTasks] = useTasks()` and `useTasks` a function of another module of the app: that
 * function's call and what calling its second or third element would do, should it return a property hook's; null for any other call.
 */
export function wrappedHookCall(scope: Scope, callee: Node): { hook: string; call: Node; op: 'write' | 'delete' } | null {
  const node = unwrap(callee);
  const element = node.type === 'Identifier' ? scope.lookup(node.name)?.element : undefined;
  if (!element || element.at < 1 || element.at > 2) return null;
  const call = unwrap(element.of);
  if (call.type !== 'CallExpression') return null;
  const hook = scope.appFunction(call.callee, false);
  return hook && !hook.startsWith('#') ? { hook, call, op: element.at === 1 ? 'write' : 'delete' } : null;
}

/** Whether a storage operation's `api` is a property hook's read (`useIssueProperty`, `ui-jira.useIssueProperty`). */
export function isPropertyHookRead(api: string): boolean {
  return Object.hasOwn(HOOKS, api.slice(api.lastIndexOf('.') + 1));
}

const named = new WeakMap<object, boolean>();
/** Whether a module's text names one of the hooks (worked out once per module): only there are calls looked at as their setters'. */
export function namesPropertyHook(mod: { readonly text: string }): boolean {
  let out = named.get(mod);
  if (out === undefined) {
    out = Object.keys(HOOKS).some((name) => mod.text.includes(name));
    named.set(mod, out);
  }
  return out;
}
