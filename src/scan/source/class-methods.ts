import { propertyName, type Node } from './ast.ts';

const methodsOf = new WeakMap<Node, Map<string, Node>>();

/** The function of the method `name` of the module's top-level class `cls` (`class Repo { key(id) {...} }`), or null. */
export function classMethod(program: Node, cls: string, name: string): Node | null {
  let methods = methodsOf.get(program);
  if (methods === undefined) {
    methods = new Map();
    for (const stmt of program.body as Node[]) {
      const decl = stmt.type === 'ExportNamedDeclaration' || stmt.type === 'ExportDefaultDeclaration' ? stmt.declaration : stmt;
      if (decl?.type === 'ClassDeclaration' && decl.id) addMethods(methods, decl.id.name, decl);
      else if (decl?.type === 'VariableDeclaration') for (const d of decl.declarations as Node[]) if (d.id.type === 'Identifier' && d.init?.type === 'ClassExpression') addMethods(methods, d.id.name, d.init);
    }
    methodsOf.set(program, methods);
  }
  return methods.get(`${cls}.${name}`) ?? null;
}

function addMethods(out: Map<string, Node>, cls: string, node: Node): void {
  for (const el of node.body.body as Node[]) {
    const name = el.type === 'MethodDefinition' && el.kind === 'method' && !el.static ? propertyName(el.key, el.computed) : null;
    if (name !== null) out.set(`${cls}.${name}`, el.value);
  }
}
