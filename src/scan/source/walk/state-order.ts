import { isFunction, propertyName, unwrap, type Node } from '../ast.ts';
import { localName } from '../functions-named.ts';
import { declaredLocal } from './functions.ts';
import type { Walk } from './state.ts';

/**
 * A component's functions that read a state a later statement sets (`const share = () => send(issue)` above
 * `useEffect(() => { invoke('getIssue').then(setIssue) }, [])`) are walked once its other statements are, when the state
 * holds what its setter is given (see `setState`); so are those after them that read a state such a function sets.
 * Worked out once per component, from its source, when the walk meets its first state.
 */
export function orderComponent(w: Walk, component: Node): void {
  if (w.later.has(component)) return;
  w.later.set(component, []);
  const body = component.body;
  if (body?.type !== 'BlockStatement') return;
  const setterOf = new Map<string, string>();
  const handlers: Node[] = [];
  for (const statement of body.body as Node[]) {
    if (statement.type === 'FunctionDeclaration' && statement.id) handlers.push(statement);
    if (statement.type !== 'VariableDeclaration') continue;
    for (const d of statement.declarations as Node[]) {
      const [state, setter] = d.id.type === 'ArrayPattern' ? d.id.elements as Array<Node | null> : [];
      if (state?.type === 'Identifier' && setter?.type === 'Identifier' && isStateCall(d.init)) setterOf.set(state.name, setter.name);
      else if (d.id.type === 'Identifier' && d.init && isHandler(d.init)) handlers.push(d);
    }
  }
  if (setterOf.size === 0 || handlers.length === 0) return;
  const names = new RegExp(`(?<![\\w$])(?:${[...setterOf.keys(), ...setterOf.values()].map((n) => n.replaceAll('$', '\\$')).join('|')})(?![\\w$])`, 'g');
  const text = w.mod.text;
  const setters = new Set(setterOf.values());
  const lastSet = new Map<string, number>();
  for (const m of text.slice(body.start, body.end).matchAll(names)) if (setters.has(m[0])) lastSet.set(m[0], body.start + m.index);
  const lateSetters = new Set<string>();
  for (const d of handlers) {
    const mentioned = new Set(text.slice(d.start, d.end).match(names));
    let late = false;
    for (const name of mentioned) {
      const setter = setterOf.get(name);
      if (setter !== undefined && ((lastSet.get(setter) ?? -1) > d.end || lateSetters.has(setter))) late = true;
    }
    if (!late) continue;
    w.deferred.add(d.type === 'FunctionDeclaration' ? d : d.init);
    for (const name of mentioned) if (setters.has(name)) lateSetters.add(name);
  }
}

/**
 * Puts off the walk of a function that `orderComponent` says reads a state set later, the value of a declarator or a
 * function declaration, whose name is bound meanwhile as its walk would bind it; false for any other.
 */
export function putOff(w: Walk, fn: Node, parent: Node): boolean {
  const later = w.deferred.has(fn) ? w.later.get(w.returns[w.returns.length - 1]!) : undefined;
  if (!later) return false;
  w.deferred.delete(fn);
  later.push([fn, parent]);
  const local = fn.type === 'FunctionDeclaration' && w.ctx.fn ? declaredLocal(w, fn, parent, localName(fn, parent, w.ctx.fn.name)) : null;
  if (fn.type === 'FunctionDeclaration') w.scope.bind(fn.id.name, null, ['other']);
  if (local) {
    const b = w.scope.lookup(fn.id.name)!;
    b.local = local;
    w.localDeclarations.set(b, fn);
  }
  return true;
}

/** Walks the functions of a component put off till its other statements are walked. */
export function walkLater(w: Walk, component: Node): void {
  const later = w.later.get(component);
  if (!later) return;
  w.later.delete(component);
  for (const [fn, parent] of later) w.visit(fn, parent, null);
}

function isStateCall(init: Node | null | undefined): boolean {
  const call = init ? unwrap(init) : null;
  if (call?.type !== 'CallExpression') return false;
  const callee = unwrap(call.callee);
  return propertyName(callee.type === 'MemberExpression' ? callee.property : callee) === 'useState';
}

/** `async () => {...}`, `function () {...}`, `useCallback(() => {...}, deps)`. */
function isHandler(init: Node): boolean {
  const node = unwrap(init);
  if (isFunction(node)) return true;
  if (node.type !== 'CallExpression' || !node.arguments[0] || !isFunction(unwrap(node.arguments[0]))) return false;
  const callee = unwrap(node.callee);
  return propertyName(callee.type === 'MemberExpression' ? callee.property : callee) === 'useCallback';
}
