import type { EgressCall, HttpMethod } from '../../facts.ts';
import { isFunction, objectProperty, propertyName, unwrap, type Node } from '../ast.ts';
import type { CallSite, FileContext } from '../context.ts';
import { normaliseKinds, type Binding } from '../flow.ts';
import { DYNAMIC, type Step } from '../ref.ts';
import { HOLE, PARAM, REQUEST_URL, hasImported, hasParam, withBraces } from '../string-marks.ts';
import { helperMethod, methodParam, namedMethod } from './rest-calls.ts';
import { authorizationOf, authorizationParams, authScheme, sendsConnectJwt } from '../auth-header.ts';
import { addedQuery, stringified } from '../body-fields.ts';
import rest from '../../../data/forge-storage-rest.json' with { type: 'json' };
import { interceptsAxios, throughAxios } from '../default-headers.ts';
import { isPresignedUrl } from '../object-store-urls.ts';
import { sendsSecretIn } from '../request-errors.ts';
import { CLIENTS, FETCH_MODULES, GRAPHQL_REQUEST, GRAPHQL_REQUESTS } from '../http-clients.ts';
import { GIT_MODULES, detectGitClient } from './git-clients.ts';
import { PROXY_MODULES, detectProxyAgent } from './proxy-agents.ts';
import { startsAtProductBase } from '../product-base.ts';
import { urlChoices } from '../url-choices.ts';
import { TYPED_CLIENTS, detectTypedClient } from './typed-clients.ts';
import { placeholderLabelAt } from '../connection-hosts.ts';

/** An HTTP client's method by name (`axios.post`, superagent's `del`) and what it sends. */
export const VERBS: Record<string, HttpMethod> = { get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE', del: 'DELETE', head: 'HEAD', options: 'OPTIONS' };
/**
 * Calls that send data out of the app: `fetch` (global, `@forge/api`, node-fetch, undici), axios
 * (and instances with `baseURL`), got, ky, superagent, jQuery (`$.ajax`, `$.get`, `$.post`), `sendBeacon`, XMLHttpRequest,
 * WebSocket, `invokeRemote`, external authentication providers (`withProvider(...).fetch`), and git clients (see `detectGitClient`).
 */
export function detectEgress(site: CallSite, ctx: FileContext): void {
  const { ref, node } = site;
  const first = node.arguments[0] as Node | undefined;

  if (isFetch(site) || handedFetch(site, ctx)) {
    const request = ctx.scope.object(first);
    const url = request ? objectProperty(request, 'url') : first;
    if (isPresignedUrl(ctx.scope, url)) return;
    const options = request ?? ctx.scope.object(node.arguments[1]);
    // `fetch(url, post(data))`: the method the module's or another module's helper gives its options.
    const helper = options === null && node.arguments[1] ? helperMethod(ctx, node.arguments[1]) : null;
    const method = helper === null || typeof helper === 'string' ? requestMethod(ctx, options) : helper.method;
    push(ctx, site.module === '@forge/api' ? 'api.fetch' : site.module ?? 'fetch', method, url, node, null, undefined, typeof helper === 'string' ? helper : methodParam(ctx, request ? undefined : node.arguments[1], options));
    return;
  }
  if (ref.root === 'global' && ref.name === 'navigator' && site.path === 'sendBeacon()') {
    push(ctx, 'navigator.sendBeacon', 'POST', first, node);
    return;
  }
  if (site.module === '@forge/api' && /(^|\.)invokeRemote\(\)$/.test(site.path)) {
    const options = ctx.scope.object(node.arguments[1]);
    const call: EgressCall = {
      client: 'invokeRemote', method: requestMethod(ctx, options), url: null, host: null,
      side: ctx.facts.side, carries: ctx.kindsOf(node.arguments.slice(1)), evidence: ctx.evidence(node),
    };
    const pathNode = options ? objectProperty(options, 'path') : null;
    const asked = pathNode ? ctx.scope.str(pathNode) : null;
    if (asked !== null && asked.startsWith('/') && !hasParam(asked) && !asked.includes(HOLE) && !hasImported(asked)) call.remotePath = asked;
    ctx.facts.egress.push(call);
    ctx.derive('egress', call, 'egress-remote', [ctx.scope.str(first)]);
    return;
  }
  // Custom UI: `invokeRemote({ path, method, body })` of `@forge/bridge` goes to the remote of the module's
  // endpoint, which the scan names from the manifest; `requestRemote(remoteKey, { path, method, body })` to the remote named.
  // https://developer.atlassian.com/platform/forge/apis-reference/ui-api-bridge/invokeRemote/
  if (site.module === '@forge/bridge' && /(^|\.)(invokeRemote|requestRemote)\(\)$/.test(site.path)) {
    const named = site.path.endsWith('requestRemote()');
    const options = ctx.scope.object(node.arguments[named ? 1 : 0]);
    const path = options ? objectProperty(options, 'path') : null;
    const call: EgressCall = {
      client: named ? 'requestRemote' : 'invokeRemote', method: requestMethod(ctx, options), url: null, host: null,
      side: ctx.facts.side, carries: ctx.kindsOf(named ? node.arguments.slice(1) : node.arguments), evidence: ctx.evidence(node),
    };
    const asked = path ? ctx.scope.str(path) : null;
    if (asked !== null && asked.startsWith('/') && !hasParam(asked) && !asked.includes(HOLE) && !hasImported(asked)) call.remotePath = asked;
    ctx.facts.egress.push(call);
    ctx.derive('egress', call, 'egress-bridge-remote', [named ? ctx.scope.strParams(first) : null, path ? ctx.scope.strParams(path) : null]);
    return;
  }
  // External authentication: `api.asUser().withProvider('google', 'google-apis').fetch('/userinfo/v2/me')`
  // goes to the remote named by the second argument; without one, to the provider's remote in the manifest.
  if (site.module === '@forge/api' && site.path.endsWith('withProvider().fetch()')) {
    const provider = ref.steps.find((s) => s.name === 'withProvider')?.call;
    const call: EgressCall = {
      client: 'withProvider.fetch', method: requestMethod(ctx, ctx.scope.object(node.arguments[1])), url: null, host: null,
      side: ctx.facts.side, carries: ctx.kindsOf(node.arguments), evidence: ctx.evidence(node),
    };
    ctx.facts.egress.push(call);
    const args = provider?.arguments ?? [];
    ctx.derive('egress', call, 'egress-provider', [ctx.scope.str(first), ctx.scope.str(args[1]), args.length === 1 ? ctx.scope.str(args[0]) : null]);
    return;
  }
  // `const xhr = new XMLHttpRequest(); xhr.open('POST', url)`: a page's request, opened with its method and URL;
  // it carries what `xhr.send(body)` is given later on.
  if (ref.root === 'global' && ref.name === 'XMLHttpRequest' && ref.steps.some((s) => s.name === 'new')) {
    const xhr = xhrBinding(ctx, node);
    if (site.path.endsWith('open()')) {
      const verb = ctx.scope.str(first);
      const call = push(ctx, 'XMLHttpRequest', verb === null ? null : VERBS[verb.toLowerCase()] ?? null, node.arguments[1] as Node | undefined, node);
      if (xhr) opened.set(xhr, call);
    } else if (site.path.endsWith('send()') && first) {
      const call = xhr ? opened.get(xhr) : undefined;
      if (call) call.carries = normaliseKinds(new Set([...call.carries, ...ctx.kindsOf([first])]));
    }
    return;
  }
  if (isJQuery(site)) {
    detectJQuery(site, ctx);
    return;
  }
  if (site.module === GRAPHQL_REQUEST) {
    detectGraphqlRequest(site, ctx);
    return;
  }
  if (site.module === 'wretch') {
    detectWretch(site, ctx);
    return;
  }
  if (site.module !== null && TYPED_CLIENTS.has(site.module)) {
    detectTypedClient(site, ctx);
    return;
  }
  if (site.module !== null && GIT_MODULES.has(site.module)) {
    detectGitClient(site, ctx);
    return;
  }
  // `new HttpsProxyAgent(process.env.FIXIE_URL)`: a proxy the requests go through (request's calls are requests too).
  if (site.module !== null && PROXY_MODULES.has(site.module)) detectProxyAgent(site, ctx);
  // A page's axios loaded by a `<script src=".../axios.min.js">`: the global `axios`.
  const module = site.module ?? (ref.root === 'global' && ref.name === 'axios' ? 'axios' : null);
  const client = module ? CLIENTS[module] : undefined;
  if (client) detectClient(module === site.module ? site : { ...site, module }, ctx, client);
}

/** jQuery's requests: `$.ajax(settings)`, `$.ajax(url, settings)`, `$.get(url, data)`, `$.post(url, data)`, `$.getJSON(url, data)`. */
const JQUERY_VERBS: Record<string, HttpMethod | null> = { ajax: null, get: 'GET', getJSON: 'GET', post: 'POST' };

/**
 * `$` or `jQuery` of the page (a global, also as `window.$`), jQuery imported from its package, or AUI's `AJS.$`, the
 * jQuery AUI bundles (https://aui.atlassian.com/aui/latest/docs/jquery.html).
 */
function isJQuery(site: CallSite): boolean {
  const { ref } = site;
  const aui = ref.root === 'global' && ref.name === 'AJS' && ref.steps.length === 2 && ref.steps[0]!.name === '$';
  if ((ref.steps.length !== 1 && !aui) || !Object.hasOwn(JQUERY_VERBS, ref.steps[ref.steps.length - 1]!.name)) return false;
  if (aui) return true;
  return ref.root === 'global' ? ref.name === '$' || ref.name === 'jQuery' : ref.root === 'import' && site.module === 'jquery' && ref.imported === 'default';
}

function detectJQuery(site: CallSite, ctx: FileContext): void {
  const { node } = site;
  const verb = site.ref.steps[site.ref.steps.length - 1]!.name;
  const [first, second] = node.arguments as Node[];
  // `$.ajax({ url, type, data })` or `$.ajax(url, { type, data })`; `$.post(url, data, success)`.
  const settings = verb === 'ajax' ? ctx.scope.object(ctx.scope.object(first) ? first : second) : null;
  const url = verb === 'ajax' && ctx.scope.object(first) ? objectProperty(settings, 'url') : first;
  const method = JQUERY_VERBS[verb] ?? requestMethod(ctx, settings, 'method', requestMethod(ctx, settings, 'type'));
  const sent = verb === 'ajax' ? objectProperty(settings, 'data') : second && !isFunction(unwrap(second)) ? second : null;
  const call: EgressCall = {
    client: `jquery.${verb}`, method, url: null, host: null,
    side: ctx.facts.side, carries: ctx.kindsOf([...(url === first ? builtFrom(ctx, first) : [url]), sent]), evidence: ctx.evidence(node),
  };
  ctx.facts.egress.push(call);
  ctx.derive('egress', call, 'egress-url', [url ? ctx.scope.strParams(url) : null, null]);
}

/**
 * graphql-request's requests, POSTs of a query and its variables: `request(url, query, variables)` or
 * `request({ url, document, variables, requestHeaders })`, and `client.request(query, variables)` of a
 * `new GraphQLClient(url, { headers })` (https://github.com/graffle-js/graffle/tree/graphql-request).
 */
function detectGraphqlRequest(site: CallSite, ctx: FileContext): void {
  const { ref, node } = site;
  const last = ref.steps[ref.steps.length - 1];
  // `import request from 'graphql-request'`: its default export is `request`.
  const name = last?.name === '' && ref.imported === 'default' ? 'request' : last?.name ?? '';
  if (!last?.call || !GRAPHQL_REQUESTS.has(name)) return;
  const made = ref.steps.findIndex((s) => s.name === 'new' && s.call);
  if (made >= 0) {
    const client = ref.steps[made]!.call!;
    push(ctx, `${GRAPHQL_REQUEST}.${name}`, 'POST', client.arguments[0] as Node | undefined, node, null, client.arguments[1] as Node | undefined);
    return;
  }
  if (ref.steps.length !== 1) return;
  const first = node.arguments[0] as Node | undefined;
  const options = ctx.scope.object(first);
  push(ctx, `${GRAPHQL_REQUEST}.${name}`, 'POST', options ? objectProperty(options, 'url') : first, node);
}

/** wretch's builders whose arguments go with the request: its headers, credentials, query and body. */
const WRETCH_SENDS = new Set(['auth', 'headers', 'query', 'json', 'body', 'formData', 'formUrl']);
/** wretch's verbs; those that take a body take it before the URL (`post(body, url)`). */
const WRETCH_VERBS: Record<string, HttpMethod> = { get: 'GET', delete: 'DELETE', head: 'HEAD', opts: 'OPTIONS', post: 'POST', put: 'PUT', patch: 'PATCH' };
const WRETCH_BODY_FIRST = new Set(['post', 'put', 'patch']);

/**
 * wretch's requests (`wretch(base).url(path).auth(token).get().json()`, https://github.com/elbywan/wretch): the verb's call
 * sends, to the URL `wretch(...)` and each `.url(part)` before it build, what the builders before it set.
 */
function detectWretch(site: CallSite, ctx: FileContext): void {
  const steps = site.ref.steps;
  const last = steps[steps.length - 1];
  const verb = last?.call ? last.name : '';
  if (!last?.call || !Object.hasOwn(WRETCH_VERBS, verb)) return;
  const parts: Node[] = [];
  const sent: Node[] = [];
  for (const step of steps.slice(0, -1)) {
    const first = step.call?.arguments[0] as Node | undefined;
    if (!first) continue;
    if (step.name === '' || step.name === 'url') parts.push(first);
    else if (WRETCH_SENDS.has(step.name)) sent.push(first);
  }
  const args = last.call.arguments as Node[];
  const tail = args[WRETCH_BODY_FIRST.has(verb) ? 1 : 0];
  if (tail) parts.push(tail);
  const urlNode = parts.pop() ?? null;
  // The parts before the last make the base; one not known leaves the URL unknown.
  const known = parts.map((p) => ctx.scope.str(unwrap(p)));
  const base = parts.length === 0 ? null : known.every((t) => t !== null) ? known.join('') : HOLE;
  const call = push(ctx, `wretch.${verb}`, WRETCH_VERBS[verb]!, urlNode, last.call, base, undefined, null, [...parts, ...sent]);
  const scheme = steps.find((s) => s.name === 'auth' && s.call);
  if (scheme && authScheme(ctx.scope.str(scheme.call!.arguments[0] as Node | undefined)) === 'bearer') call.bearerAuth = true;
}

/**
 * The method a request's options name: null when the code names one not known before run time (`method: settings.method`
 * of a stored configuration); one a parameter brings is its callers' to name, `fallback` (GET) when they give none.
 */
export function requestMethod(ctx: FileContext, options: Node | null, key = 'method', fallback: HttpMethod | null = 'GET'): HttpMethod | null {
  const value = options ? objectProperty(options, key) : null;
  if (!value) return fallback;
  const known = namedMethod(ctx, options, fallback, key);
  if (known) return known;
  const text = ctx.scope.strParams(value);
  return text !== null && hasParam(text) ? fallback : null;
}

function isFetch(site: CallSite): boolean {
  const { ref } = site;
  if (ref.root === 'global') return ref.name === 'fetch' && site.path === '()';
  if (ref.root !== 'import') return false;
  if (site.module === '@forge/api') return site.path === 'fetch()' || site.path === '()';
  return site.module !== null && FETCH_MODULES.has(site.module) && (site.path === '()' || site.path === 'fetch()' || site.path === 'request()');
}

/** The names a fetch function handed in goes by (`options.fetchImpl`, `deps.fetch`, `fetchFn`). */
const FETCH_NAMES = new Set(['fetch', 'fetchImpl', 'fetchFn', 'fetchFunction', 'fetchImplementation', 'customFetch']);

/**
 * `options.fetchImpl(url)`, `deps.fetch(url)`, `fetchFn(url)`: a fetch function handed in (a parameter, or a field of one) and
 * called directly with an address on another site, the caller's choice of fetch making the same request global fetch would.
 */
function handedFetch(site: CallSite, ctx: FileContext): boolean {
  const { ref, node } = site;
  if (ref.root !== 'unknown' || ref.name === 'this' || ref.steps.length > 1) return false;
  const callee = unwrap(node.callee);
  const name = ref.steps.length === 0 ? (callee.type === 'Identifier' ? callee.name : null) : ref.steps[0]!.name;
  const holder = callee.type === 'MemberExpression' ? unwrap(callee.object) : callee;
  if (name === null || !FETCH_NAMES.has(name) || holder.type !== 'Identifier' || ctx.scope.lookup(holder.name)?.init) return false;
  const url = ctx.scope.str(node.arguments[0] as Node | undefined);
  return url !== null && /^https?:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(?=[/:?#]|$)/i.test(url);
}

/** superagent's request builders (`request.post(url).set(...).send(body)`): what they are given goes with the request. */
export const BUILDERS = new Set(['send', 'query', 'field', 'attach', 'set', 'auth', 'type', 'accept', 'then', 'catch', 'end', 'finally']);
/** The arguments of the builders chained after a request, by the request's call (the walk meets the outer call first). */
const built = new WeakMap<Node, Node[]>();

function detectClient(site: CallSite, ctx: FileContext, client: { factory: string; baseKey: string }): void {
  const { ref, node } = site;
  const steps = ref.steps;
  const last = steps[steps.length - 1];
  if (!last?.call || (client.factory && last.name === client.factory)) return;
  if (site.module === 'superagent' && BUILDERS.has(last.name)) {
    chainedBuilders(steps);
    return;
  }
  // `api.interceptors.request.use((config) => ...)`: what the function sets on each request's config goes with every request.
  if (site.module === 'axios' && last.name === 'use' && steps.length <= 4 && steps.at(-2)?.name === 'request' && steps.at(-3)?.name === 'interceptors') {
    const made = steps.length === 4 ? steps[0]!.name === 'create' ? steps[0]!.call : undefined : null;
    if (made !== undefined) interceptsAxios(ctx, node.arguments[0] as Node | undefined, made);
    return;
  }
  // An instance: the steps before the final call include the factory call with its base URL.
  const factoryAt = client.factory ? steps.findIndex((s) => s.name === client.factory && s.call) : -1;
  const base = factoryAt >= 0 ? baseUrl(ctx, steps[factoryAt]!.call!, client.baseKey) : null;
  // `axios[method](url)`: the verb is known once the expression naming it is (a caller's `'put'`), else not at all.
  const chosen = last.name === DYNAMIC && last.computed ? ctx.scope.strParams(last.computed) : null;
  const verb = last.name === '' ? null : last.name === DYNAMIC ? DYNAMIC : last.name.toLowerCase();
  if (verb !== null && verb !== 'request' && verb !== DYNAMIC && !Object.hasOwn(VERBS, verb)) return;
  const first = node.arguments[0] as Node | undefined;
  const config = verb === null || verb === 'request' ? ctx.scope.object(first) : null;
  // `request.get({ url, headers }, cb)`: the verb's options in place of the URL.
  const given = config ? null : ctx.scope.object(first);
  const urlNode = config ? objectProperty(config, 'url') : given ? objectProperty(given, 'url') ?? objectProperty(given, 'uri') : first;
  // `rp(apiOptions.postoptions(req))`: the options another module's function makes, its URL and method filled in by the scan.
  const made = (verb === null || verb === 'request') && !config ? importedOptions(ctx, first) : null;
  const method = verb === DYNAMIC ? null : verb && Object.hasOwn(VERBS, verb) ? VERBS[verb]! : requestMethod(ctx, config);
  const name = `${site.module}${verb && verb !== DYNAMIC ? `.${verb}` : ''}`;
  const configBase = client.baseKey ? objectProperty(config ?? requestOptions(ctx, node, verb, client.baseKey), client.baseKey) : null;
  // An instance sends what its factory was configured with (`headers: { Authorization: ... }`) on every call.
  const instanceConfig = factoryAt >= 0 ? steps[factoryAt]!.call!.arguments[0] : undefined;
  const methodFrom = chosen !== null && (hasParam(chosen) || hasImported(chosen)) ? chosen : made?.method ?? null;
  const call = push(ctx, name, method, urlNode, node, configBase ? ctx.scope.str(configBase) ?? HOLE : base, instanceConfig, methodFrom, built.get(node), made?.url);
  // `axios.create({ baseURL: process.env.HUBSPOT_API_URL })`: the variable the base URL comes from, as a URL's own.
  const variable = call.host === null && !call.urlVariable ? configBase ? urlVariable(ctx, configBase) : factoryAt >= 0 ? baseVariable(ctx, steps[factoryAt]!.call!, client.baseKey) : null : null;
  if (variable) call.urlVariable = variable;
  if (site.module === 'axios') throughAxios(ctx, call, factoryAt >= 0 ? steps[factoryAt]!.call! : null);
  // Where the secret went, for the error's config that keeps the request (see `request-errors.ts`).
  if (site.module === 'axios' && call.carries.includes('secret')) {
    const options = config ?? requestOptions(ctx, node, verb, 'baseURL');
    const data = !config && (verb === 'post' || verb === 'put' || verb === 'patch') ? node.arguments[1] as Node | undefined : objectProperty(options, 'data');
    sendsSecretIn(ctx, call, { url: urlNode, params: objectProperty(options, 'params'), data });
  }
}

/**
 * The marks of the URL and method of the options a call of another module's function makes (`buildOptions(req)`,
 * `apiOptions.postoptions(req)` of `module.exports = { postoptions(req) { return { method: 'POST', uri } } }`), or null.
 * What the function returns may be the URL itself: the scan takes that when it makes no options.
 */
function importedOptions(ctx: FileContext, arg: Node | undefined): { url: string; method: string } | null {
  const node = arg ? unwrap(arg) : null;
  if (node?.type !== 'CallExpression') return null;
  const callee = unwrap(node.callee);
  const url = ctx.scope.importedStr(callee, `()${REQUEST_URL}`);
  const method = ctx.scope.importedStr(callee, '().method');
  return url !== null && method !== null ? { url, method } : null;
}

/** `request.post(url).set(...).send(body)`: the builders' arguments, kept for the request's call, when the chain is a request and its builders. */
function chainedBuilders(steps: Step[]): void {
  let at = steps.length - 1;
  while (at >= 0 && steps[at]!.call && BUILDERS.has(steps[at]!.name)) at--;
  const request = steps[at];
  // The walk meets the whole chain first, then the shorter chains inside it.
  if (!request?.call || !Object.hasOwn(VERBS, request.name.toLowerCase()) || built.has(request.call)) return;
  const args: Node[] = [];
  for (const step of steps.slice(at + 1)) for (const arg of step.call!.arguments as Node[]) if (!isFunction(unwrap(arg))) args.push(arg);
  built.set(request.call, args);
}

/** The options of `axios.get(url, { baseURL })`, `axios.post(url, data, { baseURL })`, `got.get(url, { prefixUrl })`: a base URL for this request alone. */
function requestOptions(ctx: FileContext, node: Node, verb: string | null, key: string): Node | null {
  if (verb === null || !Object.hasOwn(VERBS, verb)) return null;
  // Only axios takes the body before the options.
  const at = key === 'baseURL' && (verb === 'post' || verb === 'put' || verb === 'patch') ? 2 : 1;
  return ctx.scope.object(node.arguments[at] as Node | undefined);
}

/** The base URL an HTTP client's factory is configured with (`axios.create({ baseURL })`), `HOLE` where not known. */
export function baseUrl(ctx: FileContext, factory: Node, key: string): string | null {
  if (!key) return null;
  const arg = factory.arguments[0] as Node | undefined;
  const config = ctx.scope.object(arg);
  const value = config ? objectProperty(config, key) : null;
  // `this.http = axios.create({ baseURL })` with `baseURL` the constructor's parameter: what the class's builders pass.
  const from = value && ctx.scope.currentClass !== null ? ctx.scope.configParams.get(unwrap(value)) : undefined;
  if (from !== undefined) return `${PARAM}${ctx.scope.currentClass}.constructor:${from}${PARAM}`;
  if (value) return ctx.scope.str(unwrap(value)) ?? HOLE;
  // `axios.create(API_CONFIG)` with the configuration imported from another module.
  return config || !arg ? null : ctx.scope.importedStr(arg, `.${key}`);
}

/** The environment variable an HTTP client's factory takes its base URL from (`axios.create({ baseURL: process.env.HUBSPOT_API_URL })`). */
export function baseVariable(ctx: FileContext, factory: Node, key: string): string | null {
  const value = key ? objectProperty(ctx.scope.object(factory.arguments[0] as Node | undefined), key) : null;
  return value ? urlVariable(ctx, value) : null;
}

/** The request each `new XMLHttpRequest()` held in a variable was last opened as. */
const opened = new WeakMap<Binding, EgressCall>();

/** `xhr` of `xhr.open(...)` or `xhr.send(...)`, when it is a variable. */
function xhrBinding(ctx: FileContext, node: Node): Binding | undefined {
  const callee = unwrap(node.callee);
  const object = callee.type === 'MemberExpression' ? unwrap(callee.object) : null;
  return object?.type === 'Identifier' ? ctx.scope.lookup(object.name) : undefined;
}

export function push(ctx: FileContext, client: string, method: HttpMethod | null, urlNode: Node | null | undefined, node: Node, base: string | null = null, config?: Node, methodFrom: string | number | null = null, more: Node[] = [], urlText?: string): EgressCall {
  const args = (node.arguments as Node[]).flatMap((arg) => (arg === urlNode ? builtFrom(ctx, arg) : [arg]));
  args.push(...more);
  const call: EgressCall = {
    client, method, url: null, host: null,
    side: ctx.facts.side, carries: ctx.kindsOf(config ? [...args, config] : args), evidence: ctx.evidence(node),
  };
  const scheme = sentScheme(ctx, node.arguments as Node[], urlNode) ?? (config === undefined ? null : sentScheme(ctx, [config], null));
  if (scheme === 'basic') call.basicAuth = true;
  else if (scheme === 'bearer') call.bearerAuth = true;
  if (addedQuery(ctx.scope, config === undefined ? args : [...args, config]) !== null) call.openQuery = true;
  ctx.facts.egress.push(call);
  const url = urlText ?? (urlNode ? ctx.scope.strParams(urlNode) : null);
  // A URL and an `Authorization` header its callers give (`request({ url: base + path, headers: { Authorization: auth } })`):
  // each caller's header says whether its request sends Basic credentials.
  // Only of the functions whose parameters make the URL: the same callers fill both in.
  const header = url !== null && hasParam(url) && !call.basicAuth && !call.bearerAuth ? sentParamAuth(ctx, node.arguments as Node[], urlNode, config) : null;
  const auth = header !== null && [...paramFunctions(header)].every((fn) => paramFunctions(url!).has(fn)) ? header : null;
  ctx.derive('egress', call, 'egress-url', auth === null ? [url, base] : [url, base, auth], methodFrom);
  if (call.host === null && base === null && url !== null && (!hasParam(url) || url.startsWith(HOLE)) && !hasImported(url)) chooseUrl(ctx, call, urlNode!);
  const variable = call.host === null && urlNode && base === null ? urlVariable(ctx, urlNode) : null;
  if (variable) call.urlVariable = variable;
  // `fetch(\`${tenant.baseUrl}${path}\`, { headers: { Authorization: \`JWT ${token}\` } })`: signed as only the product takes, to the site
  // its callers give; not to a service of the vendor's that an environment variable names, which may take the JWT it is passed on.
  if (base === null && urlNode && !variable) {
    const signed = sendsConnectJwt(ctx.scope, node.arguments as Node[]);
    if ((signed || url?.startsWith(HOLE)) && startsAtProductBase(ctx.scope, urlNode, signed)) call.productBase = true;
  }
  if (url?.includes(rest.base)) {
    const key = storageKey(ctx, config === undefined ? args : [...args, config]);
    if (key !== null) call.storageKey = key;
  }
  return call;
}

/**
 * The key a request to Forge's hosted storage over REST names in its body (`{ key, value }`, a custom entity's `{ entityName, key, value }`
 * by its entity, as `kvs.entity(name)` is): `fetch(url, { body: JSON.stringify({ key: 'notes', value }) })`, `axios.post(url, { key, value })`.
 */
function storageKey(ctx: FileContext, args: readonly Node[]): string | null {
  for (const arg of args) {
    const options = ctx.scope.object(arg);
    const body = objectProperty(options, 'body') ?? objectProperty(options, 'data');
    const sent = body ? ctx.scope.object(stringified(ctx.scope, unwrap(body))) : options;
    const key = objectProperty(sent, 'entityName') ?? objectProperty(sent, 'key');
    const value = key ? ctx.scope.str(key) : null;
    if (value !== null) return value === HOLE ? null : withBraces(value);
  }
  return null;
}

/**
 * A URL that is one of a few constants (`URLS[env] || URLS.demo`, see `urlChoices`): on one host, that host; on several,
 * one call per host, each with the call's evidence (`urls`, see `eachUrl`).
 */
function chooseUrl(ctx: FileContext, call: EgressCall, urlNode: Node): void {
  const choices = urlChoices(ctx.scope, urlNode);
  if (!choices) return;
  const byHost = new Map<string, string[]>();
  const unknown: string[] = [];
  for (const url of choices) {
    // `https://<account>.snowflakecomputing.com`: a placeholder's URL, kept apart for the vendor its domain names.
    const host = hostOf(url) ?? (placeholderDomain(url) === null ? null : url);
    // A choice whose start is not known (`this.baseUrl` a builder may give): a call to a host not resolved.
    if (host === null && url.startsWith(HOLE)) unknown.push(url);
    else if (host === null) return;
    else byHost.set(host, [...(byHost.get(host) ?? []), url]);
  }
  if (byHost.size === 0) return;
  const urls = [...[...byHost].map(([host, same]) => commonUrl(host, same)), ...unknown.slice(0, 1)];
  if (urls.length === 1) deriveUrl(call, [urls[0]!, null]);
  else call.urls = urls;
}

/** The URL of a host's choices: the one, or what they share up to their last common `/`, the rest a hole. */
function commonUrl(host: string, urls: string[]): string {
  const first = urls[0]!;
  let n = 0;
  while (n < first.length && urls.every((u) => u[n] === first[n])) n++;
  if (n === first.length) return first;
  const shared = `${first.slice(0, first.lastIndexOf('/', n - 1) + 1)}${HOLE}`;
  return hostOf(shared) === host ? shared : first;
}

/** A call whose URL is one of constants on several hosts (`urls`): one call per URL, for the scan's list of calls. */
export function eachUrl(call: EgressCall): EgressCall[] {
  if (!call.urls) return [call];
  const { urls, ...rest } = call;
  return urls.map((url) => {
    const one: EgressCall = { ...rest };
    deriveUrl(one, [url, null]);
    return one;
  });
}

/**
 * The environment variable a URL starts with (`process.env.MONDAY_API_URL`, `` `${process.env.HUBSPOT_URL}/crm/v3` ``,
 * `import.meta.env.VITE_SLACK_WEBHOOK`, also through a constant or `const { X } = process.env`, or before a default: `process.env.X || DEFAULT`),
 * by name; null for any other URL.
 */
export function urlVariable(ctx: FileContext, urlNode: Node, depth = 0): string | null {
  let node = unwrap(urlNode);
  if (node.type === 'Identifier' && depth < 3) {
    const binding = ctx.scope.lookup(node.name);
    if (!binding?.init || binding.grown || binding.param) return null;
    node = unwrap(binding.init);
  }
  if (node.type === 'TemplateLiteral') return node.quasis[0].value.cooked === '' && node.expressions.length > 0 ? urlVariable(ctx, node.expressions[0], depth + 1) : null;
  if (node.type === 'BinaryExpression' && node.operator === '+') return urlVariable(ctx, node.left, depth + 1);
  // `this.baseURL` of `this.baseURL = process.env.API_URL || DEFAULT_URL` in the class's constructor.
  if (node.type === 'MemberExpression' && !node.computed && unwrap(node.object).type === 'ThisExpression' && ctx.scope.currentClass !== null) return ctx.scope.memberVariables.get(propertyName(node.property) ?? '') ?? null;
  // `process.env.SLACK_WEBHOOK_URL || 'https://hooks.slack.com/...'`: the variable, which replaces the default when set.
  if (node.type === 'LogicalExpression' && node.operator !== '&&') return urlVariable(ctx, node.left, depth + 1);
  if (node.type !== 'MemberExpression') return null;
  const env = unwrap(node.object);
  const name = propertyName(node.property, node.computed);
  if (name === null || env.type !== 'MemberExpression' || propertyName(env.property, env.computed) !== 'env') return null;
  const holder = unwrap(env.object);
  const isProcess = holder.type === 'Identifier' && holder.name === 'process';
  return isProcess || holder.type === 'MetaProperty' ? name : null;
}

/** The scheme of the credentials that options among a request's arguments (not its URL) send: Basic, Bearer, or null for none seen. */
export function sentScheme(ctx: FileContext, args: Node[], urlNode: Node | null | undefined): 'basic' | 'bearer' | null {
  for (const arg of args) {
    const scheme = arg === urlNode ? null : authScheme(authorizationOf(ctx.scope, arg));
    if (scheme !== null) return scheme;
  }
  return null;
}

/** The `Authorization` header's text, with its parameters' marks, of the options among a request's arguments (see `authorizationParams`). */
function sentParamAuth(ctx: FileContext, args: Node[], urlNode: Node | null | undefined, config: Node | undefined): string | null {
  for (const arg of config === undefined ? args : [...args, config]) {
    const text = arg === urlNode ? null : authorizationParams(ctx.scope, arg);
    if (text !== null) return text;
  }
  return null;
}

/** The functions whose parameters a string evaluated with `strParams` holds (`send` of `\u0003send:1\u0003`). */
function paramFunctions(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(PARAM_MARK)) out.add(m[1]!);
  return out;
}
const PARAM_MARK = new RegExp(`${PARAM}([^${PARAM}]*):\\d+(?:\\.[^${PARAM}.]+)?${PARAM}`, 'g');

/**
 * A URL held in a variable (`const url = \`${base}?${params}\``): what it was built from, which a name like `url` does not
 * tell; each value plain assignments gave it (`let url = buildUrl(path); if (key) url = \`${url}?key=${key}\``), or what it
 * began as when they only add to it.
 */
function builtFrom(ctx: FileContext, arg: Node): Node[] {
  const node = unwrap(arg);
  const binding = node.type === 'Identifier' ? ctx.scope.lookup(node.name) : undefined;
  if (!binding || binding.grown || binding.param) return [arg];
  if (binding.init) return [binding.init];
  // `url = \`${url}?key=${key}\`` appends to what it was: what it began as, and what the name holds besides.
  return binding.values?.length ? (binding.appended ? [...binding.values, arg] : binding.values) : [arg];
}

/** URL and host of a call from the evaluated strings of its URL and of its client's base URL. */
export function deriveUrl(call: EgressCall, [raw, base, auth]: Array<string | null | undefined>): void {
  // The header a caller gives: Basic credentials of its own (a user's API token), as a literal one is.
  if (auth != null && !call.bearerAuth && authScheme(auth) === 'basic') call.basicAuth = true;
  let url = raw ?? null;
  if (base != null && (url === null || !/^[a-z]+:\/\//i.test(url))) url = joinUrl(base, url ?? '');
  call.url = url === null ? null : withBraces(url);
  call.host = url === null ? null : hostOf(url);
}

/** `invokeRemote(key)` goes to the remote the key names. */
export function deriveRemote(call: EgressCall, [key]: Array<string | null>): void {
  call.url = key ?? null;
  call.host = key && !key.includes(HOLE) ? `remote:${key}` : null;
}

/** A front end's `requestRemote(key, { path })` goes to the remote the key names; `invokeRemote({ path })` to its endpoint's, named by the scan. */
export function deriveBridgeRemote(call: EgressCall, [key, path]: Array<string | null>): void {
  call.url = path == null ? null : withBraces(path);
  call.host = key && !key.includes(HOLE) ? `remote:${key}` : null;
}

/**
 * `withProvider(provider, remote).fetch(path)` goes to the remote named by the second argument; `withProvider(provider)`
 * to the provider's, which the scan takes from the manifest (`provider`).
 */
export function deriveProvider(call: EgressCall, [path, remote, provider]: Array<string | null>): void {
  call.url = path == null ? null : withBraces(path);
  call.host = remote && !remote.includes(HOLE) ? `remote:${remote}` : null;
  if (provider && !provider.includes(HOLE)) call.provider = provider;
  else delete call.provider;
}

function joinUrl(base: string, path: string): string {
  if (!path) return base;
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** Host of an evaluated URL; null when the host part is not known. Relative URLs give `self`. */
export function hostOf(url: string): string | null {
  if (url.startsWith('/') && !url.startsWith('//')) return 'self';
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#]*)/i.exec(url);
  if (!m) return null;
  const authority = m[1]!.replace(/^[^@]*@/, '');
  if (!authority || authority.includes(HOLE)) return null;
  const host = authority.replace(/:\d+$/, '').toLowerCase();
  // `https://<account>.snowflakecomputing.com`, `your-tenant.example.io`: a placeholder, no host (see `placeholderDomain`).
  return placeholderLabelAt(host) >= 0 ? null : host;
}

/** The domain after a URL's placeholder label (`snowflakecomputing.com` of `https://<account>.snowflakecomputing.com/api`), or null. */
export function placeholderDomain(url: string): string | null {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/(?:[^/?#@]*@)?([^/?#:]*)/i.exec(url);
  const labels = m ? m[1]!.toLowerCase().split('.') : [];
  const last = placeholderLabelAt(labels.join('.'));
  return last >= 0 && labels.length - last - 1 >= 2 ? labels.slice(last + 1).join('.') : null;
}

