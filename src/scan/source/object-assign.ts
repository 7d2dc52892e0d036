import { propertyName, unwrap, type Node } from './ast.ts';
import type { Binding, Flow } from './flow.ts';
import type { Scope } from './scope.ts';

// `Object.assign(target, ...sources)` read as the object literal it makes, field by field, as spreads are:
// `Object.assign({}, defaults, { email })` is `{ ...defaults, email }`.

const merged = new WeakMap<Node, Node>();

/** The sources of `Object.assign(target, ...sources)` and its target, or null for any other call. */
function assignCall(scope: Scope, node: Node): { target: Node; sources: Node[] } | null {
  if (node.type !== 'CallExpression' || node.arguments.length < 2) return null;
  const callee = unwrap(node.callee);
  if (callee.type !== 'MemberExpression' || propertyName(callee.property, callee.computed) !== 'assign') return null;
  const object = unwrap(callee.object);
  if (object.type !== 'Identifier' || object.name !== 'Object' || scope.lookup('Object')) return null;
  const [target, ...sources] = node.arguments as Node[];
  return target!.type === 'SpreadElement' ? null : { target: target!, sources };
}

/** An object literal of `base`'s properties then those the sources give, a later one of a name replacing an earlier one. */
function mergeInto(base: Node[], sources: Node[], at: Node): Node {
  const props = [...base];
  for (const source of sources) {
    const s = unwrap(source);
    if (s.type !== 'ObjectExpression') {
      props.push(s.type === 'SpreadElement' ? s : { type: 'SpreadElement', argument: source, start: source.start, end: source.end });
      continue;
    }
    for (const p of s.properties as Node[]) {
      const key = p.type === 'Property' && !p.computed ? propertyName(p.key) : null;
      if (key !== null) for (let i = props.length - 1; i >= 0; i--) if (props[i]!.type === 'Property' && !props[i]!.computed && propertyName(props[i]!.key) === key) props.splice(i, 1);
      props.push(p);
    }
  }
  return { type: 'ObjectExpression', properties: props, start: at.start, end: at.end };
}

/** `Object.assign({ a }, b, { c })`, a new object: the object literal `{ a, ...b, c }`; else null. */
export function assignedObject(scope: Scope, node: Node): Node | null {
  const known = merged.get(node);
  if (known) return known;
  const call = assignCall(scope, node);
  const first = call ? unwrap(call.target) : null;
  if (first?.type !== 'ObjectExpression') return null;
  const out = mergeInto(first.properties as Node[], call!.sources, node);
  merged.set(node, out);
  return out;
}

/**
 * `Object.assign(opts, { method: 'PUT', body })` as a statement: the name now holds what the sources give. A name bound
 * to an object literal nothing changed since is bound to the literal they make together; any other target grows.
 */
export function assignInto(scope: Scope, node: Node): void {
  const call = assignCall(scope, node);
  if (!call) return;
  const kinds = new Set<Flow>();
  for (const s of call.sources) for (const k of scope.kinds(s)) if (k !== 'literal') kinds.add(k);
  const target = unwrap(call.target);
  const b = target.type === 'Identifier' ? scope.lookup(target.name) : undefined;
  const literal = literalOf(scope, b);
  if (b && literal) {
    rebind(b, mergeInto(literal.properties as Node[], call.sources, node), kinds);
    return;
  }
  if (target.type === 'Identifier' || target.type === 'MemberExpression') scope.assignMember(target, kinds);
}

/**
 * `updates.title = payload.title` on a name the function binds to an object literal nothing else changed (`const updates = {}`):
 * the name is bound to the literal with that field, as `Object.assign(updates, { title })` binds it; a field it had already
 * holds what either value holds (`if (x) options.method = 'POST'`). False when the name is no such object.
 */
export function assignField(scope: Scope, left: Node, value: Node, kinds: Set<Flow>): boolean {
  const object = unwrap(left.object);
  const key = propertyName(left.property, left.computed);
  const b = key !== null && object.type === 'Identifier' ? scope.own(object.name) : undefined;
  const literal = literalOf(scope, b);
  // `totals.count = totals.count + 1` reads the object it gives a field: read whole, not again at each read of the field.
  if (!literal || literal.properties.length >= MAX_FIELDS || scope.mod.text.slice(value.start, value.end).includes(object.name)) return false;
  const props = [...literal.properties as Node[]];
  const at = props.findLastIndex((p) => p.type === 'Property' && propertyName(p.key, p.computed) === key);
  const before = at >= 0 ? props[at]! : null;
  const given = before ? { type: 'LogicalExpression', operator: '||', left: before.value, right: value, start: value.start, end: value.end } : value;
  const prop = { type: 'Property', kind: 'init', key: { type: 'Identifier', name: key, start: left.start, end: left.end }, value: given, computed: false, method: false, shorthand: false, start: left.start, end: value.end };
  if (at >= 0) props.splice(at, 1, prop);
  else props.push(prop);
  const out = new Set<Flow>();
  for (const k of kinds) if (k !== 'literal') out.add(k);
  rebind(b!, { type: 'ObjectExpression', properties: props, start: literal.start, end: literal.end }, out);
  return true;
}

/** The object literal a name is bound to and nothing changed since (`const opts = {}`, `Object.assign({}, a)`), or null. */
export function literalOf(scope: Scope, b: Binding | undefined): Node | null {
  const init = b?.init && !b.grown && b.values?.length === 1 ? unwrap(b.init) : null;
  return init?.type === 'ObjectExpression' ? init : init ? assignedObject(scope, init) : null;
}

/** More fields than an object built field by field is worth reading so: it is read whole. */
const MAX_FIELDS = 64;

function rebind(b: Binding, object: Node, kinds: Set<Flow>): void {
  b.init = object;
  b.values = [object];
  delete b.constant;
  if (kinds.size > 0) b.kinds.delete('literal');
  for (const k of kinds) b.kinds.add(k);
}
