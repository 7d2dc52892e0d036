import requestErrors from '../../data/request-errors.json' with { type: 'json' };
import type { EgressCall, Evidence } from '../facts.ts';
import { propertyName, unwrap, type Node } from './ast.ts';
import { stringified } from './body-fields.ts';
import type { FileContext } from './context.ts';
import { followRef } from './ref.ts';
import type { Scope } from './scope.ts';

/**
 * HTTP clients whose error keeps the request it failed on in fields of its own (see `request-errors.json`): an `AxiosError`
 * holds `config` (the URL, headers and body sent), `request` (the `ClientRequest`, its header text with them) and `response`
 * (which holds `config` and `request` again), and its `toJSON()` returns the config; ky's `HTTPError` holds `options` and
 * `request`; got's error `options`, left out when the error is printed. Printed whole (`console.error(e)`), as JSON, or those
 * fields, it shows an `Authorization` header or a key in the URL. `e.message`, `e.response.status`, `e.response.data` and `${e}` do not.
 */
const ERRORS_HOLD_REQUEST = new Map(Object.entries(requestErrors.clients));

/** Where the error of requests that sent a secret keeps it: merged over the requests a `catch` may get the error of. */
export interface SentSecret {
  /** Printing the error whole prints it. */
  whole: boolean;
  /** The error's fields holding the request's options (`config`, `options`). */
  configs: string[];
  /** Its `request` prints it; its `response` holds the options and the request again. */
  request: boolean;
  response: boolean;
  /** The fields of the options beyond headers that hold the secret (`url` of `?api_key=${key}`, `params`, `data`). */
  fields: string[];
  /** The error's field the name holds, not the error (an interceptor's `config`, `response`). */
  at?: string;
}

/** The files whose walk met such an error, so log calls elsewhere cost nothing more. */
const seen = new WeakSet<FileContext['facts']>();
/** The files whose walk met a `catch` that may get such an error from a function of the app (see `catchesThrownBy`). */
const caught = new WeakSet<FileContext['facts']>();

/** Requests whose error a nearer `catch` or `.catch(...)` takes: a `try` around them gets that handler's error, if any. */
const handled = new WeakSet<EgressCall>();
/** The fields of a request's config beyond its headers that hold the secret it sends (see `SentSecret`). */
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
export function throwsSentSecret(calls: readonly EgressCall[], from: number, to = calls.length): SentSecret | null {
  let sent: SentSecret | null = null;
  for (let i = from; i < to; i++) {
    if (handled.has(calls[i]!)) continue;
    handled.add(calls[i]!);
    sent = mergeSent(sent, keptBy(calls[i]!));
  }
  return sent;
}

/** What the errors of the requests recorded from `from` on that no `catch` took keep: those the function throws to its callers. */
export function unhandledSecret(calls: readonly EgressCall[], from: number): SentSecret | null {
  let sent: SentSecret | null = null;
  for (let i = from; i < calls.length; i++) if (!handled.has(calls[i]!)) sent = mergeSent(sent, keptBy(calls[i]!));
  return sent;
}

/** Where a request's error keeps the secret it sent, null when it sent none or its client's error keeps no request. */
function keptBy(call: EgressCall): SentSecret | null {
  const dot = call.client.lastIndexOf('.');
  const holds = call.carries.includes('secret') ? ERRORS_HOLD_REQUEST.get(dot < 0 ? call.client : call.client.slice(0, dot)) : undefined;
  return holds ? { whole: holds.whole, configs: [holds.config], request: holds.request, response: holds.response, fields: secretFields.get(call) ?? [] } : null;
}

/** Either of two errors a `catch` may get. */
export function mergeSent(a: SentSecret | null, b: SentSecret | null): SentSecret | null {
  if (!a || !b) return a ?? b;
  return {
    whole: a.whole || b.whole, configs: [...new Set([...a.configs, ...b.configs])], request: a.request || b.request,
    response: a.response || b.response, fields: [...new Set([...a.fields, ...b.fields])],
  };
}

/** `throw e` in a `catch` whose error keeps a secret: the error, thrown on. */
export function rethrown(scope: Scope, arg: Node | null | undefined): SentSecret | null {
  const node = arg ? unwrap(arg) : null;
  const sent = node?.type === 'Identifier' ? scope.lookup(node.name)?.sentSecret : undefined;
  return sent && !sent.at ? sent : null;
}

/**
 * `catch (e)` of a try block that makes no request the walk knows to keep a secret: `e` may be the error of a function of the app
 * it calls (`await fetchItems()`) or of a request the scan knows once the files are linked (through an instance another module
 * makes), which the scan tells then (see `FunctionInfo.throwsSecret`, `thrown-secrets.ts`).
 */
export function catchesThrownBy(ctx: FileContext, param: Node, callees: readonly string[], block: Node, from: number): void {
  const binding = param.type === 'Identifier' ? ctx.scope.lookup(param.name) : undefined;
  if (!binding) return;
  const { lines } = ctx.mod;
  const known = ctx.facts.egress.slice(from).map((call) => at(call.evidence));
  binding.thrownBy = { callees: [...callees], lines: [lines.lineOf(block.start as number), lines.lineOf(block.end as number)], known };
  caught.add(ctx.facts);
}

/** Where a request is made, as `ThrownBy.known` writes it. */
export const at = (evidence: Evidence): string => `${evidence.line}:${evidence.column}`;

/** Whether a request's error, printed whole, prints a secret it sent. */
export function printsWhole(call: EgressCall): boolean {
  return keptBy(call)?.whole === true;
}

/** `catch (e)` of a try block whose request threw such an error: `e` holds the secret. */
export function catchesSentSecret(ctx: FileContext, param: Node, sent: SentSecret): void {
  const binding = param.type === 'Identifier' ? ctx.scope.lookup(param.name) : undefined;
  if (!binding) return;
  binding.sentSecret = sent;
  seen.add(ctx.facts);
}

/**
 * `request.catch((e) => ...)`, also after `.then(...)`: `e` holds the secret when a request of the chain before `.catch`
 * (those recorded since the walk reached its start) sent one.
 */
export function catchesChainSecret(ctx: FileContext, call: Node, param: Node): void {
  const sent = chainSecret(ctx, call);
  if (sent) catchesSentSecret(ctx, param, sent);
}

/**
 * Where the error a `.catch(...)` is handed keeps a secret a request of its chain sent, null when none does. Once the walk has
 * been through the handler (`.catch(() => retry())`), the requests it makes are not the chain's: its error is the function's.
 */
export function chainSecret(ctx: FileContext, call: Node, handler?: Node): SentSecret | null {
  const calls = ctx.facts.egress;
  let to = calls.length;
  if (handler) {
    const [line, column] = position(ctx, handler.start as number);
    while (to > 0 && !before(calls[to - 1]!.evidence, line, column)) to--;
  }
  const [line, column] = position(ctx, unwrap(call.callee).object.start as number);
  let from = to;
  while (from > 0 && !before(calls[from - 1]!.evidence, line, column)) from--;
  return from < to ? throwsSentSecret(calls, from, to) : null;
}

function position(ctx: FileContext, offset: number): [number, number] {
  const { lines } = ctx.mod;
  const line = lines.lineOf(offset);
  return [line, offset - lines.starts[line - 1]! + 1];
}

/**
 * `api.interceptors.request.use((config) => ..., (error) => ...)` of an instance made with a secret (`axios.create({ headers })`):
 * the request interceptor's `config` holds it (axios has merged the instance's headers in), the response interceptor's
 * `response` too, and either's error handler is handed the error, which keeps it.
 */
export function interceptsSecret(ctx: FileContext, call: Node, fn: Node, param: Node): void {
  const ref = followRef(ctx.scope, call.callee);
  const { steps } = ref;
  const n = steps.length;
  const holds = ref.root === 'import' && n >= 3 && steps[n - 3]!.name === 'interceptors' ? ERRORS_HOLD_REQUEST.get(ref.module ?? '') : undefined;
  const phase = steps[n - 2]?.name;
  if (!holds || (phase !== 'request' && phase !== 'response')) return;
  const made = steps.find((step) => step.name === 'create' && step.call)?.call?.arguments[0] as Node | undefined;
  if (!made || !ctx.kindsOf([made]).includes('secret')) return;
  const at = call.arguments[1] === fn ? undefined : phase === 'request' ? holds.config : 'response';
  catchesSentSecret(ctx, param, { whole: holds.whole, configs: [holds.config], request: holds.request, response: holds.response, fields: [], ...(at ? { at } : {}) });
}

const before = (at: Evidence, line: number, column: number): boolean => at.line < line || (at.line === line && at.column < column);

/**
 * Whether a log call's argument prints the secret such an error holds: the error (`e`, `{ error: e }`, `e.toJSON()`,
 * `JSON.stringify(e)`, `util.inspect(e)`), its `config`, the config's `headers`, its `request` or `response`.
 */
export function printsSentSecret(ctx: FileContext, arg: Node): boolean {
  return seen.has(ctx.facts) && prints(ctx.scope, arg, 0, printsPath);
}

/** A `catch`'s error of a try block (its lines) that calls the app's functions (see `catchesThrownBy`). */
export interface ThrownBy {
  callees: string[];
  lines: [number, number];
  /** The requests the walk met in it (`line:column`), whose errors a nearer `catch` took or which sent no secret. */
  known: string[];
}

/** The functions of the app whose error a log call's argument prints whole (`console.error(e)` of `catchesThrownBy`'s `e`), null for none. */
export function printsThrownBy(ctx: FileContext, arg: Node): ThrownBy | null {
  let found: ThrownBy | null = null;
  const whole = (scope: Scope, node: Node): boolean => {
    found = node.type === 'Identifier' ? scope.lookup(node.name)?.thrownBy ?? null : null;
    return found !== null;
  };
  return caught.has(ctx.facts) && prints(ctx.scope, arg, 0, whole) ? found : null;
}

function prints(scope: Scope, arg: Node, depth: number, path: (scope: Scope, node: Node) => boolean): boolean {
  if (depth > 4) return false;
  const node = stringified(scope, unwrap(arg));
  switch (node.type) {
    // `${e}` is the error's message; `${JSON.stringify(e)}` its JSON.
    case 'TemplateLiteral':
      return (node.expressions as Node[]).some((e) => stringified(scope, unwrap(e)) !== unwrap(e) && prints(scope, e, depth + 1, path));
    case 'ConditionalExpression':
      return prints(scope, node.consequent, depth + 1, path) || prints(scope, node.alternate, depth + 1, path);
    case 'LogicalExpression':
      return prints(scope, node.left, depth + 1, path) || prints(scope, node.right, depth + 1, path);
    case 'ObjectExpression':
      return (node.properties as Node[]).some((p) => prints(scope, p.type === 'SpreadElement' ? p.argument : p.value, depth + 1, path));
    case 'CallExpression': {
      const callee = unwrap(node.callee);
      if (callee.type === 'MemberExpression' && propertyName(callee.property, callee.computed) === 'toJSON') return prints(scope, callee.object, depth + 1, path);
      return node.arguments[0] !== undefined && isInspect(followRef(scope, callee)) && prints(scope, node.arguments[0], depth + 1, path);
    }
    case 'Identifier':
    case 'MemberExpression':
      return path(scope, node);
    default:
      return false;
  }
}

/** `util.inspect` of Node.js, called on the module or imported by name. */
function isInspect(ref: ReturnType<typeof followRef>): boolean {
  return ref.root === 'import' && (ref.module === 'util' || ref.module === 'node:util') && ref.steps.length === 1 && ref.steps[0]!.name === 'inspect';
}

/**
 * `e`, `e.config`, `e.config.headers(....)`, `e.request`, `e.response`, `e.response.config`... of a `catch` holding the secret, as its
 * client's error keeps it; `e.config.url`, `e.config.params`, `e.config.data` when the request put it there.
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
  if (sent.at) path.unshift(sent.at);
  const response = sent.response && path[0] === 'response';
  const rest = response ? path.slice(1) : path;
  if (rest.length === 0) return sent.whole || response;
  if (rest[0] === 'request') return sent.request && rest.length === 1;
  return sent.configs.includes(rest[0] ?? '') && (rest.length === 1 || rest[1] === 'headers' || sent.fields.includes(rest[1] ?? ''));
}
