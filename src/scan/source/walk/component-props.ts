import { isFunction, propertyName, unwrap, type Node } from '../ast.ts';
import { argFields } from '../call-args.ts';
import { LOCAL, type Flow } from '../flow.ts';
import { handedSetter, holdsInput } from '../typed-state.ts';
import { FIELD } from '../string-marks.ts';
import type { Walk } from './state.ts';

// A component's callback props: the parent hands a function (`<NewTask onCreate={createTask} />`, `onCreate={(t) => save(t)}`),
// the component calls it with what users typed (`onCreate(text)`, `props.onCreate(text)`); the scan gives the one what the
// other passes (see `indexFlows`).

const NAME = /^[\w$]+$/;
/** A component's name: a capital first (`NewTask`), or a module's default export. */
const isComponentName = (name: string): boolean => (name.charCodeAt(0) >= 65 && name.charCodeAt(0) <= 90 && NAME.test(name)) || name === 'default';

/** `<NewTask onCreate={createTask} />` of a component of the app: the functions of the app, or arrows, handed to its props. */
export function handProps(w: Walk, element: Node): void {
  const name = element.name;
  if (name?.type !== 'JSXIdentifier' || !/^[A-Z]/.test(name.name) || element.attributes.length === 0) return;
  const { scope } = w;
  const id = { type: 'Identifier', name: name.name, start: name.start, end: name.end };
  // A class component is named as its class (`#Editor`, `./Editor#default`): the scan finds its `render`.
  const fnComponent = scope.appFunction(id, false);
  const component = fnComponent ?? scope.appClass(id);
  if (component === null) return;
  // `<Row issue={item} />`: the data props, which the component's first parameter holds by name, as `Row({ issue: item })` would.
  let data: Record<string, string[]> | null = null;
  for (const attr of element.attributes as Node[]) {
    const prop = attr.type === 'JSXAttribute' && attr.name.type === 'JSXIdentifier' ? attr.name.name as string : null;
    const value = prop !== null && attr.value?.type === 'JSXExpressionContainer' ? unwrap(attr.value.expression) : null;
    if (!value) continue;
    let fn: string | null = null;
    let setter = false;
    if (value.type === 'Identifier') {
      fn = scope.appFunction(value, false) ?? scope.localFunction(value);
      // A state's setter (`onChange={setQuery}`): the state holds what the component passes (see `handedSetter`).
      const binding = fn === null && w.setters.size > 0 && w.ctx.fn ? scope.lookup(value.name) : undefined;
      setter = binding !== undefined && w.setters.has(binding);
      if (setter) fn = `#${propFunction(w.ctx.fn!.name, prop!, value.start)}`;
    } else if (value.type === 'MemberExpression') {
      // `onSave={this.handleSave}`: a method of the class.
      fn = scope.appFunction(value);
    } else if (isFunction(value) && value.params.length > 0 && w.ctx.fn) {
      // The arrow's parameters hold what the component passes the prop, as a function the component's parent declares.
      fn = `#${propFunction(w.ctx.fn.name, prop!, value.start)}`;
      w.optionCallbacks.set(value, (value.params as Node[]).map((_, i) => [`param:${fn!.slice(1)}:${i}` as const]));
    }
    if (fn !== null) (w.ctx.facts.handedProps ??= []).push({ component, prop: prop!, fn, ...(setter ? { setter } : {}) });
    else if (fnComponent !== null && !setter && !isFunction(value)) {
      const kinds = [...scope.kinds(value)];
      if (kinds.some((k) => k !== 'literal' && k !== 'other')) (data ??= {})[prop!] = kinds;
    }
  }
  if (data) w.ctx.facts.argFlows.push({ callee: fnComponent!, args: [[...new Set(Object.values(data).flat())]], fields: [data] });
}

/** A function handed to a prop where the parent writes it (`onCreate={(t) => ...}`, `onChange={setQuery}` at `at`), named as argument flows name it. */
function propFunction(parent: string, prop: string, at: number): string {
  return `${parent}${LOCAL}${prop}@${at}`;
}

/**
 * What a component's state holds from the setter handed to callback props (`<Search onChange={setQuery} />`): what a
 * component of the app passes the prop, as a parameter of the function handed (see `handProps`); what users type into another's.
 */
export function setterProps(w: Walk, component: Node, setter: string): Flow[] {
  const fn = w.ctx.fn;
  return handedSetter(component, setter, w.mod.text).map(({ element, prop, at, param }): Flow => {
    const name = { type: 'Identifier', name: element.name, start: element.start, end: element.end };
    return fn && w.scope.appFunction(name, false) !== null ? `param:${propFunction(fn.name, prop, at)}:${param}` : 'resolver-payload';
  });
}

/** `onCreate(text)` with `onCreate` a field of the function's first parameter (`({ onCreate }) =>`), or `props.onCreate(text)`: what it passes. */
export function callsProp(w: Walk, call: Node): void {
  const fn = w.ctx.fn;
  const callee = unwrap(call.callee);
  if (!fn || call.arguments.length === 0) return;
  // A class component's methods (`this.props.onSave(text)`): what they pass, the class's, as its `render`'s.
  const cls = w.superClass !== null ? w.scope.currentClass : null;
  if (cls !== null) {
    // `const { onSave } = this.props; onSave(text)`: the name is bound to `this.props.onSave`.
    const init = callee.type === 'Identifier' ? w.scope.lookup(callee.name)?.init : callee;
    const member = init ? unwrap(init) : null;
    const prop = member?.type === 'MemberExpression' && !member.computed && isThisProps(unwrap(member.object)) ? propertyName(member.property) : null;
    if (prop !== null) pushPropCall(w, call, `${cls}.render`, prop);
    return;
  }
  // A component is a function of the module named with a capital, or its default export.
  if (!isComponentName(fn.name)) return;
  let prop: string | null = null;
  if (callee.type === 'Identifier') {
    const kinds = w.scope.lookup(callee.name)?.kinds;
    const prefix = kinds && kinds.size > 0 ? `param:${fn.name}:0${FIELD}` : null;
    for (const k of prefix ? kinds! : []) if (k.startsWith(prefix!) && NAME.test(k.slice(prefix!.length))) prop = k.slice(prefix!.length);
  } else if (callee.type === 'MemberExpression' && !callee.computed && unwrap(callee.object).type === 'Identifier') {
    prop = w.scope.lookup(unwrap(callee.object).name)?.kinds.has(`param:${fn.name}:0`) ? propertyName(callee.property) : null;
  }
  if (prop !== null) pushPropCall(w, call, fn.name, prop);
}

function pushPropCall(w: Walk, call: Node, fn: string, prop: string): void {
  // `onChange(e.target.value)`: what users type into an input is End-User Data they send.
  const args = (call.arguments as Node[]).map((a) => [...w.scope.kinds(a), ...(holdsInput(a) ? ['resolver-payload' as const] : [])]);
  (w.ctx.facts.propCalls ??= []).push({ fn, prop, args, ...argFields(w.scope, call) });
}

/** `this.props`. */
function isThisProps(node: Node): boolean {
  return node.type === 'MemberExpression' && !node.computed && unwrap(node.object).type === 'ThisExpression' && propertyName(node.property) === 'props';
}
