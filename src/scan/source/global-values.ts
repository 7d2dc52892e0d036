import { propertyName, unwrap, type Node } from './ast.ts';
import type { Scope } from './scope.ts';

// A client kept on the global object across reloads (Next.js): `globalThis.prisma = new PrismaClient()`,
// `const globalForPrisma = globalThis; globalForPrisma.prisma ??= ...`, read back as `globalThis.prisma`.

const GLOBALS = new Set(['global', 'globalThis']);

/** Whether an expression is the global object: `globalThis`, `global`, or a name bound to it (`globalThis as unknown as {...}`). */
function isGlobal(scope: Scope, expr: Node): boolean {
  const node = unwrap(expr);
  if (node.type !== 'Identifier') return false;
  const b = scope.lookup(node.name);
  if (!b) return GLOBALS.has(node.name) && !scope.mod.imports.has(node.name);
  const init = b.init ? unwrap(b.init) : null;
  return init?.type === 'Identifier' && GLOBALS.has(init.name) && !scope.lookup(init.name);
}

/**
 * The values the module's top-level code assigns to a member of the global object that `member` reads
 * (`globalThis.prisma` given `globalThis.prisma = new PrismaClient()`, also inside a top-level `if`); empty when it is no such member.
 */
export function globalValues(scope: Scope, member: Node): Node[] {
  const node = unwrap(member);
  const name = node.type === 'MemberExpression' ? propertyName(node.property, node.computed) : null;
  if (name === null || !isGlobal(scope, node.object)) return [];
  const out: Node[] = [];
  const visit = (stmt: Node | null | undefined): void => {
    if (!stmt) return;
    if (stmt.type === 'BlockStatement') for (const s of stmt.body as Node[]) visit(s);
    else if (stmt.type === 'IfStatement') {
      visit(stmt.consequent);
      visit(stmt.alternate);
    } else if (stmt.type === 'ExpressionStatement') {
      const expr = unwrap(stmt.expression);
      const left = expr.type === 'AssignmentExpression' ? unwrap(expr.left) : null;
      if (left?.type === 'MemberExpression' && propertyName(left.property, left.computed) === name && isGlobal(scope, left.object)) out.push(expr.right);
    }
  };
  for (const stmt of scope.mod.program.body as Node[]) visit(stmt);
  return out;
}
