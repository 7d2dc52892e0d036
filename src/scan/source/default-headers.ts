import type { EgressCall } from '../facts.ts';
import type { Node } from './ast.ts';
import { authScheme } from './auth-header.ts';
import type { FileContext } from './context.ts';
import { normaliseKinds } from './flow.ts';
import { holdsNamed } from './kinds.ts';
import type { Ref } from './ref.ts';

/**
 * axios's default `Authorization` header: `axios.defaults.headers.common['Authorization'] = \`Bearer ${token}\``, also on an
 * instance (`api.defaults.headers.common.Authorization = …` of `const api = axios.create(…)`) and without `common`. Every request
 * through that client sends it, wherever in the module it is set, so the requests are kept as the walk meets them and given the
 * header at its end. Only the module's own: a default set in another module is not followed.
 */
interface Defaults {
  headers: Array<{ client: Node | null; carries: EgressCall['carries']; scheme: 'basic' | 'bearer' | null }>;
  requests: Array<{ call: EgressCall; client: Node | null }>;
}

const byFile = new WeakMap<FileContext['facts'], Defaults | null>();

/** The file's defaults, null when its text sets none (`.defaults.` nowhere in it). */
function defaultsOf(ctx: FileContext): Defaults | null {
  let defaults = byFile.get(ctx.facts);
  if (defaults === undefined) byFile.set(ctx.facts, (defaults = ctx.mod.text.includes('.defaults.') ? { headers: [], requests: [] } : null));
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

/** An assignment of `value` to a member named `Authorization` of `target` (`axios.defaults.headers.common`), from the walk. */
export function setsDefaultAuthorization(ctx: FileContext, target: Node, value: Node): void {
  const defaults = defaultsOf(ctx);
  if (!defaults) return;
  const ref = ctx.scope.ref(target);
  const names = ref.steps.map((s) => (s.call ? '' : s.name));
  const tail = names.slice(-3).join('.') === 'defaults.headers.common' ? 3 : names.slice(-2).join('.') === 'defaults.headers' ? 2 : 0;
  const client = tail === 0 ? undefined : axiosClient(ref, tail);
  if (client === undefined) return;
  const kinds = new Set(ctx.scope.kinds(value));
  if (holdsNamed(ctx.scope, 'secret', kinds, value)) kinds.add('secret');
  defaults.headers.push({ client, carries: normaliseKinds(kinds) as EgressCall['carries'], scheme: authScheme(ctx.scope.str(value)) });
}

/** A request through axios (`client` its instance's `create()` call, null for axios itself), from the egress detector. */
export function throughAxios(ctx: FileContext, call: EgressCall, client: Node | null): void {
  defaultsOf(ctx)?.requests.push({ call, client });
}

/** Gives the requests through each client the default header set on it, at the end of the file's walk. */
export function applyDefaultHeaders(ctx: FileContext): void {
  const defaults = byFile.get(ctx.facts);
  if (!defaults || defaults.headers.length === 0) return;
  for (const { call, client } of defaults.requests) {
    for (const header of defaults.headers) {
      if (header.client !== client) continue;
      call.carries = normaliseKinds(new Set([...call.carries, ...header.carries]));
      if (header.scheme === 'basic' && !call.bearerAuth) call.basicAuth = true;
      if (header.scheme === 'bearer' && !call.basicAuth) call.bearerAuth = true;
    }
  }
}
