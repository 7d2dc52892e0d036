import { mayNestDeeply } from '../utils/nesting.ts';
import { formatPath, type PathSegment } from './doc-path.ts';
import { oxc } from '../utils/oxc.ts';

/** A Connect descriptor written as an object literal in code, evaluated as far as it is literal. */
export interface CodeDescriptor {
  value: Record<string, unknown>;
  /** Offset of each property or item, keyed by `formatPath`. */
  offsets: Map<string, number>;
  offset: number;
  /** Whether the literal spreads another object into itself (`{ ...descriptor, baseUrl }`). */
  spreads: boolean;
  /** The JSON module the literal spreads, when it imports one (`require('./descriptor.json')`). */
  base: string | null;
}

interface Node {
  type: string;
  start: number;
  [key: string]: unknown;
}

/** Cheap filter before parsing: the words a descriptor literal cannot do without. */
export function mayHoldDescriptor(source: string): boolean {
  return source.includes('modules') && source.includes('key') && /baseUrl|scopes|lifecycle|authentication/.test(source);
}

/**
 * Finds an object literal with `key` and `modules` properties, such as the descriptor an Express
 * route returns (`res.json({ key, baseUrl, modules, scopes })`). Values that are not literal
 * (`process.env.BASE_URL`, calls) become null; top-level constants with literal values are resolved.
 */
export function findCodeDescriptor(file: string, source: string): CodeDescriptor | null {
  let program: Node;
  // Code nested that deeply is no descriptor, and could overrun the parser's stack.
  if (mayNestDeeply(source)) return null;
  try {
    program = oxc().parseSync(file, source, { preserveParens: false }).program as unknown as Node;
  } catch {
    return null;
  }
  const constants = new Map<string, Node>();
  const jsonModules = new Map<string, string>();
  for (const statement of (program.body as Node[]) ?? []) {
    if (statement.type === 'ImportDeclaration') {
      const module = (statement.source as Node).value as string;
      const local = (statement.specifiers as Node[]).find((s) => s.type !== 'ImportSpecifier')?.local as Node | undefined;
      if (local && module.endsWith('.json')) jsonModules.set(local.name as string, module);
      continue;
    }
    const declaration = statement.type === 'ExportNamedDeclaration' ? (statement.declaration as Node | null) : statement;
    if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const') continue;
    for (const declarator of declaration.declarations as Node[]) {
      const id = declarator.id as Node;
      if (id.type !== 'Identifier' || !declarator.init) continue;
      constants.set(id.name as string, declarator.init as Node);
      const module = requiredModule(declarator.init as Node);
      if (module?.endsWith('.json')) jsonModules.set(id.name as string, module);
    }
  }
  const found = findObject(program);
  if (!found) return null;
  const offsets = new Map<string, number>();
  const value = evaluate(found, [], offsets, constants, 0) as Record<string, unknown>;
  const spread = (found.properties as Node[]).filter((p) => p.type === 'SpreadElement').map((p) => unwrap(p.argument as Node));
  const base = spread.map((n) => (n.type === 'Identifier' ? jsonModules.get(n.name as string) : undefined)).find((m) => m !== undefined) ?? null;
  return { value, offsets, offset: found.start, spreads: spread.length > 0, base };
}

/** `require('./descriptor.json')`: the module's name. */
function requiredModule(raw: Node): string | null {
  const node = unwrap(raw);
  if (node.type !== 'CallExpression' || (node.callee as Node).type !== 'Identifier' || (node.callee as Node).name !== 'require') return null;
  const argument = (node.arguments as Node[])[0];
  return argument?.type === 'Literal' && typeof argument.value === 'string' ? argument.value : null;
}

function unwrap(node: Node): Node {
  let current = node;
  while (['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'ParenthesizedExpression'].includes(current.type)) current = current.expression as Node;
  return current;
}

function propertyKey(property: Node): string | null {
  const key = property.key as Node;
  if (property.computed) return key.type === 'Literal' ? String(key.value) : null;
  return key.type === 'Identifier' ? (key.name as string) : key.type === 'Literal' ? String(key.value) : null;
}

function findObject(root: Node): Node | null {
  // Depth-first in source order: the outermost matching literal wins.
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
      continue;
    }
    if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') continue;
    const n = node as Node;
    if (n.type === 'ObjectExpression') {
      const keys = new Set((n.properties as Node[]).filter((p) => p.type === 'Property').map(propertyKey));
      if (keys.has('key') && keys.has('modules')) return n;
    }
    const children = Object.values(n).filter((v) => v && typeof v === 'object');
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return null;
}

function evaluate(raw: Node, path: PathSegment[], offsets: Map<string, number>, constants: Map<string, Node>, depth: number): unknown {
  const node = unwrap(raw);
  if (depth > 20) return null;
  switch (node.type) {
    case 'Literal':
      return node.value instanceof RegExp || typeof node.value === 'bigint' ? null : node.value;
    case 'TemplateLiteral':
      return (node.expressions as Node[]).length === 0 ? ((node.quasis as Node[])[0]?.value as { cooked?: string | null } | undefined)?.cooked ?? null : null;
    case 'Identifier': {
      const init = constants.get(node.name as string);
      return init && depth < 20 ? evaluate(init, path, new Map(), constants, depth + 1) : null;
    }
    case 'ArrayExpression':
      return (node.elements as Array<Node | null>).map((element, i) => {
        if (!element || element.type === 'SpreadElement') return null;
        offsets.set(formatPath([...path, i]), element.start);
        return evaluate(element, [...path, i], offsets, constants, depth + 1);
      });
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      for (const property of node.properties as Node[]) {
        if (property.type !== 'Property') continue;
        const key = propertyKey(property);
        if (key === null) continue;
        offsets.set(formatPath([...path, key]), property.start);
        out[key] = evaluate(property.value as Node, [...path, key], offsets, constants, depth + 1);
      }
      return out;
    }
    default:
      return null;
  }
}
