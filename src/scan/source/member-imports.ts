import { isNode, propertyName, pushChildren, type Node } from './ast.ts';
import type { SourceModule } from './module.ts';

/**
 * The app's modules this one requires whole (`const notes = require('./notes')`) and uses only through fixed members
 * (`notes.save(...)`, `notes.list`): local name -> the members it uses. Such a require takes those exports, not all of
 * them, so an export no importer names stays idle (see `dropIdleMethods`). A name used any other way (handed on,
 * spread, indexed, re-bound) leaves the require whole; so does a shadowing name, the cheaper mistake. An ES module
 * namespace (`import * as notes`) stays whole.
 */
export function memberOnlyImports(mod: SourceModule): Record<string, string[]> | undefined {
  const wanted = new Map<string, Set<string>>();
  const required = new Set<string>();
  for (const stmt of mod.program.body as Node[]) {
    if (stmt.type !== 'VariableDeclaration') continue;
    for (const d of stmt.declarations as Node[]) if (d.id.type === 'Identifier' && isRequire(d.init)) required.add(d.id.name);
  }
  for (const [local, b] of mod.imports) {
    if (required.has(local) && b.imported === 'default' && (b.module.startsWith('.') || b.module.startsWith('/'))) wanted.set(local, new Set());
  }
  if (wanted.size === 0) return undefined;
  const whole = new Set<string>();
  const stack: Node[] = [mod.program];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'ImportDeclaration' || node.type === 'TSImportEqualsDeclaration') continue;
    if (node.type === 'VariableDeclarator' && node.id?.type === 'Identifier' && wanted.has(node.id.name) && isRequire(node.init)) continue;
    if (node.type === 'MemberExpression' && !node.computed && node.object?.type === 'Identifier' && wanted.has(node.object.name)) {
      const name = propertyName(node.property);
      if (name !== null) wanted.get(node.object.name)!.add(name);
      else whole.add(node.object.name);
      continue;
    }
    if (node.type === 'MemberExpression' && !node.computed) {
      if (isNode(node.object)) stack.push(node.object);
      continue;
    }
    if ((node.type === 'Identifier' || node.type === 'JSXIdentifier') && wanted.has(node.name)) {
      whole.add(node.name);
      continue;
    }
    pushChildren(stack, node);
  }
  const out: Record<string, string[]> = {};
  for (const [local, names] of wanted) if (!whole.has(local)) out[local] = [...names].sort();
  return Object.keys(out).length > 0 ? out : undefined;
}

function isRequire(init: Node | null | undefined): boolean {
  return init?.type === 'CallExpression' && init.callee?.type === 'Identifier' && init.callee.name === 'require';
}
