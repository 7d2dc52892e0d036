import { visitorKeys } from 'oxc-parser';
import { isFunction, isNode, objectProperty, propertyName, unwrap, type Node } from './ast.ts';
import type { Detector, FileContext } from './context.ts';
import type { ArgFlow, FunctionInfo } from './file-facts.ts';
import { collectExports, exportedNames, exportTarget } from './exports.ts';
import { bindRequire } from './module.ts';
import { kindOfName } from './names.ts';
import { literalFields } from './kinds.ts';
import { aceRequest, givesClient } from './ace-client.ts';
import { aceEvent, functionName, isRegistrar, isResolverDefine, routePath } from './registrars.ts';
import { failedResponses, type FailedResponse } from './failures.ts';
import { apModuleOf, connectJsMethod, moduleOfAp, requiredModules } from './connect-js.ts';
import connectJs from '../../data/connect-js.json' with { type: 'json' };
import { LOCAL, addAll, type Flow, type Shape } from './flow.ts';
import { principalOf, refPath, withCall, type Ref } from './ref.ts';
import type { Scope } from './scope.ts';
import { argClients, argFields, argShapes, argValues, appendsTo, calledMethod, calleeName, isHoles, isStartValue } from './call-args.ts';
import { bindMembers, hasMethods, localName, methodName, topLevelClassName, topLevelName } from './functions-named.ts';
import { unreferencedFunctions } from './unreferenced.ts';
import { entriesOf, queried, queriedBy } from './iterations.ts';
import { resultsPrefix } from './kvs-query.ts';
import { PERSONAL } from './kinds.ts';
import { controllerPath, routeParams } from './nest-routes.ts';
import { MEMBERS } from '../handlers.ts';

/** Type annotations hold no calls or data: not walked. */
const TYPE_KEYS = new Set(['typeAnnotation', 'returnType', 'typeParameters', 'typeArguments', 'superTypeArguments', 'implements']);
/** The keys to walk per node type, type annotations left out; type-only nodes have none. */
const CHILD_KEYS = new Map(Object.entries(visitorKeys)
  .filter(([type]) => !type.startsWith('TS') || type === 'TSAsExpression' || type === 'TSSatisfiesExpression' || type === 'TSNonNullExpression' || type === 'TSTypeAssertion' || type === 'TSParameterProperty' || type === 'TSExportAssignment' || type === 'TSInstantiationExpression')
  .map(([type, keys]) => [type, keys.filter((k) => !TYPE_KEYS.has(k))]));
const BROWSER_GLOBALS = new Set(['AP', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'alert']);
/** Array methods and the positions of their callback's parameters that receive an item. */
const ELEMENT_PARAMS = new Map<string, readonly number[]>([
  ...['forEach', 'map', 'flatMap', 'filter', 'find', 'findLast', 'findIndex', 'findLastIndex', 'some', 'every', 'then'].map((m): [string, readonly number[]] => [m, [0]]),
  ['reduce', [1]], ['reduceRight', [1]], ['sort', [0, 1]], ['toSorted', [0, 1]],
]);
const MUTATORS = new Set(['push', 'unshift', 'splice', 'set', 'add', 'append']);
/** Methods whose result is (made of) what their callback returns. */
const RESULT_CALLBACKS = new Set(['map', 'flatMap', 'reduce', 'reduceRight', 'then']);

/** What the parameters of a function handed to a call hold, by position, the last entry standing for the rest; null when the call says nothing of them. */
type CallbackParams = readonly Flow[][] | null;
/** A handler's parameters all hold what users and products send. */
const PAYLOAD: CallbackParams = [['resolver-payload']];
/**
 * The request of a Forge resolver function (`resolver.define('save', (req) => …)`), by the parameters handed
 * to its callback: the payload, with what front ends send `save`, and the context with the caller's account ID.
 */
const requests = new WeakMap<object, Shape>();
function forgeRequest(name: string | null): CallbackParams {
  const params: Flow[][] = [['resolver-payload', 'account-id', ...(name ? [`invoke:${name}` as const] : [])]];
  requests.set(params, name ? `request:${name}` : 'request');
  return params;
}
const PRODUCT: CallbackParams = [['product-content'], ['other']];
const PRODUCT_CALLBACKS = new Set(connectJs.productCallbacks);

/**
 * Walks a file once, in source order, keeping bindings and data kinds per function, and hands every
 * call to the detectors.
 */
export function walkFile(ctx: FileContext, detectors: readonly Detector[]): void {
  const { scope, mod } = ctx;
  const program = mod.program;
  const exportsOf = collectExports(program);
  ctx.facts.exports = exportedNames(program, mod.text, exportsOf);
  const unreferenced = unreferencedFunctions(program, mod.text, exportsOf, mod.specifiers.length);
  /** The top-level functions nothing calls: their calls are not handed to the detectors. */
  const neverRun = new Set<FunctionInfo>();

  // Module constants are visible to functions declared above them.
  for (const stmt of program.body as Node[]) {
    const decl = stmt.type === 'ExportNamedDeclaration' || stmt.type === 'ExportDefaultDeclaration' ? stmt.declaration : stmt;
    if (decl?.type === 'FunctionDeclaration' && decl.id) {
      scope.bind(decl.id.name, null, []);
      Object.assign(scope.lookup(decl.id.name)!, { topFunction: true, declaration: decl });
    }
    if (decl?.type === 'ClassDeclaration' || decl?.type === 'ClassExpression') {
      bindMembers(scope, decl);
      if (decl.id) scope.classes.add(decl.id.name);
    }
    if (decl?.type === 'VariableDeclaration' && decl.kind === 'const') {
      for (const d of decl.declarations as Node[]) {
        if (d.id.type === 'Identifier' && d.init?.type === 'ClassExpression') {
          bindMembers(scope, d.init);
          scope.classes.add(d.id.name);
          continue;
        }
        if (d.id.type === 'Identifier' && d.init?.type === 'ObjectExpression' && hasMethods(d.init)) scope.objects.set(d.id.name, d.init);
        if (!d.init || d.id.type !== 'Identifier' || mod.imports.has(d.id.name)) continue;
        scope.bind(d.id.name, d.init, []);
        if (isFunction(unwrap(d.init))) scope.lookup(d.id.name)!.topFunction = true;
      }
    }
  }

  // `export const jira = new JiraService()`, `export default new JiraService()`: the class's methods are exported with the instance too.
  const instances = new Map<string, string[]>();
  for (const stmt of program.body as Node[]) {
    const decl = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
    const built: Array<[Node, string[]]> = stmt.type === 'ExportDefaultDeclaration' ? [[stmt.declaration, ['default']]] : [];
    if (decl?.type === 'VariableDeclaration') for (const d of decl.declarations as Node[]) if (d.init && d.id.type === 'Identifier') built.push([d.init, exportsOf.get(d.id.name) ?? []]);
    for (const [init, names] of built) {
      const node = unwrap(init);
      const cls = node.type === 'NewExpression' && node.callee.type === 'Identifier' && scope.classes.has(node.callee.name) ? node.callee.name as string : null;
      if (cls && names.length > 0) instances.set(cls, [...(instances.get(cls) ?? []), ...names]);
    }
    if (stmt.type === 'ExportDefaultDeclaration' && stmt.declaration.type === 'ObjectExpression' && hasMethods(stmt.declaration)) scope.objects.set('default', stmt.declaration);
  }
  /** The properties of the object whose functions the walk names as the object's methods (`github.request`). */
  let members: ReadonlySet<Node> = new Set();
  /** Callbacks given each result of a KVS query on a prefix (`page.results.map(({ key }) => …)`), by the prefix. */
  const queriedItems = new Map<Node, Node>();
  /** `fn` of `for (const [name, fn] of Object.entries(resolvers))`: the objects of functions whose values it takes. */
  const entryValues = new Map<string, string[]>();
  /** The path of the NestJS controller class being walked (null when not a constant), undefined outside one. */
  let controller: string | null | undefined;

  const visit = (node: Node, parent: Node | null, callback: CallbackParams): void => {
    switch (node.type) {
      case 'ImportDeclaration':
      case 'TSInterfaceDeclaration':
      case 'TSTypeAliasDeclaration':
      case 'TSModuleDeclaration':
      case 'TSEnumDeclaration':
        return;
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        enterFunction(node, parent, callback);
        return;
      case 'ClassDeclaration':
      case 'ClassExpression': {
        // The methods of a class declared at the top of the module are functions of the module: `JiraService.getIssue`.
        const name = ctx.fn || scope.currentClass !== null ? null : topLevelClassName(node, parent, program);
        if (name === null) {
          visitChildren(node, null);
          return;
        }
        scope.currentClass = name;
        controller = controllerPath(scope, node);
        visitChildren(node, null);
        controller = undefined;
        scope.currentClass = null;
        return;
      }
      case 'ObjectExpression': {
        // A top-level object of functions (`export const github = { request() {…} }`) is named as a class is.
        const name = ctx.fn || scope.currentClass !== null ? null : topLevelClassName(node, parent, program);
        if (name === null || scope.objects.get(name) !== node) {
          visitChildren(node, null);
          return;
        }
        scope.currentClass = name;
        members = new Set(node.properties as Node[]);
        visitChildren(node, null);
        members = new Set();
        scope.currentClass = null;
        return;
      }
      case 'VariableDeclarator': {
        if (node.init) {
          visit(node.init, node, null);
          // `let startAt = 0` is a counter or a cursor the code moves on: its first value is not its value.
          const value = parent?.kind === 'let' && isStartValue(node.init) ? null : node.init;
          if (!bindRequire(mod, node.id, node.init)) scope.bindPattern(node.id, value, scope.kinds(node.init));
          if (node.id.type === 'ObjectPattern') restOfParam(node.id, node.init);
          if (ctx.fn && node.id.type === 'Identifier' && isFunction(unwrap(node.init))) scope.lookup(node.id.name)!.local = `${ctx.fn.name}${LOCAL}${node.id.name}`;
        } else scope.bindPattern(node.id, null, new Set());
        return;
      }
      case 'AssignmentExpression': {
        visit(node.right, node, null);
        const left = unwrap(node.left);
        if (left.type === 'Identifier') {
          const append = node.operator === '+=' || (node.operator === '=' && appendsTo(node.right, left.name));
          scope.assign(left.name, scope.kinds(node.right), node.operator === '=' && !append ? node.right : null, append);
        }
        else {
          visit(node.left, node, null);
          if (left.type === 'MemberExpression') {
            const name = propertyName(left.property, left.computed);
            const kinds = scope.kinds(node.right);
            const byName = name ? kindOfName(name) : null;
            if (byName && !kinds.has('literal')) kinds.add(byName);
            // `seen[accountId] = Date.now()`: a map keyed by account IDs holds them.
            if (name === null && left.computed) for (const k of scope.kinds(left.property)) if (PERSONAL.has(k)) kinds.add(k);
            scope.assignMember(left, kinds);
            const exported = exportTarget(left);
            if (exported !== null) scope.exportWrites.set(exported, (scope.exportWrites.get(exported) ?? 0) + 1);
          }
        }
        return;
      }
      case 'IfStatement': {
        visit(node.test, node, null);
        const failed = failedResponses(node.test);
        for (const [branch, responses] of [[node.consequent, failed.consequent], [node.alternate, failed.alternate]] as Array<[Node | null, FailedResponse[]]>) {
          if (!branch) continue;
          if (responses.length > 0) scope.inFailure(responses, () => visit(branch, node, null));
          else visit(branch, node, null);
        }
        return;
      }
      // What a `catch` receives is an error: its message, status and the body of an error response.
      case 'CatchClause':
        scope.push();
        if (node.param) scope.bindPattern(node.param, null, new Set<Flow>(['other']));
        visit(node.body, node, null);
        scope.pop();
        return;
      case 'ForOfStatement':
      case 'ForInStatement': {
        // `for (const issue of issues)` holds what the array holds; `for…in` walks its keys.
        visit(node.right, node, null);
        const kinds = node.type === 'ForOfStatement' ? scope.kinds(node.right) : new Set<Flow>(['other']);
        const left = unwrap(node.left);
        if (left.type === 'VariableDeclaration') for (const d of left.declarations as Node[]) scope.bindPattern(d.id, null, new Set(kinds));
        else if (left.type === 'Identifier') scope.assign(left.name, kinds);
        if (node.type === 'ForOfStatement' && left.type === 'VariableDeclaration') {
          queried(scope, left.declarations[0]?.id, node.right);
          entriesOf(scope, left.declarations[0]?.id, node.right, entryValues);
        }
        // `for (const key of ['config', 'cache'])`: the name holds each of those strings in turn (a storage key's alternatives).
        const only = left.type === 'VariableDeclaration' && left.declarations.length === 1 ? unwrap(left.declarations[0].id) : null;
        const items = only?.type === 'Identifier' && node.type === 'ForOfStatement' ? constantItems(scope, node.right) : null;
        if (items) scope.lookup(only!.name)!.values = items;
        visit(node.body, node, null);
        return;
      }
      case 'ReturnStatement':
        if (node.argument) {
          visit(node.argument, node, null);
          if (ctx.fn && returns.length === 1) {
            for (const k of scope.kinds(node.argument)) ctx.fn.returns.push(k);
            builds(ctx.fn, node.argument);
            givesOn(ctx.fn, givesClient(scope, node.argument));
            principalOn(ctx.fn, principalOf(scope.ref(node.argument)));
            fields(ctx.fn, node.argument);
          }
          const result = scope.callbackResults.get(returns[returns.length - 1]!);
          if (result) for (const k of scope.kinds(node.argument)) result.add(k);
        }
        return;
      case 'CallExpression':
      case 'NewExpression': {
        const ref = onCall(node);
        const registrar = node.type === 'CallExpression' && isRegistrar(node.callee, ref);
        let payload = wrappers.get(node) ?? null;
        const resolverDefine = registrar && isResolverDefine(ref, mod);
        const defined = resolverDefine ? functionName(scope, node) : null;
        // `page.results.map(({ key }) => kvs.delete(key))`: the callback's item is a result of the query.
        const each = ELEMENT_PARAMS.has(calledMethod(node)) && isFunction(unwrap(node.arguments[0] ?? node)) ? resultsPrefix(scope, unwrap(node.callee).object) : null;
        if (each) queriedItems.set(unwrap(node.arguments[0]), each);
        // `Object.entries(resolvers).forEach(([name, fn]) => …)`
        if (calledMethod(node) === 'forEach' && isFunction(unwrap(node.arguments[0] ?? node))) entriesOf(scope, unwrap(node.arguments[0]).params[0], unwrap(node.callee).object, entryValues);
        if (registrar) {
          // `resolver.define(name, fn)` with `fn` a value of `Object.entries(resolvers)`: every function of those objects, under its key.
          const given = resolverDefine && node.arguments[1]?.type === 'Identifier' ? entryValues.get(node.arguments[1].name) : undefined;
          for (const object of given ?? []) {
            ctx.facts.handlerRefs.push(object + MEMBERS);
            ctx.facts.resolverRefs.push({ ref: object + MEMBERS, name: '*' });
          }
          const route = routePath(scope, node);
          if (route !== undefined) ctx.facts.routes.push(route);
          // The request to a route of a known path: the scan tells whether it is a lifecycle callback, whose body holds the shared secret.
          payload = resolverDefine ? forgeRequest(defined) : typeof route === 'string' ? [['resolver-payload', `route:${route}`]] : aceEvent(scope, node) ?? PAYLOAD;
          for (const arg of node.arguments as Node[]) {
            const name = calleeName(arg);
            if (name) ctx.facts.handlerRefs.push(name);
            if (name && defined !== null) ctx.facts.resolverRefs.push({ ref: name, name: defined });
            // `app.post('/x', asyncHandler(async (req, res) => …))`, `app.post('/x', handlers.installed(addon))`:
            // the function a wrapper is given, or the one a function of the app returns, handles the requests.
            const call = unwrap(arg);
            if (call.type !== 'CallExpression') continue;
            wrappers.set(call, payload);
            const factory = calleeName(call.callee);
            if (factory && call.arguments.length > 0) ctx.facts.handlerRefs.push(`${factory}()${typeof route === 'string' ? `@${route}` : ''}`);
          }
        }
        const callee = unwrap(node.callee);
        // `new Promise((resolve, reject) => …)`: the promise holds what its executor resolves with.
        const executor = node.type === 'NewExpression' && callee.type === 'Identifier' && callee.name === 'Promise' && !scope.lookup('Promise') && node.arguments[0] ? unwrap(node.arguments[0]) : null;
        if (executor && isFunction(executor)) scope.promiseValues.set(executor, new Set());
        const resolves = callee.type === 'Identifier' && scope.promiseValues.size > 0 ? scope.lookup(callee.name)?.resolves : undefined;
        visitChildren(node, payload ?? callbackParams(node, ref) ?? itemParams(node, callee));
        if (resolves && node.arguments[0]) addAll(resolves, scope.kinds(node.arguments[0]));
        // `list.push(item)`, `byKey.set(k, item)`: the collection now holds the item.
        if (callee.type === 'MemberExpression' && node.arguments.length > 0 && MUTATORS.has(propertyName(callee.property, callee.computed) ?? '') && isLocal(callee.object)) {
          scope.assignMember(callee, new Set(ctx.kindsOf(node.arguments as Node[])));
        }
        return;
      }
      default:
        visitChildren(node, null);
    }
  };

  /** `return new JiraService(client)`: the class of the app whose instance a function returns, when it is always one. */
  const builds = (info: FunctionInfo, value: Node): void => {
    const node = unwrap(value);
    const cls = node.type === 'NewExpression' ? scope.appClass(unwrap(node.callee)) : null;
    if (info.builds === undefined) info.builds = cls;
    else if (info.builds !== cls) info.builds = null;
  };

  /** `return { title: page.title, authorId }`: what each property of the returned object carries, when every return is one (`return null` aside). */
  const fields = (info: FunctionInfo, value: Node): void => {
    if (info.returnFields === null) return;
    const node = unwrap(value);
    if (node.type === 'Literal' && node.value === null) return;
    const given = literalFields(scope, node);
    if (!given) {
      info.returnFields = null;
      return;
    }
    const out = info.returnFields ?? {};
    for (const [key, kinds] of Object.entries(given)) out[key] = [...new Set([...(out[key] ?? []), ...kinds])];
    info.returnFields = out;
  };

  /** `const { asUser, ...rest } = options`: the rest of an options parameter brings the `method` its callers give. */
  const restOfParam = (pattern: Node, init: Node): void => {
    const last = (pattern.properties as Node[])[pattern.properties.length - 1];
    const param = last?.type === 'RestElement' && last.argument.type === 'Identifier' ? scope.paramOf(init) : null;
    if (param && !(pattern.properties as Node[]).some((p) => p.type === 'Property' && propertyName(p.key, p.computed) === 'method')) scope.lookup(last!.argument.name)!.param = param;
  };

  /** Whether an expression is rooted in a local variable (`list`, `state.items`), not an import or a global (`kvs.set`). */
  const isLocal = (expr: Node): boolean => {
    let root = unwrap(expr);
    while (root.type === 'MemberExpression') root = unwrap(root.object);
    return root.type === 'Identifier' && scope.lookup(root.name) !== undefined;
  };

  /** Functions being walked; a return counts for the top-level function only when it is not nested. */
  const returns: Node[] = [];
  /** Calls handed to a registrar (`asyncHandler(fn)`): the functions they are given handle its requests, with what they receive. */
  const wrappers = new Map<Node, CallbackParams>();
  /** The callbacks of `promise.then(cb)`, with the promise whose value their first parameter receives. */
  const resolvedBy = new Map<Node, Node>();
  /** `issues.forEach((issue) => …)`, `list.reduce((acc, item) => …)`: the callback's parameters that receive an item hold what the array holds. */
  const itemParams = (call: Node, callee: Node): CallbackParams => {
    const at = callee.type === 'MemberExpression' ? ELEMENT_PARAMS.get(propertyName(callee.property, callee.computed) ?? '') : undefined;
    if (!at || !(call.arguments as Node[]).some(isFunction)) return null;
    // `request.then((res) => …)`: `res` is what `await request` gives.
    const first = unwrap(call.arguments[0]!);
    if (isFunction(first) && propertyName(callee.property, callee.computed) === 'then') resolvedBy.set(first, callee.object);
    const items = [...scope.kinds(callee.object)];
    return Array.from({ length: Math.max(...at) + 2 }, (_, i) => (at.includes(i) ? items : ['other']));
  };

  const visitChildren = (node: Node, callback: CallbackParams): void => {
    const keys = CHILD_KEYS.get(node.type);
    if (!keys) return;
    for (const key of keys) {
      const child = node[key];
      if (Array.isArray(child)) {
        for (const c of child) if (isNode(c)) visit(c, node, isFunction(c) ? callback : null);
      } else if (isNode(child)) visit(child, node, isFunction(child) ? callback : null);
    }
  };

  const enterFunction = (node: Node, parent: Node | null, given: CallbackParams): void => {
    const callback = given ?? optionCallbacks.get(node) ?? null;
    const top = topLevelName(node, parent, program) ?? methodName(node, parent, scope.currentClass, members);
    const outer = ctx.fn;
    let info: FunctionInfo | null = null;
    if (top && !ctx.fn) {
      // A method is exported with its class: `JiraService.getIssue`, `default.getIssue`.
      const cls = scope.currentClass;
      const exports = cls && top.startsWith(`${cls}.`)
        ? [...(exportsOf.get(cls) ?? []), ...(instances.get(cls) ?? [])].map((e) => e + top.slice(cls.length))
        : exportsOf.get(top) ?? [];
      info = {
        name: top, exports, calls: [], reports: false, returns: [],
        evidence: ctx.evidence(node), endLine: mod.lines.lineOf(node.end),
      };
      ctx.facts.functions.push(info);
      ctx.fn = info;
      if (unreferenced.has(node)) neverRun.add(info);
    }
    // A function the top-level one declares or builds an object of (`const request = (path) => …`, `{ get: (p) => … }`):
    // its parameters' values come from the calls of that name (`request(route\`…\`)`, `client.get('/x')`).
    const local = !info && ctx.fn ? localName(node, parent, ctx.fn.name) : null;
    if (node.type === 'FunctionDeclaration' && node.id && parent?.type !== 'Program' && parent?.type !== 'ExportNamedDeclaration' && parent?.type !== 'ExportDefaultDeclaration') {
      scope.bind(node.id.name, null, ['other']);
      if (local) scope.lookup(node.id.name)!.local = local;
    }
    scope.push();
    // Handlers receive data from users and products: resolver requests, web trigger and event payloads,
    // HTTP requests. Whether an exported function is a handler is for the manifest to say.
    const exported = info?.exports[0];
    // A function of the module that is not exported may still be handed to a registrar by name (`#name`);
    // its parameters also hold what its callers pass (`param:name:i`).
    // A function the module's function returns (`return (req, res) => …`) handles requests when that function's result is handed to a registrar.
    const returned = !info && !callback && outer && returns.length === 1 && returnedBy(node, parent) ? `handler:${outer.exports[0] ?? `#${outer.name}`}()` as const : null;
    // A NestJS route method: its `@Body()`, `@Req()`… parameters hold the request.
    const routed = controller !== undefined && parent?.type === 'MethodDefinition' ? routeParams(scope, parent, controller) : null;
    (node.params as Node[]).forEach((param, i) => {
      const kinds = new Set<Flow>(callback ? callback[Math.min(i, callback.length - 1)]! : info ? [`handler:${exported ?? `#${info.name}`}`, `param:${info.name}:${i}`] : returned ? [returned] : ['other']);
      for (const flow of routed?.[i] ?? []) kinds.add(flow);
      const pattern = param.type === 'TSParameterProperty' ? param.parameter : param;
      if (info && pattern.type === 'RestElement') info.rest = i;
      scope.bindPattern(pattern, i === 0 ? resolvedBy.get(node) ?? null : null, kinds, callback ? requests.get(callback) ?? null : null);
      const resolved = i === 0 && pattern.type === 'Identifier' ? scope.promiseValues.get(node) : undefined;
      if (resolved) scope.lookup(pattern.name)!.resolves = resolved;
      const apModule = (apModules.get(node) ?? (node.type === 'FunctionDeclaration' && node.id ? apModules.get(node.id.name) : undefined))?.[i];
      if (apModule && pattern.type === 'Identifier') Object.assign(scope.lookup(pattern.name)!, { init: moduleOfAp(apModule), values: [moduleOfAp(apModule)] });
      // A plain parameter's string value comes from its callers (`jiraGet('/rest/api/3/myself')`); a default stands in when they leave it out.
      if (info) markParam(info, pattern, String(i));
      else if (local) markParam({ name: local }, pattern, String(i));
    });
    const each = queriedItems.get(node);
    if (each && node.params[0]) queriedBy(scope, node.params[0], each);
    returns.push(node);
    // A resolver function's callback (`resolver.define('save', async (req) => …)`): what it returns goes back to the front end.
    const shape = callback ? requests.get(callback) : undefined;
    const defined = shape?.startsWith('request:') ? shape.slice(8) : null;
    const result = defined !== null || (parent?.type === 'CallExpression' && (parent.arguments as Node[]).includes(node) && RESULT_CALLBACKS.has(calledMethod(parent))) ? new Set<Flow>() : null;
    if (result) scope.callbackResults.set(node, result);
    if (node.body) {
      visit(node.body, node, null);
      if (node.body.type !== 'BlockStatement' && info && returns.length === 1) {
        for (const k of scope.kinds(node.body)) info.returns.push(k);
        builds(info, node.body);
        givesOn(info, givesClient(scope, node.body));
        principalOn(info, principalOf(scope.ref(node.body)));
        fields(info, node.body);
      }
      if (node.body.type !== 'BlockStatement' && result) for (const k of scope.kinds(node.body)) result.add(k);
    }
    returns.pop();
    if (info) info.returns = [...new Set(info.returns)];
    if (info && notPrincipal.has(info)) delete info.principal;
    if (defined !== null && result) ctx.facts.resolverReturns.push({ name: defined, flows: [...result] });
    scope.pop();
    ctx.fn = outer;
  };

  /**
   * A plain parameter's string value comes from the callers (`jiraGet('/rest/api/3/myself')`), and so
   * does the `method` of a destructured options parameter (`{ method = 'GET' } = {}`); a default
   * stands in when a caller leaves it out.
   */
  const markParam = (info: Pick<FunctionInfo, 'name' | 'defaults'>, pattern: Node, at: string): void => {
    const name = pattern.type === 'AssignmentPattern' ? pattern.left : pattern;
    if (name.type === 'ObjectPattern' && !at.includes('.')) {
      // `({ requestUrl, method, body }) => …`: each named property holds what the callers' object gives it.
      for (const prop of name.properties as Node[]) {
        const key = prop.type === 'Property' ? propertyName(prop.key, prop.computed) : null;
        if (key !== null && /^[\w$]+$/.test(key)) markParam(info, prop.value, `${at}.${key}`);
      }
      return;
    }
    if (name.type !== 'Identifier') return;
    // Only a plain parameter or the options' `method` is the parameter itself, as helpers that pass it on are told.
    const binding = scope.lookup(name.name)!;
    if (!at.includes('.') || at.endsWith('.method')) binding.param = `${info.name}:${at}`;
    else binding.paramKey = `${info.name}:${at}`;
    const fallback = pattern.type === 'AssignmentPattern' && pattern.right.type === 'Literal' ? pattern.right.value : null;
    if (typeof fallback === 'string') (info.defaults ??= {})[at] = fallback;
  };

  /** Hands a call to the detectors; returns what the callee refers to, for the walk. */
  const onCall = (node: Node): Ref => {
    const ref = scope.ref(node.callee);
    const site = { node, ref: node.type === 'NewExpression' ? ref : withCall(ref, node), path: '', module: ref.root === 'import' ? ref.module : null };
    site.path = refPath(site.ref);
    if (ref.root === 'global' && ref.name && BROWSER_GLOBALS.has(ref.name)) ctx.facts.browser = true;
    const method = node.type === 'CallExpression' ? scope.appFunction(node.callee) : null;
    if (ctx.fn) {
      // A method is written as its target (`#JiraService.getIssue`): its object names no function of the module.
      const name = method?.includes('.') ? method : calleeName(node.callee);
      if (name) ctx.fn.calls.push(name);
    }
    const local = node.arguments.length > 0 && !method ? scope.localFunction(node.callee) : null;
    const target = node.arguments.length > 0 ? method ?? local : null;
    // A function the app's function declares or returns is only followed for the strings its callers give it.
    const values = target ? argValues(ctx, node) : null;
    if (target && (!local || values?.evidence)) {
      const flow: ArgFlow = { callee: target, args: (node.arguments as Node[]).map((a) => [...scope.kinds(a)]), ...values, ...argClients(ctx, node), ...argShapes(scope, node), ...argFields(scope, node) };
      ctx.facts.argFlows.push(flow);
      // `jira(query ? '/rest/api/3/user/search?…' : '/rest/api/3/users/search')`: the call once more per other value it may pass.
      const at = flow.values?.findIndex((v) => v !== null && isHoles(v)) ?? -1;
      const others = at >= 0 ? scope.strAlternatives(node.arguments[at]) : [];
      for (const value of others.length > 1 ? others : []) ctx.facts.argFlows.push({ ...flow, values: flow.values!.map((v, i) => (i === at ? value : v)) });
      if (others.length > 1) ctx.facts.argFlows.splice(ctx.facts.argFlows.indexOf(flow), 1);
    }
    // `populateFields(url, request)` with `request` a module `AP.require` gave: the function declared further on is handed it.
    if (apModules.size > 0 && node.type === 'CallExpression' && unwrap(node.callee).type === 'Identifier') handAp(unwrap(node.callee).name, node.arguments as Node[]);
    // `new JiraService(addon.httpClient(req))`: the constructor is handed ACE's product client.
    const built = node.type === 'NewExpression' && node.arguments.length > 0 ? scope.appClass(unwrap(node.callee)) : null;
    const handed = built ? argClients(ctx, node) : {};
    if (handed.clients) ctx.facts.argFlows.push({ callee: `${built}.constructor`, args: handed.clients.map(() => []), ...handed });
    if (!ctx.fn || !neverRun.has(ctx.fn)) for (const detect of detectors) detect(site, ctx);
    return ref;
  };

  /**
   * An ACE request's callback receives `(err, response, body)`: the response and body are what the product sent.
   * The Connect JavaScript API hands what the product holds to its callbacks (`AP.confluence.getMacroData(cb)`),
   * and the response to the `success` function of `AP.request`'s options.
   */
  const callbackParams = (node: Node, ref: Ref): CallbackParams => {
    if (node.type !== 'CallExpression') return null;
    const ap = connectJsMethod(ref);
    if (ap === 'request') {
      for (const arg of node.arguments as Node[]) {
        const options = scope.object(arg);
        for (const key of connectJs.requestCallbacks) {
          const fn = options ? objectProperty(options, key) : null;
          if (fn && isFunction(fn)) optionCallbacks.set(fn, PRODUCT);
        }
      }
      return null;
    }
    // `AP.require('request', (request) => …)`, `AP.require(['request'], getProjects)`: the callback is handed the API's modules.
    if (ap === 'require') {
      const names = requiredModules(scope, node.arguments[0]);
      const fn = node.arguments[1] ? unwrap(node.arguments[1]) : null;
      if (names && fn && isFunction(fn)) apModules.set(fn, names);
      else if (names && fn?.type === 'Identifier') apModules.set(fn.name, names);
      return null;
    }
    if (!(node.arguments as Node[]).some(isFunction)) return null;
    if (ap !== null && PRODUCT_CALLBACKS.has(ap)) return PRODUCT;
    const ace = aceRequest(scope, node, ref);
    return ace && [['other'], [ace.client === 'ace' ? 'product-content' : `client:${ace.client}`]];
  };
  /** Functions given in options (`AP.request({ success(body) {…} })`), with what their parameters receive. */
  const optionCallbacks = new Map<Node, CallbackParams>();
  /** Callbacks of `AP.require`, or the names of functions declared further on, with the modules of the Connect JavaScript API their parameters receive. */
  const apModules = new Map<Node | string, Array<string | null>>();
  const handAp = (callee: string, args: Node[]): void => {
    const handed = args.map((a) => {
      const arg = unwrap(a);
      return arg.type === 'Identifier' ? apModuleOf(scope.lookup(arg.name)?.init) : null;
    });
    if (handed.some((m) => m !== null)) apModules.set(callee, handed);
  };

  visit(program, null, null);
}

/** The items of an array of two to four constant strings (`['a', 'b']`, or a constant bound to one), else null. */
function constantItems(scope: Scope, expr: Node): Node[] | null {
  let node = unwrap(expr);
  if (node.type === 'Identifier') {
    const b = scope.lookup(node.name);
    node = b?.init && !b.grown ? unwrap(b.init) : node;
  }
  if (node.type !== 'ArrayExpression') return null;
  const items = node.elements as Array<Node | null>;
  if (items.length < 2 || items.length > 4 || items.some((e) => e === null || e.type !== 'Literal' || typeof e.value !== 'string')) return null;
  return items as Node[];
}

/** Functions with a return that is no principal of `@forge/api`. */
const notPrincipal = new WeakSet<FunctionInfo>();

/** A function returns `asApp()` or `asUser()` of `@forge/api` from every return: which, `either` when they differ. */
function principalOn(info: FunctionInfo, principal: 'asApp' | 'asUser' | 'either' | null): void {
  if (principal === null) notPrincipal.add(info);
  else info.principal = info.principal === undefined || info.principal === principal ? principal : 'either';
}

/** A function returns ACE's product client, acting as a user when each of its returns does. */
function givesOn(info: FunctionInfo, client: 'app' | 'user' | null): void {
  if (client) info.client = info.client === undefined || info.client === client ? client : 'app';
}

/** Whether a function is what its enclosing function returns: `return function (req, res) {…}`, `(addon) => (req, res) => …`. */
function returnedBy(node: Node, parent: Node | null): boolean {
  return parent?.type === 'ReturnStatement' || (parent?.type === 'ArrowFunctionExpression' && parent.body === node);
}
