import ace from '../../data/atlassian-connect-express.json' with { type: 'json' };
import type { DataKind, HttpMethod, StorageOp } from '../facts.ts';
import { isFunction, objectProperty, propertyName, unwrap, type Node } from './ast.ts';
import { returnedObject } from './constants.ts';
import { words } from './names.ts';
import { isRegistrar } from './registrars.ts';
import type { Ref } from './ref.ts';
import type { Scope } from './scope.ts';

const METHODS = ace.clientMethods as Record<string, HttpMethod>;
const IMPERSONATION = new Set(ace.impersonation);
const SETTINGS = ace.settings as Record<string, StorageOp['op']>;
const ADDON_NAMES = new Set(ace.addonNames);
const MAX_DEPTH = 4;

/**
 * ACE's product client held by an expression: `ace` for `addon.httpClient(req)` and `req.context.http`,
 * or `fn:index` for a parameter of the module's function `fn`, which holds one when its callers pass
 * one (`saveToken(req.context.http, ...)`), `Class.constructor:index` for a member the constructor is handed
 * (`constructor(private http)`, `this.http = http`), `call:fn` for what the app's function `fn` returns
 * (`clientFor(addon, req)`), which is one when that function returns one, as the scan works out. `asUser`
 * when it acts as a user.
 */
export interface AceClient {
  client: string;
  asUser: boolean;
}

/**
 * A request through ACE's product client: `httpClient.get(options, callback)`,
 * `req.context.http.asUserByAccountId(id).put(...)`. `ref` is what the callee refers to. Through a
 * parameter, only a call made as a request is one: to a path or URL, the callers' or one it names, and
 * not a route of a router (`app.get('/x', handler)`).
 */
export function aceRequest(scope: Scope, call: Node, ref: Ref): (AceClient & { method: HttpMethod }) | null {
  const node = unwrap(call.callee);
  const name = node.type === 'MemberExpression' ? propertyName(node.property, node.computed) : null;
  if (name === null || !Object.hasOwn(METHODS, name)) return null;
  const client = aceClient(scope, node.object, ref, ref.steps.length - 1);
  if (!client || (client.client !== 'ace' && (!madeAsRequest(scope, call.arguments[0]) || isRegistrar(node, ref)))) return null;
  return { ...client, method: METHODS[name]! };
}

function madeAsRequest(scope: Scope, first: Node | undefined): boolean {
  if (!first) return false;
  const options = scope.object(first) ?? optionsMade(scope, first);
  if (options) return objectProperty(options, 'url') !== null || objectProperty(options, 'uri') !== null;
  if (scope.paramOf(first) !== null) return true;
  // A path of the product's or a URL, also as each value it may take (`id ? \`/rest/api/user?accountId=${id}\` : '/rest/api/user/anonymous'`).
  return scope.strAlternatives(first).some((t) => t !== null && (t.startsWith('/') || /^https?:\/\//.test(t)));
}

/** The object literal a call of the module's own function returns (`optionsFor(url)`), null for anything else. */
export function optionsMade(scope: Scope, arg: Node | undefined): Node | null {
  const node = arg ? unwrap(arg) : null;
  const callee = node?.type === 'CallExpression' ? unwrap(node.callee) : null;
  const local = callee?.type === 'Identifier' ? scope.lookup(callee.name) : undefined;
  const fn = local?.init ?? local?.declaration;
  return fn && isFunction(unwrap(fn)) ? returnedObject(scope, unwrap(fn)) : null;
}

/** Whether a call by this name may give ACE's product client: `addon.httpClient(req)`, `httpClient.asUser(key)`. */
export function givesAceClient(name: string): boolean {
  return name === 'httpClient' || IMPERSONATION.has(name);
}

/** The ACE client an expression holds, what it refers to being the first `end` steps of `ref` (all of `scope.ref(expr)` by default). */
export function aceClient(scope: Scope, expr: Node, ref: Ref, end = ref.steps.length): AceClient | null {
  const { steps } = ref;
  let n = end;
  while (n > 0 && steps[n - 1]!.call && IMPERSONATION.has(steps[n - 1]!.name)) n--;
  const asUser = n < end;
  const last = steps[n - 1];
  const before = steps[n - 2];
  if (last?.name === 'httpClient' && last.call) return { client: 'ace', asUser };
  if (last?.name === 'http' && !last.call && before?.name === 'context' && !before.call && ref.root === 'unknown') return { client: 'ace', asUser };
  // `this.http.get(...)` in a class whose constructor is handed the client.
  if (n === 1 && !last!.call && ref.root === 'unknown' && ref.name === 'this' && scope.currentClass !== null) {
    const at = scope.handedMembers.get(last!.name) ?? -1;
    return at >= 0 ? { client: `${scope.currentClass}.constructor:${at}`, asUser } : null;
  }
  const factory = factoryOf(scope, expr);
  if (factory) return { client: `call:${factory}`, asUser };
  if (n > 0 || ref.root !== 'unknown') return null;
  const param = paramOf(scope, expr, 0);
  return param ? { client: param.param, asUser: asUser || param.asUser } : null;
}

/** Before a value another module exports, as `clientCalls` write it (`value:./api#default`); `call:` is before a function's result. */
export const VALUE = 'value:';

/** The app's function whose result an expression is, itself or acting as a user, through local names: `./client#clientFor`. */
export function factoryOf(scope: Scope, expr: Node): string | null {
  const call = factoryCall(scope, expr);
  return call ? scope.appFunction(call.callee) : null;
}

/** The call whose result an expression is (`getAuth(req)`, also through a name it is bound to), or null. */
export function factoryCall(scope: Scope, expr: Node, depth = 0): Node | null {
  const node = asItself(expr);
  if (node.type === 'CallExpression') return node;
  if (node.type !== 'Identifier' || depth >= MAX_DEPTH) return null;
  const init = scope.lookup(node.name)?.init;
  return init ? factoryCall(scope, init, depth + 1) : null;
}

/**
 * The ACE product client a function's return value is, made there: `return addon.httpClient(req)` (`app`), also
 * acting as a user (`user`: `addon.httpClient(req).asUserByAccountId(id)`), or a name given only such clients
 * (`let client = addon.httpClient(req); if (!client) client = addon.httpClient(req.context)`); null for another value.
 */
export function givesClient(scope: Scope, value: Node): 'app' | 'user' | null {
  const node = unwrap(value);
  const binding = node.type === 'Identifier' ? scope.lookup(node.name) : undefined;
  const given = (binding ? (binding.init ? [binding.init] : binding.values ?? []) : [node]).map((v) => aceClient(scope, v, scope.ref(v)));
  if (given.length === 0 || !given.every((c) => c?.client === 'ace')) return null;
  return given.every((c) => c!.asUser) ? 'user' : 'app';
}

/** Whether a value is the client `name` holds, acting as a user: `httpClient.asUserByAccountId(id)`. */
export function actsAsUser(value: Node, name: string): boolean {
  const node = unwrap(value);
  if (node.type !== 'CallExpression' || unwrap(node.callee).type !== 'MemberExpression') return false;
  const callee = unwrap(node.callee);
  const object = unwrap(callee.object);
  return IMPERSONATION.has(propertyName(callee.property, callee.computed) ?? '') && object.type === 'Identifier' && object.name === name;
}

/** The client a request is made through, without acting as a user: `httpClient` of `httpClient.asUser(key).get(...)`. */
export function clientOf(call: Node): Node {
  return asItself(unwrap(call.callee).object);
}

function asItself(expr: Node): Node {
  let node = unwrap(expr);
  while (node.type === 'CallExpression' && unwrap(node.callee).type === 'MemberExpression' && IMPERSONATION.has(propertyName(unwrap(node.callee).property) ?? '')) {
    node = unwrap(unwrap(node.callee).object);
  }
  return node;
}

/** The parameter of the module's function an expression is, itself or acting as a user (`httpClient.asUser(key)`), through local names. */
function paramOf(scope: Scope, expr: Node, depth: number): { param: string; asUser: boolean } | null {
  const node = asItself(expr);
  if (node.type !== 'Identifier') return null;
  const binding = scope.lookup(node.name);
  if (binding?.param) return { param: binding.param, asUser: binding.asUser === true };
  return binding?.init && depth < MAX_DEPTH ? paramOf(scope, binding.init, depth + 1) : null;
}

/**
 * What a call of ACE's settings store does (`addon.settings.set(key, value, clientKey)`), or null when
 * the call is none. `ref` is what the callee refers to.
 */
export function settingsOp(callee: Node, ref: Ref): StorageOp['op'] | null {
  const node = unwrap(callee);
  const name = node.type === 'MemberExpression' ? propertyName(node.property, node.computed) : null;
  const store = node.type === 'MemberExpression' ? unwrap(node.object) : null;
  if (name === null || !Object.hasOwn(SETTINGS, name) || store?.type !== 'MemberExpression' || propertyName(store.property, store.computed) !== 'settings') return null;
  return isAddon(unwrap(store.object), ref.steps.slice(0, -2), ref) ? SETTINGS[name]! : null;
}

/** `addon`, `this.addon`, `jiraAddon`, or what atlassian-connect-express's export makes (`ace(app)`); `steps` lead to it. */
function isAddon(node: Node, steps: Ref['steps'], ref: Ref): boolean {
  if (ref.root === 'import' && ref.module === 'atlassian-connect-express') return steps.length > 0 && steps.every((s) => s.name === '' && s.call);
  const name = node.type === 'Identifier' ? node.name : node.type === 'MemberExpression' ? propertyName(node.property, node.computed) : null;
  const w = name ? words(name) : [];
  return ADDON_NAMES.has(w[w.length - 1] ?? '');
}

/** The `api` of that write, by which the scan knows an app makes its add-on. */
export const INSTALLATION_API = 'atlassian-connect-express installed';

/**
 * The write of each installation's details (its shared secret among them) to the settings store that
 * making the add-on (`ace(app)`) sets up, when `ref` is that call; null otherwise.
 */
export function installationStore(ref: Ref): Omit<StorageOp, 'evidence'> | null {
  if (ref.root !== 'import' || ref.module !== 'atlassian-connect-express' || ref.steps.length !== 1 || ref.steps[0]!.name !== '' || !ref.steps[0]!.call) return null;
  return { backend: 'external-db', op: 'write', key: ace.installation.key, api: INSTALLATION_API, carries: ace.installation.carries as DataKind[], boundColumns: INSTALLATION_FIELDS, boundKinds: INSTALLATION_KINDS };
}

/** Whether a field of the installation's details is one of its identifiers or addresses (`clientKey`, `baseUrl`), no secret. */
export function isInstallationId(name: string): boolean {
  const kinds = (ace.installation.fields as Record<string, string[]>)[name];
  return kinds !== undefined && kinds.length === 1 && kinds[0] === 'other';
}

/** The fields of the installation's details, and what each holds, for a read of some of them (`clientInfo.baseUrl`). */
const INSTALLATION_FIELDS = Object.keys(ace.installation.fields);
const INSTALLATION_KINDS = Object.values(ace.installation.fields) as DataKind[][];
