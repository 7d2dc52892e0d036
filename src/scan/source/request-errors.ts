import type { EgressCall, Evidence } from '../facts.ts';
import { propertyName, unwrap, type Node } from './ast.ts';
import { stringified } from './body-fields.ts';
import type { FileContext } from './context.ts';
import { followRef } from './ref.ts';
import type { Scope } from './scope.ts';

/**
 * HTTP clients whose error keeps the request it failed on in fields of its own: an `AxiosError` (also NestJS's `HttpService`'s)
 * holds `config` (the URL, headers and body sent), `request` (the `ClientRequest`, its header text with them) and `response`
 * (which holds `config` and `request` again), and its `toJSON()` returns the config. Printed whole (`console.error(e)`), as
 * JSON, or those fields, it shows an `Authorization` header or a key in the URL. `e.message`, `e.response.status`,
 * `e.response.data` and `${e}` do not. https://github.com/axios/axios/blob/v1.x/lib/core/AxiosError.js
 * got keeps its `options` out of what is printed (not enumerable), and a fetch error holds no request.
 */
const ERRORS_HOLD_REQUEST = new Set(['axios', '@nestjs/axios']);

/** The files whose walk met such an error, so log calls elsewhere cost nothing more. */
const seen = new WeakSet<FileContext['facts']>();

/** Requests whose error a nearer `catch` or `.catch(…)` takes: a `try` around them gets that handler's error, if any. */
const handled = new WeakSet<EgressCall>();
/** The fields of a request's config beyond its headers that hold the secret it sends (`url` of `?api_key=${key}`, `params`, `data`). */
const secretFields = new WeakMap<EgressCall, string[]>();

/** Notes which of a request's parts, by the name of their field in its config, hold the secret it sends. */
export function sendsSecretIn(ctx: FileContext, call: EgressCall, parts: Record<string, Node | null | undefined>): void {
  const fields = Object.keys(parts).filter((field) => parts[field] && ctx.kindsOf([parts[field]]).includes('secret'));
  if (fields.length > 0) secretFields.set(call, fields);
}

/**
 * Whether one of the requests recorded from `from` on, and handled by no nearer `catch`, keeps in the error it throws a
 * secret it sent: the fields of its config beyond headers that hold it, null when none does. The requests are then handled.
 */
export function throwsSentSecret(calls: readonly EgressCall[], from: number): string[] | null {
  let sent: string[] | null = null;
  for (let i = from; i < calls.length; i++) {
    const call = calls[i]!;
    if (handled.has(call)) continue;
    handled.add(call);
    const dot = call.client.lastIndexOf('.');
    if (!call.carries.includes('secret') || !ERRORS_HOLD_REQUEST.has(dot < 0 ? call.client : call.client.slice(0, dot))) continue;
    sent = [...sent ?? [], ...secretFields.get(call) ?? []];
  }
  return sent;
}

/** `catch (e)` of a try block whose request threw such an error: `e` holds the secret. */
export function catchesSentSecret(ctx: FileContext, param: Node, sent: readonly string[]): void {
  const binding = param.type === 'Identifier' ? ctx.scope.lookup(param.name) : undefined;
  if (!binding) return;
  binding.sentSecret = sent;
  seen.add(ctx.facts);
}

/**
 * `request.catch((e) => …)`, also after `.then(…)`: `e` holds the secret when a request of the chain before `.catch`
 * (those recorded since the walk reached its start) sent one.
 */
export function catchesChainSecret(ctx: FileContext, call: Node, param: Node): void {
  const { lines } = ctx.mod;
  const offset = unwrap(call.callee).object.start as number;
  const line = lines.lineOf(offset);
  const column = offset - lines.starts[line - 1]! + 1;
  const calls = ctx.facts.egress;
  let from = calls.length;
  while (from > 0 && !before(calls[from - 1]!.evidence, line, column)) from--;
  const sent = from < calls.length && throwsSentSecret(calls, from);
  if (sent) catchesSentSecret(ctx, param, sent);
}

const before = (at: Evidence, line: number, column: number): boolean => at.line < line || (at.line === line && at.column < column);

/**
 * Whether a log call's argument prints the secret such an error holds: the error (`e`, `{ error: e }`, `e.toJSON()`,
 * `JSON.stringify(e)`, `util.inspect(e)`), its `config`, the config's `headers`, its `request` or `response`.
 */
export function printsSentSecret(ctx: FileContext, arg: Node): boolean {
  return seen.has(ctx.facts) && prints(ctx.scope, arg, 0);
}

function prints(scope: Scope, arg: Node, depth: number): boolean {
  if (depth > 4) return false;
  const node = stringified(scope, unwrap(arg));
  switch (node.type) {
    // `${e}` is the error's message; `${JSON.stringify(e)}` its JSON.
    case 'TemplateLiteral':
      return (node.expressions as Node[]).some((e) => stringified(scope, unwrap(e)) !== unwrap(e) && prints(scope, e, depth + 1));
    case 'ConditionalExpression':
      return prints(scope, node.consequent, depth + 1) || prints(scope, node.alternate, depth + 1);
    case 'LogicalExpression':
      return prints(scope, node.left, depth + 1) || prints(scope, node.right, depth + 1);
    case 'ObjectExpression':
      return (node.properties as Node[]).some((p) => prints(scope, p.type === 'SpreadElement' ? p.argument : p.value, depth + 1));
    case 'CallExpression': {
      const callee = unwrap(node.callee);
      if (callee.type === 'MemberExpression' && propertyName(callee.property, callee.computed) === 'toJSON') return prints(scope, callee.object, depth + 1);
      return node.arguments[0] !== undefined && isInspect(followRef(scope, callee)) && prints(scope, node.arguments[0], depth + 1);
    }
    case 'Identifier':
    case 'MemberExpression':
      return printsPath(scope, node);
    default:
      return false;
  }
}

/** `util.inspect` of Node.js, called on the module or imported by name. */
function isInspect(ref: ReturnType<typeof followRef>): boolean {
  return ref.root === 'import' && (ref.module === 'util' || ref.module === 'node:util') && ref.steps.length === 1 && ref.steps[0]!.name === 'inspect';
}

/**
 * `e`, `e.config`, `e.config.headers(.…)`, `e.request`, `e.response`, `e.response.config`… of a `catch` holding the secret;
 * `e.config.url`, `e.config.params`, `e.config.data` when the request put it there.
 */
function printsPath(scope: Scope, expr: Node): boolean {
  const path: Array<string | null> = [];
  let node = expr;
  while (node.type === 'MemberExpression') {
    path.unshift(propertyName(node.property, node.computed));
    node = unwrap(node.object);
  }
  const sent = node.type === 'Identifier' ? scope.lookup(node.name)?.sentSecret : undefined;
  if (!sent) return false;
  const rest = path[0] === 'response' ? path.slice(1) : path;
  if (rest.length === 0) return true;
  if (rest[0] === 'request') return rest.length === 1;
  return rest[0] === 'config' && (rest.length === 1 || rest[1] === 'headers' || sent.includes(rest[1] ?? ''));
}
