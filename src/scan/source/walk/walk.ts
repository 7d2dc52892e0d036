import { isFunction, isNode, propertyName, unwrap, type Node } from '../ast.ts';
import type { Detector, FileContext } from '../context.ts';
import type { FunctionInfo } from '../file-facts.ts';
import { collectExports, exportedNames, exportTarget } from '../exports.ts';
import { mayGetResponses } from '../http-clients.ts';
import { addSpecifier, bindRequire, specifierOf } from '../module.ts';
import { principalOf } from '../ref.ts';
import { kindOfName } from '../names.ts';
import { readsKnownField } from '../known-values.ts';
import { deleteField, holdsNamed } from '../kinds.ts';
import { isFreshId } from '../fresh-ids.ts';
import { PERSONAL_KINDS } from '../../facts.ts';
import { takenFromAnswer } from './answer-fields.ts';
import { destructuredParam, fetchOrGlobal } from '../param-fields.ts';
import { failedResponses, type FailedResponse } from '../failures.ts';
import { LOCAL, addAll, type Flow } from '../flow.ts';
import type { Scope } from '../scope.ts';
import { appendedText, appendsTo, isStartValue } from '../call-args.ts';
import { nameMemoized, topLevelClassName } from '../functions-named.ts';
import { unreferencedFunctions } from '../unreferenced.ts';
import { entriesOf, queried } from '../iterations.ts';
import { bindItems } from '../dispatch.ts';
import { bindItemFields, mappedItems } from '../item-fields.ts';
import { controllerPath } from '../nest-routes.ts';
import { classTypedState, stateOf, typedInto } from '../typed-state.ts';
import { assignField } from '../object-assign.ts';
import { setsDefaultHeader } from '../default-headers.ts';
import { catchesSentSecret, catchesThrownBy, mergeSent, rethrown, throwsSentSecret } from '../request-errors.ts';
import { routeBody } from '../route-answers.ts';
import { elementLoad, jsxLoad } from '../detectors/element-loads.ts';
import { isComparison } from '../guard-age.ts';
import { messageKinds } from '../object-text.ts';
import { exportedConsole } from '../detectors/logs.ts';
import { orderComponent, putOff } from './state-order.ts';
import { visitCall } from './calls.ts';
import { apModuleOf, moduleOfAp } from '../connect-js.ts';
import { handProps, setterProps } from './component-props.ts';
import { CHILD_KEYS, holdsNodes, visitChildren } from './children.ts';
import { declaredLocal, enterFunction, visitReturn } from './functions.ts';
import { bindModuleNames, exportedInstances } from './module-names.ts';
import type { CallbackParams, Walk } from './state.ts';

/**
 * Walks a file once, in source order, keeping bindings and data kinds per function, and hands every
 * call to the detectors.
 */
export function walkFile(ctx: FileContext, detectors: readonly Detector[]): void {
  const { scope, mod } = ctx;
  const program = mod.program;
  const exportsOf = collectExports(program);
  ctx.facts.exports = exportedNames(program, mod.text, exportsOf);
  const unreferenced = unreferencedFunctions(program, mod.words, exportsOf, mod.specifiers.length);
  bindModuleNames(scope, mod);
  const w: Walk = {
    ctx, scope, mod, program, detectors, exportsOf, unreferenced,
    instances: exportedInstances(scope, program, exportsOf),
    neverRun: new Set<FunctionInfo>(), idleDepth: 0,
    members: new Set(), superClass: null, controller: undefined, route: null, routeLabel: null, thrown: null, thrownKinds: null, caught: null, returns: [], localReturns: new Map(), localKeys: new Map(), localOwners: new Map(), localDeclarations: new WeakMap(),
    queriedItems: new Map(), entryValues: new Map(), wrappers: new Map(), resolvedBy: new Map(),
    optionCallbacks: new Map(), memberRegistries: new Map(), apModules: new Map(), sdkScopes: new Map(), answerFields: new Map(), itemFields: new Map(), setters: new Map(), deferred: new Set(), later: new Map(), definers: new Map(), bare: new Set(), answering: new Map(),
    responses: mod.globals !== undefined || mayGetResponses(mod.text),
    visit: (node, parent, callback) => visit(w, node, parent, callback),
  };
  visit(w, program, null, null);
  if (w.bare.size > 0) ctx.facts.bareCalls = [...w.bare];
}

function visit(w: Walk, node: Node, parent: Node | null, callback: CallbackParams): void {
  const { ctx, scope, mod } = w;
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
      // A component's function that reads a state a later statement sets is walked after them (see `orderComponent`).
      if (w.deferred.size === 0 || node.type !== 'FunctionDeclaration' || !putOff(w, node, parent!)) enterFunction(w, node, parent, callback);
      return;
    case 'ImportExpression': {
      // `import('./resolvers/main').then((m) => m.handler(p, c))`: the module is imported wherever the expression is.
      const module = specifierOf(node.source);
      // Noted where `const { kvs } = await import('@forge/kvs')` notes it too (see `bindRequire`).
      if (module !== null) addSpecifier(mod, module, parent?.type === 'AwaitExpression' ? parent.start : node.start);
      else (ctx.facts.computedImports ??= []).push(ctx.evidence(node));
      visitNodes(w, node);
      return;
    }
    case 'ClassDeclaration':
    case 'ClassExpression': {
      // A React class component's state fields that hold what users type.
      const outerState = scope.classState;
      const outerSuper = w.superClass;
      scope.classState = node.superClass ? classTypedState(node, mod.text) : null;
      w.superClass = node.superClass ?? null;
      // The methods of a class declared at the top of the module are functions of the module: `JiraService.getIssue`.
      const name = ctx.fn || scope.currentClass !== null ? null : topLevelClassName(node, parent, w.program);
      if (name === null) {
        // A NestJS controller a function makes (`function controllerFor(path) { @Controller(path) class Hooks {...} }`).
        const outerController = w.controller;
        if (node.decorators?.length) w.controller = controllerPath(scope, node);
        visitChildren(w, node, null);
        w.controller = outerController;
      } else {
        // `class JiraClient extends ApiClient`: the methods `this.get(...)` and `client.get(...)` name are ApiClient's.
        const base = node.superClass ? scope.appClass(unwrap(node.superClass)) : null;
        if (base !== null) (ctx.facts.bases ??= {})[name] = base;
        scope.currentClass = name;
        w.controller = controllerPath(scope, node);
        visitChildren(w, node, null);
        w.controller = undefined;
        scope.currentClass = null;
      }
      scope.classState = outerState;
      w.superClass = outerSuper;
      return;
    }
    case 'ObjectExpression': {
      // A top-level object of functions (`export const github = { request() {...} }`) is named as a class is.
      const name = ctx.fn || scope.currentClass !== null ? null : parent?.type === 'ArrayExpression' ? scope.itemObjects.get(node) ?? null : topLevelClassName(node, parent, w.program);
      if (name === null || scope.objects.get(name) !== node) {
        visitChildren(w, node, null);
        return;
      }
      scope.currentClass = name;
      w.members = new Set(node.properties as Node[]);
      visitChildren(w, node, null);
      w.members = new Set();
      scope.currentClass = null;
      return;
    }
    case 'VariableDeclarator': {
      if (node.init) {
        const memo = ctx.fn !== null && nameMemoized(node);
        if (w.deferred.size === 0 || !putOff(w, node.init, node)) visit(w, node.init, node, null);
        // `let startAt = 0` is a counter or a cursor the code moves on: its first value is not its value.
        const value = parent?.kind === 'let' && isStartValue(node.init) ? null : node.init;
        if (!bindRequire(mod, node.id, node.init)) scope.bindPattern(node.id, value, scope.kinds(node.init));
        if (node.id.type === 'Identifier' && (node.init.type === 'CallExpression' || node.init.type === 'AwaitExpression')) mappedItems(scope, node.id.name, node.init);
        else if (node.id.type === 'Identifier' && node.init.type === 'LogicalExpression') fetchOrGlobal(scope, node.id.name, node.init);
        // `const [first] = rows`: an item, whose fields hold what the array's items' were given.
        else if (node.id.type === 'ArrayPattern') for (const el of node.id.elements as Array<Node | null>) if (el) bindItemFields(scope, el, node.init);
        // A component's state that holds what users type into an input is End-User Data they send.
        const state = node.id.type === 'ArrayPattern' && w.returns.length > 0 ? stateOf(scope, node.id, node.init) : null;
        if (state) {
          const held = scope.lookup(state.state)!;
          const component = w.returns[w.returns.length - 1]!;
          if (typedInto(component, state.setter, mod.text)) held.kinds.add('resolver-payload');
          for (const flow of setterProps(w, component, state.setter)) held.kinds.add(flow);
          w.setters.set(scope.lookup(state.setter)!, held);
          orderComponent(w, w.returns[w.returns.length - 1]!);
        }
        if (node.id.type === 'ObjectPattern') {
          destructuredParam(scope, node.id, node.init);
          takenFromAnswer(node.id, node.init);
        }
        if (ctx.fn && node.id.type === 'Identifier' && (memo || isFunction(unwrap(node.init)))) {
          const fn = memo ? unwrap(unwrap(node.init).arguments[0]) : unwrap(node.init);
          scope.lookup(node.id.name)!.local = declaredLocal(w, fn, memo ? unwrap(node.init) : node, `${ctx.fn.name}${LOCAL}${node.id.name}`)!;
        }
        // `export const warn = console.warn`: a function of the module that logs what other modules pass it.
        const exported = !ctx.fn && node.id.type === 'Identifier' && scope.currentClass === null ? w.exportsOf.get(node.id.name) : undefined;
        if (exported?.length) {
          exportedConsole(ctx, node.id, node.init, exported);
          // `export const requester = asUser()`: other modules' requests through it act as the user.
          const principal = principalOf(scope.ref(node.init));
          if (principal !== null) for (const name of exported) (ctx.facts.principals ??= {})[name] = principal;
        }
      } else scope.bindPattern(node.id, null, new Set());
      return;
    }
    case 'ExportDefaultDeclaration': {
      visitNodes(w, node);
      // `export default api.asUser()`: other modules' requests through it act as the user.
      const principal = node.declaration.type === 'CallExpression' ? principalOf(scope.ref(node.declaration)) : null;
      if (principal !== null) (ctx.facts.principals ??= {}).default = principal;
      return;
    }
    case 'UnaryExpression':
      // `delete data.sharedSecret`: the name holds what is left of its value.
      if (node.operator === 'delete') deleteField(scope, node.argument);
      visitChildren(w, node, null);
      return;
    case 'AssignmentExpression':
      visitAssignment(w, node);
      return;
    case 'IfStatement': {
      visit(w, node.test, node, null);
      const failed = failedResponses(node.test);
      // `if (Date.now() - item.value.createdAt > MAX_AGE) await kvs.delete(item.key)`: a delete kept to data of an age (see `guardAge`).
      const compares = isComparison(node.test);
      if (compares) scope.guards.push({ test: node.test, negated: false });
      visitBranch(w, node, node.consequent, failed.consequent);
      if (compares) scope.guards.pop();
      if (node.alternate) visitBranch(w, node, node.alternate, failed.alternate);
      return;
    }
    // What a `catch` receives is an error: its message, status and the body of an error response; an axios error, also
    // the request it failed on, with the secret it sent.
    // An error a nested `catch` throws again (`throw e`) is this one's; one of a function of the app the block calls, once linked.
    case 'TryStatement': {
      const from = ctx.facts.egress.length;
      const called = ctx.fn?.calls.length ?? 0;
      const outer = w.thrown;
      const outerKinds = w.thrownKinds;
      w.thrown = null;
      w.thrownKinds = new Set();
      visit(w, node.block, node, null);
      const inner = w.thrown;
      const thrownKinds = w.thrownKinds;
      w.thrown = outer;
      w.thrownKinds = outerKinds;
      const handler = node.handler;
      if (handler) {
        if (ctx.fn && ctx.fn.calls.length > called) (w.caught ??= []).push([called, ctx.fn.calls.length]);
        scope.push();
        // A request's error holds its status and message; what the block throws itself holds what it was made of
        // (`throw new Error(\`${issue.fields.summary} is closed\`)`).
        if (handler.param) scope.bindPattern(handler.param, null, new Set<Flow>(['other', ...thrownKinds]));
        const error = handler.param?.type === 'Identifier' && thrownKinds.size > 0 ? scope.lookup(handler.param.name) : undefined;
        if (error) error.thrownMessage = thrownKinds;
        const sent = mergeSent(throwsSentSecret(ctx.facts.egress, from), inner);
        if (handler.param && sent) catchesSentSecret(ctx, handler.param, sent);
        else if (handler.param) catchesThrownBy(ctx, handler.param, ctx.fn?.calls.slice(called) ?? [], node.block, from);
        visit(w, handler.body, handler, null);
        scope.pop();
      } else {
        w.thrown = mergeSent(outer, inner);
        if (outerKinds) for (const k of thrownKinds) outerKinds.add(k);
      }
      if (node.finalizer) visit(w, node.finalizer, node, null);
      return;
    }
    case 'ThrowStatement':
      visitChildren(w, node, null);
      w.thrown = mergeSent(w.thrown, rethrown(scope, node.argument));
      if (w.thrownKinds) for (const k of thrownKinds(scope, node.argument)) if (k !== 'literal' && k !== 'other' && k !== 'opaque') w.thrownKinds.add(k);
      return;
    case 'ForOfStatement':
    case 'ForInStatement':
      visitLoop(w, node);
      return;
    case 'ReturnStatement':
      visitReturn(w, node);
      return;
    case 'BlockStatement':
      visitStatements(w, node, node.body);
      return;
    case 'SwitchCase':
      if (node.test) visit(w, node.test, node, null);
      visitStatements(w, node, node.consequent);
      return;
    case 'CallExpression':
    case 'NewExpression':
      visitCall(w, node);
      return;
    case 'JSXOpeningElement':
      handProps(w, node);
      jsxLoad(w.ctx, node);
      visitNodes(w, node);
      return;
    default:
      visitNodes(w, node);
  }
}

/** `visitChildren` with no callback, calling `visit` itself: most nodes are walked here, and the call through `w.visit` costs. */
function visitNodes(w: Walk, node: Node): void {
  const keys = CHILD_KEYS.get(node.type);
  if (!keys) return;
  for (let k = 0; k < keys.length; k++) {
    const child = node[keys[k]!];
    if (Array.isArray(child)) {
      for (let i = 0; i < child.length; i++) if (isNode(child[i]) && holdsNodes(child[i])) visit(w, child[i], node, null);
    } else if (isNode(child) && holdsNodes(child)) visit(w, child, node, null);
  }
}

/**
 * The statements of a block, up to a `return` or `throw`: those after it never run, but for the functions it declares,
 * which are hoisted (`return helper(); function helper() {...}`).
 */
function visitStatements(w: Walk, node: Node, statements: Node[]): void {
  let ended = false;
  const guarded = w.scope.guards.length;
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]!;
    if (!ended || s.type === 'FunctionDeclaration') visit(w, s, node, null);
    if (s.type === 'ReturnStatement' || s.type === 'ThrowStatement') ended = true;
    // `if (Date.now() - item.value.createdAt < MAX_AGE) continue;`: what follows runs only where the comparison fails.
    else if (s.type === 'IfStatement' && !s.alternate && exits(s.consequent) && isComparison(s.test)) w.scope.guards.push({ test: s.test, negated: true });
  }
  w.scope.guards.length = guarded;
}

/** `continue;`, `return;`, `{ continue; }`: a branch that leaves the rest of the block. */
function exits(branch: Node): boolean {
  const s = branch.type === 'BlockStatement' && branch.body.length === 1 ? branch.body[0] : branch;
  return s.type === 'ContinueStatement' || s.type === 'ReturnStatement';
}

/** A branch of an `if` whose test says which responses failed in it. */
function visitBranch(w: Walk, node: Node, branch: Node, failed: FailedResponse[]): void {
  if (failed.length > 0) w.scope.inFailure(failed, () => visit(w, branch, node, null));
  else visit(w, branch, node, null);
}

/** `send = request` with `request` a module `AP.require` handed its callback: the variable now holds the module, for calls elsewhere. */
function keepApModule(scope: Scope, name: string, right: Node): void {
  const value = unwrap(right);
  const module = value.type === 'Identifier' ? apModuleOf(scope.lookup(value.name)?.init) : null;
  if (module !== null) Object.assign(scope.lookup(name)!, { init: moduleOfAp(module), values: [moduleOfAp(module)] });
}

function visitAssignment(w: Walk, node: Node): void {
  const { scope } = w;
  visit(w, node.right, node, null);
  const left = unwrap(node.left);
  if (left.type === 'Identifier') {
    const append = node.operator === '+=' || (node.operator === '=' && appendsTo(node.right, left.name));
    const suffix = !append ? undefined : node.operator === '=' ? appendedText(scope, node.right) : scope.strParams(node.right) ?? undefined;
    scope.assign(left.name, scope.kinds(node.right), node.operator === '=' && !append ? node.right : null, append, suffix);
    if (w.apModules.size > 0) keepApModule(scope, left.name, node.right);
    return;
  }
  visit(w, node.left, node, null);
  if (left.type !== 'MemberExpression') return;
  const name = propertyName(left.property, left.computed);
  const kinds = scope.kinds(node.right);
  if (name === 'body' && node.operator === '=') routeBody(w.ctx, left.object, node.right, w.routeLabel);
  // `frame.src = url`, `form.action = url` of a page: the browser loads or posts to it.
  else if ((name === 'src' || name === 'action') && node.operator === '=') elementLoad(w.ctx, left.object, name, node.right, node);
  const byName = name ? kindOfName(name) : null;
  if (byName && holdsNamed(scope, byName, kinds, node.right) && !readsKnownField(scope, node.right)) kinds.add(byName);
  // `this.visitorId = randomUUID()`: read back, a fresh identifier, not what its name says (see `freshMember`).
  if (byName && scope.currentClass !== null) scope.noteMemberFresh(left, node.operator === '=' && isFreshId(scope, node.right));
  // `axios.defaults.headers.common.Authorization = ...`, `axios.defaults.headers = { Authorization }`, an interceptor's
  // `config.headers.Authorization = ...`: every request through that client sends it.
  if (name !== null && DEFAULT_HEADERS.has(name)) setsDefaultHeader(w.ctx, unwrap(left.object), name, node.right, w.returns[w.returns.length - 1]);
  // `seen[accountId] = Date.now()`: a map keyed by account IDs holds them.
  if (name === null && left.computed) for (const k of scope.kinds(left.property)) if (PERSONAL_KINDS.has(k)) kinds.add(k);
  // `updates.title = payload.title` on `const updates = {}`: field by field, as an object literal.
  if (node.operator !== '=' || !assignField(scope, left, node.right, kinds)) scope.assignMember(left, kinds);
  // `this.url = new URL('/api/v1/', config.baseUrl)` in a constructor: a string made of what the class's builders pass.
  const fn = w.ctx.fn;
  if (name !== null && fn?.name.endsWith('.constructor') && node.operator === '=' && unwrap(left.object).type === 'ThisExpression' && BUILT.has(unwrap(node.right).type)) {
    scope.buildMember(name, scope.strParams(node.right));
  }
  const exported = exportTarget(left);
  if (exported !== null) {
    scope.exportWrites.set(exported, (scope.exportWrites.get(exported) ?? 0) + 1);
    // `module.exports = api.asUser()`, `module.exports.jira = api.asApp()`: as `export default api.asUser()`.
    const principal = w.ctx.fn === null && node.operator === '=' && unwrap(node.right).type === 'CallExpression' ? principalOf(scope.ref(node.right)) : null;
    if (principal !== null) (w.ctx.facts.principals ??= {})[exported === '*' ? 'default' : exported] = principal;
  }
}

/** Members whose assignment may set a default header of axios's. */
const DEFAULT_HEADERS = new Set(['Authorization', 'authorization', 'headers', 'common']);

/** Values a constructor may build a member's string from its parameters with. */
const BUILT = new Set(['NewExpression', 'TemplateLiteral', 'BinaryExpression']);

/** `for (const issue of issues)` holds what the array holds; `for...in` walks its keys. */
function visitLoop(w: Walk, node: Node): void {
  const { scope } = w;
  visit(w, node.right, node, null);
  const kinds = node.type === 'ForOfStatement' ? scope.kinds(node.right) : new Set<Flow>(['other']);
  const left = unwrap(node.left);
  if (left.type === 'VariableDeclaration') for (const d of left.declarations as Node[]) scope.bindPattern(d.id, null, new Set(kinds));
  else if (left.type === 'Identifier') scope.assign(left.name, kinds);
  if (node.type === 'ForOfStatement' && left.type === 'VariableDeclaration') {
    bindItems(scope, left.declarations[0]?.id, node.right);
    bindItemFields(scope, left.declarations[0]?.id, node.right);
    queried(scope, left.declarations[0]?.id, node.right);
    entriesOf(scope, left.declarations[0]?.id, node.right, w.entryValues);
    // `for (const { key, value } of entries)`: `key` and `value` are of one entry (see `guardAge`).
    const pattern = left.declarations[0]?.id;
    if (pattern?.type === 'ObjectPattern') for (const p of pattern.properties as Node[]) if (p.type === 'Property' && p.value.type === 'Identifier') scope.lookup(p.value.name)!.item = pattern;
  }
  // `for (const key of ['config', 'cache'])`: the name holds each of those strings in turn (a storage key's alternatives).
  const only = left.type === 'VariableDeclaration' && left.declarations.length === 1 ? unwrap(left.declarations[0].id) : null;
  const items = only?.type === 'Identifier' && node.type === 'ForOfStatement' ? constantItems(scope, node.right) : null;
  if (items) scope.lookup(only!.name)!.values = items;
  visit(w, node.body, node, null);
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

/** Error classes: an error made with `new` holds the message and the other arguments it is given. */
const ERROR_CLASS = /^(?:[A-Z]\w*)?Error$/;

/** What a thrown value holds: an error's what it is made of (`new Error(\`${summary} is closed\`)`), any other value's its own. */
function thrownKinds(scope: Scope, value: Node): Set<Flow> {
  const node = unwrap(value);
  if (node.type !== 'NewExpression' || node.callee.type !== 'Identifier' || !ERROR_CLASS.test(node.callee.name)) return scope.kinds(node);
  const out = new Set<Flow>();
  (node.arguments as Node[]).forEach((arg, i) => addAll(out, i === 0 ? messageKinds(scope, arg) : scope.kinds(arg)));
  return out;
}
