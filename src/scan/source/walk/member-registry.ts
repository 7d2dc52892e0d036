import { propertyName, unwrap, type Node } from '../ast.ts';
import { argFields, argShapes } from '../call-args.ts';
import type { FileFacts } from '../file-facts.ts';
import type { Walk } from './state.ts';

type ParamCall = NonNullable<FileFacts['paramCalls']>[number];
type Given = Omit<ParamCall, 'fn' | 'param'>;

/**
 * An event bus of the app's (`on(type, fn) { this.handlers.set(type, fn) }`, `emit(type, e) { return this.handlers.get(type)?.(e) }`):
 * a call through the member hands its arguments to every function a method's parameter set in it, in whichever order the
 * methods are written (see `handFunctions`). By the class's member: the parameters set in it and the calls through it.
 */
export type MemberRegistries = Map<string, { params: string[]; calls: Given[] }>;

/** `this.handlers` of the class being walked, as `Class.handlers`; null for any other object. */
function memberOf(w: Walk, object: Node): string | null {
  const member = unwrap(object);
  if (member.type !== 'MemberExpression' || unwrap(member.object).type !== 'ThisExpression') return null;
  const name = propertyName(member.property, member.computed);
  return name === null ? null : `${w.scope.currentClass}.${name}`;
}

function registry(w: Walk, key: string): { params: string[]; calls: Given[] } {
  let found = w.memberRegistries.get(key);
  if (!found) w.memberRegistries.set(key, (found = { params: [], calls: [] }));
  return found;
}

function link(w: Walk, param: string, given: Given): void {
  const at = param.lastIndexOf(':');
  (w.ctx.facts.paramCalls ??= []).push({ fn: param.slice(0, at), param: Number(param.slice(at + 1)), ...given });
}

/** `this.handlers.set(type, fn)` in a method, `fn` its parameter. */
export function setsMember(w: Walk, call: Node): void {
  const value = unwrap(call.arguments[1]);
  const param = value.type === 'Identifier' ? w.scope.lookup(value.name)?.param : undefined;
  const key = param === undefined ? null : memberOf(w, unwrap(call.callee).object);
  if (key === null) return;
  const found = registry(w, key);
  found.params.push(param!);
  for (const given of found.calls) link(w, param!, given);
}

/** `this.handlers.get(type)(event)` in a method. */
export function callsMember(w: Walk, call: Node): void {
  const getter = unwrap(unwrap(call.callee).callee);
  if (getter.type !== 'MemberExpression' || propertyName(getter.property, getter.computed) !== 'get') return;
  const key = memberOf(w, getter.object);
  if (key === null) return;
  const found = registry(w, key);
  const given: Given = { args: (call.arguments as Node[]).map((a) => [...w.scope.kinds(a)]), ...argFields(w.scope, call), ...argShapes(w.scope, call) };
  found.calls.push(given);
  for (const param of found.params) link(w, param, given);
}
