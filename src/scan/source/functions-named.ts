import { isFunction, propertyName, unwrap, type Node } from './ast.ts';
import { exportTarget } from './exports.ts';
import { LOCAL } from './flow.ts';
import type { Scope } from './scope.ts';
import { callsBack } from './walk/callbacks.ts';
import { isDenoKvType, OPENED_KV } from './detectors/deno-kv.ts';

// How the walk names the app's functions and classes (`getIssue`, `JiraService.getIssue`,
// `jiraAccess>request`), and what a class's members hold.

/**
 * What a class's members are given where it is declared, by its getters and in its constructor (`this.client = new OpenAI()`),
 * and the classes its constructor is handed (`constructor(private jira: JiraService)`, `this.jira = jira`).
 */
export function bindMembers(scope: Scope, cls: Node): void {
  for (const el of cls.body.body as Node[]) {
    if (el.type === 'PropertyDefinition' && el.value) {
      const name = propertyName(el.key, el.computed);
      if (name) scope.bindMember(name, el.value);
    } else if (el.type === 'MethodDefinition' && el.kind === 'get' && el.value.body?.body.length === 1) {
      // `get client() { return api.asApp(); }`
      const only = el.value.body.body[0];
      const name = propertyName(el.key, el.computed);
      if (name && only.type === 'ReturnStatement' && only.argument) scope.bindMember(name, only.argument);
    } else if (el.type === 'MethodDefinition' && el.kind === 'constructor' && el.value.body) {
      const types = new Map<string, string>();
      const params = new Set<string>();
      const position = new Map<string, number>();
      const given = new Map<string, string>();
      (el.value.params as Node[]).forEach((param, i) => {
        const id = param.type === 'TSParameterProperty' ? param.parameter : param;
        const plain = id.type === 'AssignmentPattern' ? id.left : id;
        params.add(plain.type === 'Identifier' ? plain.name : '*');
        if (plain.type === 'Identifier') position.set(plain.name, i);
        // `constructor({ apiUrl, token })`: each name holds that field of what the builder passes.
        if (plain.type === 'ObjectPattern') for (const p of plain.properties as Node[]) fieldParam(p, i, given);
        // `constructor(private client: Requester)`: a member its builder hands over.
        if (param.type === 'TSParameterProperty' && plain.type === 'Identifier') {
          handMember(scope, plain.name, i);
          passMember(scope, plain.name, String(i));
          // `constructor(private kv: Deno.Kv)`: `this.kv` is the store Deno opens, whoever builds the class.
          if (isDenoKvType(plain.typeAnnotation?.typeAnnotation)) scope.bindMember(plain.name, OPENED_KV);
        }
        const type = typeName(id);
        if (id.type !== 'Identifier' || !type) return;
        types.set(id.name, type);
        if (param.type === 'TSParameterProperty') scope.bindMemberType(id.name, type);
      });
      for (const [name, right] of constructorSets(cls, el.value.body.body as Node[])) {
        scope.bindMember(name, right, params);
        const value = unwrap(right);
        // `this.http = axios.create({ baseURL, headers })`: the options the constructor's parameters give (see `configParams`).
        if (value.type === 'CallExpression') optionParams(scope, value, position, given);
        // `this.requester = requester`: the member holds what the class's builder hands over.
        if (value.type === 'Identifier' && position.has(value.name)) handMember(scope, name, position.get(value.name)!);
        const from = fromParam(value, position, given);
        if (from !== null) passMember(scope, name, from);
        const type = value.type === 'Identifier' ? types.get(value.name) : undefined;
        if (type) scope.bindMemberType(name, type);
      }
    }
  }
}

/**
 * What a constructor's statements give the class's members: `this.baseUrl = value`, and `this.setBaseUrl(value)` of a method
 * of the class that sets a member to its parameter (`setBaseUrl(url) { this.baseUrl = url; }`), as the member and the value.
 */
function constructorSets(cls: Node, body: Node[]): Array<[string, Node]> {
  const out: Array<[string, Node]> = [];
  for (const stmt of body) {
    const expr = stmt.type === 'ExpressionStatement' ? unwrap(stmt.expression) : null;
    const name = expr?.type === 'AssignmentExpression' ? thisMember(expr) : null;
    if (name !== null) out.push([name, expr!.right]);
    const callee = expr?.type === 'CallExpression' ? unwrap(expr.callee) : null;
    if (callee?.type !== 'MemberExpression' || unwrap(callee.object).type !== 'ThisExpression' || callee.computed) continue;
    const method = (cls.body.body as Node[]).find((m) => m.type === 'MethodDefinition' && m.kind === 'method' && !m.static && !m.computed && propertyName(m.key) === propertyName(callee.property));
    const params = (method?.value.params ?? []) as Node[];
    for (const st of (method?.value.body?.body ?? []) as Node[]) {
      const set = st.type === 'ExpressionStatement' ? unwrap(st.expression) : null;
      const member = set?.type === 'AssignmentExpression' ? thisMember(set) : null;
      const at = member !== null && set!.right.type === 'Identifier' ? params.findIndex((p) => p.type === 'Identifier' && p.name === set!.right.name) : -1;
      const arg = at >= 0 ? (expr!.arguments as Node[])[at] : undefined;
      if (member !== null && arg && arg.type !== 'SpreadElement') out.push([member, arg]);
    }
  }
  return out;
}

/** `baseUrl` of `this.baseUrl = value`; null for any other assignment. */
function thisMember(expr: Node): string | null {
  if (expr.operator !== '=' || expr.left.type !== 'MemberExpression' || expr.left.object.type !== 'ThisExpression') return null;
  return propertyName(expr.left.property, expr.left.computed);
}

/** `0` for the constructor's first parameter, `0.apiUrl` for its field (`options.apiUrl`, a destructured `apiUrl`), or null. */
function fromParam(value: Node, position: ReadonlyMap<string, number>, given: ReadonlyMap<string, string>): string | null {
  if (value.type === 'Identifier') return position.has(value.name) ? String(position.get(value.name)) : given.get(value.name) ?? null;
  if (value.type !== 'MemberExpression' || value.computed) return null;
  const object = unwrap(value.object);
  const key = propertyName(value.property);
  return object.type === 'Identifier' && position.has(object.name) && key !== null && /^[\w$]+$/.test(key) ? `${position.get(object.name)}.${key}` : null;
}

function optionParams(scope: Scope, call: Node, position: ReadonlyMap<string, number>, given: ReadonlyMap<string, string>): void {
  const options = call.arguments[0] ? unwrap(call.arguments[0]) : null;
  if (options?.type !== 'ObjectExpression') return;
  for (const prop of options.properties as Node[]) {
    if (prop.type !== 'Property' || prop.computed) continue;
    const value = unwrap(prop.value);
    const from = fromParam(value, position, given);
    if (from !== null) scope.configParams.set(value, from);
  }
}

function passMember(scope: Scope, name: string, from: string): void {
  scope.memberParams.set(name, scope.memberParams.has(name) && scope.memberParams.get(name) !== from ? null : from);
}

function fieldParam(prop: Node, at: number, given: Map<string, string>): void {
  const key = prop.type === 'Property' && !prop.computed ? propertyName(prop.key) : null;
  const value = key !== null ? unwrap(prop.value.type === 'AssignmentPattern' ? prop.value.left : prop.value) : null;
  if (key !== null && value?.type === 'Identifier' && /^[\w$]+$/.test(key)) given.set(value.name, `${at}.${key}`);
}

/** A member set from the constructor's parameter `at`; one two classes of the module set from different parameters is left out. */
function handMember(scope: Scope, name: string, at: number): void {
  const known = scope.handedMembers.get(name);
  scope.handedMembers.set(name, known === undefined || known === at ? at : -1);
}

/** An object literal with a function among its properties (`{ async request() {...} }`). */
export function hasMethods(object: Node): boolean {
  return (object.properties as Node[]).some((p) => p.type === 'Property' && isFunction(p.value));
}

/** The class a parameter is typed with (`jira: JiraService`), when it is a plain name. */
export function typeName(param: Node): string | null {
  const id = param.type === 'AssignmentPattern' ? param.left : param;
  const type = id.typeAnnotation?.typeAnnotation;
  return type?.type === 'TSTypeReference' && type.typeName?.type === 'Identifier' ? type.typeName.name : null;
}

/** The name of a class declared at the top of the module (`default` for an anonymous default export), if it is one. */
export function topLevelClassName(node: Node, parent: Node | null, program: Node): string | null {
  if (parent === program || parent?.type === 'ExportNamedDeclaration') return node.id?.name ?? null;
  if (parent?.type === 'ExportDefaultDeclaration') return node.id?.name ?? 'default';
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier' && isTopLevelDeclarator(parent, program)) return parent.id.name;
  // `module.exports = class JiraService {...}`
  if (parent?.type === 'AssignmentExpression' && parent.right === node && exportTarget(parent.left) === '*') return node.id?.name ?? 'default';
  return null;
}

/**
 * `JiraService.getIssue` for a method of the top-level class the walk is in (a property holding a function counts too),
 * `github.request` for a function of the top-level object whose `members` these are.
 */
export function methodName(node: Node, parent: Node | null, cls: string | null, members: ReadonlySet<Node>): string | null {
  if (cls === null || node.type === 'FunctionDeclaration') return null;
  const method = parent?.type === 'MethodDefinition' && (parent.kind === 'method' || parent.kind === 'constructor') && parent.value === node;
  const property = (parent?.type === 'PropertyDefinition' || (parent?.type === 'Property' && parent.kind === 'init' && members.has(parent))) && parent.value === node;
  const name = method || property ? propertyName(parent!.key, parent!.computed) : null;
  return name ? `${cls}.${name}` : null;
}

/** `outer>request` for a function declared or bound to a name in `outer`, `outer>get` for one that is a property of an object literal there. */
export function localName(node: Node, parent: Node | null, outer: string): string | null {
  if (node.type === 'FunctionDeclaration' && node.id) return `${outer}${LOCAL}${node.id.name}`;
  const memo = parent?.type === 'CallExpression' ? memoized.get(node) : undefined;
  if (memo) return `${outer}${LOCAL}${memo}`;
  if (parent?.type === 'VariableDeclarator' && parent.init === node && parent.id.type === 'Identifier') return `${outer}${LOCAL}${parent.id.name}`;
  const key = parent?.type === 'Property' && parent.kind === 'init' && parent.value === node ? propertyName(parent.key, parent.computed) : null;
  if (key) return `${outer}${LOCAL}${key}`;
  // `const makeSender = (cfg) => async (card) => ...`: the function `outer` returns, called as `makeSender(cfg)(card)`.
  return parent?.type === 'ReturnStatement' || (parent?.type === 'ArrowFunctionExpression' && parent.body === node) ? `${outer}${RETURNED}` : null;
}

/** How `localName` names the function a function returns: `return` names no function of its own. */
export const RETURNED = `${LOCAL}return`;

const memoized = new WeakMap<Node, string>();

/**
 * `const save = useCallback((text) => ..., [deps])` in a component: the function React keeps is named as the variable, as
 * if it were declared so (see `localName`). Whether the declarator is one.
 */
export function nameMemoized(declarator: Node): boolean {
  const init = declarator.init ? unwrap(declarator.init) : null;
  if (init?.type !== 'CallExpression' || declarator.id.type !== 'Identifier') return false;
  const callee = unwrap(init.callee);
  const hook = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? propertyName(callee.property, callee.computed) : null;
  const fn = hook === 'useCallback' && init.arguments[0] ? unwrap(init.arguments[0]) : null;
  if (!fn || !isFunction(fn)) return false;
  memoized.set(fn, declarator.id.name);
  return true;
}

/** The name of a function defined at the top of the module, if it is one. */
export function topLevelName(node: Node, parent: Node | null, program: Node): string | null {
  if (node.type === 'FunctionDeclaration' && node.id && (parent === program || parent?.type === 'ExportNamedDeclaration')) return node.id.name;
  if (parent?.type === 'ExportDefaultDeclaration') return node.id?.name ?? 'default';
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier' && isTopLevelDeclarator(parent, program)) return parent.id.name;
  if (parent?.type === 'CallExpression') return parent.callee === node ? iifeName(parent, program) : wrappedName(node, parent, program);
  if (parent?.type === 'AssignmentExpression') {
    const target = exportTarget(parent.left);
    if (target === '*' && parent.right === node) return node.id?.name ?? 'default';
    if (target && target !== '*') return target;
  }
  return null;
}

/**
 * `(() => { function rest(api) { ... } ... })()` at the top of a module (a browser script's own scope): a function of the module, named
 * after the statement (`iife$2`), so the functions it declares are its own, as those a named function declares are.
 */
function iifeName(call: Node, program: Node): string | null {
  topLevel(program);
  return iifeCalls.get(program)!.get(call) ?? null;
}

/** The call an expression statement makes, through `!` or `void` (`!function () { ... }()`). */
function statementCall(expression: Node): Node {
  const node = unwrap(expression);
  return node.type === 'UnaryExpression' ? unwrap(node.argument) : node;
}

/**
 * `helper.getConfig` for a function the module's top level assigns to a member of its own object
 * (`var helper = {}; helper.getConfig = function (...) {...}; module.exports = helper`), if it is one.
 */
export function assignedMemberName(node: Node, parent: Node | null, program: Node): string | null {
  if (parent?.type !== 'AssignmentExpression' || parent.operator !== '=' || parent.right !== node || parent.left.type !== 'MemberExpression' || parent.left.computed) return null;
  const object = parent.left.object;
  const key = propertyName(parent.left.property);
  const top = topObjects(program);
  return object.type === 'Identifier' && key !== null && top.names.has(object.name) && top.assignments.has(parent) ? `${object.name}.${key}` : null;
}

/** The names the module's top level declares with an object literal (`var helper = {}`), and its assignments. */
const objectNames = new WeakMap<Node, { names: Set<string>; assignments: Set<Node> }>();
function topObjects(program: Node): { names: Set<string>; assignments: Set<Node> } {
  let top = objectNames.get(program);
  if (!top) {
    top = { names: new Set(), assignments: new Set() };
    for (const stmt of program.body as Node[]) {
      if (stmt.type === 'ExpressionStatement' && stmt.expression.type === 'AssignmentExpression') top.assignments.add(stmt.expression);
      if (stmt.type !== 'VariableDeclaration') continue;
      for (const d of stmt.declarations as Node[]) if (d.id.type === 'Identifier' && d.init?.type === 'ObjectExpression') top.names.add(d.id.name);
    }
    objectNames.set(program, top);
  }
  return top;
}

const topDeclarators = new WeakMap<Node, Set<Node>>();
/** `export const run = withErrorHandling(async (event) => ...)`: the name of the top-level constant such a call gives, by the call. */
const wrapperCalls = new WeakMap<Node, Map<Node, string>>();
/** The calls of a function the module's top-level statements make (`(() => { ... })()`), by call: `iife$2` for the third statement's. */
const iifeCalls = new WeakMap<Node, Map<Node, string>>();
function isTopLevelDeclarator(declarator: Node, program: Node): boolean {
  return topLevel(program).has(declarator);
}

function topLevel(program: Node): Set<Node> {
  let set = topDeclarators.get(program);
  if (!set) {
    set = new Set();
    const wrapped = new Map<Node, string>();
    const iifes = new Map<Node, string>();
    for (const [at, stmt] of (program.body as Node[]).entries()) {
      const call = stmt.type === 'ExpressionStatement' ? statementCall(stmt.expression) : null;
      if (call?.type === 'CallExpression' && isFunction(unwrap(call.callee))) iifes.set(call, `iife$${at}`);
      // `export default withContext(async (req, res, ctx) => ...)`: what the wrapper makes is the default export.
      const exported = stmt.type === 'ExportDefaultDeclaration' ? unwrap(stmt.declaration) : null;
      if (exported?.type === 'CallExpression' && exported.arguments.length > 0 && isWrapper(unwrap(exported.callee))) wrapped.set(exported, 'default');
      const decl = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
      if (decl?.type !== 'VariableDeclaration') continue;
      for (const d of decl.declarations as Node[]) {
        set.add(d);
        const init = d.init ? unwrap(d.init) : null;
        if (init?.type === 'CallExpression' && d.id.type === 'Identifier' && init.arguments.length > 0 && isWrapper(unwrap(init.callee))) wrapped.set(init, d.id.name);
      }
    }
    topDeclarators.set(program, set);
    wrapperCalls.set(program, wrapped);
    iifeCalls.set(program, iifes);
  }
  return set;
}

/** `withErrorHandling(...)`, `Sentry.wrapHandler(...)`: a function of a module, not an array's or a promise's method (`LIST.map(...)`, `ready.catch(...)`). */
export function isWrapper(callee: Node): boolean {
  if (callee.type === 'Identifier') return true;
  if (callee.type !== 'MemberExpression' || callee.computed || unwrap(callee.object).type !== 'Identifier') return false;
  const method = propertyName(callee.property);
  return method !== null && !callsBack(method);
}

/**
 * The top-level name a wrapper's call gives (`handler` of `const handler = withAuth(...)`, `default` of
 * `export default withContext(...)`), or null for any other call.
 */
export function wrapperCallName(call: Node, program: Node): string | null {
  topLevel(program);
  return wrapperCalls.get(program)!.get(call) ?? null;
}

/**
 * The function a wrapper of the app or of a library is given where a top-level constant is declared
 * (`export const run = withErrorHandling(async (event, context) => ...)`): what runs when the constant is called, with what it
 * is called with, so named as the constant; null for any other function, or when the call is given more than one.
 */
function wrappedName(node: Node, call: Node, program: Node): string | null {
  topLevel(program);
  const name = wrapperCalls.get(program)!.get(call);
  if (name === undefined) return null;
  let only: Node | null = null;
  for (const arg of call.arguments as Node[]) {
    if (!isFunction(unwrap(arg))) continue;
    if (only !== null) return null;
    only = unwrap(arg);
  }
  return only === node ? name : null;
}
