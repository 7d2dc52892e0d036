import registrars from '../../data/handler-registrars.json' with { type: 'json' };
import aceData from '../../data/atlassian-connect-express.json' with { type: 'json' };
import { isFunction, propertyName, unwrap, type Node } from './ast.ts';
import { calledMethod } from './call-args.ts';
import type { Flow } from './flow.ts';
import type { SourceModule } from './module.ts';
import { words } from './names.ts';
import type { Ref, Step } from './ref.ts';
import type { Scope } from './scope.ts';
import { HOLE, PARAM, constantName } from './string-marks.ts';

const METHODS = new Set(registrars.methods);
const MODULES = new Set(registrars.modules);
const NAMES = new Set(registrars.names);
const PLUGINS = new Set(registrars.plugins);
const INSTANCE_TYPES = new Set(registrars.instanceTypes);
const ACE_EVENTS = aceData.events.listeners as Record<string, Flow[][]>;

/**
 * Whether a call hands the functions it is given requests or events to handle: a method such as
 * `post` or `define` called on an app, router or resolver (`app.post('/x', addon.authenticate(), ...)`,
 * `resolver.define('x', ...)`), not on an HTTP client or a library's event emitter
 * (`httpClient.get(options, (err, res, body) => ...)`). `ref` is what the callee refers to.
 */
export function isRegistrar(callee: Node, ref: Ref, scope?: Scope): boolean {
  const node = unwrap(callee);
  if (node.type !== 'MemberExpression' || !METHODS.has(propertyName(node.property, node.computed) ?? '')) return false;
  // `app.route('/x').get(...).post(...)`: the router is where the chain starts.
  let receiver = unwrap(node.object);
  let steps = ref.steps.length - 1;
  while (receiver.type === 'CallExpression' && isChained(unwrap(receiver.callee))) {
    receiver = unwrap(unwrap(receiver.callee).object);
    steps--;
  }
  return madeByRouterModule(ref, ref.steps.slice(0, Math.max(steps, 0))) || hasRouterName(receiver) || (scope !== undefined && isServerInstance(scope, receiver));
}

/** `app` of `fp(async (app) => ...)`, `(instance: FastifyInstance) => ...`: a parameter that holds the server (see `plugins` in `handler-registrars.json`). */
export function isServerInstance(scope: Scope, receiver: Node): boolean {
  const typed = receiver.type === 'Identifier' ? scope.lookup(receiver.name)?.typed : undefined;
  return typed !== undefined && INSTANCE_TYPES.has(typed);
}

/** `fp` of `import fp from 'fastify-plugin'` called with this function first: the instance type its first parameter holds, or null. */
export function pluginInstanceType(imports: ReadonlyMap<string, { module: string }>, fn: Node, parent: Node | null): string | null {
  if (parent?.type !== 'CallExpression' || parent.arguments[0] !== fn) return null;
  const callee = unwrap(parent.callee);
  return callee.type === 'Identifier' && PLUGINS.has(imports.get(callee.name)?.module ?? '') ? registrars.instanceTypes[0]! : null;
}

function isChained(callee: Node): boolean {
  const name = callee.type === 'MemberExpression' ? propertyName(callee.property, callee.computed) : null;
  return name !== null && (name === 'route' || METHODS.has(name));
}

/** `express()`, `express.Router()`, `new Resolver()`, `ace(app)`: a router module's export, called or constructed. */
function madeByRouterModule(ref: Ref, steps: Step[]): boolean {
  return ref.root === 'import' && ref.module !== null && MODULES.has(ref.module) && steps.every((s) => s.name === '' || s.name === 'new' || /^[A-Z]/.test(s.name));
}

const routerNames = new Map<string, boolean>();
function hasRouterName(receiver: Node): boolean {
  const name = receiver.type === 'Identifier' ? receiver.name : receiver.type === 'MemberExpression' ? propertyName(receiver.property, receiver.computed) : null;
  if (!name) return false;
  let router = routerNames.get(name);
  if (router === undefined) {
    const w = words(name);
    router = NAMES.has(w[w.length - 1] ?? '');
    routerNames.set(name, router);
  }
  return router;
}

/** The name a resolver function is defined under (`resolver.define('save', ...)`), when it is a constant (maybe another module's, marked). */
export function functionName(scope: Scope, call: Node): string | null {
  return constantName(scope.str(call.arguments[0]));
}

/**
 * `resolver.define(...)` on a resolver made by `@forge/resolver`, or handed to the function in a module that
 * imports it (`(resolver: Resolver) => { resolver.define(...) }`); also on one made from the app's subclass of it:
 * `class AppResolver extends Resolver` of the module, or a class another module of the app exports named as one
 * (`import { SafeResolver } from './lib/safe-resolver'`).
 */
export function isResolverDefine(ref: Ref, mod: SourceModule): boolean {
  const last = ref.steps.length - 1;
  if (ref.steps[last]?.name !== 'define') return false;
  const built = ref.steps[last - 1]?.name === 'new' && last === (ref.imported === undefined || ref.imported === 'default' || ref.imported === '*' ? 1 : 2);
  if (ref.root === 'import') return ref.module === '@forge/resolver' || (built && ref.module !== null && ref.module.startsWith('.') && namedResolver(ref.imported === 'default' || ref.imported === undefined ? ref.module : ref.imported));
  if (ref.root === 'global' && built && ref.name !== null) return extendsForgeResolver(mod, ref.name);
  return ref.root === 'unknown' && mod.specifiers.some((s) => s.module === '@forge/resolver');
}

/**
 * `resolver.define(name, ...)` on a parameter named as a resolver (`export const define = (resolver, name, fn) => resolver.define(...)`):
 * a module that registers resolver functions on the resolver its callers hand it, importing nothing of `@forge/resolver` itself.
 */
export function definesOnParam(scope: Scope, callee: Node): boolean {
  const node = unwrap(callee);
  const receiver = node.type === 'MemberExpression' ? unwrap(node.object) : null;
  return receiver?.type === 'Identifier' && namedResolver(receiver.name) && scope.lookup(receiver.name)?.param !== undefined;
}

/**
 * In a Forge app's module, `r.define('save', fn)` on a parameter of the module's function, or `define('save', fn)` of a parameter or of
 * another module of the app whose name ends in `define`: the resolver, or a helper that fills the map `makeResolver` is given, which
 * a module of the app hands the functions that define its resolver functions (`registerNotes(resolver)`, `registerAll(define)`).
 */
export function handedDefine(scope: Scope, mod: SourceModule, call: Node): boolean {
  if (!mod.forge || call.type !== 'CallExpression' || call.arguments.length !== 2 || functionName(scope, call) === null) return false;
  const fn = unwrap(call.arguments[1]);
  if (!isFunction(fn) && fn.type !== 'Identifier') return false;
  const callee = unwrap(call.callee);
  if (callee.type === 'MemberExpression') {
    const receiver = unwrap(callee.object);
    return propertyName(callee.property, callee.computed) === 'define' && receiver.type === 'Identifier' && scope.lookup(receiver.name)?.param !== undefined;
  }
  if (callee.type !== 'Identifier' || words(callee.name).at(-1) !== 'define') return false;
  const binding = scope.lookup(callee.name);
  if (binding?.param !== undefined) return true;
  const imported = binding ? undefined : mod.imports.get(callee.name)?.module;
  return imported !== undefined && imported.startsWith('.');
}

/** `SafeResolver`, `./lib/safe-resolver`: a name whose last word is `resolver`. */
function namedResolver(name: string): boolean {
  const w = words(name.slice(name.lastIndexOf('/') + 1));
  return w[w.length - 1] === 'resolver';
}

/** Whether the module declares a class of this name extending `@forge/resolver`'s. */
function extendsForgeResolver(mod: SourceModule, name: string): boolean {
  for (const stmt of mod.program.body as Node[]) {
    const cls = stmt.type === 'ExportNamedDeclaration' || stmt.type === 'ExportDefaultDeclaration' ? stmt.declaration : stmt;
    if (cls?.type !== 'ClassDeclaration' || cls.id?.name !== name || !cls.superClass) continue;
    const base = unwrap(cls.superClass);
    const imported = base.type === 'Identifier' ? mod.imports.get(base.name) : undefined;
    return imported?.module === '@forge/resolver';
  }
  return false;
}

const POST_ROUTES = new Set(['post', 'all', 'use']);

/**
 * The path a router takes POST requests on (`/installed`, `/lifecycle/:event`), null when it is not a constant with named
 * parameters; undefined for no such route (`app.get(...)`, `app.use(middleware)`). Express's `app.route('/installed').post(...)`
 * takes them on the path of the chain's `route` (for Fastify's `app.route({ method, url, handler })`, see `routeOptions`).
 */
export function routePath(scope: Scope, call: Node): string | null | undefined {
  const method = calledMethod(call);
  if (!POST_ROUTES.has(method)) return undefined;
  const chained = method === 'use' ? null : chainedRoute(call);
  const first = chained ?? (call.arguments[0] ? unwrap(call.arguments[0]) : null);
  // `app.use(router)`, `app.use(express.json())`: middleware for every path.
  if (!first || isFunction(first) || (method === 'use' && first.type !== 'Literal' && first.type !== 'TemplateLiteral')) return undefined;
  return knownPath(scope.str(first));
}

/** A router's methods that answer requests of one HTTP method, by the method; `all` answers any. */
const ROUTE_METHODS = new Map([['get', 'GET'], ['post', 'POST'], ['put', 'PUT'], ['patch', 'PATCH'], ['delete', 'DELETE'], ['del', 'DELETE'], ['head', 'HEAD'], ['options', 'OPTIONS'], ['all', '*']]);

/**
 * The method and constant path a router answers, of any method (`GET /notes` of `app.get('/notes', ...)`, `* /sync` of
 * `router.all('/sync', ...)`, also on the path of an Express chain's `route('/notes')`); null for another call or a path not known.
 */
export function servedRoute(scope: Scope, call: Node): string | null {
  const verb = ROUTE_METHODS.get(calledMethod(call));
  if (verb === undefined || call.arguments.length < 2) return null;
  const first = chainedRoute(call) ?? unwrap(call.arguments[0]);
  if (first.type !== 'Literal' && first.type !== 'TemplateLiteral') return null;
  const path = knownPath(scope.str(first));
  return path !== null && path.startsWith('/') ? `${verb} ${path}` : null;
}

function knownPath(path: string | null): string | null {
  return path === null || path.includes(HOLE) || path.includes(PARAM) || /[*(]/.test(path) || (path.includes(':') && !namedParams(path)) ? null : path;
}

/** `app.route('/installed').get(...).post(...)`: what the chain's `route` is given (its path), for a method of the chain; null for a call of no such chain. */
function chainedRoute(call: Node): Node | null {
  let node = unwrap(unwrap(call.callee).object);
  while (node?.type === 'CallExpression' && isChained(unwrap(node.callee))) {
    if (calledMethod(node) === 'route') return node.arguments[0] ? unwrap(node.arguments[0]) : null;
    node = unwrap(unwrap(node.callee).object);
  }
  return null;
}

/**
 * A router's `route(...)` call: Fastify's and hapi's `app.route({ method: ['GET', 'POST'], url: '/installed', handler })`
 * gives the path it takes POST requests on (null when the scan cannot tell its path or methods, undefined when it takes
 * none) and its handler; Express's `app.route('/installed')` and Hono's `app.route('/api', sub)` none (the chain's methods
 * and the mounted router's own calls take the requests); a call of another form a path not known.
 */
export function routeOptions(scope: Scope, call: Node): { path: string | null | undefined; handler: Node | null } {
  const first = call.arguments[0] ? unwrap(call.arguments[0]) : null;
  if (first?.type === 'Literal' || first?.type === 'TemplateLiteral') return { path: undefined, handler: null };
  const options = first ? scope.object(first) : null;
  const field = (...names: string[]): Node | null => {
    const found = (options?.properties as Node[] | undefined)?.find((p) => p.type === 'Property' && names.includes(propertyName(p.key, p.computed) ?? ''));
    return found ? unwrap(found.value) : null;
  };
  const handler = field('handler');
  const method = field('method');
  const methods = method?.type === 'ArrayExpression' ? (method.elements as Node[]).map((m) => scope.str(m)) : [method ? scope.str(method) : null];
  const takesPost = methods.some((m) => m !== null && /^(?:post|\*)$/i.test(m));
  if (options === null || (!takesPost && methods.every((m) => m !== null && !m.includes(HOLE)))) return { path: options === null ? null : undefined, handler };
  const path = field('url', 'path');
  return { path: takesPost && path !== null ? knownPath(scope.str(path)) : null, handler };
}

/** A path whose parameters are whole segments (`/lifecycle/:event`), each taking any one segment. */
function namedParams(path: string): boolean {
  return path.split('/').every((s) => !s.includes(':') || /^:\w+$/.test(s));
}

/**
 * `app.get('/panel', addon.authenticate(), ...)`: what the request to a GET route is marked with (`GET /panel`), which the
 * scan tells a Connect iframe page by, whose query holds the Connect JWT; `GET!` when ACE's JWT middleware guards the
 * route (`authenticate()`, `checkValidToken()`), which reads the token from the query; null for no GET route or
 * one of no constant path and no guard.
 */
export function pageRoute(scope: Scope, call: Node): string | null {
  if (calledMethod(call) !== 'get' || call.arguments.length < 2) return null;
  const first = unwrap(call.arguments[0]);
  if (first.type !== 'Literal' && first.type !== 'TemplateLiteral') return null;
  const path = scope.str(first);
  const known = path !== null && path.startsWith('/') && !path.includes(HOLE) && !path.includes(PARAM) ? path : null;
  const guarded = (call.arguments as Node[]).slice(1, -1).some(isAceGuard);
  return known === null && !guarded ? null : `GET${guarded ? '!' : ''}${known === null ? '' : ` ${known}`}`;
}

/** `addon.authenticate()`, `addon.checkValidToken()`: ACE's middleware that checks the JWT of a page or of the iframe's requests (not passport's `authenticate('jwt')`). */
function isAceGuard(arg: Node): boolean {
  const call = unwrap(arg);
  if (call.type !== 'CallExpression') return false;
  const method = calledMethod(call);
  const given = call.arguments[0] ? unwrap(call.arguments[0]) : null;
  return (method === 'authenticate' || method === 'checkValidToken') && (given === null || (given.type === 'Literal' && typeof given.value === 'boolean'));
}

/**
 * `app.get('/oauth/github/callback', ...)`: the path of a GET route whose path says it is an OAuth redirect, where the
 * authorization code arrives in the query (marked `route:GET /oauth/...` on the request); null for any other call.
 */
export function oauthRedirectPath(scope: Scope, call: Node): string | null {
  if (calledMethod(call) !== 'get' || call.arguments.length < 2) return null;
  const first = unwrap(call.arguments[0]);
  if (first.type !== 'Literal' && first.type !== 'TemplateLiteral') return null;
  const path = scope.str(first);
  return path !== null && path.startsWith('/') && OAUTH_REDIRECT.test(path) ? path : null;
}
export const OAUTH_REDIRECT = /\b(?:oauth2?|callback|redirect)\b/i;

/** What the listener of an installation event of ACE's add-on receives (`addon.on('host_settings_saved', (clientKey, data) => ...)`). */
export function aceEvent(scope: Scope, call: Node): Flow[][] | null {
  if (calledMethod(call) !== 'on') return null;
  const event = scope.str(call.arguments[0]);
  return event !== null && Object.hasOwn(ACE_EVENTS, event) ? ACE_EVENTS[event]! : null;
}
