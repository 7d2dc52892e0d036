import { isFunction, propertyName, unwrap, type Node } from './ast.ts';
import { isWrapper } from './functions-named.ts';

/** Export name(s) per local name: `export function f`, `export { f as g }`, `export const g = f`, `export default f`, `module.exports = { f }`, `exports.f = ...`. */
export function collectExports(program: Node): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (local: string, exported: string): void => {
    const list = out.get(local) ?? [];
    list.push(exported);
    out.set(local, list);
  };
  const wrapped = new Map<string, Array<{ exported: string; call: Node }>>();
  wrappedExports.set(program, wrapped);
  const wrapsAs = (local: string, exported: string, call: Node): void => {
    add(local, exported);
    wrapped.set(local, [...(wrapped.get(local) ?? []), { exported, call: unwrap(call) }]);
  };
  let aliases: Map<string, string> | undefined;
  let objects: Map<string, Node> | undefined;
  // `const github = { pr: { merge } }; export default github`: each function named in the object is exported as its path.
  const addMembers = (object: Node | undefined, prefix: string, depth = 0): void => {
    if (object?.type !== 'ObjectExpression' || depth > 3) return;
    for (const p of object.properties as Node[]) {
      const key = p.type === 'Property' ? propertyName(p.key, p.computed) : null;
      if (key && p.value.type === 'Identifier') add(p.value.name, `${prefix}.${key}`);
      else if (key) addMembers(p.value, `${prefix}.${key}`, depth + 1);
    }
  };
  const constObject = (name: string): Node | undefined => (objects ??= constObjects(program)).get(name);
  for (const stmt of program.body as Node[]) {
    if (stmt.type === 'ExportNamedDeclaration') {
      const d = stmt.declaration;
      if ((d?.type === 'FunctionDeclaration' || d?.type === 'ClassDeclaration') && d.id) add(d.id.name, d.id.name);
      if (d?.type === 'VariableDeclaration') {
        for (const v of d.declarations as Node[]) {
          if (v.id.type !== 'Identifier') continue;
          add(v.id.name, v.id.name);
          // `export const blockingValidator = evaluateBlockingRule`: the function is exported under this name too.
          if (v.init?.type === 'Identifier') add(v.init.name, v.id.name);
          const inner = v.init ? wrappedFunction(v.init, program) : null;
          if (inner !== null) wrapsAs(inner, v.id.name, v.init!);
          addMembers(v.init ?? undefined, v.id.name);
        }
      }
      if (!stmt.source) {
        for (const s of stmt.specifiers as Node[]) {
          const local = propertyName(s.local) ?? '';
          const exported = propertyName(s.exported) ?? '';
          add(local, exported);
          // `const _getProjects = getProjects; export { _getProjects as getProjects }`: the function is exported under that name.
          const aliased = (aliases ??= constAliases(program)).get(local);
          if (aliased !== undefined) add(aliased, exported);
          addMembers(constObject(local), exported);
        }
      }
    } else if (stmt.type === 'ExportDefaultDeclaration') {
      const d = stmt.declaration;
      if ((d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') && d.id) add(d.id.name, 'default');
      else if (d.type === 'Identifier') {
        add(d.name, 'default');
        addMembers(constObject(d.name), 'default');
      }
      // `export default { postInstallation, save: saveAll }`: the functions are members of the default export.
      else if (d.type === 'ObjectExpression') addMembers(d, 'default');
      else {
        add('default', 'default');
        const inner = wrappedFunction(d, program);
        if (inner !== null) wrapsAs(inner, 'default', d);
      }
    } else if (stmt.type === 'ExpressionStatement' && stmt.expression.type === 'AssignmentExpression') {
      const { left, right } = stmt.expression;
      const target = exportTarget(left);
      const props = target === '*' ? exportedProperties(right) : null;
      if (props) {
        for (const p of props) {
          if (p.type !== 'Property') continue;
          const key = propertyName(p.key, p.computed);
          if (!key) continue;
          add(p.value.type === 'Identifier' ? p.value.name : key, key);
        }
      } else if (target === '*' && right.type === 'Identifier') add(right.name, 'default');
      // `module.exports = function routes(app, addon) {...}`, `module.exports = (deps) => (req, res) => ...`,
      // `module.exports = class JiraService {...}`: the default export.
      else if (target === '*' && (right.type === 'FunctionExpression' || right.type === 'ArrowFunctionExpression' || right.type === 'ClassExpression')) add(right.id?.name ?? 'default', 'default');
      else if (target && target !== '*') add(right.type === 'Identifier' ? right.name : target, target);
    }
  }
  return out;
}

/** By the module's function a wrapper is given by name, the exports the wrapper's calls make (`export default withContext(handler)`). */
const wrappedExports = new WeakMap<Node, Map<string, Array<{ exported: string; call: Node }>>>();

/** The wrapper calls that export the module's function `local`, each with the export it makes (see `collectExports`). */
export function wrappersOf(program: Node, local: string): ReadonlyArray<{ exported: string; call: Node }> {
  return wrappedExports.get(program)?.get(local) ?? [];
}

/**
 * `withMethods(['POST'], handler)`, `withSentry(handler)`: the function of the module's own a wrapper is given by name, which
 * runs when what the wrapper makes is called; null when the call is no wrapper's or is given a function written in it or more than one.
 */
function wrappedFunction(expression: Node, program: Node): string | null {
  const call = unwrap(expression);
  if (call.type !== 'CallExpression' || !isWrapper(unwrap(call.callee))) return null;
  let only: string | null = null;
  for (const arg of call.arguments as Node[]) {
    const a = unwrap(arg);
    if (isFunction(a)) return null;
    if (a.type !== 'Identifier' || !topFunctions(program).has(a.name)) continue;
    if (only !== null) return null;
    only = a.name;
  }
  return only;
}

/** The names of the module's top-level functions: `function handler() {}`, `const handler = async (req, res) => ...`. */
const functionNames = new WeakMap<Node, Set<string>>();
function topFunctions(program: Node): Set<string> {
  let names = functionNames.get(program);
  if (!names) {
    names = new Set();
    for (const stmt of program.body as Node[]) {
      const d = stmt.type === 'ExportNamedDeclaration' || stmt.type === 'ExportDefaultDeclaration' ? stmt.declaration : stmt;
      if (d?.type === 'FunctionDeclaration' && d.id) names.add(d.id.name);
      if (d?.type !== 'VariableDeclaration') continue;
      for (const v of d.declarations as Node[]) if (v.id.type === 'Identifier' && v.init && isFunction(unwrap(v.init))) names.add(v.id.name);
    }
    functionNames.set(program, names);
  }
  return names;
}

/** The module's top-level `const a = { ... }`: the object each such constant is. */
function constObjects(program: Node): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const stmt of program.body as Node[]) {
    if (stmt.type !== 'VariableDeclaration' || stmt.kind !== 'const') continue;
    for (const v of stmt.declarations as Node[]) if (v.id.type === 'Identifier' && v.init?.type === 'ObjectExpression') out.set(v.id.name, v.init);
  }
  return out;
}

/** The module's top-level `const a = b`: the name each such constant stands for. */
function constAliases(program: Node): Map<string, string> {
  const out = new Map<string, string>();
  for (const stmt of program.body as Node[]) {
    if (stmt.type !== 'VariableDeclaration' || stmt.kind !== 'const') continue;
    for (const v of stmt.declarations as Node[]) if (v.id.type === 'Identifier' && v.init?.type === 'Identifier') out.set(v.id.name, v.init.name);
  }
  return out;
}

/**
 * The properties of the object `module.exports` is given: an object literal, or `Object.assign({}, { a, b })` of literals only,
 * which is the same object. Null for anything else.
 */
function exportedProperties(right: Node): Node[] | null {
  if (right.type === 'ObjectExpression') return right.properties as Node[];
  if (right.type !== 'CallExpression' || right.arguments.length < 2) return null;
  const callee = unwrap(right.callee);
  if (callee.type !== 'MemberExpression' || unwrap(callee.object).type !== 'Identifier' || unwrap(callee.object).name !== 'Object' || propertyName(callee.property, callee.computed) !== 'assign') return null;
  const args = (right.arguments as Node[]).map(unwrap);
  if (args.some((a) => a.type !== 'ObjectExpression') || args[0]!.properties.length > 0) return null;
  return args.flatMap((a) => a.properties as Node[]);
}

/** `module.exports` -> `*`; `exports.f` / `module.exports.f` -> `f`. */
export function exportTarget(left: Node): string | null {
  if (left.type !== 'MemberExpression') return null;
  const name = propertyName(left.property, left.computed);
  const obj = left.object;
  if (obj.type === 'Identifier' && obj.name === 'module' && name === 'exports') return '*';
  if (obj.type === 'Identifier' && obj.name === 'exports') return name;
  if (obj.type === 'MemberExpression' && obj.object.type === 'Identifier' && obj.object.name === 'module' && propertyName(obj.property) === 'exports') return name;
  return null;
}

/**
 * Every name the module exports (`export * from` aside: see `reexports`), or null when that cannot
 * be told: CommonJS exports made at run time (`module.exports = make()`, `exports[name] = ...`,
 * `Object.defineProperty(exports, ...)`, exports inside a block).
 */
export function exportedNames(program: Node, text: string, byLocal: Map<string, string[]>): string[] | null {
  const names = new Set<string>();
  for (const list of byLocal.values()) for (const name of list) names.add(name);
  let commonJs = 0;
  for (const stmt of program.body as Node[]) {
    if (stmt.type === 'TSExportAssignment') return null;
    if (stmt.type === 'ExportNamedDeclaration' && stmt.source) for (const s of stmt.specifiers as Node[]) names.add(propertyName(s.exported) ?? '');
    if (stmt.type !== 'ExpressionStatement' || stmt.expression.type !== 'AssignmentExpression') continue;
    const { left, right } = stmt.expression;
    const target = exportTarget(left);
    if (target === null) continue;
    commonJs++;
    const props = target === '*' ? exportedProperties(right) : null;
    if (target === '*' && (props === null || props.some((p) => p.type !== 'Property' || propertyName(p.key, p.computed) === null))) return null;
  }
  // Any other mention of `exports` may make exports the statements above do not show.
  if (text.includes('exports') && (text.match(/\bexports\b/g)?.length ?? 0) > commonJs) return null;
  return [...names];
}
