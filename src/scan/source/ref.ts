import { isFunction, propertyName, unwrap, type Node } from './ast.ts';
import { constantName } from './evaluate.ts';
import { MAX_DEPTH, onlyValue } from './flow.ts';
import { ANGULAR_HTTP_MODULE, CLIENTS, FETCH_MODULES } from './http-clients.ts';
import type { Scope } from './scope.ts';
import { EITHER_PRINCIPAL } from '../facts.ts';

export interface Step {
  name: string;
  /** The call that applied this step (`asUser()`), or null for a property read. */
  call: Node | null;
  /** For a method an HTTP client is given at run time (`axios[method](url)`, name `DYNAMIC`): the expression that names it. */
  computed?: Node;
}

/** What an expression refers to: an import, a global, or something local we cannot follow. */
export interface Ref {
  root: 'import' | 'global' | 'unknown';
  module: string | null;
  /** For globals: the global's name (`fetch`, `console`, `AP`). */
  name: string | null;
  /** For imports: the name imported (`default` for a default import or a whole `require()`, `*` for a namespace). */
  imported?: string;
  steps: Step[];
}

/** The Connect JavaScript API, the global `AP` of a Connect page. */
const CONNECT_AP: Ref = { root: 'global', module: null, name: 'AP', steps: [] };
/** AngularJS's `$http` service, which its injector hands the parameter of that name (`function ($scope, $http)`), an HTTP client like axios. */
const ANGULAR_HTTP: Ref = { root: 'import', module: ANGULAR_HTTP_MODULE, name: null, imported: 'default', steps: [] };

/** The name of a step whose property is computed at run time (`http[method]`), see `Step.computed`. */
export const DYNAMIC = '[]';

const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self', 'global']);
/** More links than any client chain in real code (`knex('t').where(...).andWhere(...)...` runs to dozens). */
const MAX_LINKS = 64;

/** A global (`fetch`, `AP`), or the module's export the runtime gives under that name (`api` of Forge's legacy runtime). */
function globalRef(scope: Scope, name: string): Ref {
  const given = scope.mod.globals?.get(name);
  return given ? { root: 'import', module: given.module, name: null, imported: given.imported, steps: [] } : { root: 'global', module: null, name, steps: [] };
}

/** Follows an expression to what it refers to. */
export function followRef(scope: Scope, expr: Node, depth = 0, links = 0): Ref {
  const node = unwrap(expr);
  // `links` counts the members, calls and `new`s walked down a chain: no real client is reached through hundreds.
  if (depth > MAX_DEPTH || links > MAX_LINKS) return unknownRef();
  switch (node.type) {
    case 'Identifier': {
      const local = scope.lookup(node.name);
      if (local) {
        if (local.init) return followRef(scope, local.init, depth + 1);
        // `function Panel({ AP, issueKey })`: the Connect JavaScript API a parent component hands down.
        if (node.name === 'AP' && !local.values?.length) return CONNECT_AP;
        if (node.name === ANGULAR_HTTP_MODULE && !local.values?.length) return ANGULAR_HTTP;
        // `let client = null; ... client = new OpenAI()`: the one value it is ever given.
        const given = local.values?.length ? onlyValue(local.values) : null;
        return given ? followRef(scope, given, depth + 1) : unknownRef();
      }
      const imported = scope.mod.imports.get(node.name);
      if (imported) {
        const steps = imported.imported === 'default' || imported.imported === '*' ? [] : [{ name: imported.imported, call: null }];
        return { root: 'import', module: imported.module, name: null, imported: imported.imported, steps };
      }
      return globalRef(scope, node.name);
    }
    case 'ThisExpression':
      return { root: 'unknown', module: null, name: 'this', steps: [] };
    case 'MemberExpression': {
      // `api.asApp()[fn]` with `const fn = 'requestJira'`: the constant names the property.
      const name = propertyName(node.property, node.computed) ?? (node.computed ? constantName(scope, node.property, depth) : null);
      // `props.AP.request(...)`, `api.AP`: the Connect JavaScript API handed to a component or kept on an object.
      if (name === 'AP' && (unwrap(node.object).type === 'ThisExpression' || followRef(scope, node.object, depth, links + 1).root !== 'import')) return CONNECT_AP;
      const member = name !== null && unwrap(node.object).type === 'ThisExpression' ? scope.members.get(name) : undefined;
      // `this.fetchFn = options.fetchImpl ?? fetch`: followed only when the default tells what it is.
      const held = member ? followRef(scope, member, depth + 1) : null;
      if (member && (unwrap(member).type !== 'LogicalExpression' || held!.root !== 'unknown')) return held!;
      const typed = name !== null && unwrap(node.object).type === 'ThisExpression' ? instanceOf(scope, name) : null;
      if (typed) return typed;
      const base = followRef(scope, node.object, depth, links + 1);
      // `axios[method](url)`, `this.http[verb.toLowerCase()](path)`: a request whose method is chosen at run time.
      if (name === null && node.computed && base.root === 'import' && base.module !== null && (Object.hasOwn(CLIENTS, base.module) || isPrincipal(base))) {
        return { ...base, steps: [...base.steps, { name: DYNAMIC, call: null, computed: node.property }] };
      }
      if (name === null) return unknownRef();
      if (base.root === 'global' && base.steps.length === 0 && base.name && GLOBAL_OBJECTS.has(base.name)) return globalRef(scope, name);
      // `import api from '@forge/api'` and `api.default` are the same object.
      if (base.root === 'import' && base.steps.length === 0 && name === 'default') return base;
      return { ...base, steps: [...base.steps, { name, call: null }] };
    }
    case 'CallExpression': {
      const callee = unwrap(node.callee);
      if (callee.type === 'Identifier' && callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
        return { root: 'import', module: String(node.arguments[0].value), name: null, imported: 'default', steps: [] };
      }
      // `const entity = () => kvs.entity('x')` called as `entity().set(...)`: the client the function builds.
      const built = callee.type === 'Identifier' ? builtClient(scope, callee.name) : null;
      if (built) return followRef(scope, built, depth + 1);
      // `function getAuth(request) { if (...) return asApp(); return asUser(); }` called as `getAuth(req).requestJira(...)`.
      const principal = callee.type === 'Identifier' ? principalReturned(scope, callee.name, depth) : null;
      if (principal) return withCall(principal, node);
      const base = followRef(scope, callee, depth, links + 1);
      return withCall(base, node);
    }
    // `process.env.TOKEN ? Mixpanel.init(...) : null`, `enabled && new PostHog(...)`: the client, when there is one.
    case 'ConditionalExpression': {
      const only = onlyValue([node.consequent, node.alternate]);
      // `asUser ? api.asUser() : api.asApp()`: the same client either way, as one principal or the other.
      return only ? followRef(scope, only, depth + 1) : eitherPrincipal(followRef(scope, node.consequent, depth + 1), followRef(scope, node.alternate, depth + 1));
    }
    case 'LogicalExpression': {
      if (node.operator === '&&') return followRef(scope, node.right, depth + 1);
      // `this.fetchFn = options.fetchImpl ?? fetch` of a constructor: a fetch function handed in, global fetch or node-fetch by default.
      // One a parameter of the function holds is the callers' to choose (see `fetchOrGlobal`).
      const fallback = followRef(scope, node.right, depth + 1);
      return isFetchRef(fallback) && !paramHeld(scope, node.left) && followRef(scope, node.left, depth + 1).root !== 'import' ? fallback : unknownRef();
    }
    case 'NewExpression': {
      const base = followRef(scope, node.callee, depth, links + 1);
      return { ...base, steps: [...base.steps, { name: 'new', call: node }] };
    }
    case 'ImportExpression':
      return node.source?.type === 'Literal'
        ? { root: 'import', module: String(node.source.value), name: null, imported: 'default', steps: [] }
        : unknownRef();
    default:
      return unknownRef();
  }
}

/** `fetcher`, `options.fetchImpl`: a parameter of the function being walked, or a field of one. */
function paramHeld(scope: Scope, expr: Node): boolean {
  let node = unwrap(expr);
  while (node.type === 'MemberExpression') node = unwrap(node.object);
  const b = node.type === 'Identifier' ? scope.lookup(node.name) : undefined;
  return Boolean(b?.param ?? b?.paramKey);
}

/** Global fetch (also `globalThis.fetch`) or a fetch package's function (`import fetch from 'node-fetch'`), not called yet. */
function isFetchRef(ref: Ref): boolean {
  if (ref.root === 'global') return ref.name === 'fetch' && ref.steps.length === 0;
  return ref.root === 'import' && ref.module !== null && FETCH_MODULES.has(ref.module) && ref.steps.every((s) => s.call === null && s.name === 'fetch');
}

/**
 * `this.redis` of a class handed it as `constructor(private readonly redis: Redis)` with `Redis` a package's class
 * (`import Redis from 'ioredis'`, also as a type): an instance of that class, as `new Redis()` gives.
 */
function instanceOf(scope: Scope, member: string): Ref | null {
  const type = scope.memberTypes.get(member);
  const imported = type ? scope.mod.imports.get(type) ?? scope.mod.typeImports.get(type) : undefined;
  if (!imported || scope.isAppModule(imported.module)) return null;
  const steps: Step[] = imported.imported === 'default' || imported.imported === '*' ? [] : [{ name: imported.imported, call: null }];
  return { root: 'import', module: imported.module, name: null, imported: imported.imported, steps: [...steps, { name: 'new', call: null }] };
}

/**
 * What a module function returns when that is one call (`() => kvs.entity('x')`, `function db() { return getClient(); }`,
 * `(token) => new Octokit({ auth: token })`), a member of a module it imports (`async () => (await import('@forge/kvs')).kvs`)
 * or, taking nothing, an import (`() => storage`). Its parameters, read where it is called, are not known there: a function
 * whose parameter shares a name with something the caller sees is not followed.
 */
function builtClient(scope: Scope, name: string): Node | null {
  const binding = scope.lookup(name);
  if (!binding?.topFunction) return null;
  const fn = binding.init ? unwrap(binding.init) : binding.declaration;
  if (!fn || !isFunction(fn) || !(fn.params as Node[]).every((p) => unseenParam(scope, p))) return null;
  let body: Node | null = fn.body;
  while (body?.type === 'BlockStatement') {
    const only: Node | null = body.body.length === 1 ? body.body[0] : null;
    if (only === null) return (fn.params.length === 0 ? importReturned(scope, body) : null) ?? madeOnce(scope, body);
    // `try { ...; return client; } catch (err) { throw new Error(...); }`: what the try block hands back, when nothing else returns.
    body = only.type === 'ReturnStatement' ? only.argument : only.type === 'TryStatement' && onlyTryReturns(only) ? only.block : null;
  }
  const value = body ? unwrap(body) : null;
  if (!value) return null;
  // `const store = async () => (await import('@forge/kvs')).kvs`: a member of a module loaded on first use.
  const lazy = value.type === 'MemberExpression' && unwrap(value.object).type === 'ImportExpression';
  if (value.type === 'CallExpression' || value.type === 'NewExpression' || lazy) return value;
  // `function store() { return storage; }`, `const kv = () => kvs`: the imported client itself, handed back by a getter.
  return fn.params.length === 0 && importedRoot(scope, value) ? value : null;
}

/** Whether a `try` statement's catch and finally blocks return nothing (they throw, or log and go on). */
function onlyTryReturns(stmt: Node): boolean {
  const values: Node[] = [];
  if (stmt.handler) collectReturns(stmt.handler.body, values);
  if (stmt.finalizer) collectReturns(stmt.finalizer, values);
  return values.length === 0;
}

/**
 * The import a getter of several statements hands back from each of its returns, guards returning nothing aside
 * (`function sentry() { if (!ready) { Sentry.init(...); ready = true; } return Sentry; }`, `if (!dsn) return null; return Sentry;`).
 */
function importReturned(scope: Scope, body: Node): Node | null {
  if (getters.has(body)) return getters.get(body)!;
  getters.set(body, null);
  const found = importOfReturns(scope, body);
  getters.set(body, found);
  return found;
}

const getters = new WeakMap<Node, Node | null>();

function importOfReturns(scope: Scope, body: Node): Node | null {
  const values: Node[] = [];
  collectReturns(body, values);
  let found: Node | null = null;
  let path: string | null = null;
  for (const raw of values) {
    const value = unwrap(raw);
    if ((value.type === 'Literal' && value.value === null) || (value.type === 'Identifier' && value.name === 'undefined')) continue;
    const named = importedRoot(scope, value) ? memberPath(value) : null;
    if (named === null || (path !== null && named !== path)) return null;
    found ??= value;
    path = named;
  }
  return found;
}

/**
 * The client a getter makes once and keeps in a variable of the module, handed back from each return
 * (`if (!client) client = new Octokit({ auth: token }); return client;`): what the variable is ever given.
 */
function madeOnce(scope: Scope, body: Node): Node | null {
  if (kept.has(body)) return kept.get(body)!;
  const values: Node[] = [];
  collectReturns(body, values);
  let name: string | null = null;
  for (const raw of values) {
    const value = unwrap(raw);
    if (onlyValue([value]) === null) continue;
    if (value.type !== 'Identifier' || (name !== null && value.name !== name)) return null;
    name = value.name;
  }
  const held = name === null ? undefined : scope.moduleBinding(name);
  const given = held && !held.grown ? held.init ?? onlyValue(held.values ?? []) : null;
  const made = given && (unwrap(given).type === 'NewExpression' || unwrap(given).type === 'CallExpression') ? given : null;
  kept.set(body, made);
  return made;
}

const kept = new WeakMap<Node, Node | null>();

/** `Sentry`, `kvs.entity`: the names of a chain of plain member reads. */
function memberPath(node: Node): string | null {
  if (node.type === 'Identifier') return node.name;
  if (node.type !== 'MemberExpression' || node.computed) return null;
  const base = memberPath(unwrap(node.object));
  const name = propertyName(node.property);
  return base !== null && name !== null ? `${base}.${name}` : null;
}

/** `storage`, `kvs.entity`: an expression that reads an import the caller's scope does not shadow. */
function importedRoot(scope: Scope, expr: Node): boolean {
  let node = expr;
  while (node.type === 'MemberExpression' && !node.computed) node = unwrap(node.object);
  return node.type === 'Identifier' && scope.mod.imports.has(node.name) && !scope.lookup(node.name);
}

/** A parameter (`token`, `base = DEFAULT`, `{ apiKey, baseUrl }`) whose names the caller's scope does not bind. */
function unseenParam(scope: Scope, param: Node): boolean {
  const id = param.type === 'AssignmentPattern' ? param.left : param;
  if (id.type === 'ObjectPattern') return (id.properties as Node[]).every((p) => p.type === 'Property' && unseenParam(scope, p.value));
  return id.type === 'Identifier' && !scope.lookup(id.name);
}

const returnedPrincipals = new WeakMap<Node, Ref | null>();

/**
 * The `@forge/api` principal a module function returns from every `return` (`asApp()`, `api.asUser()`, one or the other
 * depending on its arguments), as a ref whose last call is the function's; null when any return is something else.
 */
function principalReturned(scope: Scope, name: string, depth: number): Ref | null {
  const binding = scope.lookup(name);
  if (!binding?.topFunction) return null;
  const fn = binding.init ? unwrap(binding.init) : binding.declaration;
  if (!fn || !isFunction(fn)) return null;
  if (returnedPrincipals.has(fn)) return returnedPrincipals.get(fn)!;
  returnedPrincipals.set(fn, null);
  const values: Node[] = [];
  if (fn.body.type === 'BlockStatement') collectReturns(fn.body, values);
  else values.push(fn.body);
  let out: Ref | null = null;
  for (const value of values) {
    const ref = followRef(scope, value, depth + 1);
    if (!isPrincipal(ref) || ref.steps.length > 1) { out = null; break; }
    if (out === null || refPath(ref) === refPath(out) || out.steps[0]!.name === EITHER_PRINCIPAL) out ??= ref;
    else out = eitherPrincipal(out, ref);
    if (out.root !== 'import') { out = null; break; }
  }
  const result = out ? { ...out, steps: out.steps.map((s) => ({ name: s.name, call: null })) } : null;
  returnedPrincipals.set(fn, result);
  return result;
}

/** The values of a function body's `return` statements, not those of the functions it holds; an empty return counts as `undefined`. */
function collectReturns(node: Node, out: Node[]): void {
  switch (node.type) {
    case 'ReturnStatement':
      out.push(node.argument ?? { type: 'Identifier', name: 'undefined' });
      return;
    case 'BlockStatement':
      for (const s of node.body as Node[]) collectReturns(s, out);
      return;
    case 'IfStatement':
      collectReturns(node.consequent, out);
      if (node.alternate) collectReturns(node.alternate, out);
      return;
    case 'TryStatement':
      collectReturns(node.block, out);
      if (node.handler) collectReturns(node.handler.body, out);
      if (node.finalizer) collectReturns(node.finalizer, out);
      return;
    case 'SwitchStatement':
      for (const c of node.cases as Node[]) for (const s of c.consequent as Node[]) collectReturns(s, out);
      return;
    default:
  }
}

const PRINCIPALS = new Set(['asUser', 'asApp']);

/** The principal a ref is (`asApp()`, `api.asUser()`, `asUser|asApp` for one or the other), or null when it is not one. */
export function principalOf(ref: Ref): 'asApp' | 'asUser' | 'either' | null {
  if (!isPrincipal(ref) || ref.steps.length > 1) return null;
  const name = ref.steps[0]!.name;
  return name === 'asApp' || name === 'asUser' ? name : 'either';
}

/** `api.asUser()`, `api.asApp()` of `@forge/api`: every method of what it returns is a product request. */
function isPrincipal(ref: Ref): boolean {
  const last = ref.steps[ref.steps.length - 1];
  return ref.module === '@forge/api' && last?.call != null && (PRINCIPALS.has(last.name) || last.name === EITHER_PRINCIPAL);
}

/** The client two refs name when they differ only in the principal they act as (`api.asUser()`, `api.asApp()`); else an unknown ref. */
function eitherPrincipal(a: Ref, b: Ref): Ref {
  // `asApp()` and `asUser()` imported by name are two imports of the module; `api.asApp()` and `api.asUser()` two steps of one.
  const imported = a.imported === b.imported ? a.imported : PRINCIPALS.has(a.imported ?? '') && PRINCIPALS.has(b.imported ?? '') ? EITHER_PRINCIPAL : null;
  if (a.root !== 'import' || b.root !== 'import' || a.module !== b.module || imported === null || a.steps.length !== b.steps.length) return unknownRef();
  let differs = false;
  const steps = a.steps.map((step, i) => {
    const other = b.steps[i]!;
    if (step.name === other.name) return step;
    differs = true;
    return PRINCIPALS.has(step.name) && PRINCIPALS.has(other.name) ? { name: EITHER_PRINCIPAL, call: step.call } : null;
  });
  if (!differs || !steps.every((s) => s !== null)) return unknownRef();
  return imported === undefined ? { ...a, steps: steps as Step[] } : { ...a, imported, steps: steps as Step[] };
}

function unknownRef(): Ref {
  return { root: 'unknown', module: null, name: null, steps: [] };
}

export function withCall(base: Ref, call: Node): Ref {
  if (base.steps.length === 0) return { ...base, steps: [{ name: '', call }] };
  const steps = base.steps.slice();
  const last = steps[steps.length - 1]!;
  steps[steps.length - 1] = last.call ? last : { ...last, call };
  if (last.call) steps.push({ name: '', call });
  return { ...base, steps };
}

/** Renders a `Ref` as `asUser().requestJira()` for matching. */
export function refPath(ref: Ref): string {
  let out = '';
  for (const s of ref.steps) {
    if (out !== '' && s.name !== '') out += '.';
    out += s.call ? `${s.name}()` : s.name;
  }
  return out;
}

