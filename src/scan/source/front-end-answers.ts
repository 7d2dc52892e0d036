import routes from '../../data/route-responses.json' with { type: 'json' };
import { propertyName, unwrap, type Node } from './ast.ts';
import { stringified } from './body-fields.ts';
import type { FileContext } from './context.ts';
import { echoesRequest } from './echoed-request.ts';
import type { FunctionInfo } from './file-facts.ts';
import type { Flow } from './flow.ts';
import { isBooleanCall, withoutBlanked } from './kinds.ts';
import { FIELD, WITHOUT, hasValueSource } from './string-marks.ts';

/** String methods whose result is a part or a mask of the text (`key.slice(-4)`, `key.replace(/./g, '*')`), or a test of it: not the secret. */
const PARTS = new Set(['slice', 'substring', 'substr', 'replace', 'replaceAll', 'charAt', 'at', 'startsWith', 'endsWith', 'includes', 'indexOf', 'padStart', 'padEnd']);
const TESTS = new Set(['!', 'typeof']);
/** `locals.token` of `res.locals.token`: the page's own token atlassian-connect-express makes for the browser. */
const PAGE_TOKENS = new Set(routes.pageTokens.map((path) => path.join('.')));

/**
 * One `return` of a resolver function defined inline (`resolver.define('getConfig', async () => ({ apiKey }))`), or of a
 * top-level function (`fn`), which `resolver.define('getConfig', getConfig)` may name: what the browser gets. Kept when it may
 * hold a secret, now or once the files are linked (`return getKey()` of a helper in another module, a read of the app's storage);
 * a top-level function's return only then, not for what its callers pass it. `via` a route: what a server's route answers (see `route-answers.ts`).
 */
export function recordAnswer(ctx: FileContext, name: string, value: Node, fn = false, via?: 'route', rendered?: { view: string; local: string; at: Node; layout?: string | false }): boolean {
  const flows = answerFlows(ctx, value, 0);
  let keep = false;
  for (const f of flows) if (f === 'secret' || (fn ? f.startsWith('call:') : hasValueSource(f)) || f.startsWith('store:')) keep = true;
  if (keep) {
    (ctx.facts.resolverAnswers ??= []).push({
      name, flows: [...flows], evidence: ctx.evidence(rendered?.at ?? value), ...(fn ? { fn: true as const } : {}), ...(via ? { via } : {}),
      ...(rendered ? { rendered: { view: rendered.view, local: rendered.local, ...(rendered.layout !== undefined ? { layout: rendered.layout } : {}) } } : {}),
    });
  }
  return keep;
}

/**
 * One `return` of a top-level function (`kinds`: what it holds): its answer when it may hold a secret (see `recordAnswer`),
 * and whether it gives its parameters masked or tested only (`return '\u2022\u2022\u2022\u2022' + key.slice(-4)`), for a resolver's
 * `return { key: mask(key) }`. A front end's function answers no browser.
 */
export function recordReturnAnswer(ctx: FileContext, info: FunctionInfo, value: Node, kinds: ReadonlySet<Flow>): void {
  if (ctx.facts.side !== 'backend') return;
  let secret = false;
  let params = false;
  for (const f of kinds) {
    if (f === 'secret' || f.startsWith('call:') || f.startsWith('store:')) secret = true;
    else if (f.startsWith('param:') || f.startsWith('callarg:')) params = true;
  }
  // `const token = crypto.randomUUID(); return token`: a caller's answer of `makeToken()` gives what it was made of (see `flows.ts`).
  if (secret) info.givesNoSecret = !recordAnswer(ctx, info.name, value, true) && info.givesNoSecret !== false;
  if (params && info.masks !== false) info.masks = ![...answerFlows(ctx, value, 0)].some((f) => f.startsWith('param:') || f.startsWith('callarg:'));
}

/**
 * What the values a returned expression gives hold, read by value rather than by the names of an object's keys: `{ apiKey: key.slice(-4) }`
 * gives four characters, `{ configured: Boolean(key) }` a test, `{ apiKey: process.env.OPENAI_API_KEY }` the key.
 */
function answerFlows(ctx: FileContext, expr: Node | null | undefined, depth: number): Set<Flow> {
  const out = new Set<Flow>();
  if (!expr || depth > 6) return out;
  // `body: JSON.stringify({ nonce: token })` of a web trigger's response: the values of what is written as JSON.
  const node = stringified(ctx.scope, unwrap(expr));
  const add = (part: Node | null | undefined): void => {
    for (const f of answerFlows(ctx, part, depth + 1)) out.add(f);
  };
  switch (node.type) {
    case 'ObjectExpression':
      for (const [i, p] of (node.properties as Node[]).entries()) {
        if (p.type !== 'SpreadElement') add(p.value);
        // `{ ...settings, token: '' }`: what the spread gives but the secret the properties after it blank.
        else for (const f of withoutBlanked(ctx.scope, node.properties as Node[], i, answerFlows(ctx, p.argument, depth + 1), depth)) out.add(f);
      }
      return out;
    case 'ArrayExpression':
      for (const e of node.elements as Array<Node | null>) add(e?.type === 'SpreadElement' ? e.argument : e);
      return out;
    case 'TemplateLiteral':
      for (const e of node.expressions as Node[]) add(e);
      return out;
    case 'ConditionalExpression':
      add(node.consequent);
      add(node.alternate);
      return out;
    case 'LogicalExpression':
      add(node.left);
      add(node.right);
      return out;
    case 'BinaryExpression':
      if (node.operator === '+') {
        add(node.left);
        add(node.right);
      }
      return out;
    case 'UnaryExpression':
      if (!TESTS.has(node.operator)) add(node.argument);
      return out;
    case 'CallExpression': {
      const callee = unwrap(node.callee);
      if (isBooleanCall(ctx.scope, node) || echoesRequest(ctx.scope, node)) return out;
      if (callee.type === 'MemberExpression' && PARTS.has(propertyName(callee.property, callee.computed) ?? '')) return out;
      break;
    }
    case 'MemberExpression': {
      const name = propertyName(node.property, node.computed);
      if (name === 'length' || echoesRequest(ctx.scope, node)) return out;
      const object = unwrap(node.object);
      if (object.type === 'MemberExpression' && unwrap(object.object).type === 'Identifier' && PAGE_TOKENS.has(`${propertyName(object.property, object.computed)}.${name}`)) return out;
      break;
    }
    case 'Identifier': {
      // `const masked = '\u2022\u2022\u2022\u2022' + key.slice(-4); return { apiKey: masked }`: what the name was given, not what it is called.
      const b = ctx.scope.lookup(node.name);
      // `delete copy.token` since: what the name holds now (see `deleteField`).
      if (b?.init && !b.grown && !b.param && b.values?.length === 1 && !(lostField(b.kinds) && !lostField(ctx.scope.kinds(b.init)))) return answerFlows(ctx, b.init, depth + 1);
      // `let token; if (short) token = nanoid(); else token = uuidv4()`: what each plain assignment gave it.
      if (b && !b.init && !b.grown && !b.param && !b.appended && b.values?.length) {
        for (const value of b.values) add(value);
        return out;
      }
      break;
    }
  }
  for (const f of ctx.scope.kinds(node)) out.add(f);
  return out;
}

/** Whether a value had a field taken out after it was given (`delete copy.token`, see `deleteField`). */
function lostField(kinds: ReadonlySet<Flow>): boolean {
  for (const k of kinds) if (k.includes(`${FIELD}${WITHOUT}`)) return true;
  return false;
}
