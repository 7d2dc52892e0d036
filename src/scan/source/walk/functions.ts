import { propertyName, pushChildren, unwrap, type Node } from '../ast.ts';
import { givesClient } from '../ace-client.ts';
import { moduleOfAp } from '../connect-js.ts';
import type { FunctionInfo } from '../file-facts.ts';
import { addAll, type Flow } from '../flow.ts';
import { assignedMemberName, localName, methodName, topLevelName, typeName } from '../functions-named.ts';
import { queriedBy } from '../iterations.ts';
import { givesJwtSubject, shapeOf } from '../forge-shapes.ts';
import { submitsForm } from '../typed-state.ts';
import { literalFields } from '../kinds.ts';
import { isNeutralName } from '../names.ts';
import { routeParams } from '../nest-routes.ts';
import { pluginInstanceType } from '../registrars.ts';
import { principalOf } from '../ref.ts';
import { clientChoice } from '../principal-choice.ts';
import { givenClient, typedClient } from '../detectors/param-clients.ts';
import { isDenoKvType, OPENED_KV } from '../detectors/deno-kv.ts';
import { calledMethod } from '../call-args.ts';
import { catchesChainSecret, interceptsSecret, mergeSent, unhandledSecret } from '../request-errors.ts';
import { recordAnswer, recordReturnAnswer } from '../front-end-answers.ts';
import { returnedAnswer } from '../route-answers.ts';
import { CALLED, NOT_REQUEST, SPREAD, partOf } from '../string-marks.ts';
import { isAboutMark } from '../metadata-answers.ts';
import { RESULT_CALLBACKS, holdsItem, initialises, requestOf, shapeAt, takesItems } from './callbacks.ts';
import { bindItems } from '../dispatch.ts';
import { bindItemFields } from '../item-fields.ts';
import type { CallbackParams, Walk } from './state.ts';
import { walkLater } from './state-order.ts';
import { handedArrow } from './handed-functions.ts';
import { wrappersOf } from '../exports.ts';

/** Whether the module's function `name` is exported as `exported` only by a call of one of the app's functions (`withContext(handler)`). */
function wrappedByApp(w: Walk, name: string, exported: string): boolean {
  const calls = wrappersOf(w.program, name).filter((c) => c.exported === exported);
  return calls.length > 0 && calls.every((c) => c.call.type === 'CallExpression' && w.scope.appFunction(c.call.callee) !== null) && (w.exportsOf.get(name) ?? []).filter((e) => e === exported).length === calls.length;
}

/** How many of what a handler is called with a wrapper the scan cannot read passes on: the request and the response or context. */
const WRAPPER_PASSES = 2;

/** Walks a function: its parameters bound to what they receive, its body, and what it returns recorded on the module's function it is. */
export function enterFunction(w: Walk, node: Node, parent: Node | null, given: CallbackParams): void {
  const { ctx, scope } = w;
  const assigned = parent?.type === 'AssignmentExpression' && !ctx.fn ? assignedMemberName(node, parent, w.program) : null;
  const top = topLevelName(node, parent, w.program) ?? methodName(node, parent, scope.currentClass, w.members) ?? assigned;
  // The function a wrapper is given where a top-level constant is declared runs as the constant: it receives what the constant does,
  // unless the wrapper is the app's, which hands it what it passes (`export default withContext(async (req, res, ctx) => ...)`).
  const wrapped = top !== null && parent?.type === 'CallExpression';
  const callback = wrapped && handedArrow(node) === undefined ? null : given ?? w.optionCallbacks.get(node) ?? null;
  const outer = ctx.fn;
  const outerLocal = ctx.local ?? null;
  const egressFrom = ctx.facts.egress.length;
  // A `throw` in a function the `try` block declares is no throw of the block.
  const outerThrown = w.thrownKinds;
  w.thrownKinds = null;
  let info: FunctionInfo | null = null;
  if (top && !ctx.fn) {
    // A method is exported with its class: `JiraService.getIssue`, `default.getIssue`.
    const cls = scope.currentClass;
    const exports = cls && top.startsWith(`${cls}.`)
      ? [...(w.exportsOf.get(cls) ?? []), ...(w.instances.get(cls) ?? [])].map((e) => e + top.slice(cls.length))
      : top === assigned
        // `module.exports = helper`: `helper.getConfig` is exported as `default.getConfig`.
        ? (w.exportsOf.get(top.slice(0, top.indexOf('.'))) ?? []).map((e) => e + top.slice(top.indexOf('.')))
        : w.exportsOf.get(top) ?? [];
    info = {
      name: top, exports, calls: [], reports: false, returns: [],
      evidence: ctx.evidence(node), endLine: w.mod.lines.lineOf(node.end),
    };
    ctx.facts.functions.push(info);
    ctx.fn = info;
    w.thrown = null;
    w.caught = null;
    if (w.unreferenced.has(node)) w.neverRun.add(info);
  }
  // A function the top-level one declares or builds an object of (`const request = (path) => ...`, `{ get: (p) => ... }`):
  // its parameters' values come from the calls of that name (`request(route\`...\`)`, `client.get('/x')`).
  const local = !info && ctx.fn ? declaredLocal(w, node, parent, localName(node, parent, ctx.fn.name)) : null;
  if (node.type === 'FunctionDeclaration' && node.id && parent?.type !== 'Program' && parent?.type !== 'ExportNamedDeclaration' && parent?.type !== 'ExportDefaultDeclaration') {
    scope.bind(node.id.name, null, ['other']);
    if (local) {
      scope.lookup(node.id.name)!.local = local;
      w.localDeclarations.set(scope.lookup(node.id.name)!, node);
    }
  }
  // `withGithub(async (octokit) => ...)`: an arrow handed to one of the app's functions, whose parameters hold what that one hands them.
  const handedAs = !info && !local && callback !== null ? handedArrow(node) : undefined;
  if (local) w.localReturns.set(node, new Set());
  if (local || info) ctx.local = local;
  scope.push();
  // Handlers receive data from users and products: resolver requests, web trigger and event payloads,
  // HTTP requests. Whether an exported function is a handler is for the manifest to say.
  const exported = info?.exports[0];
  // `async function handler(req, res, ctx)` exported only as `withContext(handler)`: the app's wrapper gets the request and hands
  // the function what it passes (`param:handler:2`), not the request in every parameter.
  const throughApp = info !== null && !callback && info.exports.length > 0 && info.exports.every((e) => wrappedByApp(w, info!.name, e));
  // A function of the module that is not exported may still be handed to a registrar by name (`#name`);
  // its parameters also hold what its callers pass (`param:name:i`).
  // A function the module's function returns (`return (req, res) => ...`) handles requests when that function's result is handed to a registrar.
  const returned = !info && !callback && outer && w.returns.length === 1 && returnedBy(node, parent) ? `handler:${outer.exports[0] ?? `#${outer.name}`}` as const : null;
  // A NestJS route method: its `@Body()`, `@Req()`... parameters hold the request.
  const routed = w.controller !== undefined && parent?.type === 'MethodDefinition' ? routeParams(scope, parent, w.controller) : null;
  const request = requestOf(callback);
  // What users filled in a form (`handleSubmit((data) => ...)`, `<Form onSubmit={save}>`) is End-User Data they send.
  const named = node.id?.type === 'Identifier' ? node.id.name : parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier' ? parent.id.name : null;
  const submitted = !callback && node.params.length > 0 && submitsForm(w.program, w.mod.text, node, named);
  // A function the top-level one declares (`function walk(node) { ... }`): its parameters hold what the top-level function hands it.
  const passed = local && !callback && !returned && named !== null && node.params.length > 0 ? localArgs(w, node, named) : null;
  // `rows.map((row) => ...)`: the array method the function is handed to, whose items its parameters may receive.
  const onItems = node.params.length > 0 && parent?.type === 'CallExpression' && parent.arguments[0] === node && parent.callee.type === 'MemberExpression' ? calledMethod(parent) : null;
  // `app.use((err, req, res, next) => ...)`: Express's error-handling middleware, handed what a request holds, gets the error first.
  const errorFirst = node.params.length === 4 && callback !== null && callback[0]!.includes('resolver-payload') && !(onItems !== null && takesItems(onItems));
  // Where Express hands a function of the app the request, should it answer a route: first, second in an error handler's four.
  const requestAt = node.params.length === 4 ? 1 : 0;
  (node.params as Node[]).forEach((param, i) => {
    // A library's wrapper (`withApiAuthRequired(async (req, res) => ...)`) passes on the request and what comes with it; what else it
    // hands the function is not known.
    const beyond = wrapped && !callback && i >= WRAPPER_PASSES;
    const kinds = new Set<Flow>(callback ? (i === 0 && errorFirst ? ['other'] : callback[Math.min(errorFirst ? i - 1 : i, callback.length - 1)]!) : info ? [beyond ? 'other' : throughApp ? `param:${info.name}:${i}` : `handler:${exported ?? `#${info.name}`}${i === requestAt ? '' : NOT_REQUEST}`, `param:${info.name}:${i}`] : returned ? [`${returned}${i === requestAt ? '' : NOT_REQUEST}()`] : passed?.[i] ?? ['other']);
    for (const flow of routed?.[i] ?? []) kinds.add(flow);
    // A function the top-level one declares or returns (`return { async setWord(text) { ... } }`): also what callers elsewhere pass.
    if (local && !callback) kinds.add(`param:${local}:${i}`);
    if (i === 0 && submitted) kinds.add('resolver-payload');
    const pattern = param.type === 'TSParameterProperty' ? param.parameter : param;
    if (info && pattern.type === 'RestElement') info.rest = i;
    const by = w.resolvedBy.get(node);
    const resolvedBy = by !== undefined && i === (by.type === 'CallExpression' && givesJwtSubject(scope, by) ? 1 : 0) ? by : null;
    // `view.getContext().then((ctx) => ...)`: `ctx` is Forge's context, whose fields hold what `forge-context.json` says.
    scope.bindPattern(pattern, resolvedBy, kinds, request ?? shapeAt(callback, i) ?? (resolvedBy ? shapeOf(scope, resolvedBy) : null));
    // `getRepo(client: RepoClient, ...)`: `client.get(...)` is that class's method, when the class is the app's (see `appFunction`).
    // `fp(async (app) => ...)` of fastify-plugin: `app` is the Fastify instance.
    const typed = pattern.type === 'Identifier' ? (pattern.typeAnnotation ? typeName(pattern) : i === 0 ? pluginInstanceType(w.mod.imports, node, parent) : null) : null;
    if (typed !== null) scope.lookup(pattern.name)!.typed = typed;
    // `async function save(kv: Deno.Kv, ...)`: the store Deno opens, whoever the callers are.
    if (pattern.type === 'Identifier' && pattern.typeAnnotation && isDenoKvType(pattern.typeAnnotation.typeAnnotation)) Object.assign(scope.lookup(pattern.name)!, { init: OPENED_KV, values: [OPENED_KV] });
    // `integrations.map(({ createTask }) => ...)`: an item of an array of objects of functions.
    if (i === 0 && onItems !== null && takesItems(onItems)) bindItems(scope, pattern, parent!.callee.object);
    // `rows.map((row) => row.count)`, `rows.reduce((sum, { count }) => ...)`: an item of an array of pushed object literals.
    if (onItems !== null && holdsItem(onItems, i)) bindItemFields(scope, pattern, parent!.callee.object);
    const resolved = i === 0 && pattern.type === 'Identifier' ? scope.promiseValues.get(node) : undefined;
    if (resolved) scope.lookup(pattern.name)!.resolves = resolved;
    const apModule = (w.apModules.get(node) ?? (node.type === 'FunctionDeclaration' && node.id ? w.apModules.get(node.id.name) : undefined))?.[i];
    if (apModule && pattern.type === 'Identifier') Object.assign(scope.lookup(pattern.name)!, { init: moduleOfAp(apModule), values: [moduleOfAp(apModule)] });
    const sdkObject = i === 0 && pattern.type === 'Identifier' && w.sdkScopes.size > 0 ? w.sdkScopes.get(node) : undefined;
    if (sdkObject) Object.assign(scope.lookup(pattern.name)!, { init: sdkObject, values: [sdkObject] });
    // `transport = requestJira`, `fetchImpl = fetch`: a package's function (or `fetch`) the parameter holds when callers leave it out.
    const fallback = pattern.type === 'AssignmentPattern' && pattern.left.type === 'Identifier' ? defaultClient(w, pattern.right) : null;
    if (fallback) Object.assign(scope.lookup(pattern.left.name)!, { values: [fallback] });
    // `client = api.asApp()`: who requests through the parameter act as when a caller leaves it out (see `settleHandedClients`).
    if (info && pattern.type === 'AssignmentPattern' && unwrap(pattern.right).type === 'CallExpression') principalDefault(w, info, pattern.right, i);
    // A plain parameter's string value comes from its callers (`jiraGet('/rest/api/3/myself')`); a default stands in when they leave it out.
    if (info) markParam(w, info, pattern, String(i));
    else if (local) markParam(w, { name: local }, pattern, String(i));
    else if (handedAs !== undefined) markParam(w, { name: handedAs }, pattern, String(i));
    // `axios.get(url, { headers }).catch((e) => ...)`: the error of a request that sent a secret holds it.
    if (i === 0 && onItems === 'catch' && pattern.type === 'Identifier') catchesChainSecret(w.ctx, parent!, pattern);
    // `api.interceptors.request.use((config) => ..., (error) => ...)`: what an instance made with a secret hands its interceptors holds it.
    else if (i === 0 && pattern.type === 'Identifier' && parent?.type === 'CallExpression' && calledMethod(parent) === 'use') interceptsSecret(w.ctx, parent, node, pattern);
  });
  // `addon.on('host_settings_saved', function () { log(arguments) })`: a function's `arguments` holds all it is handed.
  if (callback !== null && node.type !== 'ArrowFunctionExpression') scope.bindPattern({ type: 'Identifier', name: 'arguments', start: node.start, end: node.start } as Node, null, new Set(callback.flat()), null);
  const each = w.queriedItems.get(node);
  if (each && node.params[0]) queriedBy(scope, node.params[0], each);
  w.returns.push(node);
  // A resolver function's callback (`resolver.define('save', async (req) => ...)`): what it returns goes back to the front end.
  const defined = request?.startsWith('request:') ? request.slice(8) : null;
  const handed = parent?.type === 'CallExpression' && (parent.arguments as Node[]).includes(node);
  const result = defined !== null || (handed && (RESULT_CALLBACKS.has(calledMethod(parent)) || initialises(parent, node))) ? new Set<Flow>() : null;
  if (result) scope.callbackResults.set(node, result);
  if (defined !== null) {
    w.answerFields.set(node, {});
    w.answering.set(node, defined);
  }
  // A list a resolver function (or a top-level one) returns: its items' fields (see `Walk.itemFields`).
  const items = defined === null && handed && (w.answering.size > 0 || w.returns.length === 2) && calledMethod(parent!) === 'map';
  if (items) w.answerFields.set(node, {});
  const idle = !info && outer !== null && idleLocal(w, node, parent);
  if (idle) w.idleDepth++;
  if (node.body) {
    if (ctx.fn && node.body.type === 'BlockStatement') hoistDeclarations(w, node.body, ctx.fn.name);
    w.visit(node.body, node, null);
    if (w.later.size > 0) walkLater(w, node);
    if (node.body.type !== 'BlockStatement') {
      if (info && w.returns.length === 1) recordReturn(w, info, node.body);
      if (result) for (const k of scope.kinds(node.body)) result.add(k);
      if (defined !== null) recordAnswer(ctx, defined, node.body);
      returnedAnswer(ctx, node, node.body);
      answerField(w, node, node.body);
      if (local) addAll(w.localReturns.get(node)!, scope.kinds(node.body));
    }
  }
  if (idle) w.idleDepth--;
  w.returns.pop();
  if (info) throwsOn(w, info, egressFrom);
  if (info) info.returns = [...new Set(info.returns)];
  if (info && notPrincipal.has(info)) delete info.principal;
  if (info) keepMade(info);
  const answer = w.answerFields.get(node);
  w.answerFields.delete(node);
  if (items && answer) w.itemFields.set(node, answer);
  w.answering.delete(node);
  if (defined !== null && result) ctx.facts.resolverReturns.push({ name: defined, flows: [...result], ...(answer ? { fields: answer } : {}) });
  scope.pop();
  ctx.fn = outer;
  ctx.local = outerLocal;
  w.thrownKinds = outerThrown;
}

/**
 * `function render(page) { ... }` declared in a function after the callbacks that call it: JavaScript hoists the
 * declaration, so those calls hand it their arguments (see `localFunction`) as the calls after it do.
 */
/**
 * A function another one declares (`function render() {}`, `const load = async () => {}`) whose name the file writes nowhere
 * else, not even in a comment or a string: nothing calls it (a call left commented out), so it reaches no product, host or store.
 */
function idleLocal(w: Walk, node: Node, parent: Node | null): boolean {
  const name = node.type === 'FunctionDeclaration' ? node.id?.name
    : parent?.type === 'VariableDeclarator' && parent.init === node && parent.id.type === 'Identifier' ? parent.id.name : undefined;
  return name !== undefined && !w.mod.words.writtenAgain(name);
}

function hoistDeclarations(w: Walk, body: Node, outer: string): void {
  for (const stmt of body.body as Node[]) {
    if (stmt.type !== 'FunctionDeclaration' || !stmt.id || w.scope.own(stmt.id.name)?.local !== undefined) continue;
    const local = declaredLocal(w, stmt, body, localName(stmt, body, outer));
    if (local === null) continue;
    w.scope.bind(stmt.id.name, null, ['other']);
    const binding = w.scope.lookup(stmt.id.name)!;
    binding.local = local;
    w.localDeclarations.set(binding, stmt);
  }
}

/**
 * The name of a function a top-level one declares (`routes>render`, see `localName`), unique in the file: a second
 * `function render` or `const render = ...` the same top-level function declares elsewhere (in another callback) is
 * `routes>render~2`, so what the calls of one hand it reaches not the other. A function of an object's key keeps its
 * name, as callers name it by the key (`makeClient(...).get(path)` is `makeClient>get`).
 */
export function declaredLocal(w: Walk, fn: Node, parent: Node | null, local: string | null): string | null {
  if (local === null || (fn.type !== 'FunctionDeclaration' && parent?.type !== 'VariableDeclarator' && parent?.type !== 'CallExpression')) return local;
  const known = w.localKeys.get(fn);
  if (known !== undefined) return known;
  let unique = local;
  for (let n = 2; w.localOwners.has(unique); n++) unique = `${local}~${n}`;
  w.localOwners.set(unique, fn);
  w.localKeys.set(fn, unique);
  return unique;
}

/** `return value`: what the module's function returns, and what the callback being walked gives back. */
export function visitReturn(w: Walk, node: Node): void {
  if (!node.argument) return;
  const { ctx, scope } = w;
  w.visit(node.argument, node, null);
  if (ctx.fn && w.returns.length === 1) recordReturn(w, ctx.fn, node.argument);
  const current = w.returns[w.returns.length - 1]!;
  const result = scope.callbackResults.get(current);
  if (result) for (const k of scope.kinds(node.argument)) result.add(k);
  const answering = w.answering.get(current);
  if (answering !== undefined) recordAnswer(ctx, answering, node.argument);
  returnedAnswer(ctx, current, node.argument);
  answerField(w, current, node.argument);
  const local = w.localReturns.get(current);
  if (local) addAll(local, scope.kinds(node.argument));
}

/** `return { summary, note }` of an inline resolver function: what each field of its answer holds (see `Walk.answerFields`). */
function answerField(w: Walk, fn: Node, value: Node): void {
  const out = w.answerFields.get(fn);
  if (!out) return;
  const node = unwrap(value);
  if (node.type === 'Literal' && node.value === null) return;
  const given = literalFields(w.scope, node) ?? mappedFields(w, node);
  if (!given) {
    w.answerFields.set(fn, null);
    return;
  }
  addFields(out, given);
}

/** `issues.map((i) => ({ key: i.key, who: ... }))`: the fields of the list's items, which a reader of one item's field reads. */
function mappedFields(w: Walk, value: Node): Record<string, Flow[]> | null {
  if (w.itemFields.size === 0) return null;
  // `const rows = issues.map(...); return rows;`
  const bound = value.type === 'Identifier' ? w.scope.lookup(value.name) : null;
  const node = bound?.init && !bound.grown && bound.values?.length === 1 ? unwrap(bound.init) : value;
  if (node.type !== 'CallExpression' || calledMethod(node) !== 'map') return null;
  const callback = node.arguments[0] as Node | undefined;
  return callback ? w.itemFields.get(callback) ?? null : null;
}

/**
 * Adds what each field of another returned object holds to what the returns so far hold. A field one of them does not name
 * holds what its spreads give (`SPREAD`), if any: `{ ...stored }` may have it too; what a function of it gives (`CALLED`) does not.
 */
function addFields(out: Record<string, string[]>, given: Record<string, Flow[]>): void {
  if (!Object.hasOwn(out, SPREAD) && !Object.hasOwn(given, SPREAD)) {
    for (const [key, kinds] of Object.entries(given)) out[key] = [...new Set([...(out[key] ?? []), ...kinds])];
    return;
  }
  const before = { ...out };
  const part = (fields: Record<string, readonly string[]>, key: string): readonly string[] => (key.endsWith(CALLED) ? fields[key] ?? [] : partOf(fields, key).flat());
  for (const key of new Set([...Object.keys(before), ...Object.keys(given)])) out[key] = [...new Set([...part(before, key), ...part(given, key)])];
}

/** What the errors a top-level function lets its callers catch keep (see `FunctionInfo.throwsSecret`): its requests no `catch` took, and those thrown again. */
function throwsOn(w: Walk, info: FunctionInfo, from: number): void {
  const thrown = mergeSent(unhandledSecret(w.ctx.facts.egress, from), w.thrown);
  w.thrown = null;
  if (thrown) info.throwsSecret = thrown;
  const caught = w.caught;
  w.caught = null;
  if (caught) info.escapes = [...new Set(info.calls.filter((_, i) => !caught.some(([a, b]) => i >= a && i < b)))];
}

/** One of a top-level function's returns: its kinds, the class it builds, the client or principal it gives, its object's fields. */
function recordReturn(w: Walk, info: FunctionInfo, value: Node): void {
  const { scope } = w;
  const kinds = scope.kinds(builtValue(w, value));
  for (const k of kinds) info.returns.push(k);
  recordReturnAnswer(w.ctx, info, value, kinds);
  builds(w, info, value);
  givesOn(info, givesClient(scope, value));
  const ref = scope.ref(value);
  const principal = principalOf(ref);
  // `(user) => user ? asUser() : asApp()`: the parameter that chooses, when that is its one return.
  const choice = principal === 'either' && info.principal === undefined && !notPrincipal.has(info) ? clientChoice(scope, value, w.mod.text) : null;
  if (choice) info.principalBy = choice;
  else delete info.principalBy;
  principalOn(info, principal);
  // `return new WebClient(token)`: a factory of a vendor's client.
  const returned = madeBy.get(info) ?? {};
  madeOn(w, info, returned, value, givenClient(w.ctx, ref));
  madeFields(w, returned, unwrap(value));
  madeBy.set(info, returned);
  fields(w, info, value);
}

/**
 * The client a return hands back, kept when every return hands back the same. A variable of the module returned before the
 * walk reaches what it is given (`if (cached) return cached; cached = new Octokit({ auth }); return cached;`) is left to
 * the returns of that variable after it: the client it holds then, or none when a later return is something else.
 */
function madeOn(w: Walk, info: FunctionInfo, returned: Made, value: Node, made: string | null): void {
  const node = unwrap(value);
  const binding = node.type === 'Identifier' ? w.scope.lookup(node.name) : undefined;
  const held = binding !== undefined && binding === w.scope.moduleBinding(node.name) ? (node.name as string) : null;
  const pending = heldUnknown.get(info);
  if (made === null && held !== null && returned.made === undefined && (pending === undefined || pending === held)) {
    heldUnknown.set(info, held);
    return;
  }
  // A later return of another value: the variable returned before may hold a client this one is not.
  returned.made = pending !== undefined && pending !== held ? null : returned.made === undefined || returned.made === made ? made : null;
}

/** The variable of the module a function returned before it was given a value (see `madeOn`), by function. */
const heldUnknown = new WeakMap<FunctionInfo, string>();

/**
 * `return url` (or `url.toString()`, `url.href`) of `const url = \`${BASE}/items/${id}\`` or `new URL(path, BASE)`, the
 * name neither reassigned nor added to: what the URL was built of, as a request given it as its URL holds (a name such
 * as `url` says nothing of the data in it), so that a URL builder's result carries what its callers put in it.
 */
function builtValue(w: Walk, value: Node): Node {
  let node = unwrap(value);
  const callee = node.type === 'CallExpression' && node.arguments.length === 0 ? unwrap(node.callee) : null;
  if (callee?.type === 'MemberExpression' && propertyName(callee.property, callee.computed) === 'toString') node = unwrap(callee.object);
  else if (node.type === 'MemberExpression' && propertyName(node.property, node.computed) === 'href') node = unwrap(node.object);
  if (node.type !== 'Identifier' || !isNeutralName(node.name, false)) return value;
  const b = w.scope.lookup(node.name);
  const init = b?.init && !b.grown && !b.param ? unwrap(b.init) : null;
  const built = init !== null && (init.type === 'TemplateLiteral' || (init.type === 'NewExpression' && unwrap(init.callee).type === 'Identifier' && unwrap(init.callee).name === 'URL'));
  return built ? b!.init! : value;
}

/** `return { client, token }` with `client` a vendor's SDK client or an HTTP client: the clients of the object it returns, by field. */
function madeFields(w: Walk, info: Made, value: Node): void {
  if (info.madeFields === null) return;
  if (value.type !== 'ObjectExpression') {
    info.madeFields = null;
    return;
  }
  const given: Record<string, string> = {};
  for (const p of value.properties as Node[]) {
    const key = p.type === 'Property' && p.kind === 'init' ? propertyName(p.key, p.computed) : null;
    const held = key === null ? null : unwrap(p.value);
    const client = held && (held.type === 'Identifier' || held.type === 'NewExpression' || held.type === 'CallExpression') ? givenClient(w.ctx, w.scope.ref(held)) : null;
    if (client !== null) given[key!] = client;
  }
  const kept = info.madeFields === undefined ? given : Object.fromEntries(Object.entries(info.madeFields).filter(([k, v]) => given[k] === v));
  info.madeFields = Object.keys(kept).length > 0 ? kept : null;
}

/** `return new JiraService(client)`: the class of the app whose instance a function returns, when it is always one. */
function builds(w: Walk, info: FunctionInfo, value: Node): void {
  const node = unwrap(value);
  const cls = node.type === 'NewExpression' ? w.scope.appClass(unwrap(node.callee)) : null;
  if (info.builds === undefined) info.builds = cls;
  else if (info.builds !== cls) info.builds = null;
}

/** `return { title: page.title, authorId }`: what each property of the returned object carries, when every return is one (`return null` or `undefined` aside). */
function fields(w: Walk, info: FunctionInfo, value: Node): void {
  if (info.returnFields === null) return;
  const node = unwrap(value);
  if ((node.type === 'Literal' && node.value === null) || (node.type === 'Identifier' && node.name === 'undefined')) return;
  // `return { ...stored, token }`: a field not named holds what the spread gives (under `SPREAD`).
  let given = literalFields(w.scope, node, true) ?? mappedFields(w, node);
  if (!given) {
    // `if (saved) return JSON.parse(saved); return { clientSecret, mode: 'demo' }`: any field of the one may be any of its
    // data, as if spread; a product's answer keeps what each of its own fields holds (see `isAboutMark`).
    const kinds = [...w.scope.kinds(value)];
    if (kinds.some(isAboutMark)) {
      info.returnFields = null;
      return;
    }
    if (info.returnFields === undefined) {
      opaqueReturns.set(info, [...new Set([...(opaqueReturns.get(info) ?? []), ...kinds])]);
      return;
    }
    given = { [SPREAD]: kinds };
  }
  const out = info.returnFields ?? {};
  const opaque = opaqueReturns.get(info);
  if (opaque && info.returnFields === undefined) out[SPREAD] = opaque;
  addFields(out, given);
  // `return { search }` with `async function search(q) { ... }` declared in the function: what calling it gives (`api.search(q)`, see `CALLED`).
  for (const [key, returned] of localFunctions(w, node)) out[`${key}${CALLED}`] = [...new Set([...(out[`${key}${CALLED}`] ?? []), ...returned])];
  info.returnFields = out;
}

/** The properties of a returned object literal that are functions the top-level function declares, with what each returns. */
function localFunctions(w: Walk, value: Node): Array<[string, Set<Flow>]> {
  const object = w.scope.object(value);
  const out: Array<[string, Set<Flow>]> = [];
  for (const p of (object?.properties ?? []) as Node[]) {
    const key = p.type === 'Property' && p.kind === 'init' ? propertyName(p.key, p.computed) : null;
    if (key === null) continue;
    let fn = unwrap(p.value);
    if (fn.type === 'Identifier') {
      const b = w.scope.lookup(fn.name);
      fn = (b && w.localDeclarations.get(b)) ?? (b?.init ? unwrap(b.init) : fn);
    }
    const returned = w.localReturns.get(fn);
    if (returned && returned.size > 0) out.push([key, returned]);
  }
  return out;
}

/**
 * A plain parameter's string value comes from the callers (`jiraGet('/rest/api/3/myself')`), and so
 * does the `method` of a destructured options parameter (`{ method = 'GET' } = {}`); a default
 * stands in when a caller leaves it out.
 */
function markParam(w: Walk, info: Pick<FunctionInfo, 'name' | 'defaults' | 'flagDefaults'>, pattern: Node, at: string): void {
  const name = pattern.type === 'AssignmentPattern' ? pattern.left : pattern;
  if (name.type === 'ObjectPattern' && !at.includes('.')) {
    // `({ requestUrl, method, body }) => ...`: each named property holds what the callers' object gives it.
    for (const prop of name.properties as Node[]) {
      const key = prop.type === 'Property' ? propertyName(prop.key, prop.computed) : null;
      if (key !== null && /^[\w$]+$/.test(key)) markParam(w, info, prop.value, `${at}.${key}`);
    }
    return;
  }
  if (name.type !== 'Identifier') return;
  // Only a plain parameter or the options' `method` is the parameter itself, as helpers that pass it on are told.
  const binding = w.scope.lookup(name.name)!;
  if (!at.includes('.') || at.endsWith('.method')) binding.param = `${info.name}:${at}`;
  else binding.paramKey = `${info.name}:${at}`;
  // `async function listRepos(octokit: Octokit)`: a vendor's client by its type, whoever the callers are.
  const typed = name.typeAnnotation ? typedClient(w.ctx, name.typeAnnotation.typeAnnotation) : null;
  if (typed) (w.ctx.facts.paramClientTypes ??= {})[`${info.name}:${at}`] = typed;
  const fallback = pattern.type === 'AssignmentPattern' && pattern.right.type === 'Literal' ? pattern.right.value : null;
  // `useApp = false`: a flag, as the string it prints.
  if (typeof fallback === 'string' || typeof fallback === 'boolean') (info.defaults ??= {})[at] = String(fallback);
  if (typeof fallback === 'boolean') (info.flagDefaults ??= []).push(at);
}

/** `client = api.asApp()`: the principal a parameter's default acts as, kept by the parameter's index. */
function principalDefault(w: Walk, info: FunctionInfo, value: Node, at: number): void {
  const principal = principalOf(w.scope.ref(value));
  if (principal === 'asApp' || principal === 'asUser') (info.principalDefaults ??= {})[at] = principal;
}

/** A parameter's default that is a package's function or object, or the global `fetch`, named without a call; null otherwise. */
function defaultClient(w: Walk, value: Node): Node | null {
  const node = unwrap(value);
  if (node.type !== 'Identifier' && (node.type !== 'MemberExpression' || node.computed)) return null;
  const ref = w.scope.ref(node);
  const packaged = ref.root === 'import' && ref.module !== null && !w.scope.isAppModule(ref.module);
  return packaged || (ref.root === 'global' && ref.name === 'fetch' && ref.steps.length === 0) ? node : null;
}

type Made = Pick<FunctionInfo, 'made' | 'madeFields'>;

/**
 * The clients a function's returns make, until the function ends: kept on the function only when every return gives the same,
 * as a property deleted again would leave the function's object slow for the rest of the scan.
 */
const madeBy = new WeakMap<FunctionInfo, Made>();

function keepMade(info: FunctionInfo): void {
  const returned = madeBy.get(info);
  if (returned?.made != null) info.made = returned.made;
  if (returned?.madeFields != null) info.madeFields = returned.madeFields;
}

/** Functions with a return that is no principal of `@forge/api`. */
const notPrincipal = new WeakSet<FunctionInfo>();

/** What the returns of a function that are no object literal hold, until one is (see `fields`). */
const opaqueReturns = new WeakMap<FunctionInfo, Flow[]>();

/** A function returns `asApp()` or `asUser()` of `@forge/api` from every return: which, `either` when they differ. */
function principalOn(info: FunctionInfo, principal: 'asApp' | 'asUser' | 'either' | null): void {
  if (principal === null) notPrincipal.add(info);
  else info.principal = info.principal === undefined || info.principal === principal ? principal : 'either';
}

/** A function returns ACE's product client, acting as a user when each of its returns does. */
function givesOn(info: FunctionInfo, client: 'app' | 'user' | null): void {
  if (client) info.client = info.client === undefined || info.client === client ? client : 'app';
}

/** Whether a function is what its enclosing function returns: `return function (req, res) {...}`, `(addon) => (req, res) => ...`. */
function returnedBy(node: Node, parent: Node | null): boolean {
  return parent?.type === 'ReturnStatement' || (parent?.type === 'ArrowFunctionExpression' && parent.body === node);
}

const ITERATORS = new Set(['forEach', 'map', 'flatMap', 'filter', 'some', 'every', 'find']);
const callsByName = new WeakMap<Node, Map<string, Node[]>>();

/**
 * What the calls of a function the top-level one declares pass it, by position, as far as it is known where the function
 * is declared: `walk(doc.content)`, and the items of `doc.content.forEach(walk)`. Calls in the function itself (recursion)
 * add nothing. Null when the top-level function makes no such call.
 */
function localArgs(w: Walk, fn: Node, name: string): Flow[][] | null {
  const top = w.returns[0];
  if (!top) return null;
  let calls = callsByName.get(top);
  if (!calls) callsByName.set(top, (calls = namedCalls(top)));
  // Only the calls in the function that declares it: another callback may declare a function of the same name.
  const within = w.returns[w.returns.length - 1]!;
  const out: Array<Set<Flow>> = (fn.params as Node[]).map(() => new Set<Flow>());
  let found = false;
  for (const call of calls.get(name) ?? []) {
    if ((call.start >= fn.start && call.end <= fn.end) || call.start < within.start || call.end > within.end) continue;
    const callee = unwrap(call.callee);
    if (callee.type === 'Identifier' && callee.name === name) {
      (call.arguments as Node[]).forEach((arg, i) => { if (out[i]) addAll(out[i], w.scope.kinds(arg)); });
      found = true;
    } else if (callee.type === 'MemberExpression' && out[0]) {
      addAll(out[0], w.scope.kinds(callee.object));
      found = true;
    }
  }
  if (!found) return null;
  return out.map((kinds) => (kinds.delete('literal'), kinds.size > 0 ? [...kinds] : ['other']));
}

/** The calls in a function that call a name (`walk(x)`) or hand it to an iteration (`list.forEach(walk)`), by that name. */
function namedCalls(top: Node): Map<string, Node[]> {
  const out = new Map<string, Node[]>();
  const add = (name: string, call: Node): void => { out.set(name, [...(out.get(name) ?? []), call]); };
  const stack: Node[] = top.body ? [top.body] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'CallExpression') {
      const callee = unwrap(node.callee);
      if (callee.type === 'Identifier') add(callee.name, node);
      const arg = node.arguments.length === 1 ? unwrap(node.arguments[0]) : null;
      if (arg?.type === 'Identifier' && callee.type === 'MemberExpression' && ITERATORS.has(propertyName(callee.property, callee.computed) ?? '')) add(arg.name, node);
    }
    pushChildren(stack, node);
  }
  return out;
}
