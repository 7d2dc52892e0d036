import { isFunction, unwrap, type Node } from '../ast.ts';
import { exportTarget } from '../exports.ts';
import { bindMembers, hasMethods } from '../functions-named.ts';
import type { SourceModule } from '../module.ts';
import type { Scope } from '../scope.ts';

/** Binds the module's top-level functions, classes, objects of functions and constants: they are visible to functions declared above them. */
export function bindModuleNames(scope: Scope, mod: SourceModule): void {
  for (const stmt of mod.program.body as Node[]) {
    const decl = stmt.type === 'ExportNamedDeclaration' || stmt.type === 'ExportDefaultDeclaration' ? stmt.declaration : stmt;
    if (decl?.type === 'FunctionDeclaration' && decl.id) {
      scope.bind(decl.id.name, null, []);
      Object.assign(scope.lookup(decl.id.name)!, { topFunction: true, declaration: decl });
    }
    // `module.exports = class JiraService {...}`
    const exported = decl?.type === 'ExpressionStatement' && decl.expression.type === 'AssignmentExpression' && decl.expression.right.type === 'ClassExpression' && exportTarget(decl.expression.left) === '*' ? decl.expression.right : null;
    if (exported) {
      bindMembers(scope, exported);
      scope.classes.add(exported.id?.name ?? 'default');
    }
    if (decl?.type === 'ClassDeclaration' || decl?.type === 'ClassExpression') {
      bindMembers(scope, decl);
      if (decl.id) scope.classes.add(decl.id.name);
    }
    // `var documentHelper = { getConfig: function (...) {...} }` in code written before `const`: an object of functions too.
    if (decl?.type === 'VariableDeclaration' && decl.kind === 'var') {
      for (const d of decl.declarations as Node[]) if (d.id.type === 'Identifier' && d.init?.type === 'ObjectExpression' && hasMethods(d.init)) scope.objects.set(d.id.name, d.init);
    }
    if (decl?.type === 'VariableDeclaration' && decl.kind === 'const') {
      for (const d of decl.declarations as Node[]) {
        if (d.id.type === 'Identifier' && d.init?.type === 'ClassExpression') {
          bindMembers(scope, d.init);
          scope.classes.add(d.id.name);
          continue;
        }
        if (d.id.type === 'Identifier' && d.init?.type === 'ObjectExpression' && hasMethods(d.init)) scope.objects.set(d.id.name, d.init);
        // `const integrations = [{ createTask(issue) {...} }]`: each item an object of functions, `integrations.0`.
        if (d.id.type === 'Identifier' && d.init?.type === 'ArrayExpression') {
          (d.init.elements as Array<Node | null>).forEach((item, i) => {
            if (item?.type !== 'ObjectExpression' || !hasMethods(item)) return;
            scope.objects.set(`${d.id.name}.${i}`, item);
            scope.itemObjects.set(item, `${d.id.name}.${i}`);
          });
        }
        if (!d.init || d.id.type !== 'Identifier' || mod.imports.has(d.id.name)) continue;
        scope.bind(d.id.name, d.init, []);
        if (isFunction(unwrap(d.init))) scope.lookup(d.id.name)!.topFunction = true;
      }
    }
  }
}

/**
 * `export const jira = new JiraService()`, `export default new JiraService()`, `module.exports = new JiraService()`: the class's methods are exported
 * with the instance too. Returns the names each class's instances are exported as.
 */
export function exportedInstances(scope: Scope, program: Node, exportsOf: ReadonlyMap<string, string[]>): Map<string, string[]> {
  const instances = new Map<string, string[]>();
  for (const stmt of program.body as Node[]) {
    const decl = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
    const built: Array<[Node, string[]]> = stmt.type === 'ExportDefaultDeclaration' ? [[stmt.declaration, ['default']]] : [];
    if (decl?.type === 'VariableDeclaration') for (const d of decl.declarations as Node[]) if (d.init && d.id.type === 'Identifier') built.push([d.init, exportsOf.get(d.id.name) ?? []]);
    // CommonJS: `module.exports = new NotesService()`, `exports.notes = new NotesService()`.
    if (stmt.type === 'ExpressionStatement' && stmt.expression.type === 'AssignmentExpression' && unwrap(stmt.expression.right).type === 'NewExpression') {
      const target = exportTarget(stmt.expression.left);
      if (target) built.push([stmt.expression.right, [target === '*' ? 'default' : target]]);
    }
    for (const [init, names] of built) {
      const node = unwrap(init);
      const cls = node.type === 'NewExpression' && node.callee.type === 'Identifier' && scope.classes.has(node.callee.name) ? node.callee.name as string : null;
      if (cls && names.length > 0) instances.set(cls, [...(instances.get(cls) ?? []), ...names]);
    }
    if (stmt.type === 'ExportDefaultDeclaration' && stmt.declaration.type === 'ObjectExpression' && hasMethods(stmt.declaration)) scope.objects.set('default', stmt.declaration);
  }
  return instances;
}
