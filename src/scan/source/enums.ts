import { propertyName, type Node } from './ast.ts';

// TypeScript enums of the app's code (`enum Actions { GetIssues = 'getIssues' }`): their string members are constants.

const byProgram = new WeakMap<Node, Map<string, Map<string, Node>>>();

/** The enums a module declares at its top, exported or not: each member's initializer, by enum and member name. */
export function moduleEnums(program: Node): Map<string, Map<string, Node>> {
  let out = byProgram.get(program);
  if (out) return out;
  out = new Map();
  for (const stmt of program.body as Node[]) {
    const decl = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
    if (decl?.type !== 'TSEnumDeclaration') continue;
    const members = new Map<string, Node>();
    for (const m of (decl.body?.members ?? decl.members ?? []) as Node[]) {
      const name = propertyName(m.id);
      if (name !== null && m.initializer) members.set(name, m.initializer);
    }
    out.set(decl.id.name, members);
  }
  byProgram.set(program, out);
  return out;
}

/** `Actions.GetIssues` of an enum the module declares: the member's initializer, or null. */
export function enumMember(program: Node, name: string, member: string): Node | null {
  return moduleEnums(program).get(name)?.get(member) ?? null;
}
