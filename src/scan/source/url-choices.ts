import { propertyName, unwrap, type Node } from './ast.ts';
import { evalStr } from './evaluate.ts';
import type { Scope } from './scope.ts';
import { HOLE, hasImported, hasMarks, hasParam } from './string-marks.ts';

/** How many URLs a request's URL may be, at most, for the scan to list them. */
const MAX_CHOICES = 8;

/**
 * The URLs a request's URL may be when it is one of a few constants, none known as a whole: a table's entry
 * (`URLS[env]`, `URLS[env] || URLS.demo` of `const URLS = { demo: 'https://demo-api...', prod: 'https://api...' }`), a choice
 * (`prod ? 'https://api...' : 'https://demo-api...'`), also at the start of a template (`${URLS[env]}/omni/start`), the rest
 * of which may stay unknown. Null when it is no such choice.
 */
export function urlChoices(scope: Scope, url: Node): string[] | null {
  const found = choicesOf(scope, url, 0);
  return found !== null && found.length > 1 && !found.some((u) => hasParam(u) || hasImported(u)) ? found : null;
}

/** The constant strings an expression may be; null for one it may be anything else. */
function choicesOf(scope: Scope, expr: Node, depth: number): string[] | null {
  const node = unwrap(expr);
  if (depth > 4) return null;
  switch (node.type) {
    case 'TemplateLiteral': {
      // Each part a choice or what it evaluates to, unknown parts holes (`${base}/issue/${id}`); one choice at least.
      let out = [''];
      let chosen = false;
      for (let i = 0; i < node.quasis.length; i++) {
        const e = node.expressions[i] as Node | undefined;
        const parts = e ? choicesOf(scope, e, depth + 1) : [''];
        if (parts && parts.length > 1) chosen = true;
        const text = node.quasis[i].value.cooked ?? node.quasis[i].value.raw;
        const values = parts ?? [evalStr(scope, e) ?? HOLE];
        out = out.flatMap((prefix) => values.map((v) => `${prefix}${text}${v}`));
        if (out.length > MAX_CHOICES) return null;
      }
      // `\`/api/items?q=${q}\`` beside a choice of another branch: one URL whose host is known, the rest a hole.
      return chosen ? [...new Set(out)] : knownHost(out[0]!) ? out : null;
    }
    case 'ConditionalExpression':
      return either(scope, node.consequent, node.alternate, depth);
    case 'LogicalExpression':
      return node.operator === '&&' ? null : either(scope, node.left, node.right, depth);
    case 'MemberExpression': {
      // `URLS[env]` of a key not known: any of the table's values.
      const table = node.computed ? constantTable(scope, unwrap(node.object)) : null;
      const key = table ? evalStr(scope, node.property) : null;
      if (table && (key === null || hasMarks(key))) return valuesOf(scope, table, depth);
      // `this.baseUrl` of `this.baseUrl = options.baseUrl || DEFAULT_URL`: what the builder gives, not known, or the module's default.
      const fallback = !node.computed && unwrap(node.object).type === 'ThisExpression' && scope.currentClass !== null ? scope.memberFallbacks.get(propertyName(node.property) ?? '') : null;
      const known = fallback ? choicesOf(scope, fallback, depth + 1) : null;
      if (known && known.length < MAX_CHOICES) return [...known, HOLE];
      break;
    }
    case 'Identifier': {
      const b = scope.lookup(node.name);
      if (b?.init && !b.grown && !b.param && !b.paramKey && b.values?.length === 1) return choicesOf(scope, b.init, depth + 1);
      break;
    }
  }
  const text = evalStr(scope, node);
  return text !== null && !hasMarks(text) ? [text] : null;
}

function either(scope: Scope, a: Node, b: Node, depth: number): string[] | null {
  const left = choicesOf(scope, a, depth + 1);
  const right = left ? choicesOf(scope, b, depth + 1) : null;
  return left && right && left.length + right.length <= MAX_CHOICES ? [...new Set([...left, ...right])] : null;
}

/** An object literal a constant of the module or function is bound to and never changed (`const URLS = { ... }`). */
function constantTable(scope: Scope, object: Node): Node | null {
  const b = object.type === 'Identifier' ? scope.lookup(object.name) : undefined;
  const init = b?.init && !b.grown && !b.param ? unwrap(b.init) : null;
  return init?.type === 'ObjectExpression' ? init : null;
}

function valuesOf(scope: Scope, table: Node, depth: number): string[] | null {
  const out = new Set<string>();
  for (const p of table.properties as Node[]) {
    const values = p.type === 'Property' && !p.method && p.kind === 'init' ? choicesOf(scope, p.value, depth + 1) : null;
    if (!values) return null;
    for (const v of values) out.add(v);
    if (out.size > MAX_CHOICES) return null;
  }
  return out.size > 0 ? [...out] : null;
}

/** Whether a URL's host is known before its first part not known: a path on the page's own host, or an absolute URL. */
function knownHost(url: string): boolean {
  let end = 0;
  while (end < url.length && url.charCodeAt(end) > 7) end++;
  return /^(?:\/(?!\/)|[a-z][a-z\d+.-]*:\/\/[^/?#]+[/?#])/i.test(url.slice(0, end));
}
