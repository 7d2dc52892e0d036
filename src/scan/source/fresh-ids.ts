import { unwrap, type Node } from './ast.ts';
import type { Scope } from './scope.ts';
import fresh from '../../data/fresh-ids.json' with { type: 'json' };

const GLOBALS = new Set(fresh.globals);
const MODULES = fresh.modules as Record<string, string[]>;

/** `randomUUID()`, `crypto.randomUUID()`, `uuidv4()`, `nanoid()`: a fresh random identifier (`src/data/fresh-ids.json`), no one's data. */
export function isFreshId(scope: Scope, value: Node): boolean {
  const node = unwrap(value);
  if (node.type !== 'CallExpression') return false;
  const ref = scope.ref(node.callee);
  const names = ref.steps.map((s) => s.name);
  if (ref.root === 'global') return GLOBALS.has([ref.name, ...names].join('.'));
  if (ref.root !== 'import' || ref.module === null || !Object.hasOwn(MODULES, ref.module) || names.length > 1) return false;
  const name = names[0] ?? ref.imported;
  return name !== undefined && MODULES[ref.module]!.includes(name);
}

/** A fresh identifier, or a name given one and nothing else since (`const userId = randomUUID()`, `this.visitorId` of such a member). */
export function givesFreshId(scope: Scope, value: Node): boolean {
  const node = unwrap(value);
  if (node.type === 'Identifier') {
    const b = scope.lookup(node.name);
    return b?.init !== undefined && b.init !== null && !b.grown && !b.param && isFreshId(scope, b.init);
  }
  if (node.type === 'MemberExpression') return unwrap(node.object).type === 'ThisExpression' && scope.freshMember(node);
  return isFreshId(scope, node);
}
