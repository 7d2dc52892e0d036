import { isFunction, propertyName, unwrap, type Node } from './ast.ts';
import { evalStr } from './evaluate.ts';
import type { Binding } from './flow.ts';
import type { Scope } from './scope.ts';
import { HOLE, PARAM, hasImported, hasMarks, hasParam, settle } from './string-marks.ts';

/** How many URLs a request's URL may be, at most, for the scan to list them. */
const MAX_CHOICES = 8;

/**
 * The URLs a request's URL may be when it is one of a few constants, none known as a whole: a table's entry
 * (`URLS[env]`, `URLS[env] || URLS.demo` of `const URLS = { demo: 'https://demo-api...', prod: 'https://api...' }`), a choice
 * (`prod ? 'https://api...' : 'https://demo-api...'`), also at the start of a template (`${URLS[env]}/omni/start`), the rest
 * of which may stay unknown; a default (`process.env.API_URL || DEFAULT_BASE`, a hole for the rest), also one a local helper
 * returns (`base(opts.url) + '/v1/items'` of `function base(url) { return url || DEFAULT_BASE; }`). Null when it is no such choice.
 */
export function urlChoices(scope: Scope, url: Node): string[] | null {
  const found = choicesOf(scope, url, 0);
  if (found === null || found.length === 0 || found.some((u) => hasImported(u) || (hasParam(u) && !paramAfterHost(u)))) return null;
  // `${this.baseURL}/v1/items/${id}`: a caller's value past the host leaves the host as it is.
  return [...new Set(found.map((u) => (hasParam(u) ? settle(u)! : u)))];
}

/** Whether a URL's parameters all come after its host: the host is known, or not known whatever the callers give (a hole first). */
function paramAfterHost(url: string): boolean {
  const at = url.indexOf(PARAM);
  return url.startsWith(HOLE) ? at > 0 : knownHost(url.slice(0, at));
}

/** The constant strings an expression may be; null for one it may be anything else. */
function choicesOf(scope: Scope, expr: Node, depth: number): string[] | null {
  const node = unwrap(expr);
  if (depth > 4) return null;
  switch (node.type) {
    case 'TemplateLiteral': {
      // Each part a choice or what it evaluates to, unknown parts holes (`${base}/issue/${id}`).
      const pieces: Array<string | Node> = [];
      node.quasis.forEach((q: Node, i: number) => pieces.push(q.value.cooked ?? q.value.raw, ...(node.expressions[i] ? [node.expressions[i] as Node] : [])));
      return joined(scope, pieces, depth);
    }
    case 'BinaryExpression':
      // `base(opts.url) + '/v1/items'`, as a template.
      return node.operator === '+' ? joined(scope, operands(node), depth) : null;
    case 'CallExpression':
      return helperChoices(scope, node, depth);
    case 'ConditionalExpression':
      return either(scope, node.consequent, node.alternate, depth);
    case 'LogicalExpression': {
      if (node.operator === '&&') return null;
      // `url || DEFAULT_BASE` of a helper called without the URL: the default.
      const left = unwrap(node.left);
      const binding = left.type === 'Identifier' ? scope.lookup(left.name) : undefined;
      if (binding && notGiven.has(binding)) return choicesOf(scope, node.right, depth + 1);
      // `process.env.SLACK_URL || 'https://hooks.slack.com/...'`: the default, or what is not known. A default on this machine
      // (`process.env.API_URL || 'http://localhost:8080'`) is a developer's: where the app's requests go is not known.
      const first = choicesOf(scope, node.left, depth + 1);
      if (first === null) {
        const right = choicesOf(scope, node.right, depth + 1)?.filter((url) => !onThisMachine(url));
        return right && right.length > 0 && right.length < MAX_CHOICES ? [...new Set([...right, HOLE])] : null;
      }
      // `base('https://eu.example.com')`: the URL given, never the default.
      if (first.length === 1 && first[0] !== '') return first;
      return either(scope, node.left, node.right, depth);
    }
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
      // `let url; switch (region) { case 'eu': url = 'https://api.eu...'; break; ... }`, an if/else chain: each value given so far.
      if (b && !b.grown && !b.param && !b.paramKey && !b.appended && b.values && b.values.length > 1) return anyOf(scope, b.values, depth);
      break;
    }
  }
  const text = evalStr(scope, node);
  return text !== null && !hasMarks(text) ? [text] : null;
}

/** A template's text and expressions in turn (or the operands of `a + b`), each expression a choice or what it evaluates to; one choice at least. */
function joined(scope: Scope, pieces: Array<string | Node>, depth: number): string[] | null {
  let out = [''];
  let chosen = false;
  for (const piece of pieces) {
    const parts = typeof piece === 'string' ? [piece] : choicesOf(scope, piece, depth + 1);
    if (parts && parts.length > 1) chosen = true;
    const values = parts ?? [evalStr(scope, piece as Node) ?? HOLE];
    out = out.flatMap((prefix) => values.map((v) => `${prefix}${v}`));
    if (out.length > MAX_CHOICES) return null;
  }
  // `\`/api/items?q=${q}\`` beside a choice of another branch: one URL whose host is known, the rest a hole.
  return chosen ? [...new Set(out)] : knownHost(out[0]!) ? out : null;
}

/** The operands of `a + b + c`, in turn. */
function operands(node: Node): Node[] {
  const left = unwrap(node.left);
  return [...(left.type === 'BinaryExpression' && left.operator === '+' ? operands(left) : [left]), node.right];
}

/** Parameters of a helper a call leaves out (`base()` of `function base(url) { return url || DEFAULT_BASE; }`), while its result is worked out. */
const notGiven = new WeakSet<Binding>();

/**
 * What a local helper that returns one expression may return (`function base(url) { return url || DEFAULT_BASE; }`,
 * `(kind) => kind === 'a' ? URL_A : URL_B`), its parameters what the call gives them; null for any other call.
 */
function helperChoices(scope: Scope, call: Node, depth: number): string[] | null {
  const callee = unwrap(call.callee);
  const b = callee.type === 'Identifier' ? scope.lookup(callee.name) : undefined;
  const declared = b && !b.grown ? b.declaration ?? b.init : null;
  const fn = declared ? unwrap(declared) : null;
  if (!fn || !isFunction(fn) || fn.async || fn.generator) return null;
  const only = fn.body.type === 'BlockStatement' && fn.body.body.length === 1 ? fn.body.body[0] : null;
  const returned: Node | null = fn.body.type !== 'BlockStatement' ? fn.body : only?.type === 'ReturnStatement' ? only.argument : null;
  const params = fn.params as Node[];
  const args = call.arguments as Node[];
  if (!returned || args.some((a) => a.type === 'SpreadElement') || params.some((p) => p.type !== 'Identifier')) return null;
  // Worked out in the caller's scope, before the helper's names hide the caller's.
  const given = args.map((arg) => evalStr(scope, arg));
  scope.push();
  try {
    params.forEach((param, i) => {
      scope.bindPattern(param, null, new Set());
      const bound = scope.lookup(param.name)!;
      if (i >= args.length) notGiven.add(bound);
      else if (given[i] !== null) bound.given = given[i]!;
    });
    return choicesOf(scope, returned, depth + 1);
  } finally {
    scope.pop();
  }
}

function anyOf(scope: Scope, values: readonly Node[], depth: number): string[] | null {
  const out = new Set<string>();
  for (const value of values) {
    const choices = choicesOf(scope, value, depth + 1);
    if (!choices) return null;
    for (const c of choices) out.add(c);
    if (out.size > MAX_CHOICES) return null;
  }
  return [...out];
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

/** A URL on the machine the code runs on: localhost, a loopback address. */
const onThisMachine = (url: string): boolean => /^[a-z][a-z\d+.-]*:\/\/(?:localhost|127(?:\.\d+){3}|0\.0\.0\.0|\[::1?\])(?=[:/?#]|$)/i.test(url);

/** Whether a URL's host is known before its first part not known: a path on the page's own host, or an absolute URL. */
function knownHost(url: string): boolean {
  let end = 0;
  while (end < url.length && url.charCodeAt(end) > 7) end++;
  return /^(?:\/(?!\/)|[a-z][a-z\d+.-]*:\/\/[^/?#]+[/?#])/i.test(url.slice(0, end));
}
