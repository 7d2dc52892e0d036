import { isFunction, propertyName, unwrap, type Node } from './ast.ts';
import { returned } from './callback-results.ts';
import type { Binding, Flow } from './flow.ts';
import { withName } from './kinds.ts';
import { kindOfName } from './names.ts';
import { looksRandom } from './secrets.ts';
import type { Scope } from './scope.ts';

/** Methods whose result has the items of the array they are called on (`rows.filter(...)`). */
const SAME_ITEMS = new Set(['filter', 'slice', 'sort', 'toSorted', 'reverse', 'toReversed']);

/**
 * `const rows = []; rows.push({ key: issue.key, count: 1 })`: what each field of the array's items holds, so that one field
 * of an item (`rows.map((r) => r.count)`) holds what that field was given, not what the others were. An item of another
 * kind (a value not an object literal, a spread, a computed key) leaves the fields of the array's items unknown.
 */
export function pushItems(scope: Scope, list: Node, items: readonly Node[]): void {
  const node = unwrap(list);
  const b = node.type === 'Identifier' ? scope.lookup(node.name) : undefined;
  if (!b || b.itemFields === null) return;
  if (b.itemFields === undefined) {
    const init = b.init ? unwrap(b.init) : null;
    b.itemFields = init?.type === 'ArrayExpression' && init.elements.length === 0 ? new Map() : null;
  }
  for (const arg of items) addItem(scope, b, unwrap(arg));
}

/** What the fields of one more item give (see `pushItems`); `...users.map((u) => ({ ... }))`, `...rows`: those of the items spread. */
function addItem(scope: Scope, b: Binding, item: Node | null): void {
  if (!b.itemFields) return;
  const spread = item?.type === 'SpreadElement' ? mapFields(scope, item.argument) ?? fieldsOf(scope, item.argument) : undefined;
  if (spread) {
    for (const [key, kinds] of spread) {
      let held = b.itemFields.get(key);
      if (!held) b.itemFields.set(key, (held = new Set()));
      for (const k of kinds) held.add(k);
    }
    return;
  }
  if (item?.type !== 'ObjectExpression') {
    b.itemFields = null;
    return;
  }
  for (const p of item.properties as Node[]) {
    const key = p.type === 'Property' ? propertyName(p.key, p.computed) : null;
    if (key === null) {
      b.itemFields = null;
      return;
    }
    let held = b.itemFields.get(key);
    if (!held) b.itemFields.set(key, (held = new Set()));
    for (const k of scope.kinds(p.value)) held.add(k);
    // `{ token: 'ghp_...' }`: a text that looks generated under a secret's name is one, written in the code or not.
    const value = unwrap(p.value);
    if (value.type === 'Literal' && typeof value.value === 'string' && kindOfName(key) === 'secret' && looksRandom(value.value)) held.add('secret');
  }
}

/** `const FIELDS = [{ key: 'apiToken', secret: true }, ...]`, never changed: what each field of its items holds, from the literal. */
function tableFields(scope: Scope, b: Binding): void {
  const init = b.init && !b.grown ? unwrap(b.init) : null;
  if (init?.type !== 'ArrayExpression' || init.elements.length === 0) return;
  b.itemFields = new Map();
  for (const item of init.elements as Array<Node | null>) addItem(scope, b, item && unwrap(item));
}

/**
 * `const rows = issues.map((issue) => ({ key: issue.key, points: 1 }))`, also `await Promise.all(issues.map(async (issue) => ({ ... })))`:
 * the items are the object literal the callback returns, each field what it was given there.
 */
export function mappedItems(scope: Scope, name: string, call: Node): void {
  const fields = mapFields(scope, call);
  if (fields) scope.lookup(name)!.itemFields = fields;
}

/** What each field of the items a `.map` call gives holds (see `mappedItems`); null for another value. */
function mapFields(scope: Scope, value: Node): Map<string, Set<Flow>> | null {
  let call = unwrap(value);
  if (call.type !== 'CallExpression' || call.arguments.length !== 1) return null;
  let callee = unwrap(call.callee);
  // `Promise.all(items.map(async (u) => ({ ... })))`: what each promise gives.
  if (callee.type === 'MemberExpression' && propertyName(callee.property, callee.computed) === 'all' && unwrap(callee.object).type === 'Identifier' && unwrap(callee.object).name === 'Promise' && !scope.lookup('Promise')) {
    call = unwrap(call.arguments[0]);
    if (call.type !== 'CallExpression' || call.arguments.length !== 1) return null;
    callee = unwrap(call.callee);
  }
  const fn = callee.type === 'MemberExpression' && propertyName(callee.property, callee.computed) === 'map' ? unwrap(call.arguments[0]) : null;
  const body = fn && isFunction(fn) ? returned(fn.body) : null;
  const item = body ? unwrap(body) : null;
  if (item?.type !== 'ObjectExpression') return null;
  const params = fn!.params as Node[];
  const items = scope.kinds(callee.object);
  scope.push();
  try {
    params.forEach((p, i) => scope.bindPattern(p, null, i === 0 ? new Set(items) : new Set<Flow>(['other']), null));
    bindItemFields(scope, params[0], callee.object);
    const b = { init: null, kinds: new Set<Flow>(), itemFields: new Map() } as Binding;
    addItem(scope, b, item);
    return b.itemFields ?? null;
  } finally {
    scope.pop();
  }
}

/** An item of such an array (`for (const row of rows)`, `rows.map((row) => ...)`, `({ count }) => ...`): its fields hold what they were given. */
export function bindItemFields(scope: Scope, pattern: Node | undefined, list: Node): void {
  const fields = pattern ? fieldsOf(scope, list) : null;
  if (!fields) return;
  const id = unwrap(pattern!);
  if (id.type === 'Identifier') {
    scope.lookup(id.name)!.fields = fields;
    return;
  }
  if (id.type !== 'ObjectPattern') return;
  for (const p of id.properties as Node[]) {
    const key = p.type === 'Property' ? propertyName(p.key, p.computed) : null;
    const value = key === null ? null : unwrap(p.value.type === 'AssignmentPattern' ? p.value.left : p.value);
    const held = key === null ? undefined : fields.get(key);
    const b = held && value?.type === 'Identifier' ? scope.lookup(value.name) : undefined;
    // `for (const { secret } of FIELDS)` with every item's `secret` a constant: the constant, whatever the name says.
    if (b && [...held!].every((k) => k === 'literal')) Object.assign(b, { kinds: new Set<Flow>(held), constantField: true });
    else if (b) b.kinds = withName(new Set<Flow>(held), value!.name);
  }
}

/** The fields `pushItems` recorded for the array an expression is, also through `filter`, `slice` and `sort`. */
function fieldsOf(scope: Scope, list: Node): ReadonlyMap<string, Set<Flow>> | null {
  let node = unwrap(list);
  while (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && SAME_ITEMS.has(propertyName(node.callee.property, node.callee.computed) ?? '')) node = unwrap(node.callee.object);
  const b = node.type === 'Identifier' ? scope.lookup(node.name) : undefined;
  if (b?.itemFields === undefined && b?.init) tableFields(scope, b);
  return b?.itemFields ?? null;
}
