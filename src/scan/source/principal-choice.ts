import type { PrincipalChoice } from '../facts.ts';
import { unwrap, type Node } from './ast.ts';
import { principalOf, type Ref } from './ref.ts';
import type { Scope } from './scope.ts';
import { PARAM } from './string-marks.ts';

/** Before a principal of `@forge/api` an argument hands on, in `ArgFlow.clients` (`forge:asUser`). */
export const FORGE_CLIENT = 'forge:';

/** A principal of `@forge/api` handed on (`createIssue(body, api.asUser(accountId))`), as `ArgFlow.clients` writes it. */
export function forgePrincipal(ref: Ref): string | null {
  const principal = principalOf(ref);
  return principal === 'asApp' || principal === 'asUser' ? `${FORGE_CLIENT}${principal}` : null;
}

const EQUALITY = new Set(['===', '==', '!==', '!=']);

/**
 * The parameter that chooses who a request acts as: `(useApp ? api.asApp() : api.asUser()).requestJira(...)`, the client a
 * name is bound to so (`const client = actor === 'app' ? api.asApp() : api.asUser()`); null when the test is no parameter
 * of the function (or a field of one), whole, negated or compared with a string.
 */
export function principalChoice(scope: Scope, call: Node, text: string): PrincipalChoice | null {
  const callee = unwrap(call.callee);
  return callee.type === 'MemberExpression' ? clientChoice(scope, callee.object, text) : null;
}

/** The parameter that chooses which principal a client is (`user ? asUser() : asApp()`, also through a name), as `principalChoice` reads it. */
export function clientChoice(scope: Scope, value: Node, text: string): PrincipalChoice | null {
  let client = unwrap(value);
  if (client.type === 'Identifier') {
    const b = scope.lookup(client.name);
    client = b?.init && !b.grown ? unwrap(b.init) : client;
  }
  if (client.type !== 'ConditionalExpression') return null;
  const onTrue = principalOf(scope.ref(client.consequent));
  const otherwise = principalOf(scope.ref(client.alternate));
  if (onTrue === null || onTrue === 'either' || otherwise === null || otherwise === 'either' || onTrue === otherwise) return null;
  let test = unwrap(client.test);
  let negate = false;
  for (; test.type === 'UnaryExpression' && test.operator === '!'; test = unwrap(test.argument)) negate = !negate;
  let equals: string | null = null;
  if (test.type === 'BinaryExpression' && EQUALITY.has(test.operator)) {
    const literal = [test.right, test.left].map(unwrap).find((n) => n.type === 'Literal' && typeof n.value === 'string');
    if (!literal) return null;
    equals = literal.value as string;
    if (test.operator.startsWith('!')) negate = !negate;
    test = unwrap(literal === unwrap(test.right) ? test.left : test.right);
  }
  const param = scope.strParams(test);
  // One parameter's value, whole: `\u0003getIssue:1\u0003`, `\u0003jira:1.asUser\u0003`.
  if (param === null || param.length < 3 || param[0] !== PARAM || param.indexOf(PARAM, 1) !== param.length - 1) return null;
  const fn = FUNCTION.exec(param)?.[1];
  const passed = fn !== undefined && passedAsValue(text, fn);
  return { param, ...(equals !== null ? { equals } : {}), ...(negate ? { negate: true as const } : {}), onTrue, ...(passed ? { passed: true as const } : {}) };
}

/** The function of a parameter's mark, when it is a plain name (`\u0003jira:1\u0003`). */
const FUNCTION = /^.([\w$]+):\d/;
const WORD = /[\w$]/;
/** What comes before a value handed on: an argument, an item, a property's value, an assignment, a branch. */
const BEFORE_VALUE = new Set(['(', ',', '[', ':', '=', '?', '&', '|']);

/**
 * Whether the module writes the function's name as a value handed on (`items.forEach(jira)`, `{ run: jira }`, `const f = jira`),
 * not only to call it: then it is called where the scan does not see with what. CommonJS's `exports.jira = jira` is an export.
 */
export function passedAsValue(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const end = at + name.length;
    if (WORD.test(text[at - 1] ?? '') || WORD.test(text[end] ?? '') || text[at - 1] === '.') continue;
    let before = at - 1;
    while (before >= 0 && /\s/.test(text[before]!)) before--;
    let after = end;
    while (after < text.length && /\s/.test(text[after]!)) after++;
    const next = text[after] ?? '';
    if (!BEFORE_VALUE.has(text[before] ?? '') || next === '(' || next === '.' || next === '=' || next === '`') continue;
    if (text[before] === '=' && /exports(?:\.[\w$]+)?\s*$/.test(text.slice(Math.max(0, before - 80), before))) continue;
    return true;
  }
  return false;
}
