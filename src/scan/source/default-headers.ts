import type { EgressCall } from '../facts.ts';
import { objectProperty, propertyName, unwrap, type Node } from './ast.ts';
import { authScheme } from './auth-header.ts';
import type { FileContext } from './context.ts';
import type { AxiosDefault } from './file-facts.ts';
import { normaliseKinds } from './flow.ts';
import { holdsNamed } from './kinds.ts';
import type { Ref } from './ref.ts';

/**
 * axios's default `Authorization` header: `axios.defaults.headers.common['Authorization'] = \`Bearer ${token}\``, also on an
 * instance (`api.defaults.headers.common.Authorization = ...` of `const api = axios.create(...)`), without `common`, as a whole
 * object (`axios.defaults.headers = { Authorization }`), and set by a request interceptor on each request's config
 * (`api.interceptors.request.use((config) => { config.headers.Authorization = ...; return config; })`). Every request through
 * that client sends it, wherever in the module it is set, so the requests are kept as the walk meets them and given the
 * header at its end. Set on axios itself, it goes with the requests of the modules that run with this one (see
 * `axios-defaults.ts`); on an instance another module exports, with the requests through it.
 */
interface Defaults {
  headers: Array<{ client: Node | null; carries: EgressCall['carries']; scheme: 'basic' | 'bearer' | null }>;
  requests: Array<{ call: EgressCall; client: Node | null }>;
  /** The functions given to `interceptors.request.use`, with their client. */
  interceptors: Map<Node, Node | null>;
}

const byFile = new WeakMap<FileContext['facts'], Defaults | null>();

/** The file's defaults, null when its text sets none (`.defaults.` and `interceptors` nowhere in it). */
function defaultsOf(ctx: FileContext): Defaults | null {
  let defaults = byFile.get(ctx.facts);
  if (defaults === undefined) {
    const text = ctx.mod.text;
    defaults = text.includes('.defaults.') || text.includes('interceptors') ? { headers: [], requests: [], interceptors: new Map() } : null;
    byFile.set(ctx.facts, defaults);
  }
  return defaults;
}

/** The axios client a reference is, or reads from: its `create()` call for an instance, null for axios itself; undefined for none. */
function axiosClient(ref: Ref, steps: number): Node | null | undefined {
  const module = ref.root === 'import' ? ref.module : ref.root === 'global' && ref.name === 'axios' ? 'axios' : null;
  if (module !== 'axios') return undefined;
  const head = ref.steps.slice(0, ref.steps.length - steps);
  if (head.length === 0) return null;
  return head.length === 1 && head[0]!.name === 'create' && head[0]!.call ? head[0]!.call : undefined;
}

/**
 * An assignment from the walk: of `value` to a member named `Authorization` of `target` (`axios.defaults.headers.common`), or
 * of an object (`{ Authorization: ... }`, `{ common: { Authorization } }`) to `target`'s `name` member, `headers` or `common`.
 * `fn` is the function being walked, for a request interceptor's.
 */
export function setsDefaultHeader(ctx: FileContext, target: Node, name: string, value: Node, fn: Node | undefined): void {
  const defaults = defaultsOf(ctx);
  if (!defaults) return;
  if (name === 'Authorization' || name === 'authorization') {
    setsAuthorization(ctx, defaults, target, [], value, fn);
    return;
  }
  const object = ctx.scope.object(value);
  const header = authorizationOf(object);
  if (header) setsAuthorization(ctx, defaults, target, [name], header, fn);
  const inCommon = name === 'headers' ? authorizationOf(ctx.scope.object(objectProperty(object, 'common'))) : null;
  if (inCommon) setsAuthorization(ctx, defaults, target, [name, 'common'], inCommon, fn);
}

function authorizationOf(headers: Node | null): Node | null {
  return objectProperty(headers, 'Authorization') ?? objectProperty(headers, 'authorization');
}

function setsAuthorization(ctx: FileContext, defaults: Defaults, target: Node, more: string[], value: Node, fn: Node | undefined): void {
  const ref = ctx.scope.ref(target);
  const names = [...ref.steps.map((s) => (s.call ? '' : s.name)), ...more];
  const kinds = new Set(ctx.scope.kinds(value));
  if (holdsNamed(ctx.scope, 'secret', kinds, value)) kinds.add('secret');
  const header = { carries: normaliseKinds(kinds) as EgressCall['carries'], scheme: authScheme(ctx.scope.str(value)) };
  // `config.headers.Authorization = ...` in an interceptor, `config` its parameter.
  const given = fn ? defaults.interceptors.get(fn) : undefined;
  if (given !== undefined && configHeaders(target, more, fn!)) {
    defaults.headers.push({ client: given, ...header });
    return;
  }
  const tail = names.slice(-3).join('.') === 'defaults.headers.common' ? 3 : names.slice(-2).join('.') === 'defaults.headers' ? 2 : 0;
  if (tail === 0) return;
  const client = axiosClient(ref, tail - more.length);
  if (client !== undefined) {
    defaults.headers.push({ client, ...header });
    return;
  }
  // `api.defaults.headers.common.Authorization = ...` of an `api` another module of the app exports: a named import's steps
  // begin with its name, a default import's with `defaults`.
  const head = names.slice(0, names.length - tail);
  if (ref.root === 'import' && ref.module !== null && ref.imported && (head.length === 0 || (head.length === 1 && head[0] === ref.imported))) {
    (ctx.facts.axiosDefaults ??= []).push({ module: ref.module, imported: ref.imported, ...header });
  }
}

/** Whether `target` with `more` names the headers of the config an interceptor is given (`config.headers`). */
function configHeaders(target: Node, more: string[], fn: Node): boolean {
  const param = (fn.params as Node[])[0];
  if (param?.type !== 'Identifier') return false;
  const t = unwrap(target);
  if (t.type === 'Identifier') return t.name === param.name && more.length === 1 && more[0] === 'headers';
  const object = t.type === 'MemberExpression' ? unwrap(t.object) : null;
  return more.length === 0 && object?.type === 'Identifier' && object.name === param.name && propertyName(t.property, t.computed) === 'headers';
}

/** `client.interceptors.request.use(fn)` on axios or one of its instances, from the egress detector: `fn` sets each request's headers. */
export function interceptsAxios(ctx: FileContext, fn: Node | undefined, client: Node | null): void {
  const f = fn ? unwrap(fn) : null;
  if (f && (f.type === 'ArrowFunctionExpression' || f.type === 'FunctionExpression')) defaultsOf(ctx)?.interceptors.set(f, client);
}

/** A request through axios (`client` its instance's `create()` call, null for axios itself), from the egress detector. */
export function throughAxios(ctx: FileContext, call: EgressCall, client: Node | null): void {
  defaultsOf(ctx)?.requests.push({ call, client });
  // A request through axios itself: a default another module sets may go with it.
  if (client === null) (ctx.facts.axiosRequests ??= []).push({ line: call.evidence.line, column: call.evidence.column });
}

/** What the headers set on an instance (its `create()` call) send, and their scheme, for the module's export of it. */
export function instanceHeaders(ctx: FileContext, client: Node): { carries: string[]; scheme: 'basic' | 'bearer' | null } {
  const set = (byFile.get(ctx.facts)?.headers ?? []).filter((h) => h.client === client);
  return { carries: set.flatMap((h) => h.carries), scheme: set.find((h) => h.scheme !== null)?.scheme ?? null };
}

/** Gives the requests through each client the default header set on it, at the end of the file's walk; keeps those set on axios itself. */
export function applyDefaultHeaders(ctx: FileContext): void {
  const defaults = byFile.get(ctx.facts);
  if (!defaults || defaults.headers.length === 0) return;
  for (const { call, client } of defaults.requests) {
    for (const header of defaults.headers) if (header.client === client) withHeader(call, header);
  }
  for (const { client, carries, scheme } of defaults.headers) if (client === null) (ctx.facts.axiosDefaults ??= []).push({ module: 'axios', imported: 'default', carries, scheme });
}

/** A request given a default header. */
export function withHeader(call: EgressCall, header: Pick<AxiosDefault, 'carries' | 'scheme'>): void {
  call.carries = normaliseKinds(new Set([...call.carries, ...header.carries])) as EgressCall['carries'];
  if (header.scheme === 'basic' && !call.bearerAuth) call.basicAuth = true;
  if (header.scheme === 'bearer' && !call.basicAuth) call.bearerAuth = true;
}
