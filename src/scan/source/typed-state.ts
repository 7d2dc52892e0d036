import { propertyName, pushChildren, someChild, unwrap, type Node } from './ast.ts';
import { followRef } from './ref.ts';
import type { Scope } from './scope.ts';

const REACT = new Set(['react', '@forge/react', '@forge/ui', 'preact/hooks']);

/** `const [text, setText] = useState('')` of React: the names of the state and of its setter. */
export function stateOf(scope: Scope, id: Node, init: Node): { state: string; setter: string } | null {
  if (id.type !== 'ArrayPattern') return null;
  const [state, setter] = id.elements as Array<Node | null>;
  const call = unwrap(init);
  if (state?.type !== 'Identifier' || setter?.type !== 'Identifier' || call.type !== 'CallExpression') return null;
  const callee = unwrap(call.callee);
  if (propertyName(callee.type === 'MemberExpression' ? callee.property : callee) !== 'useState') return null;
  const ref = followRef(scope, callee);
  return ref.root === 'import' && REACT.has(ref.module ?? '') ? { state: state.name, setter: setter.name } : null;
}

/**
 * A setter handed to a component's callback prop (`<Search onChange={setQuery} />`, `onPick={(id) => setUser(id)}`): the element's
 * name, the prop, where the setter or the arrow is written, and the arrow's parameter it is given.
 */
export interface HandedSetter { element: Node; prop: string; at: number; param: number }

const typed = new WeakMap<Node, { typed: Set<string>; handed: Map<string, HandedSetter[]> }>();

/**
 * Whether a component puts what users type in the state of that setter: it calls the setter with an input's value
 * (`setText(e.target.value)`, `setForm({ ...form, title: target.value })`) or hands the setter to an element's change
 * handler (`onChange={setText}`). Worked out once per component, when it calls `useState`.
 */
export function typedInto(component: Node, setter: string, text: string): boolean {
  return settersOf(component, text).typed.has(setter);
}

/** The callback props of components (a capital name, `<Search .../>`) the component hands that setter to; what they pass is the state's. */
export function handedSetter(component: Node, setter: string, text: string): readonly HandedSetter[] {
  return settersOf(component, text).handed.get(setter) ?? [];
}

function settersOf(component: Node, text: string): { typed: Set<string>; handed: Map<string, HandedSetter[]> } {
  let setters = typed.get(component);
  if (!setters) {
    setters = { typed: new Set(), handed: new Map() };
    // Most components read no input and hand no function or arrow to a JSX attribute: their source says so.
    const source = text.slice(component.start, component.end);
    if (source.includes('target') || /\bon[A-Z]\w*=\{\s*(?:[\w$]+\s*\}|\(?[\w$]+)/.test(source)) collect(component.body, setters, source, component.start);
    typed.set(component, setters);
  }
  return setters;
}

/** Walks only the nodes around a `target` or an `on...` attribute of the component's source (`at` is where that starts). */
function collect(body: Node, out: { typed: Set<string>; handed: Map<string, HandedSetter[]> }, source: string, at: number): void {
  const targets = offsets(source, /target/g, at);
  const hits = offsets(source, /target|on[A-Z]/g, at);
  const stack = [body];
  // The attributes of components, whose setters `handed` holds.
  let props: Set<Node> | null = null;
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node !== body && !holds(hits, node)) continue;
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && within(targets, node.start, node.end - 5) && (node.arguments as Node[]).some(holdsInput)) out.typed.add(node.callee.name);
    if (node.type === 'JSXOpeningElement' && node.name?.type === 'JSXIdentifier' && /^[A-Z]/.test(node.name.name)) {
      for (const attr of node.attributes as Node[]) {
        const setter = handlerName(attr);
        const passed = setter === null ? passesParam(attr) : null;
        if (setter === null && passed === null) continue;
        const handed = { element: node.name, prop: attr.name.name as string, at: attr.value.expression.start as number, param: passed?.param ?? 0 };
        const list = out.handed.get(setter ?? passed!.setter);
        if (list) list.push(handed);
        else out.handed.set(setter ?? passed!.setter, [handed]);
        if (setter !== null) (props ??= new Set()).add(attr);
      }
    }
    if (node.type === 'JSXAttribute' && !props?.has(node)) {
      const setter = handlerName(node);
      if (setter !== null) out.typed.add(setter);
    }
    pushChildren(stack, node);
  }
}

/** `onPick={(id) => setUser(id)}`: the setter an `on...` attribute's arrow hands one of its parameters, and which; null for any other. */
function passesParam(attr: Node): { setter: string; param: number } | null {
  if (attr.type !== 'JSXAttribute' || !/^on[A-Z]/.test(String(attr.name?.name ?? '')) || attr.value?.type !== 'JSXExpressionContainer') return null;
  const fn = attr.value.expression;
  if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') return null;
  const body = fn.body.type === 'BlockStatement' && fn.body.body.length === 1 && fn.body.body[0].type === 'ExpressionStatement' ? fn.body.body[0].expression : fn.body;
  const arg = body.type === 'CallExpression' && body.callee.type === 'Identifier' && body.arguments.length === 1 ? body.arguments[0] : null;
  const param = arg?.type === 'Identifier' ? (fn.params as Node[]).findIndex((p) => p.type === 'Identifier' && p.name === arg.name) : -1;
  return param < 0 ? null : { setter: body.callee.name, param };
}

/** `onChange={setText}`: the name an `on...` attribute is given, or null. */
function handlerName(attr: Node): string | null {
  if (attr.type !== 'JSXAttribute' || !/^on[A-Z]/.test(String(attr.name?.name ?? ''))) return null;
  return attr.value?.type === 'JSXExpressionContainer' && attr.value.expression.type === 'Identifier' ? attr.value.expression.name : null;
}

/** Where `pattern` (global) matches in `source`, ascending, plus `at`. */
function offsets(source: string, pattern: RegExp, at: number): number[] {
  const out: number[] = [];
  for (let m = pattern.exec(source); m !== null; m = pattern.exec(source)) {
    out.push(m.index + at);
    pattern.lastIndex = m.index + 1;
  }
  return out;
}

/** Whether one of `hits` (ascending) lies in [start, end). */
function within(hits: number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < hits.length && hits[lo]! < end;
}

/**
 * Whether a node may hold one of `hits`: it spans one, or decorators (which lie before a class's or a parameter's span)
 * may, as those of a class exported after them (`@Component(...) export class ...`).
 */
function holds(hits: number[], node: Node): boolean {
  return within(hits, node.start, node.end) || node.decorators?.length > 0 || node.declaration?.decorators?.length > 0;
}

/** An input's value read from a DOM event (`e.target.value`, `target.value`), in a value or in an object or function made of it. */
export function holdsInput(node: Node): boolean {
  if (node.type === 'MemberExpression' && propertyName(node.property, node.computed) === 'value') {
    const of = unwrap(node.object);
    const name = of.type === 'MemberExpression' ? propertyName(of.property, of.computed) : of.type === 'Identifier' ? of.name : null;
    if (name === 'target' || name === 'currentTarget') return true;
  }
  return someChild(node, holdsInput);
}

/** The classes React components extend. */
const COMPONENT_CLASSES = new Set(['Component', 'PureComponent']);

/**
 * The fields of a React class component's state that hold what users type: `this.setState({ text: e.target.value })`,
 * `this.setState({ [e.target.name]: e.target.value })` (every field, `*`), `const { value } = event.target; this.setState({ value })`;
 * null for a class that is no component or sets no field from an input.
 */
export function classTypedState(cls: Node, text: string): Set<string> | null {
  const sup = cls.superClass ? unwrap(cls.superClass) : null;
  const name = sup?.type === 'Identifier' ? sup.name : sup?.type === 'MemberExpression' ? propertyName(sup.property, sup.computed) : null;
  if (name === null || !COMPONENT_CLASSES.has(name)) return null;
  const source = text.slice(cls.start, cls.end);
  if (!source.includes('setState') || !source.includes('target')) return null;
  const out = new Set<string>();
  collectSetState(cls.body, null, out, text);
  return out.size > 0 ? out : null;
}

function collectSetState(node: Node, fn: Node | null, out: Set<string>, text: string): void {
  const inFn = node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression' ? node : fn;
  if (node.type === 'CallExpression' && isThisSetState(node.callee)) {
    const arg = node.arguments[0] ? unwrap(node.arguments[0]) : null;
    const value = arg && (arg.type === 'ArrowFunctionExpression' || arg.type === 'FunctionExpression') ? returnedObject(arg) : arg;
    if (value?.type === 'ObjectExpression') {
      const fromTarget = inFn ? targetNames(text.slice(inFn.start, inFn.end)) : new Set<string>();
      for (const p of value.properties as Node[]) {
        if (p.type !== 'Property') continue;
        const v = unwrap(p.value);
        if (!holdsInput(v) && !(v.type === 'Identifier' && fromTarget.has(v.name))) continue;
        const key = propertyName(p.key, p.computed);
        out.add(key ?? '*');
      }
    }
  }
  someChild(node, (child) => {
    collectSetState(child, inFn, out, text);
    return false;
  });
}

function isThisSetState(callee: Node): boolean {
  const c = unwrap(callee);
  return c.type === 'MemberExpression' && unwrap(c.object).type === 'ThisExpression' && propertyName(c.property, c.computed) === 'setState';
}

/** `(prev) => ({ ...prev, text })`, `function () { return { text }; }`: the object a state updater returns. */
function returnedObject(fn: Node): Node | null {
  const body = unwrap(fn.body);
  if (body.type !== 'BlockStatement') return body;
  const ret = (body.body as Node[]).find((st) => st.type === 'ReturnStatement');
  return ret?.argument ? unwrap(ret.argument) : null;
}

/** Names a function takes from a DOM event's target: `const { value } = event.target`, `({ target: { value } }) =>`. */
function targetNames(source: string): Set<string> {
  const out = new Set<string>();
  for (const [, names] of source.matchAll(/\{([^{}]*)\}\s*=\s*[\w$.]*\b(?:target|currentTarget)\b/g)) for (const n of names!.split(',')) addName(out, n);
  for (const [, names] of source.matchAll(/\b(?:target|currentTarget)\s*:\s*\{([^{}]*)\}/g)) for (const n of names!.split(',')) addName(out, n);
  return out;
}

function addName(out: Set<string>, part: string): void {
  const name = part.split(':').pop()!.split('=')[0]!.trim();
  if (/^[\w$]+$/.test(name)) out.add(name);
}

const forms = new WeakMap<Node, { nodes: Set<Node>; names: Set<string> }>();

/**
 * Whether a function receives what users filled in a form: it is handed to `handleSubmit(...)` of `useForm` (UI Kit,
 * react-hook-form) or to the `onSubmit` of a `<Form>` (UI Kit, @atlaskit/form), inline or by name. Worked out once
 * per module, when it mentions a submit.
 */
export function submitsForm(program: Node, text: string, fn: Node, name: string | null): boolean {
  let found = forms.get(program);
  if (!found) {
    found = { nodes: new Set(), names: new Set() };
    if (text.includes('handleSubmit') || text.includes('onSubmit')) collectForms(program, found, offsets(text, /handleSubmit|onSubmit/g, 0));
    forms.set(program, found);
  }
  return found.nodes.has(fn) || (name !== null && found.names.has(name));
}

/** Walks only the nodes around a `handleSubmit` or an `onSubmit` (`hits`). */
function collectForms(program: Node, out: { nodes: Set<Node>; names: Set<string> }, hits: number[]): void {
  const stack = [program];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node !== program && !holds(hits, node)) continue;
    let handed: Node | null = null;
    if (node.type === 'CallExpression' && propertyName(node.callee.type === 'MemberExpression' ? node.callee.property : node.callee) === 'handleSubmit') handed = node.arguments[0] ?? null;
    else if (node.type === 'JSXOpeningElement' && node.name?.type === 'JSXIdentifier' && node.name.name === 'Form') {
      for (const attr of node.attributes as Node[]) {
        if (attr.type === 'JSXAttribute' && attr.name?.name === 'onSubmit' && attr.value?.type === 'JSXExpressionContainer') handed = attr.value.expression;
      }
    }
    if (handed) {
      const fn = unwrap(handed);
      if (fn.type === 'Identifier') out.names.add(fn.name);
      else if (fn.type === 'ArrowFunctionExpression' || fn.type === 'FunctionExpression') out.nodes.add(fn);
    }
    pushChildren(stack, node);
  }
}
