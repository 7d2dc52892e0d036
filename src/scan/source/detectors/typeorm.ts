import type { StorageOp } from '../../facts.ts';
import { propertyName, unwrap, type Node } from '../ast.ts';
import type { CallSite } from '../context.ts';
import type { Scope } from '../scope.ts';
import orm from '../../../data/orm-clients.json' with { type: 'json' };

type OpSpec = { op: string; value?: number };
const OPS: Record<string, OpSpec> = orm.typeorm.ops;
const CLASSES = new Set(orm.typeorm.classes);

export interface TypeormOp { op: StorageOp['op']; table: string | null; api: string; value: Node | null }

/**
 * A call on TypeORM's Repository a class is handed (`constructor(@InjectRepository(Client) private repo: Repository<Client>)`,
 * `this.repo.save(row)`): the entity's table by the class the repository is typed with, or given to `@InjectRepository`.
 */
export function typeormOp(site: CallSite, scope: Scope): TypeormOp | null {
  const { ref, node } = site;
  const steps = ref.steps;
  const last = steps[steps.length - 1]?.name ?? '';
  if (!Object.hasOwn(OPS, last) || steps.length !== 3 || !CLASSES.has(steps[0]!.name) || steps[1]!.name !== 'new') return null;
  const spec = OPS[last]!;
  const op = spec.op as StorageOp['op'];
  const callee = unwrap(node.callee);
  const member = callee.type === 'MemberExpression' ? unwrap(callee.object) : null;
  const name = member?.type === 'MemberExpression' && unwrap(member.object).type === 'ThisExpression' ? propertyName(member.property, member.computed) : null;
  const table = name !== null && scope.currentClass !== null ? entityOf(scope, scope.currentClass, name) : null;
  return { op, table, api: `typeorm.${last}`, value: op === 'write' ? (node.arguments[spec.value ?? 0] as Node | undefined) ?? null : null };
}

/** The entity of the constructor parameter `member` of the class: `Repository<Client>`'s type argument, or `@InjectRepository(Client)`'s. */
function entityOf(scope: Scope, className: string, member: string): string | null {
  for (const stmt of scope.mod.program.body as Node[]) {
    const decl = stmt.type === 'ExportNamedDeclaration' || stmt.type === 'ExportDefaultDeclaration' ? stmt.declaration : stmt;
    if (decl?.type !== 'ClassDeclaration' || decl.id?.name !== className) continue;
    const ctor = (decl.body.body as Node[]).find((m) => m.type === 'MethodDefinition' && m.kind === 'constructor');
    for (const param of (ctor?.value.params ?? []) as Node[]) {
      const id = param.type === 'TSParameterProperty' ? param.parameter : param;
      if (id.type !== 'Identifier' || id.name !== member) continue;
      const typed = id.typeAnnotation?.typeAnnotation;
      const args = (typed?.typeArguments ?? typed?.typeParameters)?.params as Node[] | undefined;
      const arg = args?.[0]?.type === 'TSTypeReference' && args[0].typeName.type === 'Identifier' ? args[0].typeName.name as string : null;
      if (arg) return arg;
      for (const d of (param.decorators ?? []) as Node[]) {
        const call = unwrap(d.expression);
        const given = call.type === 'CallExpression' ? unwrap(call.arguments[0] ?? call) : null;
        if (given?.type === 'Identifier') return given.name;
      }
    }
  }
  return null;
}
