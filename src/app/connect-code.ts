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
  let built: Built | undefined;
  const env: Env = { constants, bound: new Map(), built: () => (built ??= collectBuilt(program)) };
  const value = evaluate(found, [], offsets, env, 0) as Record<string, unknown>;
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

/** What a descriptor's values may name: top-level constants, the item a loop or `map` is at, and (worked out when first needed) a function's own. */
interface Env {
  constants: Map<string, Node>;
  /** The items a loop or `map` callback is at, by its variable (`ev` of `for (const ev of events)`). */
  bound: Map<string, Node>;
  built: () => Built;
}

/** The file's `const`s below the top level, null for a name declared twice, and what each array is given by `push`, with the loop it is in. */
interface Built {
  locals: Map<string, Node | null>;
  pushes: Map<string, Array<{ value: Node; loop: { name: string; list: Node } | null }>>;
}

/** `const webhooks = []; for (const ev of events) webhooks.push({ event: ev, url })`: the pieces of a descriptor a function builds. */
function collectBuilt(program: Node): Built {
  const out: Built = { locals: new Map(), pushes: new Map() };
  const visit = (node: unknown, loop: { name: string; list: Node } | null, depth: number): void => {
    if (depth > 200 || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child, loop, depth + 1);
      return;
    }
    const n = node as Node;
    if (typeof n.type !== 'string') return;
    if (n.type === 'VariableDeclaration' && n.kind === 'const') {
      for (const d of n.declarations as Node[]) {
        const id = d.id as Node;
        if (id.type === 'Identifier' && d.init) out.locals.set(id.name as string, out.locals.has(id.name as string) ? null : (d.init as Node));
      }
    }
    if (n.type === 'ForOfStatement') {
      const left = n.left as Node;
      const declared = left.type === 'VariableDeclaration' ? ((left.declarations as Node[])[0]?.id as Node | undefined) : undefined;
      visit(n.right, loop, depth + 1);
      visit(n.body, declared?.type === 'Identifier' ? { name: declared.name as string, list: n.right as Node } : null, depth + 1);
      return;
    }
    const callee = n.type === 'CallExpression' ? unwrap(n.callee as Node) : null;
    if (callee?.type === 'MemberExpression' && !callee.computed && (callee.property as Node).name === 'push' && unwrap(callee.object as Node).type === 'Identifier') {
      const name = unwrap(callee.object as Node).name as string;
      const list = out.pushes.get(name) ?? [];
      for (const value of n.arguments as Node[]) if (value.type !== 'SpreadElement') list.push({ value, loop });
      out.pushes.set(name, list);
    }
    for (const [key, child] of Object.entries(n)) if (key !== 'type' && child && typeof child === 'object') visit(child, loop, depth + 1);
  };
  visit(program.body, null, 0);
  return out;
}

function evaluate(raw: Node, path: PathSegment[], offsets: Map<string, number>, env: Env, depth: number): unknown {
  const node = unwrap(raw);
  if (depth > 20) return null;
  switch (node.type) {
    case 'Literal':
      return node.value instanceof RegExp || typeof node.value === 'bigint' ? null : node.value;
    case 'TemplateLiteral':
      return (node.expressions as Node[]).length === 0 ? ((node.quasis as Node[])[0]?.value as { cooked?: string | null } | undefined)?.cooked ?? null : null;
    case 'Identifier': {
      const name = node.name as string;
      // The item a loop or `map` is at: its value, and where the list names it.
      const item = env.bound.get(name);
      if (item) {
        offsets.set(formatPath(path), item.start);
        return evaluate(item, path, new Map(), env, depth + 1);
      }
      const init = env.constants.get(name) ?? env.built().locals.get(name);
      if (!init) return null;
      if (unwrap(init).type === 'ArrayExpression' && (unwrap(init).elements as unknown[]).length === 0) return pushed(name, path, offsets, env, depth);
      return evaluate(init, path, new Map(), env, depth + 1);
    }
    case 'CallExpression':
      return mapped(node, path, offsets, env, depth);
    case 'ArrayExpression':
      return (node.elements as Array<Node | null>).map((element, i) => {
        if (!element || element.type === 'SpreadElement') return null;
        offsets.set(formatPath([...path, i]), element.start);
        return evaluate(element, [...path, i], offsets, env, depth + 1);
      });
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      for (const property of node.properties as Node[]) {
        if (property.type !== 'Property') continue;
        const key = propertyKey(property);
        if (key === null) continue;
        offsets.set(formatPath([...path, key]), property.start);
        out[key] = evaluate(property.value as Node, [...path, key], offsets, env, depth + 1);
      }
      return out;
    }
    default:
      return null;
  }
}

/** The items of a list (`events`, or the array literal itself), as nodes; null when it is no array literal. */
function listItems(raw: Node, env: Env): Node[] | null {
  let node = unwrap(raw);
  if (node.type === 'Identifier') {
    const init = env.constants.get(node.name as string) ?? env.built().locals.get(node.name as string);
    node = init ? unwrap(init) : node;
  }
  if (node.type !== 'ArrayExpression') return null;
  const items = node.elements as Array<Node | null>;
  return items.every((item) => item !== null && item.type !== 'SpreadElement') ? (items as Node[]) : null;
}

/** An array begun empty and given its items by `push`, once per item of the list a loop pushes in. */
function pushed(name: string, path: PathSegment[], offsets: Map<string, number>, env: Env, depth: number): unknown[] | null {
  const out: unknown[] = [];
  for (const { value, loop } of env.built().pushes.get(name) ?? []) {
    const items = loop ? listItems(loop.list, env) : [null];
    if (!items) return null;
    for (const item of items) out.push(atItem(value, loop?.name ?? null, item, [...path, out.length], offsets, env, depth));
  }
  return out.length > 0 ? out : null;
}

/** `events.map((event) => ({ event, url }))`: the callback's value for each item of a list literal. */
function mapped(node: Node, path: PathSegment[], offsets: Map<string, number>, env: Env, depth: number): unknown[] | null {
  const callee = unwrap(node.callee as Node);
  const fn = (node.arguments as Node[])[0];
  if (callee.type !== 'MemberExpression' || callee.computed || (callee.property as Node).name !== 'map' || !fn) return null;
  if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') return null;
  const param = (fn.params as Node[])[0];
  const body = fn.body as Node;
  const only = body.type === 'BlockStatement' ? (body.body as Node[]) : null;
  const value = only === null ? body : only.length === 1 && only[0]!.type === 'ReturnStatement' ? (only[0]!.argument as Node | null) : null;
  const items = param?.type === 'Identifier' && value ? listItems(callee.object as Node, env) : null;
  return items ? items.map((item, i) => atItem(value!, param!.name as string, item, [...path, i], offsets, env, depth)) : null;
}

/** A value with a loop's variable standing for one item, found where the list names that item. */
function atItem(value: Node, name: string | null, item: Node | null, path: PathSegment[], offsets: Map<string, number>, env: Env, depth: number): unknown {
  if (item) offsets.set(formatPath(path), item.start);
  const bound = name !== null && item ? new Map(env.bound).set(name, item) : env.bound;
  return evaluate(value, path, offsets, { ...env, bound }, depth + 1);
}
