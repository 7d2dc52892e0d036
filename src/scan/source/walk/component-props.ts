import { isFunction, propertyName, unwrap, type Node } from '../ast.ts';
import { argFields } from '../call-args.ts';
import { LOCAL } from '../flow.ts';
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
  const component = scope.appFunction({ type: 'Identifier', name: name.name, start: name.start, end: name.end }, false);
  if (component === null) return;
  for (const attr of element.attributes as Node[]) {
    const prop = attr.type === 'JSXAttribute' && attr.name.type === 'JSXIdentifier' ? attr.name.name as string : null;
    const value = prop !== null && attr.value?.type === 'JSXExpressionContainer' ? unwrap(attr.value.expression) : null;
    if (!value) continue;
    let fn: string | null = null;
    if (value.type === 'Identifier') fn = scope.appFunction(value, false) ?? scope.localFunction(value);
    else if (isFunction(value) && value.params.length > 0 && w.ctx.fn) {
      // The arrow's parameters hold what the component passes the prop, as a function the component's parent declares.
      fn = `#${w.ctx.fn.name}${LOCAL}${prop}@${value.start}`;
      w.optionCallbacks.set(value, (value.params as Node[]).map((_, i) => [`param:${fn!.slice(1)}:${i}` as const]));
    }
    if (fn !== null) (w.ctx.facts.handedProps ??= []).push({ component, prop: prop!, fn });
  }
}

/** `onCreate(text)` with `onCreate` a field of the function's first parameter (`({ onCreate }) =>`), or `props.onCreate(text)`: what it passes. */
export function callsProp(w: Walk, call: Node): void {
  const fn = w.ctx.fn;
  const callee = unwrap(call.callee);
  // A component is a function of the module named with a capital, or its default export.
  if (!fn || call.arguments.length === 0 || !isComponentName(fn.name)) return;
  let prop: string | null = null;
  if (callee.type === 'Identifier') {
    const kinds = w.scope.lookup(callee.name)?.kinds;
    const prefix = kinds && kinds.size > 0 ? `param:${fn.name}:0${FIELD}` : null;
    for (const k of prefix ? kinds! : []) if (k.startsWith(prefix!) && NAME.test(k.slice(prefix!.length))) prop = k.slice(prefix!.length);
  } else if (callee.type === 'MemberExpression' && !callee.computed && unwrap(callee.object).type === 'Identifier') {
    prop = w.scope.lookup(unwrap(callee.object).name)?.kinds.has(`param:${fn.name}:0`) ? propertyName(callee.property) : null;
  }
  if (prop === null) return;
  (w.ctx.facts.propCalls ??= []).push({ fn: fn.name, prop, args: (call.arguments as Node[]).map((a) => [...w.scope.kinds(a)]), ...argFields(w.scope, call) });
}
