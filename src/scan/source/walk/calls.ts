import { isFunction, propertyName, unwrap, type Node } from '../ast.ts';
import { noteSecretPayload } from '../secret-payloads.ts';
import { addSpecifier, specifierOf } from '../module.ts';
import { assignInto } from '../object-assign.ts';
import type { ArgFlow, RouteHandler } from '../file-facts.ts';
import { LOCAL, addAll, type Flow } from '../flow.ts';
import { holdsNamed } from '../kinds.ts';
import { kindOfName } from '../names.ts';
import { argClasses } from '../app-functions.ts';
import { refPath, withCall, type Ref } from '../ref.ts';
import { aceEvent, definesOnParam, functionName, handedDefine, isRegistrar, isResolverDefine, oauthRedirectPath, pageRoute, routeOptions, routePath, servedRoute } from '../registrars.ts';
import { argClients, argFields, argSent, argShapes, argValues, calledMethod, calleeName, isHoles } from '../call-args.ts';
import { entriesOf } from '../iterations.ts';
import { dispatched, keyedFunctions, register } from '../dispatch.ts';
import { callsMember, setsMember } from './member-registry.ts';
import { pushItems } from '../item-fields.ts';
import { DATE_SETTERS, dateMovedBack } from '../age-filter.ts';
import { resultsPrefix } from '../kvs-query.ts';
import { MEMBERS, ROUTED } from '../../handlers.ts';
import { readAnswer } from './answer-fields.ts';
import { catchLogged, printedUrl, thenLogged } from '../detectors/logs.ts';
import { printsSentSecret } from '../request-errors.ts';
import { visitChildren } from './children.ts';
import { callsProp } from './component-props.ts';
import { PAYLOAD, callbackParams, forgeRequest, handAp, itemParams, takesItems } from './callbacks.ts';
import { definesByParam, forwardsRequest, handToForwarded } from './forwarded.ts';
import { elementLoad } from '../detectors/element-loads.ts';
import { ANSWER_METHODS, answersByReturn, optionsLabel, routeAnswer, routeLabel } from '../route-answers.ts';
import { callsParam, callsParamMethod, handFunctions } from './handed-functions.ts';
import type { Walk } from './state.ts';
import type { Scope } from '../scope.ts';
import { noteDirectCall, noteGuardedCall } from '../purge-helpers.ts';
import { wrapperCallName } from '../functions-named.ts';

const BROWSER_GLOBALS = new Set(['AP', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'alert']);
const MUTATORS = new Set(['push', 'unshift', 'splice', 'set', 'add', 'append']);
const PUSHES = new Set(['push', 'unshift']);
/** A router's methods that take HTTP requests: their handlers are called as `(req, res, next)` (Koa's `(ctx, next)`). */
const HTTP_REGISTRARS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'use', 'options', 'head', 'route']);

/** Walks a call: hands it to the detectors, records what registrars are given, and walks its arguments with what their callbacks receive. */
export function visitCall(w: Walk, node: Node): void {
  const { ctx, scope, mod } = w;
  if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length > 0) {
    const module = specifierOf(node.arguments[0]);
    if (module !== null) addSpecifier(mod, module, node.start);
    // `require(\`./resolvers/${name}\`)`: which of the app's modules it loads cannot be told (a bundle's own `require` parameter aside).
    else if (!scope.lookup('require')) (ctx.facts.computedImports ??= []).push(ctx.evidence(node));
  }
  const ref = onCall(w, node);
  // `if (age(note) > 90 * DAY) await remove(key)`: a function of the module deleting what it is given, behind a guard of its age.
  if (node.type === 'CallExpression' && node.callee.type === 'Identifier') noteDirectCall(ctx, node.callee.name);
  if (scope.guards.length > 0 && node.callee.type === 'Identifier') noteGuardedCall(ctx, node);
  const handed = node.type === 'CallExpression' && ctx.facts.side === 'backend' && handedDefine(scope, mod, node);
  const registrar = handed || (node.type === 'CallExpression' && isRegistrar(node.callee, ref, scope));
  let payload = w.wrappers.get(node) ?? null;
  let handler: RouteHandler | null = null;
  const resolverDefine = registrar && (handed || isResolverDefine(ref, mod) || (ctx.fn !== null && definesOnParam(scope, node.callee)));
  const defined = resolverDefine ? functionName(scope, node) : null;
  if (resolverDefine && defined === null && ctx.fn) definesByParam(w, node);
  if (defined !== null) noteSecretPayload(scope, defined, node.arguments[1]);
  // `page.results.map(({ key }) => kvs.delete(key))`: the callback's item is a result of the query.
  const each = takesItems(calledMethod(node)) && isFunction(unwrap(node.arguments[0] ?? node)) ? resultsPrefix(scope, unwrap(node.callee).object) : null;
  if (each) w.queriedItems.set(unwrap(node.arguments[0]), each);
  // `Object.entries(resolvers).forEach(([name, fn]) => ...)`
  if (calledMethod(node) === 'forEach' && isFunction(unwrap(node.arguments[0] ?? node))) entriesOf(scope, unwrap(node.arguments[0]).params[0], unwrap(node.callee).object, w.entryValues);
  if (registrar) {
    // `resolver.define(name, fn)` with `fn` a value of `Object.entries(resolvers)`: every function of those objects, under its key.
    const given = resolverDefine && node.arguments[1]?.type === 'Identifier' ? w.entryValues.get(node.arguments[1].name) : undefined;
    for (const object of given ?? []) {
      ctx.facts.handlerRefs.push(object + MEMBERS);
      ctx.facts.resolverRefs.push({ ref: object + MEMBERS, name: '*' });
    }
    // `app.route({ method: 'POST', url: '/installed', handler })`: the options' handler answers the route.
    const options = calledMethod(node) === 'route' ? routeOptions(scope, node) : null;
    const route = options ? options.path : routePath(scope, node);
    if (route !== undefined) ctx.facts.routes.push(route);
    const served = servedRoute(scope, node);
    if (served !== null) (ctx.facts.servedRoutes ??= []).push({ route: served, line: ctx.evidence(node).line });
    if (typeof route === 'string') (ctx.facts.routeHandlers ??= []).push(handler = { route, line: ctx.evidence(node).line, endLine: mod.lines.lineOf(node.end), calls: [] });
    // The request to a route of a known path: the scan tells whether it is a lifecycle callback, whose body holds the shared secret.
    // An OAuth redirect's request (`app.get('/oauth/callback', ...)`): its `code` is the authorization code.
    const redirect = route === undefined ? oauthRedirectPath(scope, node) : null;
    // A GET route: a Connect app's iframe page is loaded with the JWT in its query.
    const path = typeof route === 'string' ? route : redirect === null ? (route === undefined ? pageRoute(scope, node) : null) : `GET ${redirect}`;
    const request = resolverDefine ? forgeRequest(defined) : path !== null ? [['resolver-payload', `route:${path}`] as Flow[]] : aceEvent(scope, node) ?? PAYLOAD;
    // `app.post('/x', (req, res, next) => ...)`, also through a wrapper that hands its arguments on (`wrap(async (req, res) => ...)`):
    // the framework hands the request first; the response and `next` are no one's input.
    const http = !resolverDefine && HTTP_REGISTRARS.has(calledMethod(node));
    payload = http && request ? [request[0]!, ['other']] : request;
    if (options?.handler && isFunction(options.handler)) w.optionCallbacks.set(options.handler, payload);
    if (!resolverDefine) answersByReturn(ctx, node, options ? options.handler : (node.arguments[node.arguments.length - 1] as Node | undefined) ?? null, routeLabel(scope, node) ?? optionsLabel(scope, node));
    for (const arg of options ? (options.handler ? [options.handler] : []) : node.arguments as Node[]) {
      // `app.post('/hooks', hooks.created)` with `const hooks = new HookController()`: that method of the app's class.
      const name = (unwrap(arg).type === 'MemberExpression' ? scope.appFunction(arg) : null) ?? calleeName(arg);
      if (name) ctx.facts.handlerRefs.push(name);
      if (name && http) ctx.facts.handlerRefs.push(name + ROUTED);
      if (name && handler) handler.calls.push(name);
      // `app.post('/installed', handleInstall)`: a function of the app answering a route of a known path, which the scan tells a lifecycle callback's by.
      if (name && typeof route === 'string') ctx.facts.handlerRefs.push(`${name}@${route}`);
      // `app.get('/panel', addon.authenticate(), panel)`: the function answering a GET route, whose query may be a Connect page's.
      if (name && path !== null && path.startsWith('GET') && redirect === null) ctx.facts.handlerRefs.push(`${name}@?${path}`);
      // `resolver.define('get', this.service.get)`, `service.get` of `new Service()`: the method of the app's class, as calls name it.
      const member = defined !== null && unwrap(arg).type === 'MemberExpression' ? scope.appFunction(arg) : null;
      if ((member ?? name) && defined !== null) ctx.facts.resolverRefs.push({ ref: (member ?? name)!, name: defined });
      // `app.post('/x', asyncHandler(async (req, res) => ...))`, `app.post('/x', handlers.installed(addon))`:
      // the function a wrapper is given, or the one a function of the app returns, handles the requests.
      const call = unwrap(arg);
      if (call.type !== 'CallExpression') continue;
      w.wrappers.set(call, payload);
      // `router.get('/y', asyncHandler(getIssue))`: the function of the app the wrapper is given handles the requests.
      for (const given of call.arguments as Node[]) {
        const inner = isFunction(unwrap(given)) ? null : calleeName(given);
        if (inner === null) continue;
        ctx.facts.handlerRefs.push(inner);
        if (http) ctx.facts.handlerRefs.push(inner + ROUTED);
        if (handler) handler.calls.push(inner);
        if (typeof route === 'string') ctx.facts.handlerRefs.push(`${inner}@${route}`);
        if (path !== null && path.startsWith('GET') && redirect === null) ctx.facts.handlerRefs.push(`${inner}@?${path}`);
      }
      const factory = calleeName(call.callee);
      if (factory && call.arguments.length > 0) ctx.facts.handlerRefs.push(`${factory}()${typeof route === 'string' ? `@${route}` : ''}`);
      if (factory && call.arguments.length > 0 && http) ctx.facts.handlerRefs.push(`${factory}()${ROUTED}`);
    }
  }
  // `makeResolver({ async save(req) { ... } })` of `@forge/resolver`: each function is the resolver function of its key.
  if (ref.root === 'import' && ref.module === '@forge/resolver' && ref.imported === 'makeResolver' && ref.steps.length === 1) resolverObject(w, node.arguments[0]);
  const callee = unwrap(node.callee);
  // `new Promise((resolve, reject) => ...)`: the promise holds what its executor resolves with.
  const executor = node.type === 'NewExpression' && callee.type === 'Identifier' && callee.name === 'Promise' && !scope.lookup('Promise') && node.arguments[0] ? unwrap(node.arguments[0]) : null;
  if (executor && isFunction(executor)) scope.promiseValues.set(executor, new Set());
  const resolves = callee.type === 'Identifier' && scope.promiseValues.size > 0 ? scope.lookup(callee.name)?.resolves : undefined;
  const outer = w.route;
  const outerLabel = w.routeLabel;
  if (handler) w.route = handler;
  if (registrar && !resolverDefine) w.routeLabel = routeLabel(scope, node);
  visitChildren(w, node, payload ?? callbackParams(w, node, ref) ?? itemParams(w, node, callee));
  w.route = outer;
  w.routeLabel = outerLabel;
  const method = calledMethod(node);
  if (ANSWER_METHODS.has(method)) routeAnswer(ctx, node, method, ref, w.routeLabel);
  else if (method === 'catch' && node.arguments.length > 0) catchLogged(ctx, node);
  else if (method === 'then' && node.arguments.length > 0) thenLogged(ctx, node);
  // `frame.setAttribute('src', url)`: as `frame.src = url`.
  else if (method === 'setAttribute' && node.arguments.length === 2) {
    const attribute = scope.str(node.arguments[0]);
    if (attribute !== null) elementLoad(ctx, unwrap(node.callee).object, attribute, node.arguments[1], node);
  }
  // `cutoff.setDate(cutoff.getDate() - 30)`: the date is now a cut-off that long ago.
  else if (Object.hasOwn(DATE_SETTERS, method)) dateMovedBack(scope, node, method);
  if (resolves && node.arguments[0]) addAll(resolves, scope.kinds(node.arguments[0]));
  if (w.setters.size > 0) setState(w, node, callee);
  // `list.push(item)`, `byKey.set(k, item)`: the collection now holds the item.
  if (callee.type === 'MemberExpression' && node.arguments.length > 0 && MUTATORS.has(propertyName(callee.property, callee.computed) ?? '') && isLocal(w, callee.object)) {
    const kinds = new Set(ctx.kindsOf(node.arguments as Node[]));
    // `headers.set('Authorization', \`Bearer ${token}\`)`: the value under a secret's name is one, as in an object literal.
    const key = node.arguments.length === 2 ? unwrap(node.arguments[0]) : null;
    const named = key?.type === 'Literal' && typeof key.value === 'string' ? kindOfName(key.value) : null;
    if (named === 'secret' && holdsNamed(scope, named, scope.kinds(node.arguments[1]), node.arguments[1])) kinds.add(named);
    const pushed = PUSHES.has(calledMethod(node)) && unwrap(callee.object).type === 'Identifier';
    scope.assignMember(callee, kinds, pushed);
    if (pushed) pushItems(scope, callee.object, node.arguments as Node[]);
  }
  if (node.arguments.length === 0 && calledMethod(node) === 'json') readAnswer(w, node);
  // `Object.assign(options, { method: 'PUT', body })`: the target now holds what the sources give.
  if (node.type === 'CallExpression' && calledMethod(node) === 'assign') assignInto(scope, node);
}

/**
 * A React state holds what its setter is given, from there on in the walk: `setIssue(data.issue)`, and the value of a
 * promise handed the setter (`invoke('getIssue').then(setIssue)`). An updater function (`setCount((n) => n + 1)`) adds nothing.
 */
function setState(w: Walk, node: Node, callee: Node): void {
  const { scope } = w;
  const arg = node.arguments.length === 1 ? unwrap(node.arguments[0]) : null;
  if (!arg || isFunction(arg)) return;
  const setter = callee.type === 'Identifier' ? scope.lookup(callee.name) : undefined;
  const state = setter && w.setters.get(setter);
  if (state) addAll(state.kinds, scope.kinds(arg));
  const handed = arg.type === 'Identifier' && calledMethod(node) === 'then' ? scope.lookup(arg.name) : undefined;
  const promised = handed && w.setters.get(handed);
  if (promised) addAll(promised.kinds, scope.kinds(callee.object));
}

/** A call of a function the app's function declares or returns that gives no strings (`setWord(word)`): what its arguments carry, when any carries data. */
function localArgFlow(w: Walk, node: Node, callee: string): void {
  const args = (node.arguments as Node[]).map((a) => [...w.scope.kinds(a)]);
  if (args.some((kinds) => kinds.some((k) => k !== 'literal' && k !== 'other'))) w.ctx.facts.argFlows.push({ callee, args, onlyKinds: true });
}

/** `logJson(res, 'status')`: what each unread fetch `Response` it is handed shows when printed, its status and URL (see `printedUrl`). */
function argResponses(w: Walk, node: Node): Pick<ArgFlow, 'printed'> {
  if (!w.responses) return {};
  let printed: Array<string[] | null> | undefined;
  (node.arguments as Node[]).forEach((a, i) => {
    const url = unwrap(a).type === 'Identifier' ? printedUrl(w.scope, a) : undefined;
    if (url === undefined) return;
    const known = url ? [...w.scope.kinds(url)].filter((k) => k !== 'literal' && k !== 'other') : [];
    (printed ??= node.arguments.map(() => null))[i] = known.length > 0 ? known : ['other'];
  });
  return printed ? { printed } : {};
}

/** `logError(e)` of an error that keeps a secret its request sent (see `request-errors.ts`): a wrapper printing it whole prints the secret. */
function errorArg(ctx: Walk['ctx'], arg: Node, kinds: string[]): string[] {
  return printsSentSecret(ctx, arg) && !kinds.includes('secret') ? [...kinds, 'secret'] : kinds;
}

/** `api(...args)`: a call whose last argument is spread may give the parameters after it too. */
function spreadsLast(node: Node): { spread?: true } {
  return (node.arguments as Node[]).at(-1)?.type === 'SpreadElement' ? { spread: true } : {};
}

/** `export default withContext(async (req, res, ctx) => ...)`: an export the app's wrapper makes (see `FileFacts.wrappedExports`). */
function wrapsExport(w: Walk, call: Node): void {
  const name = wrapperCallName(call, w.program);
  const wrapper = name === null ? null : calleeName(call.callee);
  if (name === null || wrapper === null) return;
  for (const exported of w.exportsOf.get(name) ?? []) (w.ctx.facts.wrappedExports ??= []).push({ name: exported, wrapper });
}

/** `issues.sync()` on an instance of the app's class: the method it calls, for `FileFacts.classCalls`. */
function classCall(scope: Scope, node: Node, method: string): void {
  const callee = unwrap(node.callee);
  const name = callee.type === 'MemberExpression' ? propertyName(callee.property, callee.computed) : null;
  if (name === null || !method.endsWith(`.${name}`) || !method.slice(method.indexOf('#') + 1).includes('.')) return;
  // `target.sync()` of `push(target: Syncer)`: a type says what an object looks like, and an instance of another class of that
  // shape may be given (`push(new LinearSync())`): no call on the class alone.
  if (typedOnly(scope, unwrap(callee.object))) return;
  let calls = scope.classCalls.get(name);
  if (!calls) scope.classCalls.set(name, (calls = new Map()));
  calls.set(node.start, method);
}

/** An object whose class only a type annotation gives (`target: Syncer`, `constructor(private target: Syncer)`), not a `new`. */
function typedOnly(scope: Scope, object: Node): boolean {
  if (object.type === 'Identifier') {
    const local = scope.lookup(object.name);
    return local?.typed !== undefined && !local.init && !local.values?.length;
  }
  const name = object.type === 'MemberExpression' && unwrap(object.object).type === 'ThisExpression' ? propertyName(object.property, object.computed) : null;
  return name !== null && scope.members.get(name)?.type !== 'NewExpression' && scope.memberTypes.has(name);
}

/** Hands a call to the detectors; returns what the callee refers to, for the walk. */
function onCall(w: Walk, node: Node): Ref {
  const { ctx, scope } = w;
  const ref = scope.ref(node.callee);
  const site = { node, ref: node.type === 'NewExpression' ? ref : withCall(ref, node), path: '', module: ref.root === 'import' ? ref.module : null };
  site.path = refPath(site.ref);
  if (ref.root === 'global' && ref.name && BROWSER_GLOBALS.has(ref.name)) ctx.facts.browser = true;
  const method = node.type === 'CallExpression' ? scope.appFunction(node.callee) : null;
  if (method !== null) classCall(scope, node, method);
  if (ctx.fn || w.route) {
    // A method is written as its target (`#JiraService.getIssue`): its object names no function of the module.
    const name = method?.includes('.') ? method : calleeName(node.callee);
    if (name) ctx.fn?.calls.push(name);
    if (name) w.route?.calls.push(name);
  }
  const local = node.arguments.length > 0 && !method ? scope.localFunction(node.callee) : null;
  // `this.jira.send(...)` with `this.jira` set from the constructor's parameter: a method of the class its builders pass (see `injected.ts`).
  const injected = !method && !local && node.type === 'CallExpression' && node.arguments.length > 0 ? injectedMethod(scope, node.callee) : null;
  const target = node.arguments.length > 0 ? method ?? local ?? injected : null;
  // `jiraAccess()`: its parameters take their defaults (see `settlePrincipals`).
  const bare = node.arguments.length === 0 && node.type === 'CallExpression' ? method ?? (node.callee.type === 'Identifier' ? scope.localFunction(node.callee) : null) : null;
  if (bare !== null) w.bare.add(bare);
  // A function the app's function declares or returns is only followed for the strings its callers give it.
  const values = target ? argValues(ctx, node) : null;
  if (target && (!local || values?.evidence)) {
    const flow: ArgFlow = { callee: target, args: (node.arguments as Node[]).map((a) => errorArg(ctx, a, [...scope.kinds(a)])), ...values, ...argClients(ctx, node), ...argShapes(scope, node), ...argFields(scope, node), ...withClasses(scope, node), ...spreadsLast(node), ...argResponses(w, node), ...argSent(ctx, node) };
    ctx.facts.argFlows.push(flow);
    // `jira(query ? '/rest/api/3/user/search?...' : '/rest/api/3/users/search')`: the call once more per other value it may pass.
    const at = flow.values?.findIndex((v) => v !== null && isHoles(v)) ?? -1;
    const others = at >= 0 ? scope.strAlternatives(node.arguments[at]) : [];
    for (const value of others.length > 1 ? others : []) ctx.facts.argFlows.push({ ...flow, values: flow.values!.map((v, i) => (i === at ? value : v)) });
    if (others.length > 1) ctx.facts.argFlows.splice(ctx.facts.argFlows.indexOf(flow), 1);
  } else if (target) localArgFlow(w, node, target);
  else if (ctx.fn && node.type === 'CallExpression') {
    callsProp(w, node);
    callsParam(w, node);
    if (w.definers.size > 0) forwardsRequest(w, node);
  }
  // Also when its type names the app's class (`sender: Sender`): callers may hand a subclass.
  if (ctx.fn && node.type === 'CallExpression' && !local) callsParamMethod(w, node);
  if (method !== null && w.definers.size > 0) handToForwarded(w, node, method);
  if (target && node.type === 'CallExpression') handFunctions(w, node, target);
  if (method !== null && !ctx.fn && node.type === 'CallExpression') wrapsExport(w, node);
  if (target === null && node.arguments.length === 2 && isSetCall(node)) {
    register(w, node);
    if (scope.currentClass !== null && ctx.fn) setsMember(w, node);
  }
  if (scope.currentClass !== null && ctx.fn && node.type === 'CallExpression' && unwrap(node.callee).type === 'CallExpression') callsMember(w, node);
  // `send(issue)` with `send` destructured from an item of `[slack, teams]`: each of their functions of that name.
  // `handlers[name](payload)`: each function of the object of the app's functions.
  const dispatch = target === null && node.arguments.length > 0 ? (scope.dispatches ? dispatched(scope, node.callee) : null) ?? keyedFunctions(scope, node.callee) : null;
  for (const callee of dispatch ?? []) {
    ctx.fn?.calls.push(callee);
    ctx.facts.argFlows.push({ callee, args: (node.arguments as Node[]).map((a) => [...scope.kinds(a)]), ...argValues(ctx, node), ...argFields(scope, node), ...spreadsLast(node) });
  }
  if (w.apModules.size > 0 && node.type === 'CallExpression' && unwrap(node.callee).type === 'Identifier') handAp(w, unwrap(node.callee).name, node.arguments as Node[]);
  // `new JiraService(addon.httpClient(req))`: the constructor is handed ACE's product client.
  // `super(config)` in the constructor of a class that extends one of the app's: that class's constructor is handed `config`.
  const built = node.arguments.length === 0 ? null : node.type === 'NewExpression' ? scope.appClass(unwrap(node.callee))
    : w.superClass !== null && unwrap(node.callee).type === 'Super' ? scope.appClass(unwrap(w.superClass)) : null;
  // `new JiraClient({ baseUrl, token })`: what the constructor's parameters, and the members set from them, hold.
  if (built) ctx.facts.argFlows.push({ callee: `${built}.constructor`, args: (node.arguments as Node[]).map((a) => [...scope.kinds(a)]), ...argValues(ctx, node), ...argClients(ctx, node), ...argShapes(scope, node), ...argFields(scope, node), ...withClasses(scope, node), ...spreadsLast(node) });
  if ((!ctx.fn || !w.neverRun.has(ctx.fn)) && w.idleDepth === 0) for (let i = 0; i < w.detectors.length; i++) w.detectors[i]!(site, ctx);
  return ref;
}

/** `x.set(key, value)`. */
function isSetCall(node: Node): boolean {
  const callee = unwrap(node.callee);
  return callee.type === 'MemberExpression' && !callee.computed && callee.property.name === 'set';
}

function injectedMethod(scope: Walk['scope'], callee: Node): string | null {
  const node = unwrap(callee);
  const name = node.type === 'MemberExpression' ? propertyName(node.property, node.computed) : null;
  const member = name !== null ? scope.memberParam(unwrap(node.object)) : null;
  return member ? `#${member}${LOCAL}${name}` : null;
}

function withClasses(scope: Walk['scope'], node: Node): Pick<ArgFlow, 'classes'> {
  const classes = argClasses(scope, node.arguments as Node[]);
  return classes ? { classes } : {};
}

/** Whether an expression is rooted in a local variable (`list`, `state.items`), not an import or a global (`kvs.set`). */
function isLocal(w: Walk, expr: Node): boolean {
  let root = unwrap(expr);
  while (root.type === 'MemberExpression') root = unwrap(root.object);
  // `this.rows.push(row)` in a class's method: the member holds it.
  if (root.type === 'ThisExpression') return w.scope.currentClass !== null && unwrap(expr) !== root;
  return root.type === 'Identifier' && w.scope.lookup(root.name) !== undefined;
}

/** The functions of the object `makeResolver` is given: each receives the request of the resolver function its key names. */
function resolverObject(w: Walk, arg: Node | undefined): void {
  const object = arg ? w.scope.object(arg) : null;
  // `const handlers = { save: async (req) => ... }; makeResolver(handlers)`: functions walked before the call, each the
  // resolver function of its key, as the object's members (see `MEMBERS`).
  const named = arg ? unwrap(arg) : null;
  if (object && named?.type === 'Identifier') {
    w.ctx.facts.handlerRefs.push(named.name + MEMBERS);
    w.ctx.facts.resolverRefs.push({ ref: named.name + MEMBERS, name: '*' });
  }
  for (const p of (object?.properties ?? []) as Node[]) {
    const key = p.type === 'Property' ? propertyName(p.key, p.computed) : null;
    const fn = key !== null ? unwrap(p.value) : null;
    if (!fn || !isFunction(fn)) {
      if (key !== null && fn?.type === 'Identifier') {
        w.ctx.facts.handlerRefs.push(fn.name);
        w.ctx.facts.resolverRefs.push({ ref: fn.name, name: key });
      }
      continue;
    }
    w.optionCallbacks.set(fn, forgeRequest(key));
  }
}
