import ace from '../../../data/atlassian-connect-express.json' with { type: 'json' };
import compassSdk from '../../../data/compass-sdk-scopes.json' with { type: 'json' };
import devopsGateway from '../../../data/jira-devops-gateway.json' with { type: 'json' };
import { EITHER_PRINCIPAL, type HttpMethod, type Product, type RestCall } from '../../facts.ts';
import { isFunction, objectProperty, propertyName, unwrap, type Node } from '../ast.ts';
import { aceRequest, factoryCall, optionsMade, VALUE } from '../ace-client.ts';
import { importedValue } from '../app-functions.ts';
import { authorizationOf, authScheme } from '../auth-header.ts';
import { argValues, paramSpread } from '../call-args.ts';
import { addedQuery, requestedFields, webhookEvents } from '../body-fields.ts';
import type { CallSite, FileContext } from '../context.ts';
import { authorizeApiCall } from '../../scopes/implied.ts';
import { DYNAMIC } from '../ref.ts';
import { HOLE, PARAM, hasImported, hasParam, hasUnknownQuery, withBraces, withoutUnknownQuery } from '../string-marks.ts';
import { returnedObject, returnedValue } from '../constants.ts';
import { passedAsValue, principalChoice } from '../principal-choice.ts';
import { heldParam } from './param-clients.ts';

/** Requests to the Atlassian API gateway, the product told by the path. */
const GATEWAY = new Set(['__requestAtlassian', '__requestAtlassianAsApp']);
/** The product of each request function of `@forge/api` and `@forge/bridge`. */
export const PRODUCT_OF: Record<string, Product> = {
  requestJira: 'jira',
  requestConfluence: 'confluence',
  requestBitbucket: 'bitbucket',
  requestGraph: 'graph',
  requestJiraServiceManagement: 'jsm',
};

/**
 * Product REST calls: `@forge/api` (`api.asUser().requestJira(route\`...\`)`, and the permission checks
 * of `authorize()`), `@forge/bridge` (`requestJira` from the front end), Connect's `AP.request` and
 * atlassian-connect-express's product client.
 */
export function detectRestCall(site: CallSite, ctx: FileContext): void {
  const { ref, node } = site;
  const last = ref.steps[ref.steps.length - 1]?.name ?? '';
  // Own names only: `groupId.toString()` is no request.
  const product = Object.hasOwn(PRODUCT_OF, last);

  // A client its callers hand over (`getJson(api.asUser(), route\`...\`)` with `requester.requestJira(path)`): as whoever they choose.
  const handed = ref.root === 'unknown' && product ? handedClient(ctx, node) : false;
  // `api.asApp().requestConfluence(...)` with `api` a parameter: `@forge/api` handed over by the callers (`migrate(req, api, route)`).
  const handedApi = ref.root === 'unknown' && product && !handed && handedApiModule(ctx, node);
  if (((site.module === '@forge/api' || site.module === '@forge/bridge') || handed || handedApi) && product) {
    const auths = site.module === '@forge/bridge' ? BRIDGE : handed ? UNKNOWN : principals(site.path);
    const from = ctx.facts.restCalls.length;
    // `requestGraph(query, variables)` posts the query to the GraphQL gateway: it has no options and no REST path.
    if (last === 'requestGraph') {
      for (const auth of auths) push(ctx, 'graph', 'POST', null, auth, `${site.path}`, node);
      if (handed) markHanded(ctx, node, from);
      return;
    }
    const options = ctx.scope.object(node.arguments[1]);
    const body = options ? objectProperty(options, 'body') : builtOptions(node.arguments[1]);
    let method = methodOf(ctx, options, 'GET');
    let methodFrom = methodParam(ctx, node.arguments[1], options);
    if (methodFrom === null && !(options && objectProperty(options, 'method'))) {
      const given = helperMethod(ctx, node.arguments[1]);
      if (typeof given === 'string') methodFrom = given;
      else if (given !== null) method = given.method;
    }
    // `method: update ? 'PUT' : 'POST'`, `method: METHODS[kind]`: one call per method it may be.
    const methods = methodFrom === null ? methodChoices(ctx, options) : null;
    const open = methodFrom === null && methods === null && openMethod(ctx, options);
    // `requestJira(query ? route\`/rest/api/3/user/search?...\` : route\`/rest/api/3/users/search\`)`: one call per path it may take.
    for (const path of ctx.scope.strAlternatives(node.arguments[0], true)) {
      for (const m of methods ?? [method]) {
        for (const auth of auths) {
          push(ctx, PRODUCT_OF[last]!, m, path, auth, `${site.path}`, node, methodFrom);
          if (open) ctx.facts.restCalls[ctx.facts.restCalls.length - 1]!.openMethod = true;
          if (body) pushBody(ctx, [body]);
        }
      }
    }
    if (handed) markHanded(ctx, node, from);
    return;
  }

  // `graphqlGateway.compass.asApp().createComponent(...)` of `@atlassian/forge-graphql`, the Compass SDK for Forge: each method posts
  // a query to the GraphQL gateway through `requestGraph` as the app or the user (https://www.npmjs.com/package/@atlassian/forge-graphql).
  if (site.module === '@atlassian/forge-graphql') {
    const at = ref.steps.length - 2;
    const principal = ref.steps[at];
    if (at >= 1 && ref.steps[at - 1]!.name === 'compass' && principal?.call && (principal.name === 'asApp' || principal.name === 'asUser') && ref.steps[at + 1]!.call) {
      push(ctx, 'compass', 'POST', null, principal.name, site.path, node);
      // The scopes the method documents (`compass-sdk-scopes.json`).
      const method = ref.steps[at + 1]!.name;
      const scopes = Object.hasOwn(COMPASS_SCOPES, method) ? COMPASS_SCOPES[method]! : null;
      if (scopes) ctx.facts.restCalls[ctx.facts.restCalls.length - 1]!.scopes = { operation: `compass.${method}`, granular: scopes, classic: [] };
    }
    return;
  }

  // `api.asApp().__requestAtlassian(path)` (also on the runtime's `global.api`), `__requestAtlassianAsApp(path)`: a request to
  // the Atlassian API gateway, such as Jira Software's DevOps APIs (`/jira/builds/0.1/cloud/{cloudId}/bulk`).
  if (GATEWAY.has(last) && (site.module === '@forge/api' || (ref.root === 'global' && ref.name === 'api'))) {
    const options = ctx.scope.object(node.arguments[1]);
    const body = options ? objectProperty(options, 'body') : null;
    const methodFrom = methodParam(ctx, node.arguments[1], options);
    const open = methodFrom === null && openMethod(ctx, options);
    for (const auth of last === '__requestAtlassianAsApp' ? AS_APP : principals(site.path)) {
      // `route\`/jira/${isBuild ? 'builds' : 'deployments'}/0.1/cloud/${cloudId}/bulk\``: one request per API.
      for (const path of ctx.scope.strAlternatives(node.arguments[0], true)) {
        push(ctx, null, methodOf(ctx, options, 'GET'), path, auth, site.path, node, methodFrom);
        if (open) ctx.facts.restCalls[ctx.facts.restCalls.length - 1]!.openMethod = true;
        if (body) pushBody(ctx, [body]);
      }
    }
    return;
  }

  // `api.asApp()[fn](path)` with `fn` chosen at run time: a product request whose product only its path may tell.
  if (last === DYNAMIC && site.module === '@forge/api') {
    const options = ctx.scope.object(node.arguments[1]);
    const methodFrom = methodParam(ctx, node.arguments[1], options);
    const open = methodFrom === null && openMethod(ctx, options);
    for (const auth of principals(site.path)) {
      push(ctx, null, methodOf(ctx, options, 'GET'), ctx.scope.strParams(node.arguments[0]), auth, site.path, node, methodFrom);
      if (open) ctx.facts.restCalls[ctx.facts.restCalls.length - 1]!.openMethod = true;
    }
    return;
  }

  // `authorize().onJiraIssue(id).canEdit()`, `authorize().onJira([...])`: the check is a request as the user.
  if (site.module === '@forge/api' && ref.steps[0]?.name === 'authorize' && ref.steps[0].call && ref.steps.length <= 3) {
    const names = ref.steps.map((s) => s.name);
    const call = authorizeApiCall(names[1] ?? '', names[2] ?? null);
    if (call) {
      ctx.facts.restCalls.push({ ...call, api: names.join('.'), scopes: null, evidence: ctx.evidence(node) });
      return;
    }
  }

  // Connect iframe: AP.request(url, options) or AP.request({ url, type })
  if (ref.root === 'global' && ref.name === 'AP' && site.path === 'request()') {
    const first = node.arguments[0] as Node | undefined;
    const options = ctx.scope.object(first);
    const url = options ? objectProperty(options, 'url') : first;
    const opts = options ?? ctx.scope.object(node.arguments[1]);
    const data = opts ? objectProperty(opts, 'data') : null;
    const chosen = methodParam(ctx, options ? undefined : node.arguments[1], opts, 'type');
    // One call per URL a condition chooses, as an ACE client's, and per method (`type: clear ? 'DELETE' : 'GET'`).
    for (const path of ctx.scope.strAlternatives(url, true)) {
      for (const method of chosen === null ? methodAlternatives(ctx, opts, 'type') : [methodOf(ctx, opts, 'GET', 'type')]) {
        push(ctx, null, method, path, 'connect', 'AP.request', node, chosen);
        if (data) pushBody(ctx, [data]);
      }
    }
    return;
  }

  // `getAuth(req).requestJira(...)` with `getAuth` a function of another module: a product request when the scan finds that it
  // returns `asApp()` or `asUser()` of `@forge/api` (see `clientCalls`), dropped when it does not; so is `requester.requestJira(...)`
  // with `requester` a value another module exports (`export default asUser()`).
  const callee = unwrap(node.callee);
  const other = product && site.module !== '@forge/api' && site.module !== '@forge/bridge' && callee.type === 'MemberExpression';
  const call = other ? factoryCall(ctx.scope, callee.object) : null;
  const factory = call ? ctx.scope.appFunction(call.callee) : null;
  const held = other && factory === null ? importedValue(ctx.scope, callee.object) : null;
  const made = factory === null ? held === null ? null : `${VALUE}${held}` : `call:${factory}`;
  // `api(true).requestJira(...)`: what the call gives the function, whose parameter may choose the principal (see `FunctionInfo.principalBy`).
  const given = factory !== null && call!.arguments.length > 0 ? { given: { args: call!.arguments.map(() => []), ...argValues(ctx, call!) } } : {};
  if (made) {
    const options = last === 'requestGraph' ? null : ctx.scope.object(node.arguments[1]);
    const paths = last === 'requestGraph' ? [null] : ctx.scope.strAlternatives(node.arguments[0], true);
    for (const path of paths) {
      ctx.facts.clientCalls.push({ index: ctx.facts.restCalls.length, param: made, ...given });
      if (last === 'requestGraph') push(ctx, 'graph', 'POST', null, 'unknown', `${site.path}`, node);
      else push(ctx, PRODUCT_OF[last]!, methodOf(ctx, options, 'GET'), path, 'unknown', `${site.path}`, node, methodParam(ctx, node.arguments[1], options));
    }
    return;
  }
  // `getAuthForEvent(event).requestJira(route\`...\`)` with the function a package's: a client the package picks, asked with
  // `@forge/api`'s `route`, which only Forge's product API takes. As whoever the package picks.
  if (call !== null && factory === null && held === null && last !== 'requestGraph' && packageClient(ctx, call, node.arguments[0])) {
    const options = ctx.scope.object(node.arguments[1]);
    for (const path of ctx.scope.strAlternatives(node.arguments[0], true)) push(ctx, PRODUCT_OF[last]!, methodOf(ctx, options, 'GET'), path, 'unknown', `${site.path}`, node, methodParam(ctx, node.arguments[1], options));
    return;
  }

  // atlassian-connect-express: addon.httpClient(req).get(...), req.context.http.asUserByAccountId(id).post(...), or a client
  // its callers pass (`saveToken(req.context.http, ...)`), kept once the scan knows they pass one.
  const ace = node.type === 'CallExpression' ? aceRequest(ctx.scope, node, ref) : null;
  if (ace) {
    const first = node.arguments[0] as Node | undefined;
    const options = ctx.scope.object(first);
    const url = options ? objectProperty(options, 'url') ?? objectProperty(options, 'uri') : madeUrl(ctx, first) ?? first;
    // The body is in `json` (when not just `true`), `body`, `form` or the form-data options.
    const body = options ? ACE_BODIES.map((key) => objectProperty(options, key)).filter((v): v is Node => v !== null && !(v.type === 'Literal' && typeof v.value === 'boolean')) : [];
    // `qs: { fields: 'summary' }`: the query the request adds to its URL.
    const qs = options ? addedQuery(ctx.scope, [options]) : null;
    // `auth: { username, password }` (request's Basic credentials, which replace the JWT ACE signs): a user's API token.
    // Also in the options one of the module's functions makes (`get(optionsFor(url), cb)`).
    const made = options ?? optionsMade(ctx.scope, first);
    const auth = made && authScheme(authorizationOf(ctx.scope, made)) === 'basic' ? 'api-token' : ace.asUser ? 'asUser' : 'connect';
    // `const url = id ? \`/rest/api/user?accountId=${id}\` : '/rest/api/user/anonymous'`: one call per path it may take.
    for (const path of ctx.scope.strAlternatives(url, true)) {
      if (ace.client !== 'ace') ctx.facts.clientCalls.push({ index: ctx.facts.restCalls.length, param: ace.client });
      push(ctx, null, ace.method, fromProductRoot(path), auth, `httpClient.${last}`, node);
      if (body.length > 0 || qs) pushBody(ctx, body, qs);
    }
  }
}

/**
 * The body of the REST call just recorded: what flows into it, and the fields it asks for by name (`{ jql, fields: ['assignee'] }`),
 * also in the query its options add (ACE's `qs`).
 */
function pushBody(ctx: FileContext, body: Node[], query: Node | null = null): void {
  const fields = [...body, ...(query ? [query] : [])].flatMap((b) => requestedFields(ctx.scope, b));
  const call = ctx.facts.restCalls[ctx.facts.restCalls.length - 1]!;
  // `{ url, webhooks: [{ events: ['jira:issue_created'] }] }`: the events a webhook's registration asks for (see `registered-webhooks.ts`).
  const events = call.method === 'POST' ? body.map((b) => webhookEvents(ctx.scope, b)).find((e) => e !== null) : undefined;
  ctx.facts.restBodies.push({ call, carries: ctx.kindsOf(body), fields, ...(events ? { events } : {}) });
}

/** `post(data)`, `jsonRequest('PUT', data)`: options a function builds of what it is given, whose body holds what they hold. */
function builtOptions(arg: Node | undefined): Node | null {
  const node = arg ? unwrap(arg) : null;
  return node?.type === 'CallExpression' && node.arguments.length > 0 ? node : null;
}

/** ACE resolves a relative URL against the product's base URL: `rest/api/2/field` is `/rest/api/2/field`. */
function fromProductRoot(path: string | null): string | null {
  return path?.startsWith('rest/') ? `/${path}` : path;
}

/**
 * `requester.requestJira(...)` with `requester` a parameter of the function, or `this.requester.requestJira(...)` with the
 * member set from the constructor's parameter: the product client callers pass.
 */
function handedClient(ctx: FileContext, node: Node): boolean {
  const callee = unwrap(node.callee);
  if (callee.type !== 'MemberExpression') return false;
  const object = unwrap(callee.object);
  if (object.type === 'MemberExpression' && unwrap(object.object).type === 'ThisExpression' && ctx.scope.currentClass !== null) {
    return ctx.scope.handedMembers.has(propertyName(object.property, object.computed) ?? '');
  }
  return handedParam(ctx, object) !== null;
}

/** The parameter an object is, or the field of one it is destructured from (`({ client, issueKey }) => client.requestJira(...)`: `sync:0.client`). */
function handedParam(ctx: FileContext, object: Node): string | null {
  return object.type === 'Identifier' ? heldParam(ctx.scope, object.name) : null;
}

/** Requests made through a parameter of a top-level function that is only called where the scan sees it: their callers tell who they act as. */
function markHanded(ctx: FileContext, node: Node, from: number): void {
  const mark = handedParam(ctx, unwrap(unwrap(node.callee).object));
  if (mark === null || passedAsValue(ctx.mod.text, mark.slice(0, mark.lastIndexOf(':')))) return;
  for (const call of ctx.facts.restCalls.slice(from)) call.handedBy = mark;
}

/** `api.asApp().requestJira(...)`, `api.asUser().requestJira(...)` with `api` a parameter of the enclosing function. */
function handedApiModule(ctx: FileContext, node: Node): boolean {
  const callee = unwrap(node.callee);
  const principalCall = callee.type === 'MemberExpression' ? unwrap(callee.object) : null;
  if (principalCall?.type !== 'CallExpression' || principalCall.arguments.length > 0) return false;
  const member = unwrap(principalCall.callee);
  if (member.type !== 'MemberExpression') return false;
  const name = propertyName(member.property, member.computed);
  return (name === 'asApp' || name === 'asUser') && ctx.scope.paramOf(member.object) !== null;
}

/**
 * The method of options that are not an object literal naming it (see `givenMethod`): the method when known here, the mark
 * of another module's value that gives it (to fill in once that module is read), or null.
 */
export function helperMethod(ctx: FileContext, arg: Node | undefined): { method: HttpMethod } | string | null {
  const given = givenMethod(ctx, arg);
  const known = given === null ? null : methodOfText(given);
  if (known) return { method: known };
  return given !== null && hasImported(given) && !hasParam(given) ? given : null;
}

/**
 * The method options give that are not an object literal naming it: a spread's (`{ ...POST_JSON, body }`), what a helper of
 * the module returns (`postOf(body)`, also through a const), or another module's constant or helper (`POST_JSON`,
 * `postOf(body)` imported), as a mark the scan fills in once it has read that module. Null when none of these tells it.
 */
function givenMethod(ctx: FileContext, arg: Node | undefined, depth = 0): string | null {
  if (!arg || depth > MAX_OPTIONS_DEPTH) return null;
  const node = unwrap(arg);
  const options = ctx.scope.object(node);
  if (options) {
    const value = objectProperty(options, 'method');
    if (value) return ctx.scope.str(value);
    const spreads = (options.properties as Node[]).filter((p) => p.type === 'SpreadElement');
    for (let i = spreads.length - 1; i >= 0; i--) {
      const method = givenMethod(ctx, spreads[i]!.argument, depth + 1);
      if (method !== null) return method;
    }
    return null;
  }
  if (node.type === 'CallExpression') {
    const callee = unwrap(node.callee);
    const local = callee.type === 'Identifier' ? ctx.scope.lookup(callee.name) : undefined;
    if (!local) return ctx.scope.importedStr(callee, '().method');
    const fn = local.init ?? local.declaration;
    const returned = fn && isFunction(unwrap(fn)) ? returnedValue(unwrap(fn)) : null;
    const method = returned ? givenMethod(ctx, returned, depth + 1) : null;
    if (method !== null || !fn) return method;
    const object = returnedObject(ctx.scope, unwrap(fn));
    return object ? givenMethod(ctx, object, depth + 1) : null;
  }
  if (node.type === 'Identifier') {
    const local = ctx.scope.lookup(node.name);
    if (!local) return ctx.scope.importedStr(node, '.method');
    return local.init && !local.grown && local.values?.length === 1 ? givenMethod(ctx, local.init, depth + 1) : null;
  }
  return node.type === 'MemberExpression' ? ctx.scope.importedStr(node, '.method') : null;
}

const MAX_OPTIONS_DEPTH = 4;


/**
 * The URL options a call of the module's own function make are for (`get(optionsFor(url), cb)` with `optionsFor` returning
 * `{ url: u, auth }`): the argument given for the parameter their `url` is, or their `url` when it is a string literal.
 * Null for any other value, which names what the call does not give.
 */
function madeUrl(ctx: FileContext, arg: Node | undefined): Node | null {
  const call = arg ? unwrap(arg) : null;
  const made = call?.type === 'CallExpression' ? optionsMade(ctx.scope, call) : null;
  const value = made ? objectProperty(made, 'url') ?? objectProperty(made, 'uri') : null;
  const node = value ? unwrap(value) : null;
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node;
  if (node.type !== 'Identifier') return null;
  const callee = unwrap(call!.callee);
  const local = ctx.scope.lookup(callee.name);
  const fn = unwrap((local?.init ?? local?.declaration)!);
  const at = (fn.params as Node[]).findIndex((p) => p.type === 'Identifier' && p.name === node.name);
  return at >= 0 ? (call!.arguments[at] as Node | undefined) ?? null : null;
}

const BRIDGE: readonly RestCall['auth'][] = ['bridge'];
const UNKNOWN: readonly RestCall['auth'][] = ['unknown'];

/** Whether `call` is of a function a package (not the app, not `@forge/api`) exports, and `path` a template of `@forge/api`'s `route`. */
function packageClient(ctx: FileContext, call: Node, path: Node | undefined): boolean {
  const arg = path ? unwrap(path) : null;
  if (arg?.type !== 'TaggedTemplateExpression') return false;
  const tag = ctx.scope.ref(arg.tag);
  const route = tag.steps.length === 0 ? tag.imported === 'route' : tag.steps.length === 1 && tag.steps[0]!.name === 'route' && tag.steps[0]!.call === null;
  if (tag.root !== 'import' || tag.module !== '@forge/api' || !route) return false;
  const maker = ctx.scope.ref(call.callee);
  return maker.root === 'import' && maker.module !== null && maker.module !== '@forge/api' && !ctx.scope.isAppModule(maker.module);
}
const AS_APP: readonly RestCall['auth'][] = ['asApp'];
const AS_USER: readonly RestCall['auth'][] = ['asUser'];
const EITHER: readonly RestCall['auth'][] = ['asUser', 'asApp'];

/** Who a Forge request acts as: both, one call each, when the code chooses at run time (`(asUser ? api.asUser() : api.asApp())`). */
function principals(path: string): readonly RestCall['auth'][] {
  if (path.includes(EITHER_PRINCIPAL)) return EITHER;
  return path.includes('asUser') ? AS_USER : path.includes('asApp') ? AS_APP : UNKNOWN;
}

const ACE_BODIES = ace.bodyOptions;
const COMPASS_SCOPES = compassSdk.methods as Record<string, string[]>;

/** `product` null: the path tells it. `methodFrom`: where a helper's callers give the method (`methodParam`). */
export function push(ctx: FileContext, product: Product | null, method: HttpMethod, path: string | null, auth: RestCall['auth'], api: string, node: Node, methodFrom: string | number | null = null): void {
  const call: RestCall = { product: product ?? 'unknown', method, path: null, auth, api: api.replace(/\(\)$/, ''), scopes: null, evidence: ctx.evidence(node) };
  // As the user and as the app, chosen at run time: the scan keeps the one the callers choose, when they all choose.
  const choice = api.includes(EITHER_PRINCIPAL) ? principalChoice(ctx.scope, node, ctx.mod.text) : null;
  if (choice) call.choice = choice;
  ctx.facts.restCalls.push(call);
  ctx.derive('restCalls', call, product ? 'rest-path' : 'rest-path-product', [path], methodFrom);
}

/** A call's path from the evaluated string of its argument; its product too, when the path tells it. */
export function derivePath(call: RestCall, [raw]: Array<string | null>, product = false): void {
  call.path = restPath(raw ?? null);
  if (call.path !== null && raw && hasUnknownQuery(raw)) call.openQuery = true;
  else delete call.openQuery;
  if (product) call.product = productOfPath(call.path);
}

/** Where a wrapper's caller says the method: a parameter in the options (`{ method }`), or the options parameter itself, also spread (`{ ...options }`). */
export function methodParam(ctx: FileContext, optionsNode: Node | undefined, options: Node | null, key = 'method'): string | number | null {
  const value = options ? objectProperty(options, key) : null;
  // `method: config?.method || 'GET'`: the caller's method, the literal only when it gives none (`methodOfValue`).
  const chosen = value && value.type === 'LogicalExpression' && (value.operator === '||' || value.operator === '??') ? value.left : value;
  const text = chosen ? ctx.scope.strParams(chosen) : null;
  if (text !== null && (hasParam(text) || hasImported(text))) return text;
  // `{ ...options, headers }`, `{ method: 'GET', ...options }`, `Object.assign({ method: 'GET' }, options)`: the method is the one
  // the options parameter spread after any named brings, the named one when a caller gives none.
  const spread = paramSpread(ctx.scope, options, key);
  const param = ctx.scope.paramOf(spread ? spread.argument : optionsNode);
  return param ? Number(param.slice(param.lastIndexOf(':') + 1)) : null;
}

/** A REST call's path: the path template with holes as `{}` and no query built at run time, or null when nothing of it is known. */
export function restPath(raw: string | null): string | null {
  if (raw === null) return null;
  // The product's base URL the code holds (`baseUrl + '/rest/api/2/project'`): the path is what follows it.
  // `route\`rest/api/3/issue\``: a product API path written without its leading slash.
  const path = withBraces(withoutUnknownQuery(raw)).replace(/^\{\}(?=\/rest\/)/, '').replace(/^(?=(?:rest|wiki)\/)/, '/');
  // A path that starts with a hole (`route\`${path}\``) is fully dynamic: nothing to look up.
  if (!path.startsWith('/') && !/^https?:\/\//.test(path)) return null;
  return path.replace(/^https?:\/\/[^/]*/, '') || null;
}

export function methodOf(ctx: FileContext, options: Node | null, fallback: HttpMethod, key = 'method'): HttpMethod {
  const value = options ? objectProperty(options, key) : null;
  return value ? methodOfValue(ctx, unwrap(value)) ?? fallback : fallback;
}

/** The methods the options' `key` may name, each value a condition chooses (`type: clear ? 'DELETE' : 'GET'`); GET when they name none. */
function methodAlternatives(ctx: FileContext, options: Node | null, key: string): HttpMethod[] {
  const value = options ? objectProperty(options, key) : null;
  const methods = new Set(value ? ctx.scope.strAlternatives(value).map((text) => (text === null ? null : methodOfText(text))) : []);
  return methods.size > 1 && !methods.has(null) ? [...methods as Set<HttpMethod>] : [methodOf(ctx, options, 'GET', key)];
}

/**
 * For egress, whose method may be unknown: the method the options name, null when they name one not known before run
 * time (`method: config.method`), else `fallback`.
 */
export function namedMethod(ctx: FileContext, options: Node | null, fallback: HttpMethod | null, key = 'method'): HttpMethod | null {
  const value = options ? objectProperty(options, key) : null;
  return value ? methodOfValue(ctx, unwrap(value)) : fallback;
}

/**
 * `options.method || 'POST'`, `opts.method ?? 'PUT'`: the method a caller may choose, else the literal after it. `METHODS[kind]`
 * of a constant object whose values are all one method: that method.
 */
function methodOfValue(ctx: FileContext, value: Node): HttpMethod | null {
  const text = ctx.scope.str(value);
  const known = text ? methodOfText(text) : null;
  if (known) return known;
  if (value.type === 'MemberExpression') {
    const methods = memberMethods(ctx, value);
    return methods?.length === 1 ? methods[0]! : null;
  }
  if (value.type !== 'LogicalExpression' || (value.operator !== '||' && value.operator !== '??')) return null;
  return methodOfValue(ctx, unwrap(value.left)) ?? methodOfValue(ctx, unwrap(value.right));
}

/** `METHODS[kind]`, `METHODS.read` of a constant object: the methods its values name, null when one of them is none known. */
function memberMethods(ctx: FileContext, member: Node): HttpMethod[] | null {
  const object = member.computed ? ctx.scope.object(member.object) : null;
  if (!object || object.properties.length === 0) return null;
  const out = new Set<HttpMethod>();
  for (const p of object.properties as Node[]) {
    const method = p.type === 'Property' && !p.computed ? methodOfText(ctx.scope.str(p.value) ?? '') : null;
    if (method === null) return null;
    out.add(method);
  }
  return [...out];
}

/** The methods the options name when they name one of a few (`update ? 'PUT' : 'POST'`, `METHODS[kind]`); null when not so. */
function methodChoices(ctx: FileContext, options: Node | null): HttpMethod[] | null {
  const value = options ? objectProperty(options, 'method') : null;
  if (!value || methodOfValue(ctx, unwrap(value)) !== null) return null;
  const node = unwrap(value);
  const methods = node.type === 'MemberExpression' ? memberMethods(ctx, node) : ctx.scope.strAlternatives(value).map((t) => (t === null ? null : methodOfText(t)));
  if (!methods || methods.length < 2 || methods.includes(null)) return null;
  return [...new Set(methods as HttpMethod[])];
}

/**
 * `method: verb.toUpperCase()`, `method: req.payload.method`, `method: payload.method ?? 'GET'`: a method chosen at run time, not
 * the GET the call defaults to nor the one it falls back on.
 */
function openMethod(ctx: FileContext, options: Node | null): boolean {
  const value = options ? objectProperty(options, 'method') : null;
  if (!value) return false;
  const node = unwrap(value);
  if (methodOfValue(ctx, node) === null) return true;
  return node.type === 'LogicalExpression' && (node.operator === '||' || node.operator === '??') && methodOfValue(ctx, unwrap(node.left)) === null;
}

/** An evaluated method name as an HTTP method; null when it is not known or not one. */
export function methodOfText(text: string): HttpMethod | null {
  if (text.includes(HOLE) || text.includes(PARAM)) return null;
  const upper = text.toUpperCase();
  return (['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const).find((m) => m === upper) ?? null;
}

export function productOfPath(path: string | null): Product {
  if (!path) return 'unknown';
  if (path === '/graphql' || path.startsWith('/graphql?')) return 'graph';
  if (/^\/jira\/[a-z]+\/[\d.]+\/cloud\//.test(path)) return 'jira-software';
  // The same DevOps APIs called on the site (`/rest/builds/0.1/bulk` through ACE's client).
  const devops = /^\/rest\/([a-z]+)\/[\d.]+\//.exec(path)?.[1];
  if (devops && Object.hasOwn(devopsGateway.apis, devops)) return 'jira-software';
  if (path.startsWith('/rest/servicedeskapi/')) return 'jsm';
  // `/rest/api/3{}`: a base URL of the Jira API with the rest of the path given at run time.
  if (/^\/rest\/(?:api\/(?:[23]|latest)(?:\/|\{\}|$)|(?:agile|atlassian-connect|dev-status)\/)/.test(path)) return 'jira';
  // Connect apps in Confluence call v1 without the `/wiki` prefix (their base URL has it).
  if (path.startsWith('/wiki/') || path.startsWith('/rest/api/') || path.startsWith('/api/v2/')) return 'confluence';
  if (path.startsWith('/2.0/')) return 'bitbucket';
  return 'unknown';
}
