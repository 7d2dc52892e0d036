import { consoleAlias } from './detectors/logs.ts';
import { isFunction, propertyName, unwrap, type Node } from './ast.ts';
import type { WordCount } from './words.ts';

/**
 * A module's own top-level functions that nothing names: declared, not exported, and their name
 * written nowhere else in the file (`async function removeFromSprint(...) { ... }` left behind). Their
 * calls never run, so they reach no product, host or store. A name written anywhere else, even in a
 * comment or a string, keeps the function.
 */
export function unreferencedFunctions(program: Node, words: WordCount, exported: ReadonlyMap<string, readonly string[]>, imports: number): Set<Node> {
  const out = new Set<Node>();
  // A script that neither imports nor exports shares its functions with the page's other scripts and its HTML (`onclick="load()"`).
  if (imports === 0 && exported.size === 0 && !(program.body as Node[]).some((s) => s.type.startsWith('Export'))) return out;
  const consider = (name: string, fn: Node): void => {
    if ((exported.get(name)?.length ?? 0) > 0 || words.writtenAgain(name)) return;
    out.add(fn);
  };
  for (const stmt of program.body as Node[]) {
    if (stmt.type === 'FunctionDeclaration' && stmt.id) consider(stmt.id.name, stmt);
    if (stmt.type !== 'VariableDeclaration') continue;
    for (const d of stmt.declarations as Node[]) {
      const init = d.init ? unwrap(d.init) : null;
      if (d.id.type === 'Identifier' && init && isFunction(init)) consider(d.id.name, init);
    }
  }
  return out;
}

/** Methods the language or the runtime calls by their name alone. */
const IMPLICIT = new Set(['constructor', 'toJSON', 'toString', 'valueOf', 'then', 'inspect', 'toLocaleString', 'handleEvent']);

/**
 * The methods of the module's top-level classes whose name the file writes once, where it declares them
 * (`async deleteIssue(key) { ... }`): unless another file of the app writes it, nothing calls them (see
 * `idleMethods` of the scan). A class that extends or implements another, or is decorated, is left out:
 * its framework may call its methods by their names (`render`, `onModuleInit`, a route handler).
 */
export function methodCandidates(program: Node, words: WordCount): Array<{ name: string; node: Node }> {
  const out: Array<{ name: string; node: Node }> = [];
  for (const stmt of program.body as Node[]) {
    const cls = stmt.type === 'ExportNamedDeclaration' || stmt.type === 'ExportDefaultDeclaration' ? stmt.declaration : stmt;
    if (cls?.type !== 'ClassDeclaration' || cls.superClass || (cls.implements?.length ?? 0) > 0 || (cls.decorators?.length ?? 0) > 0) continue;
    for (const el of cls.body.body as Node[]) {
      const fn = el.type === 'MethodDefinition' && el.kind === 'method' ? el.value : el.type === 'PropertyDefinition' && el.value && isFunction(unwrap(el.value)) ? unwrap(el.value) : null;
      const name = fn && !el.computed && (el.decorators?.length ?? 0) === 0 ? propertyName(el.key) : null;
      if (name === null || IMPLICIT.has(name) || words.writtenAgain(name)) continue;
      out.push({ name, node: el });
    }
  }
  return out;
}

/**
 * The module's exported top-level functions whose name the file writes once, where it declares them
 * (`export const deleteProperty = async (key) => ...`): when other files of the app import the module and
 * none of them writes the name, nothing calls them (see `idleMethods` of the scan).
 */
export function exportCandidates(program: Node, words: WordCount): Array<{ name: string; node: Node }> {
  const out: Array<{ name: string; node: Node }> = [];
  for (const stmt of program.body as Node[]) {
    const decl = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : null;
    if (decl?.type === 'FunctionDeclaration' && decl.id && !words.writtenAgain(decl.id.name)) out.push({ name: decl.id.name, node: stmt });
    if (decl?.type !== 'VariableDeclaration' || decl.declarations.length !== 1) continue;
    const d = decl.declarations[0] as Node;
    const init = d.init ? unwrap(d.init) : null;
    // A console method exported under a name of its own (`export const warn = console.warn`) logs what its callers pass.
    if (d.id.type === 'Identifier' && init && (isFunction(init) || consoleAlias(init)) && !words.writtenAgain(d.id.name)) out.push({ name: d.id.name, node: stmt });
  }
  out.push(...commonJsCandidates(program, words));
  return out;
}

/**
 * The same for CommonJS: a top-level function the file writes twice, where it declares it and in the shorthand of
 * `module.exports = { saveForm, ... }`, and a function assigned to `exports.saveForm` (or `module.exports.saveForm`)
 * whose name the file writes there only.
 */
function commonJsCandidates(program: Node, words: WordCount): Array<{ name: string; node: Node }> {
  const out: Array<{ name: string; node: Node }> = [];
  const functions = new Map<string, Node>();
  for (const stmt of program.body as Node[]) {
    if (stmt.type === 'FunctionDeclaration' && stmt.id) functions.set(stmt.id.name, stmt);
    if (stmt.type === 'VariableDeclaration' && stmt.declarations.length === 1) {
      const d = stmt.declarations[0] as Node;
      if (d.id.type === 'Identifier' && d.init && isFunction(unwrap(d.init))) functions.set(d.id.name, stmt);
    }
  }
  for (const stmt of program.body as Node[]) {
    const assign = stmt.type === 'ExpressionStatement' && stmt.expression.type === 'AssignmentExpression' && stmt.expression.operator === '=' ? stmt.expression : null;
    if (!assign) continue;
    const target = exportsTarget(assign.left);
    if (target === '') {
      const object = unwrap(assign.right);
      if (object.type !== 'ObjectExpression') continue;
      for (const prop of object.properties as Node[]) {
        if (prop.type !== 'Property' || !prop.shorthand || prop.key.type !== 'Identifier') continue;
        const fn = functions.get(prop.key.name);
        if (fn && words.count(prop.key.name) === 2) out.push({ name: prop.key.name, node: fn });
      }
    } else if (target !== null && isFunction(unwrap(assign.right)) && words.count(target) === 1) {
      out.push({ name: target, node: stmt });
    }
  }
  return out;
}

/** `module.exports` -> '', `exports.name` or `module.exports.name` -> 'name', anything else -> null. */
function exportsTarget(node: Node): string | null {
  const isModuleExports = (n: Node): boolean => n.type === 'MemberExpression' && !n.computed && n.object.type === 'Identifier' && n.object.name === 'module' && propertyName(n.property) === 'exports';
  if (isModuleExports(node)) return '';
  if (node.type !== 'MemberExpression' || node.computed) return null;
  const exportsObject = (node.object.type === 'Identifier' && node.object.name === 'exports') || isModuleExports(node.object);
  return exportsObject ? propertyName(node.property) : null;
}

