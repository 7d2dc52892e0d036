import { objectProperty, propertyName, unwrap, type Node } from '../ast.ts';
import type { CallSite } from '../context.ts';
import type { Scope } from '../scope.ts';
import data from '../../../data/cloudflare-bindings.json' with { type: 'json' };

/** What a method of a binding does (see `src/data/cloudflare-bindings.json`): `statement` runs its SQL text, `send` keeps a message till it is consumed. */
export type BindingOp = 'write' | 'read' | 'delete' | 'statement' | 'send';

/** Before the binding a caller hands a helper (`keep(env.USAGE, event)`: `cf:USAGE`; `cf:` for the whole `env`). */
export const BINDING_CLIENT = 'cf:';
/** Before a queue binding's name, as the key of what the app sends it (`cf-queue:JOBS`), for the Worker's `queue` handler. */
export const QUEUE_BINDING = 'cf-queue:';
/** The function of a module Worker that consumes its queues (`export default { async queue(batch, env) { ... } }`). */
export const WORKER_QUEUE = 'default.queue';
/** The name the storage of a Durable Object's state stands under (`this.ctx.storage.put(...)`). */
export const OBJECT_STORAGE = 'storage';

interface Expiry { method: string; argument: number; ttl: string; at: string }
interface Kind { storage: boolean; binding?: boolean; methods: Record<string, BindingOp>; expiry?: Expiry }
const KINDS = data.kinds as Record<string, Kind>;
/** The methods of the kinds of binding that keep data, with what each does (the kinds agree): the cheap test before a call is looked at closer. */
const METHODS = new Map(Object.values(KINDS).filter((k) => k.storage).flatMap((k) => Object.entries(k.methods)));
/** Calls chained on a D1 statement (`prepare(sql).bind(a).run()`): the statement's, recorded where it is prepared. */
const STATEMENT_CALLS = new Set(data.statementCalls);

/** A call on a Cloudflare binding: the binding's name (`OBJECT_STORAGE` for a Durable Object's), the method, and what the call does. */
export interface BindingCall {
  name: string;
  method: string;
  op: BindingOp;
  /** The call of the method on the binding, `prepare(sql)` of `env.DB.prepare(sql).bind(a).run()`. */
  call: Node;
  /** The site's call is chained after it (`bind(a)`, `run()`), not that call. */
  chained: boolean;
}

/** Where a write sets its expiry (KV's `put(key, value, { expirationTtl })`), by method; the option names are KV's alone, so a `put` of R2 sets none. */
const EXPIRIES = new Map(Object.values(KINDS).flatMap((k) => (k.expiry ? [[k.expiry.method, k.expiry] as const] : [])));

/**
 * The options of a binding's write that say when it expires: `ttl`, the expression of its time-to-live in seconds, or `at`, of the
 * time it expires; null when the call sets neither.
 */
export function bindingExpiry(scope: Scope, method: string, args: readonly Node[]): { ttl: Node | null; at: Node | null } | null {
  const expiry = EXPIRIES.get(method);
  const options = expiry && args[expiry.argument] ? scope.object(args[expiry.argument]!) : null;
  if (!expiry || !options) return null;
  const ttl = objectProperty(options, expiry.ttl);
  const at = objectProperty(options, expiry.at);
  return ttl || at ? { ttl, at } : null;
}

/** What a method does on a binding that keeps data (`put`: `write`), or null when no such binding has it. */
export function bindingMethod(method: string): BindingOp | null {
  return METHODS.get(method) ?? null;
}

/** The call a site makes on a binding of the Worker's `env` or on a Durable Object's storage, or null. */
export function bindingCall(site: CallSite, scope: Scope): BindingCall | null {
  const { steps } = site.ref;
  const last = steps[steps.length - 1]?.name ?? '';
  if (site.ref.root !== 'unknown' || (!METHODS.has(last) && !STATEMENT_CALLS.has(last)) || !namesBindingHolder(scope.mod)) return null;
  for (let i = 0; i < steps.length; i++) {
    const call = steps[i]!.call;
    const callee = call?.type === 'CallExpression' ? unwrap(call.callee) : null;
    if (callee?.type !== 'MemberExpression' || !METHODS.has(steps[i]!.name)) continue;
    const name = bindingOf(scope, unwrap(callee.object));
    if (name === null) continue;
    const method = steps[i]!.name;
    const op = name === OBJECT_STORAGE ? KINDS['durable-object-storage']!.methods[method] ?? null : bindingMethod(method);
    // Only a statement's own calls follow it; what a read answers (`(await env.B.get(k)).text()`) is no call on the binding.
    if (op === null || (i < steps.length - 1 && (op !== 'statement' || !steps.slice(i + 1).every((s) => STATEMENT_CALLS.has(s.name))))) return null;
    return { name, method, op, call: call!, chained: i < steps.length - 1 };
  }
  return null;
}

/** `env` but Node's `process.env` and `import.meta.env`, or `storage`: a word every expression `bindingOf` answers for names. */
const HOLDER_WORD = /\benv\b(?<!\b(?:process|meta)\s*\??\.\s*env)|\bstorage\b/;
const holders = new WeakMap<object, boolean>();

/** Whether a module's text names the Worker's `env` or a Durable Object's storage (worked out once per module): only there may a call be on a binding. */
function namesBindingHolder(mod: { readonly text: string }): boolean {
  let out = holders.get(mod);
  if (out === undefined) holders.set(mod, (out = HOLDER_WORD.test(mod.text)));
  return out;
}

/**
 * The binding an expression reads from the Worker's `env` (`env.USAGE`, `context.env.USAGE`, `c.env.DB`, `this.env.KV`,
 * also through a name given one: `const bucket = env.USAGE`), `OBJECT_STORAGE` for a Durable Object's storage
 * (`this.ctx.storage`, `this.state.storage`, `state.storage` of its constructor, `this.ctx.storage.sql`); null otherwise.
 */
export function bindingOf(scope: Scope, expr: Node, depth = 0): string | null {
  let node = expr;
  if (node.type === 'Identifier' && depth === 0) {
    const b = scope.lookup(node.name);
    if (!b?.init || b.grown) return null;
    node = unwrap(b.init);
  }
  if (node.type === 'MemberExpression' && unwrap(node.object).type === 'ThisExpression' && propertyName(node.property, node.computed) === OBJECT_STORAGE) {
    // `this.storage = state.storage` in the constructor.
    const member = scope.members.get(OBJECT_STORAGE);
    return member && depth === 0 ? bindingOf(scope, unwrap(member), 1) : null;
  }
  if (node.type !== 'MemberExpression') return null;
  const name = propertyName(node.property, node.computed);
  const object = unwrap(node.object);
  if (name === 'sql' && object.type === 'MemberExpression' && propertyName(object.property, object.computed) === OBJECT_STORAGE) return bindingOf(scope, object, depth + 1);
  if (name === OBJECT_STORAGE) return isObjectState(scope, object) ? OBJECT_STORAGE : null;
  return name !== null && isEnv(scope, object) ? name : null;
}

/** What a caller hands a helper that is a binding or the whole `env` (`keep(env.USAGE, event)`), written as `BINDING_CLIENT` says; else null. */
export function givenBinding(scope: Scope, arg: Node): string | null {
  const node = unwrap(arg);
  if (isEnv(scope, node)) return BINDING_CLIENT;
  const name = node.type === 'MemberExpression' ? bindingOf(scope, node, 1) : null;
  return name !== null && name !== OBJECT_STORAGE ? `${BINDING_CLIENT}${name}` : null;
}

/** The kinds of binding having a method, in the data file's order. */
export function kindsWith(method: string): string[] {
  return Object.keys(KINDS).filter((k) => KINDS[k]!.binding !== false && Object.hasOwn(KINDS[k]!.methods, method));
}

/** What a method does on a binding of one of these kinds: null unless all keep data and agree. */
export function opOf(method: string, kinds: readonly string[]): BindingOp | null {
  const ops = new Set(kinds.map((k) => (KINDS[k]?.storage ? KINDS[k].methods[method] ?? null : null)));
  return ops.size === 1 ? [...ops][0]! : null;
}

/**
 * A Worker's `env`: a parameter named so or destructured as such (`fetch(request, env)`, `({ request, env })`), or the `env`
 * field of an object of the function's (`context.env`, Hono's `c.env`, `this.env`); not `process.env` nor `import.meta.env`.
 */
function isEnv(scope: Scope, node: Node): boolean {
  if (node.type === 'Identifier') {
    if (node.name !== 'env') return false;
    const b = scope.lookup(node.name);
    if (!b) return false;
    const init = b.init ? unwrap(b.init) : null;
    return init === null || (init.type === 'MemberExpression' && propertyName(init.property, init.computed) === 'env' && isEnvHolder(scope, unwrap(init.object)));
  }
  return node.type === 'MemberExpression' && propertyName(node.property, node.computed) === 'env' && isEnvHolder(scope, unwrap(node.object));
}

function isEnvHolder(scope: Scope, node: Node): boolean {
  return node.type === 'ThisExpression' || (node.type === 'Identifier' && scope.lookup(node.name) !== undefined && !scope.lookup(node.name)!.init);
}

/** A Durable Object's state: `this.ctx`, `this.state`, or its constructor's `ctx` or `state`. */
function isObjectState(scope: Scope, node: Node): boolean {
  if (node.type === 'Identifier') return (node.name === 'ctx' || node.name === 'state') && scope.lookup(node.name) !== undefined && !scope.lookup(node.name)!.init;
  if (node.type !== 'MemberExpression' || unwrap(node.object).type !== 'ThisExpression') return false;
  const name = propertyName(node.property, node.computed);
  return name === 'ctx' || name === 'state';
}
