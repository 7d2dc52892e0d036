import { isFunction, objectProperty, propertyName, unwrap, type Node } from './ast.ts';
import { aceClient } from './ace-client.ts';
import { fieldClients, givenClient, heldParam } from './detectors/param-clients.ts';
import { givenBinding } from './detectors/cloudflare-bindings.ts';
import { givenQueue } from './detectors/queues.ts';
import { sentField } from './detectors/storage.ts';
import type { FileContext } from './context.ts';
import type { ArgFlow } from './file-facts.ts';
import type { Scope } from './scope.ts';
import { forgePrincipal } from './principal-choice.ts';
import { literalFields } from './kinds.ts';
import { HOLE, PARAM } from './string-marks.ts';

// What the walk reads from a call's arguments and callee: the strings and clients it is given, and
// how it is named.

export function argValues(ctx: FileContext, node: Node): Pick<ArgFlow, 'values' | 'methods' | 'props' | 'flags' | 'evidence'> {
  const args = node.arguments as Node[];
  const flags: string[] = [];
  let found = false;
  let named = false;
  // `callRestApi({ requestUrl: route\`...\`, method: 'GET' })`: the strings an options object gives by name.
  const props = args.map((a, i) => {
    // `get(route\`/projects/${id}\`)` with the helper reading `path.value`: a Forge `Route` holds its path in `value`.
    if (isForgeRoute(ctx.scope, a)) {
      const value = ctx.scope.strParams(a);
      if (value !== null) named = true;
      return value === null ? null : { value };
    }
    const object = ctx.scope.object(a);
    let out: Record<string, string> | null = null;
    for (const p of (object?.properties ?? []) as Node[]) {
      const key = p.type === 'Property' && !p.computed ? propertyName(p.key) : null;
      const value = key !== null && key !== 'method' && !isFunction(p.value) ? strOrFlag(ctx.scope, p.value) : null;
      if (value !== null) (out ??= {})[key!] = value;
      if (value !== null && isFlag(p.value)) flags.push(`${i}.${key!}`);
    }
    if (out) named = true;
    return out;
  });
  const values = args.map((a, i) => {
    const value = a.type === 'ObjectExpression' || a.type === 'SpreadElement' ? null : strOrFlag(ctx.scope, a);
    if (value !== null) found = true;
    if (value !== null && isFlag(a)) flags.push(`${i}`);
    return value;
  });
  const methods = args.map((a) => {
    const object = ctx.scope.object(a);
    const method = objectProperty(object, 'method');
    const value = method && !paramSpread(ctx.scope, object, 'method') ? ctx.scope.strParams(method) : passedMethod(ctx.scope, a, object);
    if (value !== null) found = true;
    return value;
  });
  if (!found && !named) return {};
  const flagged = flags.length > 0 ? { flags } : {};
  return named ? { values, methods, props, ...flagged, evidence: ctx.evidence(node) } : { values, methods, ...flagged, evidence: ctx.evidence(node) };
}

/** `put(req.payload.key, value)`, `put(payload.key)`: the arguments that are a field of what front ends send (see `ArgFlow.sent`). */
export function argSent(ctx: FileContext, node: Node): Pick<ArgFlow, 'sent'> {
  let sent: Array<string | null> | null = null;
  (node.arguments as Node[]).forEach((a, i) => {
    const value = unwrap(a);
    if (value.type !== 'MemberExpression' || value.computed) return;
    const object = unwrap(value.object);
    // Only a field read off the payload, or off a name bound to it: the rest are no such field.
    if (object.type !== 'Identifier' && !(object.type === 'MemberExpression' && propertyName(object.property, object.computed) === 'payload')) return;
    const field = sentField(ctx, value);
    if (field) (sent ??= node.arguments.map(() => null))[i] = field;
  });
  return sent ? { sent } : {};
}

/** A boolean or number written as such (`true`, `0`), whose string (`'false'`, `'0'`) is no string of the code's. */
function isFlag(node: Node): boolean {
  const value = unwrap(node);
  return value.type === 'Literal' && (typeof value.value === 'boolean' || typeof value.value === 'number');
}

/** A boolean literal as the string it prints (`true`), for a flag a caller gives (`getIssue(key, true)`, `{ asUser: true }`); else `strParams`. */
function strOrFlag(scope: Scope, node: Node): string | null {
  const value = unwrap(node);
  return value.type === 'Literal' && typeof value.value === 'boolean' ? String(value.value) : scope.strParams(node);
}

/** `@forge/api`'s route builders, which give a `Route`: `route` tags a template, the others take a string. */
export const ROUTE_BUILDERS: ReadonlySet<string> = new Set(['route', 'assumeTrustedRoute', 'routeFromAbsolute']);

/** Whether an argument is a Forge `Route` made where it is passed or held in a local name (`const path = route\`...\``). */
export function isForgeRoute(scope: Scope, arg: Node): boolean {
  let node = unwrap(arg);
  if (node.type === 'Identifier') {
    const binding = scope.lookup(node.name);
    if (!binding?.init || binding.param) return false;
    node = unwrap(binding.init);
  }
  const callee = node.type === 'TaggedTemplateExpression' ? node.tag : node.type === 'CallExpression' ? node.callee : null;
  if (!callee || unwrap(callee).type !== 'Identifier' || !ROUTE_BUILDERS.has(scope.mod.imports.get(unwrap(callee).name)?.imported ?? '')) return false;
  const ref = scope.ref(unwrap(callee));
  return ref.module === '@forge/api' && ref.steps.length === 1 && ROUTE_BUILDERS.has(ref.steps[0]!.name);
}

/**
 * `api(path, init)` or `api(path, { ...init, headers })` naming no method, with `init` the caller's own options parameter:
 * the method is the one its callers give it (`post(path, body)` calling `api(path, { method: 'POST', body })`).
 */
function passedMethod(scope: Scope, arg: Node, object: Node | null): string | null {
  const spread = paramSpread(scope, object, 'method');
  const param = scope.paramOf(spread ? spread.argument : arg);
  return param ? `${PARAM}${param}.method${PARAM}` : null;
}

/**
 * The last spread of the enclosing function's parameter after the last property named `key` (`{ method: 'GET', ...options }`,
 * `Object.assign({ method: 'GET' }, options)`): what the callers' options give that property, when they give it.
 */
export function paramSpread(scope: Scope, object: Node | null, key: string): Node | undefined {
  const props = (object?.properties ?? []) as Node[];
  const named = props.findLastIndex((p) => p.type === 'Property' && propertyName(p.key, p.computed) === key);
  return props.findLast((p, i) => i > named && p.type === 'SpreadElement' && scope.paramOf(p.argument));
}

/** An evaluated string with nothing known in it. */
export function isHoles(value: string): boolean {
  for (const c of value) if (c !== HOLE) return false;
  return true;
}

export function isStartValue(init: Node): boolean {
  const node = unwrap(init);
  return node.type === 'Literal' && (typeof node.value === 'number' || node.value === null || node.value === '');
}

/**
 * The arguments that are ACE's product client (`saveToken(req.context.http, ...)`), when any is; `ace:user` when it acts as a
 * user; a vendor's SDK client or an HTTP client (`listRepos(octokit)`, see `givenClient`); a Forge queue (`new Summariser(queue)`, see `givenQueue`); a Cloudflare binding (`keep(env.USAGE, event)`, see `givenBinding`).
 */
export function argClients(ctx: FileContext, node: Node): Pick<ArgFlow, 'clients' | 'clientFields'> {
  let found = false;
  let fields: Array<Record<string, string> | null> | null = null;
  const clients = (node.arguments as Node[]).map((a, i) => {
    const arg = unwrap(a);
    // `summarize({ openai, text })`: the clients an object literal's properties hold.
    const held = arg.type === 'ObjectExpression' || arg.type === 'Identifier' ? fieldClients(ctx, arg) : null;
    if (held) (fields ??= node.arguments.map(() => null))[i] = held;
    if (arg.type !== 'Identifier' && arg.type !== 'MemberExpression' && arg.type !== 'CallExpression' && arg.type !== 'NewExpression') return null;
    const ref = ctx.scope.ref(arg);
    const ace = arg.type === 'NewExpression' ? null : aceClient(ctx.scope, arg, ref);
    // A field of the caller's own parameter handed on whole (`notify(slack)` in `({ slack }) => ...`): what its callers give that field.
    const client = ace ? (ace.client === 'ace' && ace.asUser ? 'ace:user' : ace.client) : forgePrincipal(ref) ?? givenClient(ctx, ref) ?? givenQueue(ctx.scope, ref) ?? givenBinding(ctx.scope, arg) ?? (arg.type === 'Identifier' ? heldParam(ctx.scope, arg.name) : null);
    if (client !== null) found = true;
    return client;
  });
  return { ...(found ? { clients } : {}), ...(fields ? { clientFields: fields } : {}) };
}

/** What each property of the arguments that are object literals carries (`save({ title, owner })`, or a name bound to one), when any is one. */
export function argFields(scope: Scope, node: Node): Pick<ArgFlow, 'fields'> {
  let found = false;
  const fields = (node.arguments as Node[]).map((a) => {
    const arg = unwrap(a);
    const given = arg.type === 'ObjectExpression' || arg.type === 'Identifier' ? literalFields(scope, arg, true) : null;
    if (given) found = true;
    return given;
  });
  return found ? { fields } : {};
}

/** The arguments that are a Forge resolver's request or Forge's context (`describe(req)`, `describe(context)`), when any is. */
export function argShapes(scope: Scope, node: Node): Pick<ArgFlow, 'shapes'> {
  const shapes = (node.arguments as Node[]).map((a) => scope.shapeOf(a));
  return shapes.some((s) => s !== null) ? { shapes } : {};
}

/** `\`${url}&page=${n}\`` or `url + '&page=' + n`: a string that begins with the variable it is assigned to. */
export function appendsTo(value: Node, name: string): boolean {
  let node = unwrap(value);
  if (node.type === 'TemplateLiteral') {
    const first = node.expressions[0] ? unwrap(node.expressions[0]) : null;
    return node.quasis[0].value.cooked === '' && first?.type === 'Identifier' && first.name === name;
  }
  while (node.type === 'BinaryExpression' && node.operator === '+') node = unwrap(node.left);
  return node !== unwrap(value) && node.type === 'Identifier' && node.name === name;
}

/** What `url = \`${url}?${query}\`` adds to `url`, as a string (parameters marked, see `strParams`). */
export function appendedText(scope: Scope, value: Node): string {
  const node = unwrap(value);
  if (node.type !== 'TemplateLiteral') return HOLE;
  let out = '';
  node.quasis.slice(1).forEach((q: Node, i: number) => {
    out += q.value.cooked ?? '';
    if (node.expressions[i + 1]) out += scope.strParams(node.expressions[i + 1]) ?? HOLE;
  });
  return out;
}

/** `list.map(...)` -> `map`; '' for a call of a plain function. */
export function calledMethod(call: Node): string {
  const callee = unwrap(call.callee);
  return callee.type === 'MemberExpression' ? propertyName(callee.property, callee.computed) ?? '' : '';
}

/** `getIssue` or `handlers.save`: how a function of the app is named at a call or where it is passed. */
export function calleeName(expr: Node): string | null {
  const node = unwrap(expr);
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression' && unwrap(node.object).type === 'Identifier') return `${unwrap(node.object).name}.${propertyName(node.property) ?? ''}`;
  return null;
}
