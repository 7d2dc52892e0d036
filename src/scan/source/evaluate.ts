import { isFunction, objectProperty, propertyName, pushChildren, unwrap, type Node } from './ast.ts';
import { classMethod } from './class-methods.ts';
import { MAX_DEPTH } from './flow.ts';
import type { Scope } from './scope.ts';
import { enumMember } from './enums.ts';
import { HOLE, PARAM, encodeKnown, hasMarks, hasText, importedMark, joinParts, onlyHoles, resolveUrl, samePath, withCase, withoutUnknownQuery } from './string-marks.ts';

/** `route` too when called, not used as a tag: `route('/wiki/rest/api/content')` names that path. */
const TRUSTED_ROUTES = new Set(['assumeTrustedRoute', 'routeFromAbsolute', 'route']);

const ENCODERS = new Map<string, (text: string) => string>([['encodeURIComponent', encodeURIComponent], ['encodeURI', encodeURI]]);

/** Evaluates an expression to a string with `HOLE` for unknown parts; null when it is not string-like at all. */
export function evalStr(scope: Scope, expr: Node | null | undefined, depth = 0): string | null {
  if (!expr || depth > MAX_DEPTH) return null;
  const node = unwrap(expr);
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' || typeof node.value === 'number' ? String(node.value) : null;
    case 'TemplateLiteral': {
      let out = '';
      node.quasis.forEach((q: Node, i: number) => {
        out += q.value.cooked ?? q.value.raw;
        const e = node.expressions[i];
        if (e) out += evalStr(scope, e, depth + 1) ?? HOLE;
      });
      return out;
    }
    case 'TaggedTemplateExpression':
      return evalStr(scope, node.quasi, depth + 1);
    case 'BinaryExpression': {
      if (node.operator !== '+') return null;
      const left = evalStr(scope, node.left, depth + 1);
      const right = evalStr(scope, node.right, depth + 1);
      // `i + 1`, `page + 1`: a number added to a value that is no known text is a sum, not the text with the digit after it.
      if ((isNumber(node.right) && !hasText(left)) || (isNumber(node.left) && !hasText(right))) return HOLE;
      return joinParts(left, right);
    }
    case 'Identifier': {
      const b = scope.lookup(node.name);
      if (b?.given !== undefined) return b.given;
      const param = b?.param ?? b?.paramKey;
      if (param && scope.paramMarks) return `${PARAM}${param}${PARAM}${b!.paramSuffix ?? ''}`;
      if (!b) return importedStr(scope, node) ?? HOLE;
      if (b.queried?.key) return queriedKey(scope, b.queried.prefix, depth);
      if (b.init) return evalStr(scope, b.init, depth + 1);
      // Every value assigned so far is the same string: that is the value. Values that differ only in their query
      // (`route\`/rest/x?cloudId=${id}\`` or `route\`/rest/x?uuid=${uuid}\``) share the path.
      const values = b.values?.map((v) => evalStr(scope, v, depth + 1)) ?? [];
      const same = values.length > 0 && values.every((v) => v !== null && v === values[0]) ? values[0]! : samePath(values);
      return same === null ? HOLE : b.appended ? same + HOLE : same;
    }
    case 'MemberExpression': {
      // `item.key` of a KVS query's result: a key of the query's prefix.
      const object = unwrap(node.object);
      const queried = object.type === 'Identifier' && propertyName(node.property, node.computed) === 'key' ? scope.lookup(object.name)?.queried : undefined;
      if (queried && !queried.key) return queriedKey(scope, queried.prefix, depth);
      const target = memberValue(scope, node, depth);
      if (target) return evalStr(scope, target, depth + 1);
      // `${this.baseUrl}${path}` in a class whose constructor or fields give `baseUrl` one string.
      const member = unwrap(node.object).type === 'ThisExpression' && scope.currentClass !== null ? scope.memberStrings.get(propertyName(node.property, node.computed) ?? '') : undefined;
      if (member) return evalStr(scope, member, depth + 1);
      // `req.path` of a parameter `req`: what the callers' objects give it, as for `({ path }) => ...`.
      const param = scope.paramMarks ? scope.paramOf(node.object) : null;
      const key = param !== null && !param.slice(param.lastIndexOf(':')).includes('.') ? propertyName(node.property, node.computed) : null;
      if (key !== null && /^[\w$]+$/.test(key)) return `${PARAM}${param}.${key}${PARAM}`;
      // `this.baseUrl`, `this.options.baseUrl` of a member the constructor sets from its parameter: what the class's builders pass.
      const own = scope.paramMarks ? scope.memberParam(node) : null;
      if (own !== null) return `${PARAM}${own}${PARAM}`;
      const built = scope.paramMarks ? scope.builtMember(node) : null;
      if (built !== null) return built;
      const whole = scope.paramMarks ? scope.memberParam(object) : null;
      const field = whole !== null && !whole.slice(whole.lastIndexOf(':')).includes('.') ? propertyName(node.property, node.computed) : null;
      if (field !== null && /^[\w$]+$/.test(field)) return `${PARAM}${whole}.${field}${PARAM}`;
      // `url.href` of `const url = new URL(...)`: the URL's text, as `url.toString()` is.
      if (isUrlHref(scope, node)) return evalStr(scope, object, depth + 1);
      return importedStr(scope, node) ?? HOLE;
    }
    case 'NewExpression': {
      const callee = unwrap(node.callee);
      if (callee.type === 'Identifier' && callee.name === 'URL' && !scope.lookup('URL')) {
        const path = evalStr(scope, node.arguments[0], depth + 1) ?? HOLE;
        if (!node.arguments[1] || /^[a-z][a-z0-9+.-]*:\/\//i.test(path)) return path;
        const base = evalStr(scope, node.arguments[1], depth + 1) ?? HOLE;
        return resolveUrl(path, base);
      }
      return HOLE;
    }
    case 'CallExpression': {
      const callee = unwrap(node.callee);
      // `[a, b].join('/')`, `a.concat(b)`
      if (callee.type === 'MemberExpression' && propertyName(callee.property) === 'join' && unwrap(callee.object).type === 'ArrayExpression') {
        const sep = evalStr(scope, node.arguments[0], depth + 1) ?? ',';
        return (unwrap(callee.object).elements as Node[]).map((e) => evalStr(scope, e, depth + 1) ?? HOLE).join(sep);
      }
      if (callee.type === 'MemberExpression' && propertyName(callee.property) === 'concat') {
        let out = evalStr(scope, callee.object, depth + 1);
        for (const arg of node.arguments as Node[]) out = joinParts(out, evalStr(scope, arg, depth + 1));
        return out;
      }
      if (callee.type === 'MemberExpression' && propertyName(callee.property) === 'toString') return evalStr(scope, callee.object, depth + 1);
      // `method.toUpperCase()`: the known parts change case; a caller's or another module's value keeps its own.
      const casing = callee.type === 'MemberExpression' && node.arguments.length === 0 ? propertyName(callee.property) : null;
      if (casing === 'toLowerCase' || casing === 'toUpperCase') {
        const inner = evalStr(scope, callee.object, depth + 1);
        return inner === null ? HOLE : withCase(inner, casing);
      }
      // `util.format('/rest/api/3/issue/%s', key)`
      if (isUtilFormat(scope, callee, depth)) {
        const args = node.arguments as Node[];
        const format = evalStr(scope, args[0], depth + 1);
        if (format === null) return HOLE;
        let next = 1;
        return format.replace(/%([sdifjoOc%])/g, (_, c: string) => (c === '%' ? '%' : c === 'c' ? '' : evalStr(scope, args[next++], depth + 1) ?? HOLE));
      }
      // `assumeTrustedRoute(path)`, `routeFromAbsolute(url)`: a route made of a string the app vouches for.
      if (mayBeTrustedRoute(scope, callee)) {
        const ref = scope.ref(callee, depth);
        if (ref.module === '@forge/api' && ref.steps.length === 1 && TRUSTED_ROUTES.has(ref.steps[0]!.name)) return evalStr(scope, node.arguments[0], depth + 1);
      }
      // `encodeURIComponent('summary,assignee')`: a constant, encoded as the request sends it.
      if (callee.type === 'Identifier' && ENCODERS.has(callee.name) && !scope.lookup(callee.name)) {
        const text = evalStr(scope, node.arguments[0], depth + 1);
        if (text !== null && !hasMarks(text)) return ENCODERS.get(callee.name)!(text);
        // `encodeURI(`${BASE}search?q=${summary}`)`: a whole URL keeps its host and path; only what is known is encoded.
        return text !== null && callee.name === 'encodeURI' ? encodeKnown(text, encodeURI) : HOLE;
      }
      if (callee.type === 'Identifier') return callStr(scope, callee.name, node.arguments as Node[], depth) ?? importedStr(scope, callee, '()') ?? HOLE;
      // `ROUTES.issue(key)`, `config.jira.routes.issue(key)`: a route or key builder kept in an object, here or in another module.
      if (callee.type === 'MemberExpression') {
        // `this.key(id)` in a class's method: what that method of the class returns.
        const own = unwrap(callee.object).type === 'ThisExpression' && scope.currentClass !== null ? classMethod(scope.mod.program, scope.currentClass, propertyName(callee.property, callee.computed) ?? '') : null;
        if (own) return returnedStr(scope, own, depth + 1, node.arguments as Node[]) ?? HOLE;
        const fn = memberValue(scope, callee, depth);
        return (fn ? returnedStr(scope, unwrap(fn), depth) : importedStr(scope, callee, '()')) ?? HOLE;
      }
      return HOLE;
    }
    case 'ConditionalExpression': {
      // `(testing) => (testing ? 'test:' : 'live:')` called as `prefix(false)`: the branch the flag it is given picks.
      const test = unwrap(node.test);
      const flag = test.type === 'Identifier' ? scope.lookup(test.name)?.givenFlag : undefined;
      if (flag !== undefined) return evalStr(scope, flag ? node.consequent : node.alternate, depth + 1);
      // `typeof path === 'string' ? assumeTrustedRoute(path) : path`: both branches the same value is that value.
      const yes = evalStr(scope, node.consequent, depth + 1);
      return yes !== null && !onlyHoles(yes) && yes === evalStr(scope, node.alternate, depth + 1) ? yes : HOLE;
    }
    case 'LogicalExpression':
      return HOLE;
    default:
      return null;
  }
}

/** As `str`, with the parameters of the enclosing top-level function marked (`PARAM`), for the scan to fill in from callers. */
export function strParams(scope: Scope, expr: Node | null | undefined): string | null {
  return withMarks(scope, true, () => evalStr(scope, expr));
}

/** What `read` gives with the enclosing function's parameters marked or not. */
function withMarks<T>(scope: Scope, marks: boolean, read: () => T): T {
  const outer = scope.paramMarks;
  scope.paramMarks = marks;
  try {
    return read();
  } finally {
    scope.paramMarks = outer;
  }
}

/**
 * As `strParams`, once per value an expression may take when it is nothing known as a whole: the branches of
 * `cond ? a : b`, the values given to a variable (`if (q) path = a; else path = b`). At most four.
 */
export function strAlternatives(scope: Scope, expr: Node | null | undefined, parts = false): Array<string | null> {
  const whole = strParams(scope, expr);
  if (whole !== null && !onlyHoles(whole)) return parts && expr ? templateAlternatives(scope, expr) ?? [whole] : [whole];
  const out = new Set<string | null>();
  const add = (node: Node, depth: number): void => {
    const value = unwrap(node);
    const binding = value.type === 'Identifier' ? scope.lookup(value.name) : undefined;
    const values = value.type === 'ConditionalExpression' ? [value.consequent, value.alternate] : binding?.init ? [binding.init] : binding?.values && !binding.appended ? binding.values : null;
    if (depth < 3 && values && values.length > 0 && !(binding?.param ?? binding?.paramKey)) for (const v of values) add(v, depth + 1);
    else out.add(strParams(scope, value));
  };
  if (expr) add(expr, 0);
  const found = [...out];
  return found.length > 1 && found.length <= 4 && found.every((v) => v !== null && !onlyHoles(v)) ? found : [whole];
}

/**
 * A template once per choice of its parts that are one of a few constants (at most four in all):
 * `route\`/wiki/api/v2/${isPage ? 'pages' : 'blogposts'}/${id}\``, a name bound to such a choice, or a call of a
 * local function that returns one (`pathOf(type)`). Null when no part is such a choice.
 */
function templateAlternatives(scope: Scope, expr: Node): string[] | null {
  let node = unwrap(expr);
  if (node.type === 'TaggedTemplateExpression') node = node.quasi;
  if (node.type !== 'TemplateLiteral') return null;
  const choices = (node.expressions as Node[]).map((e) => literalChoices(scope, e, 0));
  if (choices.every((c) => c === null) || choices.reduce((n, c) => n * (c?.length ?? 1), 1) > 4) return null;
  return withMarks(scope, true, () => {
    let out = [''];
    node.quasis.forEach((q: Node, i: number) => {
      const text = q.value.cooked ?? q.value.raw;
      const e = node.expressions[i] as Node | undefined;
      const values = e ? choices[i] ?? [evalStr(scope, e) ?? HOLE] : [''];
      out = out.flatMap((prefix) => values.map((v) => `${prefix}${text}${v}`));
    });
    // `${q ? \`?${q}\` : ''}`: with or without a query of nothing known is the same path.
    return [...new Set(out.map(withoutUnknownQuery))];
  });
}

/** The constants a `cond ? 'a' : 'b'` gives, also through a name bound to it or a local function returning it; null when it is no such choice. */
function literalChoices(scope: Scope, expr: Node, depth: number): string[] | null {
  let node = unwrap(expr);
  if (node.type === 'Identifier') {
    const b = scope.lookup(node.name);
    if (!b?.init || b.grown || b.param) return null;
    node = unwrap(b.init);
  }
  if (node.type === 'CallExpression' && unwrap(node.callee).type === 'Identifier') {
    const b = scope.lookup(unwrap(node.callee).name);
    const fn = b?.init ?? b?.declaration;
    const body = fn && (fn.type === 'ArrowFunctionExpression' || fn.type === 'FunctionExpression' || fn.type === 'FunctionDeclaration') ? fn.body : null;
    const only = body?.type === 'BlockStatement' && body.body.length === 1 ? body.body[0] : null;
    const returned = body?.type === 'BlockStatement' ? (only?.type === 'ReturnStatement' ? only.argument : null) : body;
    // `if (kind === 'build') return 'builds'; return 'deployments';`: a constant from each branch.
    if (!returned) return fn ? returnedChoices(scope, unwrap(fn)) : null;
    node = unwrap(returned);
  }
  if (node.type !== 'ConditionalExpression' || depth > 2) return null;
  const out: string[] = [];
  for (const branch of [node.consequent, node.alternate] as Node[]) {
    const b = unwrap(branch);
    const nested = b.type === 'ConditionalExpression' ? literalChoices(scope, b, depth + 1) : null;
    const text = nested ? null : b.type === 'Literal' && typeof b.value === 'string' ? b.value : queryOf(scope, b);
    if (!nested && text === null) return null;
    out.push(...(nested ?? [text!]));
  }
  return [...new Set(out)];
}

/**
 * The constant strings a function returns from its branches, two at least and at most four: two `return`s at least in its body
 * (the functions it holds aside), each of a constant or a choice of constants, and no way to its end without one; or the one
 * choice of constants it returns (`(kind) => kind === 'a' ? 'issue' : 'project'`). Null for any other function.
 */
export function returnedChoices(scope: Scope, fn: Node): string[] | null {
  if (!isFunction(fn) || !fn.body) return null;
  // `(kind) => kind === 'a' ? '/rest/api/3/a' : '/rest/api/3/b'`, `{ return kind === 'a' ? ... : ...; }`: the branches of the one choice it returns.
  const body = fn.body.type === 'BlockStatement' ? null : unwrap(fn.body);
  const only = fn.body.type === 'BlockStatement' && fn.body.body.length === 1 && fn.body.body[0].type === 'ReturnStatement' ? fn.body.body[0].argument : null;
  const choice = body ?? (only ? unwrap(only) : null);
  if (choice?.type === 'ConditionalExpression') {
    const values = new Set(branchChoices(scope, choice, 0));
    return values.size > 1 && values.size <= 4 ? [...values] : null;
  }
  if (fn.body.type !== 'BlockStatement' || !endsInReturn(fn.body)) return null;
  const returns: Node[] = [];
  const stack: Node[] = [...(fn.body.body as Node[])];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'ReturnStatement') returns.push(node);
    else if (!isFunction(node) && node.type !== 'ClassDeclaration' && node.type !== 'ClassExpression') pushChildren(stack, node);
  }
  // One `return` (of a choice, after statements) is no function of branches.
  if (returns.length < 2) return null;
  const out = new Set<string>();
  for (const r of returns.sort((a, b) => a.start - b.start)) {
    const values = r.argument ? branchChoices(scope, unwrap(r.argument), 0) : null;
    if (!values) return null;
    for (const v of values) out.add(v);
    if (out.size > 4) return null;
  }
  return out.size > 1 ? [...out] : null;
}

/** A constant string, or a `cond ? 'a' : 'b'` of them: what it may be; null for anything else. */
function branchChoices(scope: Scope, node: Node, depth: number): string[] | null {
  if (node.type === 'ConditionalExpression') {
    const a = depth < 2 ? branchChoices(scope, unwrap(node.consequent), depth + 1) : null;
    const b = a ? branchChoices(scope, unwrap(node.alternate), depth + 1) : null;
    return a && b ? [...a, ...b] : null;
  }
  const text = withMarks(scope, false, () => evalStr(scope, node));
  return text !== null && text !== '' && !hasMarks(text) ? [text] : null;
}

/** Whether a statement cannot be run past: it returns or throws on every way through it. */
function endsInReturn(stmt: Node | null | undefined): boolean {
  if (!stmt) return false;
  if (stmt.type === 'ReturnStatement' || stmt.type === 'ThrowStatement') return true;
  if (stmt.type === 'BlockStatement') return endsInReturn((stmt.body as Node[]).at(-1));
  return stmt.type === 'IfStatement' && endsInReturn(stmt.consequent) && endsInReturn(stmt.alternate);
}

/**
 * A query built in a template (`${q ? \`?${q}\` : ''}`): one choice, its unknown parts holes for the path to leave out, even
 * those a caller gives (a path is not filled in from its callers for its query alone).
 */
function queryOf(scope: Scope, node: Node): string | null {
  if (node.type !== 'TemplateLiteral' || !(node.quasis[0].value.cooked ?? '').startsWith('?')) return null;
  return withMarks(scope, false, () => evalStr(scope, node));
}

/** A computed property's name when it is a constant string of the module (`const fn = 'requestJira'`), else null. */
export function constantName(scope: Scope, property: Node, depth: number): string | null {
  const text = withMarks(scope, false, () => evalStr(scope, property, depth + 1));
  return text !== null && !hasMarks(text) ? text : null;
}

/**
 * A call of a local key or URL builder, `const key = (id) => \`item:${id}\``: its returned template, each parameter what
 * the call gives it (`buildUrl(path)` in a helper of its own keeps the helper's parameter, for the scan to fill in).
 */
function callStr(scope: Scope, name: string, args: Node[], depth: number): string | null {
  const binding = scope.lookup(name);
  const fn = binding?.init ?? binding?.declaration;
  return fn ? returnedStr(scope, fn, depth, args) : null;
}

/** What a key builder returns (`(id) => \`item:${id}\``), parameters as holes unless a call's `args` give them; null for other functions. */
export function returnedStr(scope: Scope, fn: Node, depth = 0, args: Node[] = []): string | null {
  if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression' && fn.type !== 'FunctionDeclaration') return null;
  let body: Node | null = fn.body;
  let locals: Node[] = [];
  if (body?.type === 'BlockStatement') {
    const statements = body.body as Node[];
    const last = statements[statements.length - 1];
    if (last?.type !== 'ReturnStatement' || !last.argument) return null;
    const before = statements.slice(0, -1);
    // `{ const safe = id.replace(...); return \`item:${safe}\`; }`: constants the return reads, then the return.
    if (before.every((st) => st.type === 'VariableDeclaration' && st.kind === 'const')) locals = before;
    else {
      // `const url = new URL(path, BASE); url.searchParams.set(k, v); return url.toString();`: one return, at the end, of
      // a constant the body declares, after statements that return nothing; the constant is what it was declared as.
      const named = namedResult(last.argument);
      if (named === null || before.some(mayReturn)) return null;
      // `let url = ...` too, when nothing in the body assigns it again.
      const fixed = (kind: string): boolean => kind === 'const' || (kind === 'let' && !assigns(fn.body, named));
      locals = before.filter((st) => st.type === 'VariableDeclaration' && fixed(st.kind) && (st.declarations as Node[]).some((d) => d.id.type === 'Identifier' && d.id.name === named));
      if (locals.length === 0) return null;
    }
    body = last.argument;
  }
  if (!body) return null;
  // Worked out in the caller's scope, before the builder's names hide the caller's.
  const given = args.slice(0, fn.params.length).map((arg) => (arg.type === 'SpreadElement' ? null : evalStr(scope, arg, depth + 1)));
  scope.push();
  (fn.params as Node[]).forEach((param, i) => {
    scope.bindPattern(param, null, new Set());
    const value = given[i];
    if (value != null && param.type === 'Identifier') scope.lookup(param.name)!.given = value;
    const arg = args[i] ? unwrap(args[i]!) : null;
    if (arg?.type === 'Literal' && typeof arg.value === 'boolean' && param.type === 'Identifier') scope.lookup(param.name)!.givenFlag = arg.value;
  });
  for (const st of locals) for (const d of st.declarations as Node[]) scope.bindPattern(d.id, d.init ?? null, new Set());
  const out = evalStr(scope, body, depth + 1);
  scope.pop();
  return out;
}

/** Whether the code assigns the name (`url = ...`, `url += ...`, `url++`) anywhere in it. */
function assigns(code: Node, name: string): boolean {
  const stack: Node[] = [code];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const target = node.type === 'AssignmentExpression' ? node.left : node.type === 'UpdateExpression' ? node.argument : null;
    if (target?.type === 'Identifier' && target.name === name) return true;
    pushChildren(stack, node);
  }
  return false;
}

/** The local name a function's result is returned as: `url`, `url.toString()`, `url.href`; null for any other return. */
function namedResult(expr: Node): string | null {
  const node = unwrap(expr);
  if (node.type === 'Identifier') return node.name;
  const target = node.type === 'CallExpression' && node.arguments.length === 0 ? unwrap(node.callee) : node;
  if (target.type !== 'MemberExpression') return null;
  const name = propertyName(target.property, target.computed);
  const object = unwrap(target.object);
  return (name === 'toString' && target !== node) || (name === 'href' && target === node) ? (object.type === 'Identifier' ? object.name : null) : null;
}

/** Whether a statement of a function's body may return from it (not counting the functions it holds). */
function mayReturn(stmt: Node | null | undefined): boolean {
  if (!stmt) return false;
  switch (stmt.type) {
    case 'ReturnStatement':
    case 'ThrowStatement':
      return stmt.type === 'ReturnStatement';
    case 'BlockStatement':
      return (stmt.body as Node[]).some(mayReturn);
    case 'IfStatement':
      return mayReturn(stmt.consequent) || mayReturn(stmt.alternate);
    case 'ForStatement':
    case 'ForOfStatement':
    case 'ForInStatement':
    case 'WhileStatement':
    case 'DoWhileStatement':
    case 'LabeledStatement':
      return mayReturn(stmt.body);
    case 'TryStatement':
      return mayReturn(stmt.block) || mayReturn(stmt.handler?.body) || mayReturn(stmt.finalizer);
    case 'SwitchStatement':
      return (stmt.cases as Node[]).some((c) => (c.consequent as Node[]).some(mayReturn));
    default:
      return false;
  }
}

/**
 * A value imported from one of the app's modules, marked for the scan to fill in (see `IMPORTED`):
 * `API_BASE`, `C.API_BASE` (namespace), `config.baseUrl` (default export or `require`),
 * `ENDPOINTS.issue`; `suffix` `()` for a key builder's call. Null when it is not one.
 */
export function importedStr(scope: Scope, expr: Node, suffix = '', depth = 0): string | null {
  const path: string[] = [];
  let node = unwrap(expr);
  while (node.type === 'MemberExpression') {
    const name = propertyName(node.property, node.computed);
    if (name === null) return null;
    path.unshift(name);
    node = unwrap(node.object);
  }
  if (node.type !== 'Identifier') return null;
  const local = scope.lookup(node.name);
  if (local) {
    // `const { routes } = config.jira`, `const keys = config.keys`: a local name for part of an imported object.
    const init = local.init && !local.grown && local.values?.length === 1 ? unwrap(local.init) : null;
    if (!init || (init.type !== 'MemberExpression' && init.type !== 'Identifier') || depth > MAX_DEPTH) return null;
    return importedStr(scope, init, `${path.map((p) => `.${p}`).join('')}${suffix}`, depth + 1);
  }
  const imported = scope.mod.imports.get(node.name);
  if (!imported || !scope.isAppModule(imported.module)) return null;
  if (imported.imported !== '*') path.unshift(imported.imported);
  return path.length > 0 ? importedMark(`${imported.module}#${path.join('.')}${suffix}`) : null;
}

/** `util.format` of Node.js, called on the module or imported by name. */
function isUtilFormat(scope: Scope, callee: Node, depth: number): boolean {
  const name = callee.type === 'MemberExpression' ? propertyName(callee.property, callee.computed) : callee.type === 'Identifier' ? callee.name : null;
  if (name !== 'format') return false;
  const ref = scope.ref(callee, depth);
  if (ref.root !== 'import' || (ref.module !== 'util' && ref.module !== 'node:util')) return false;
  return ref.steps.length === 1 && ref.steps[0]!.name === 'format' && ref.steps[0]!.call === null;
}

function mayBeTrustedRoute(scope: Scope, callee: Node): boolean {
  if (callee.type === 'Identifier') return TRUSTED_ROUTES.has(scope.mod.imports.get(callee.name)?.imported ?? '');
  return callee.type === 'MemberExpression' && TRUSTED_ROUTES.has(propertyName(callee.property, callee.computed) ?? '');
}

/** `CONFIG.api.base` where CONFIG is a const object literal -> the property's value node. */
export function memberValue(scope: Scope, node: Node, depth = 0): Node | null {
  if (depth > MAX_DEPTH) return null;
  const name = propertyName(node.property, node.computed);
  if (name === null) return null;
  const object = unwrap(node.object);
  let target: Node | null = null;
  if (object.type === 'Identifier') {
    const b = scope.lookup(object.name);
    // `Actions.GetIssues` of `enum Actions { GetIssues = 'getIssues' }`.
    if (!b) return enumMember(scope.mod.program, object.name, name);
    target = b.init;
  } else if (object.type === 'MemberExpression') target = memberValue(scope, object, depth + 1);
  else if (object.type === 'ObjectExpression') target = object;
  if (target && unwrap(target).type === 'Identifier') {
    target = scope.lookup(unwrap(target).name)?.init ?? null;
  }
  return target ? objectProperty(unwrap(target), name) : null;
}

/** A key of a KVS query on a prefix: the prefix and a hole; a hole when the prefix is not known. */
function queriedKey(scope: Scope, prefix: Node, depth: number): string {
  const value = evalStr(scope, prefix, depth + 1);
  return value === null || value === HOLE ? HOLE : value + HOLE;
}

function isNumber(node: Node): boolean {
  const value = unwrap(node);
  return value.type === 'Literal' && typeof value.value === 'number';
}

/** `new URL(...)`, the global's. */
function isNewUrl(init: Node | null | undefined): boolean {
  const node = init ? unwrap(init) : null;
  return node?.type === 'NewExpression' && unwrap(node.callee).type === 'Identifier' && unwrap(node.callee).name === 'URL';
}

/** `url.href` of `const url = new URL(...)`. */
export function isUrlHref(scope: Scope, node: Node): boolean {
  const object = unwrap(node.object);
  return !node.computed && propertyName(node.property) === 'href' && object.type === 'Identifier' && isNewUrl(scope.lookup(object.name)?.init);
}
