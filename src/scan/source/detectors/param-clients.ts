import type { HttpMethod } from '../../facts.ts';
import { isAppCode } from '../../app-code.ts';
import { isFunction, objectProperty, propertyName, unwrap, type Node } from '../ast.ts';
import type { CallSite, FileContext } from '../context.ts';
import { CLIENTS, FETCH_MODULES, GRAPHQL_REQUEST } from '../http-clients.ts';
import { HOLE } from '../string-marks.ts';
import type { Ref } from '../ref.ts';
import type { Scope } from '../scope.ts';
import { BUILDERS, VERBS, baseUrl } from './egress.ts';
import { namedMethod } from './rest-calls.ts';
import { builtFrom, sdkVendor, sentCommand } from './sdk-calls.ts';
import { bindingMethod } from './cloudflare-bindings.ts';
import { kvsOp } from './storage.ts';
import { isKvPackage, kvCommandOp, KV_CLIENT } from './kv-clients.ts';
import { isBuiltInMethod } from '../built-ins.ts';
import { givenQueue } from './queues.ts';
import { forgePrincipal } from '../principal-choice.ts';

/** Calls chained before a recorded call (`from('t')` of `client.from('t').insert(row)`): part of that call. */
const chained = new WeakSet<Node>();

/**
 * A call on a parameter of the module's function (`octokit.rest.repos.listForOrg(...)`, `createItem = (http) => (item) =>
 * http.post('/items', item)`), or on a member the class's constructor is handed (`this.client.request(...)`): kept aside
 * until the scan knows whether the callers pass a vendor's SDK client or an HTTP client.
 */
export function detectParamClientCall(site: CallSite, ctx: FileContext): void {
  const { node, ref } = site;
  if (ref.root !== 'unknown' || node.type !== 'CallExpression' || chained.has(node)) return;
  const last = ref.steps[ref.steps.length - 1];
  // `fetchImpl(url)` with `const { fetchImpl } = options`: the name's ref goes on through the field it was taken from.
  if (last?.call === node && (last.name === '' ? ref.steps.length === 1 : unwrap(node.callee).type === 'Identifier')) {
    calledParam(ctx, node);
    return;
  }
  if (!last?.call || last.name === '' || isBuiltInMethod(last.name)) return;
  const held = heldClient(ctx.scope, unwrap(node.callee), ref);
  if (!held || !isAppCode(ctx.facts.file)) return;
  const steps = ref.steps.slice(ref.steps.length - held.names);
  const api = steps.map((s) => s.name);
  // `http.get(url)`, `deps.http.get(url)` with `deps.http` the client, `agent.post(url).send(body)` with superagent's builders.
  let at = steps.length - 1;
  while (at > 0 && BUILDERS.has(api[at]!)) at--;
  const request = at <= 1 && steps[at]!.call ? requestOf(ctx, steps[at]!.call!, api[at]!) : undefined;
  const args: Node[] = [];
  for (const step of steps) {
    const call = step.call;
    if (!call || call.type !== 'CallExpression') continue;
    if (call !== node) chained.add(call);
    for (const arg of call.arguments as Node[]) {
      const value = unwrap(arg.type === 'SpreadElement' ? arg.argument : arg);
      if (isFunction(value)) continue;
      args.push(value);
      // `s3.send(new PutObjectCommand({ Body }))`, as on the client itself.
      const made = value.type === 'Identifier' ? ctx.scope.lookup(value.name)?.init : value;
      if (made && unwrap(made).type === 'NewExpression') args.push(...builtFrom(unwrap(made)));
    }
  }
  // As on the client itself, a call handed nothing is left out (see `detectSdkCall`).
  if (args.length === 0) return;
  // `bucket.put(key, value)`, `bindings.DB.prepare(sql)`: the key or SQL text, should callers hand it a Cloudflare binding (a queue's message has none).
  // `store.setSecret(key, value)`: the key, should callers hand it Forge's key-value store.
  const ops = [bindingMethod(api[0]!), api.length > 1 ? bindingMethod(api[1]!) : null];
  const on = ops[0] !== null ? 0 : ops[1] !== null ? 1 : api.length === 1 && (kvsOp(api[0]) !== null || kvCommandOp(api[0]!) !== null) ? 0 : -1;
  const key = on >= 0 && ops[on] !== 'send' && steps[on]!.call ? { key: ctx.scope.strParams(steps[on]!.call!.arguments[0]) } : {};
  const command = sentCommand(ctx, node);
  (ctx.facts.paramClientCalls ??= []).push({
    param: held.param, api, ...(request ? { request } : {}), ...key, side: ctx.facts.side, carries: ctx.kindsOf(args), evidence: ctx.evidence(node), ...(command ? { command } : {}),
  });
}

/**
 * `send(url, { method: 'POST', body })` with `send` a parameter of the module's function (`doRequest(fetch, url)`): a request
 * when callers hand it `fetch` or an HTTP client called as a function (`axios(config)`), with its URL and method as `fetch` and
 * `axios` take them (`{ url, method }` first, or the URL and then options).
 */
function calledParam(ctx: FileContext, node: Node): void {
  const callee = unwrap(node.callee);
  const param = callee.type === 'Identifier' ? heldParam(ctx.scope, callee.name) : null;
  if (!param || node.arguments.length === 0 || !isAppCode(ctx.facts.file)) return;
  const first = node.arguments[0] as Node;
  const config = ctx.scope.object(first);
  const url = config ? objectProperty(config, 'url') : first;
  const request = { verb: '', method: namedMethod(ctx, config ?? ctx.scope.object(node.arguments[1]), 'GET'), url: url ? ctx.scope.strParams(url) : null };
  const args = (node.arguments as Node[]).map((a) => unwrap(a.type === 'SpreadElement' ? a.argument : a)).filter((a) => !isFunction(a));
  // `const send = options.fetchImpl ?? globalThis.fetch`: the default, should no caller hand one.
  const fallback = ctx.scope.lookup(callee.name)?.fetchFallback;
  const given = fallback ? givenClient(ctx, ctx.scope.ref(fallback)) : null;
  (ctx.facts.paramClientCalls ??= []).push({ param, api: [], request, side: ctx.facts.side, carries: ctx.kindsOf(args), evidence: ctx.evidence(node), ...(given ? { fallback: given } : {}) });
}

/** `http.post(url, body)`, `http.request({ url, method })`, the call by `verb`: the method and the URL as evaluated. */
export function requestOf(ctx: FileContext, node: Node, verb: string): { verb: string; method: HttpMethod | null; url: string | null } | undefined {
  // `request` takes its method from its options.
  if (verb !== 'request' && !Object.hasOwn(VERBS, verb)) return undefined;
  const first = node.arguments[0] as Node | undefined;
  const config = verb === 'request' ? ctx.scope.object(first) : null;
  const url = config ? objectProperty(config, 'url') : first;
  return { verb, method: verb === 'request' ? namedMethod(ctx, config, 'GET') : VERBS[verb]!, url: url ? ctx.scope.strParams(url) : null };
}

/**
 * The parameter a call's chain starts from, and how many of the ref's steps come after it: `octokit` of
 * `octokit.rest.repos.listForOrg(...)` (`listRepos:0`, 4 steps), `this.http` of `this.http.get(...)` (`Service.constructor:0`, 1).
 */
export function heldClient(scope: Scope, callee: Node, ref: Ref): { param: string; names: number } | null {
  let node = callee;
  let names = 0;
  for (;;) {
    if (node.type === 'MemberExpression') {
      const object = unwrap(node.object);
      if (object.type === 'ThisExpression') {
        if (scope.currentClass === null || ref.name !== 'this' || names === 0) return null;
        // `this.client = client`, `this.openai = deps.openai`, `constructor({ openai })`: the constructor's parameter or its field.
        const member = propertyName(node.property, node.computed) ?? '';
        const at = scope.memberParams.get(member) ?? scope.handedMembers.get(member) ?? -1;
        return at !== null && at !== -1 ? { param: `${scope.currentClass}.constructor:${at}`, names } : null;
      }
      names++;
      node = object;
    } else if (node.type === 'CallExpression') node = unwrap(node.callee);
    else break;
  }
  if (node.type !== 'Identifier') return null;
  // The ref goes on through the call that made the object: the names after the field are the call's.
  const made = names > 0 && names < ref.steps.length ? madeField(scope, node.name) : null;
  if (made) return { param: made, names };
  const param = names === ref.steps.length ? heldParam(scope, node.name) : null;
  return param ? { param, names } : null;
}

/** Before a field of what the app's functions return (see `ParamClientCall.param`). */
export const MADE = 'made:';

/**
 * `const { client } = await httpClient(repo)`: a field of the object one of the app's functions returns, as `made:` and the function
 * (`#httpClient`, `./clients#githubClient`) with the field after it (`.client`), for the scan to read from what that function returns.
 */
function madeField(scope: Scope, name: string): string | null {
  const init = scope.lookup(name)?.init;
  const member = init ? unwrap(init) : null;
  if (member?.type !== 'MemberExpression') return null;
  const call = unwrap(member.object);
  const field = propertyName(member.property, member.computed);
  const fn = call.type === 'CallExpression' && field !== null ? scope.appFunction(call.callee, false) : null;
  return fn ? `${MADE}${fn}.${field}` : null;
}

/** The parameter a name is, or the field of one it is destructured from (`({ openai, text }) => ...`: `fn:0.openai`). */
export function heldParam(scope: Scope, name: string): string | null {
  const binding = scope.lookup(name);
  return binding?.param ?? (binding?.paramSuffix === undefined ? binding?.paramKey : undefined) ?? null;
}

/**
 * What a caller hands a helper when an argument is a vendor's SDK client or an HTTP client, written for `ArgFlow.clients`:
 * `sdk:["openai",["OpenAI"]]` for `new OpenAI()`, `http:["axios","https://api.example.com"]` for
 * `axios.create({ baseURL: 'https://api.example.com' })`, `own:["./clients/github","octokit"]` for an object another module of
 * the app exports; null for anything else (a request's promise, a response).
 */
export function givenClient(ctx: FileContext, ref: Ref): string | null {
  // `fetch` itself, the global or an import of `@forge/api` or a fetch module: called as a function (see `calledParam`).
  if (isFetchFunction(ref)) return `http:${JSON.stringify([ref.root === 'global' ? 'fetch' : ref.module === '@forge/api' ? 'api.fetch' : ref.module, '', []])}`;
  if (ref.root !== 'import' || ref.module === null) return null;
  if (isKvsStore(ref)) return KVS_CLIENT;
  // `new Redis(url)` handed to `routes(app, redis)`: its commands where the helper makes them.
  if (isKvPackage(ref.module)) return `${KV_CLIENT}${ref.module}`;
  return importedClient(ctx, ref, ref.module);
}

/** What `givenClient` writes for Forge's key-value store handed to a helper (`makeRepository(kvs)`). */
export const KVS_CLIENT = 'kvs:';

/** `kvs` of `@forge/kvs` (or its default export), `storage` of `@forge/api`: the store itself, not a call on it. */
function isKvsStore(ref: Ref): boolean {
  const name = ref.steps.length === 0 ? ref.imported : ref.steps.length === 1 && ref.steps[0]!.call === null ? ref.steps[0]!.name : null;
  return ref.module === '@forge/kvs' ? name === 'kvs' || name === 'default' : ref.module === '@forge/api' && name === 'storage';
}

/**
 * The clients the properties of an object literal argument hold (`summarize({ openai, text })`, `new Ai({ openai: client })`), by
 * property: as `givenClient` writes them, or the caller's own parameter that it hands on (`fn:0.openai`); null when none.
 */
export function fieldClients(ctx: FileContext, arg: Node): Record<string, string> | null {
  let object = arg;
  if (object.type === 'Identifier') {
    const init = ctx.scope.lookup(object.name)?.init;
    object = init ? unwrap(init) : object;
  }
  if (object.type !== 'ObjectExpression') return null;
  let out: Record<string, string> | null = null;
  for (const p of object.properties as Node[]) {
    const key = p.type === 'Property' && !p.computed ? propertyName(p.key) : null;
    const value = key !== null ? unwrap(p.value) : null;
    if (!value) continue;
    let client: string | null = null;
    if (value.type === 'Identifier') {
      const binding = ctx.scope.lookup(value.name);
      client = binding ? (binding.init ? heldClientOf(ctx, value) : heldParam(ctx.scope, value.name)) : ctx.scope.mod.imports.has(value.name) ? givenClient(ctx, ctx.scope.ref(value)) : null;
    } else if (value.type === 'NewExpression' || value.type === 'CallExpression') client = heldClientOf(ctx, value);
    if (client !== null) (out ??= {})[key!] = client;
  }
  return out;
}

/**
 * A vendor's SDK client, an HTTP client, a Forge queue (`new Worker({ queue: new Queue({ key }) })`) or a principal of `@forge/api`
 * (`sync({ client: api.asUser(), issueKey })`) a property holds.
 */
function heldClientOf(ctx: FileContext, value: Node): string | null {
  const ref = ctx.scope.ref(value);
  return givenClient(ctx, ref) ?? givenQueue(ctx.scope, ref) ?? forgePrincipal(ref);
}

function importedClient(ctx: FileContext, ref: Ref, module: string): string | null {
  // `listRepos(octokit)` with `octokit` another module's: a client when that module shows it is one (see `collectSdkExports`).
  if (ctx.scope.isAppModule(module)) {
    const named = ref.imported !== undefined && ref.imported !== 'default' && ref.imported !== '*';
    return ref.steps.length === (named ? 1 : 0) ? `own:${JSON.stringify([module, ref.imported ?? 'default'])}` : null;
  }
  if (module === GRAPHQL_REQUEST) return graphqlClient(ctx, ref);
  if (Object.hasOwn(CLIENTS, module)) {
    const http = httpClient(ctx, ref);
    return http === null ? null : `http:${JSON.stringify([module, http.base, http.carries])}`;
  }
  if (!sdkVendor(module)) return null;
  // The client itself or one built from the import (`new Octokit()`, `createClient(...)`, `Mixpanel.init(...)`), not what a call on it answers.
  const built = ref.steps.every((s, i) => !s.call || s.name === 'new' || s.name === '' || (i === 0 && FACTORY.test(s.name)));
  return built ? `sdk:${JSON.stringify([module, ref.steps.filter((s) => s.name !== '' && s.name !== 'new').map((s) => s.name)])}` : null;
}

/** graphql-request's client's methods that set headers and hand back the client (`new GraphQLClient(url).setHeaders({ ... })`). */
const HEADER_SETTERS = new Set(['setHeaders', 'setHeader']);

/**
 * `new GraphQLClient(url, { headers })`, its headers perhaps set after: written as `httpClient`'s clients are, with its URL as the
 * base, which every request it makes POSTs to, and what its options and headers send.
 */
function graphqlClient(ctx: FileContext, ref: Ref): string | null {
  const at = ref.steps.findIndex((s) => s.name === 'new' && s.call);
  const made = at > 0 && ref.steps[at - 1]!.name === 'GraphQLClient' ? ref.steps[at]!.call! : null;
  const after = ref.steps.slice(at + 1);
  if (!made || after.some((s) => !s.call || !HEADER_SETTERS.has(s.name))) return null;
  const url = made.arguments[0] as Node | undefined;
  const sent = [...made.arguments.slice(1), ...after.flatMap((s) => s.call!.arguments)] as Node[];
  const carries = ctx.kindsOf(sent).filter((k) => !k.includes(':') && k !== 'literal' && k !== 'other');
  return `http:${JSON.stringify([GRAPHQL_REQUEST, url ? ctx.scope.str(unwrap(url)) ?? HOLE : HOLE, carries])}`;
}

export function isFetchFunction(ref: Ref): boolean {
  if (ref.root === 'global') return ref.name === 'fetch' && ref.steps.length === 0;
  if (ref.root !== 'import' || ref.module === null || !(ref.module === '@forge/api' || FETCH_MODULES.has(ref.module))) return false;
  return ref.steps.length === 0 ? ref.module !== '@forge/api' : ref.steps.length === 1 && ref.steps[0]!.name === 'fetch' && ref.steps[0]!.call === null;
}

/** Calls on an SDK's import that give a client: factories (`createClient`, `Mixpanel.init`), and Firebase's services (`admin.firestore()`). */
const FACTORY = /^(create|init|get|make|build|new|connect|configure|setup)|Client$|^(firestore|database|storage|messaging|auth)$/i;

/**
 * The vendor's SDK client a parameter's type names (`octokit: Octokit`, `client?: WebClient | undefined` with `WebClient`
 * imported from `@slack/web-api`, also as a type), written as `givenClient` writes it; null for any other type.
 */
export function typedClient(ctx: FileContext, type: Node): string | null {
  let node = type;
  if (node.type === 'TSUnionType') {
    const named = (node.types as Node[]).filter((t) => t.type !== 'TSUndefinedKeyword' && t.type !== 'TSNullKeyword');
    node = named.length === 1 ? named[0]! : node;
  }
  if (node.type !== 'TSTypeReference' || node.typeName?.type !== 'Identifier') return null;
  const imported = ctx.scope.mod.imports.get(node.typeName.name) ?? ctx.scope.mod.typeImports.get(node.typeName.name);
  if (!imported || imported.imported === '*' || ctx.scope.isAppModule(imported.module) || !sdkVendor(imported.module)) return null;
  // The SDK's client class (`OpenAI`, `WebClient`, `Octokit` of `@octokit/rest`), not one of its data types (`ChatCompletion`, `DocumentSnapshot`).
  const named = imported.imported;
  if (named !== 'default' && !named.endsWith('Client') && !imported.module.toLowerCase().split(/[@/._-]/).includes(named.toLowerCase())) return null;
  const steps = imported.imported === 'default' ? [] : [{ name: imported.imported, call: null }];
  return importedClient(ctx, { root: 'import', module: imported.module, name: null, imported: imported.imported, steps: [...steps, { name: 'new', call: null }] }, imported.module);
}

/**
 * When a ref is an HTTP client (`axios`, `axios.create({ baseURL })`, `got.extend({ prefixUrl })`), not a request it makes: the base
 * URL its factory is configured with (`''` for none), and what its configuration sends on every request that the scan need not
 * follow further (`headers: { Authorization: \`Bearer ${process.env.KEY}\` }`: `secret`); null otherwise.
 */
export function httpClient(ctx: FileContext, ref: Ref): { base: string; carries: string[] } | null {
  const http = ref.root === 'import' && ref.module !== null && Object.hasOwn(CLIENTS, ref.module) ? CLIENTS[ref.module]! : null;
  if (!http) return null;
  const { steps } = ref;
  if (steps.length === 0) return { base: '', carries: [] };
  const made = steps.length === 1 && http.factory !== '' && steps[0]!.name === http.factory ? steps[0]!.call : null;
  if (!made) return null;
  const carries = ctx.kindsOf(made.arguments as Node[]).filter((k) => !k.includes(':') && k !== 'literal' && k !== 'other');
  return { base: http.baseKey ? baseUrl(ctx, made, http.baseKey) ?? '' : '', carries };
}
