import { isFunction, objectProperty, propertyName, unwrap, type Node } from './ast.ts';
import type { Scope } from './scope.ts';
import type { Walk } from './walk/state.ts';
import { handedFunction } from './walk/handed-functions.ts';
import { MEMBERS } from '../handlers.ts';

// An array of objects of the app's functions the code goes through, calling the same function of each
// (`for (const { send } of [slack, teams]) send(issue)`, `integrations.map(({ createTask }) => createTask(issue))`):
// each of those functions is called with the arguments.

/** Arrays of more items are lists of data, not of integrations. */
const MAX_ITEMS = 16;

/** `{ send }` of an item, or the item itself (`channel`), of the array `array`: bound to the functions they may be. */
export function bindItems(scope: Scope, pattern: Node | undefined, array: Node): void {
  const id = pattern ? unwrap(pattern) : null;
  if (id?.type !== 'Identifier' && id?.type !== 'ObjectPattern') return;
  const items = functionObjects(scope, array);
  if (!items) return;
  if (id.type === 'Identifier') {
    scope.lookup(id.name)!.items = items;
    scope.dispatches = true;
    return;
  }
  for (const p of id.properties as Node[]) {
    const key = p.type === 'Property' ? propertyName(p.key, p.computed) : null;
    const value = key !== null ? unwrap(p.value) : null;
    const binding = value?.type === 'Identifier' ? scope.lookup(value.name) : undefined;
    const fns = binding ? methodsOf(scope, items, key!) : [];
    if (fns.length === 0) continue;
    binding!.oneOf = fns;
    scope.dispatches = true;
  }
}

/** The app's functions a call may reach through such a name (`send(issue)`, `channel.send(issue)`), or null. */
export function dispatched(scope: Scope, callee: Node): string[] | null {
  const node = unwrap(callee);
  if (node.type === 'Identifier') return scope.lookup(node.name)?.oneOf ?? null;
  if (node.type !== 'MemberExpression') return null;
  const object = unwrap(node.object);
  const key = propertyName(node.property, node.computed);
  const items = object.type === 'Identifier' && key !== null ? scope.lookup(object.name)?.items : undefined;
  const fns = items ? methodsOf(scope, items, key!) : [];
  return fns.length > 0 ? fns : null;
}

/** The items of an array (a constant bound to one) when one of them at least is an object of the app's functions. */
function functionObjects(scope: Scope, array: Node): Node[] | null {
  let node = unwrap(array);
  if (node.type === 'Identifier') {
    const b = scope.lookup(node.name);
    node = b?.init && !b.grown ? unwrap(b.init) : node;
  }
  if (node.type !== 'ArrayExpression' || node.elements.length === 0 || node.elements.length > MAX_ITEMS) return null;
  const items = node.elements as Array<Node | null>;
  if (items.some((item) => item === null || item.type === 'SpreadElement')) return null;
  return items.some((item) => scope.itemObjects.has(item!) || objectMethod(scope, item!, null) !== null) ? items as Node[] : null;
}

function methodsOf(scope: Scope, items: readonly Node[], key: string): string[] {
  const out: string[] = [];
  for (const item of items) {
    const fn = objectMethod(scope, item, key);
    if (fn !== null && !out.includes(fn)) out.push(fn);
  }
  return out;
}

/**
 * The app's function `key` of an item, as argument flows name it: of an object of the array's own (`#integrations.0.createTask`),
 * of the module's (`#teams.send`), a module's imported whole (`./slack#send`) or an object it exports (`./slack#slack.send`).
 * With no key, whether the item is one of those objects at all (`#teams`, `./slack#`).
 */
function objectMethod(scope: Scope, item: Node, key: string | null): string | null {
  const node = unwrap(item);
  const own = node.type === 'ObjectExpression' ? scope.itemObjects.get(node) : undefined;
  if (own !== undefined) {
    const fn = key === null ? null : objectProperty(node, key);
    return fn && isFunction(unwrap(fn)) ? `#${own}.${key}` : null;
  }
  if (node.type !== 'Identifier') return null;
  const name = key ?? '\u0000';
  const member = { type: 'MemberExpression', object: node, property: { type: 'Identifier', name, start: node.start, end: node.end }, computed: false, start: node.start, end: node.end };
  const fn = scope.appFunction(member);
  return fn === null ? null : key === null ? fn.slice(0, -1) : fn;
}

/**
 * `handlers[name](payload)`, also through a name (`const fn = handlers[name]`): a function of an object of the app's functions, the
 * key chosen at run time, is any of them: those it names (`{ save }`, as argument flows name them), and every function of the
 * object by key (`handlers.*`, see `MEMBERS`): its own methods, or those another module exports in it (`export const handlers = { save }`).
 */
export function keyedFunctions(scope: Scope, callee: Node): string[] | null {
  let node = unwrap(callee);
  // `const fn = handlers[action.type]; fn(state, action)`: looked up only in a module that binds such a name.
  if (node.type === 'Identifier') {
    if (!scope.keyedNames) return null;
    const b = scope.lookup(node.name);
    node = b?.init && !b.grown ? unwrap(b.init) : node;
  }
  // `handlers.get(event.type)(event)`: any function set in the map.
  if (node.type === 'CallExpression') return registeredIn(scope, node);
  if (node.type !== 'MemberExpression' || !node.computed || propertyName(node.property, true) !== null) return null;
  const object = unwrap(node.object);
  if (object.type !== 'Identifier') return null;
  const binding = scope.lookup(object.name);
  if (!binding) {
    const imported = scope.mod.imports.get(object.name);
    return imported && scope.isAppModule(imported.module) ? [`${object.name}${MEMBERS}`] : null;
  }
  const literal = binding.init && !binding.grown ? scope.object(binding.init) : null;
  if (!literal) return null;
  const out = [`${object.name}${MEMBERS}`];
  for (const p of literal.properties as Node[]) {
    const value = p.type === 'Property' ? unwrap(p.value) : null;
    const fn = value?.type === 'Identifier' ? scope.appFunction(value, false) : null;
    if (fn !== null && !out.includes(fn)) out.push(fn);
  }
  return out;
}

/**
 * `handlers.set('created', onCreated)` on `const handlers = new Map()`: the map holds one more of the app's functions. An arrow
 * set in it (`handlers.set('created', async (event) => ...)`) is one named after its offset, as `handFunctions` names it.
 */
export function register(w: Walk, node: Node): void {
  const { scope } = w;
  const callee = unwrap(node.callee);
  const object = unwrap(callee.object);
  const binding = object.type === 'Identifier' ? scope.lookup(object.name) : undefined;
  const made = binding?.init ? unwrap(binding.init) : null;
  if (made?.type !== 'NewExpression' || unwrap(made.callee).type !== 'Identifier' || unwrap(made.callee).name !== 'Map') return;
  const fn = handedFunction(w, unwrap(node.arguments[1]), 1);
  if (fn === null) return;
  (binding!.registered ??= []).push(fn);
  scope.keyedNames = true;
}

function registeredIn(scope: Scope, call: Node): string[] | null {
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression' || propertyName(callee.property, callee.computed) !== 'get') return null;
  const object = unwrap(callee.object);
  return object.type === 'Identifier' ? scope.lookup(object.name)?.registered ?? null : null;
}
