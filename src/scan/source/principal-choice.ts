import type { PrincipalChoice } from '../facts.ts';
import { unwrap, type Node } from './ast.ts';
import { principalOf } from './ref.ts';
import type { Scope } from './scope.ts';
import { PARAM } from './string-marks.ts';

const EQUALITY = new Set(['===', '==', '!==', '!=']);

/**
 * The parameter that chooses who a request acts as: `(useApp ? api.asApp() : api.asUser()).requestJira(…)`, the client a
 * name is bound to so (`const client = actor === 'app' ? api.asApp() : api.asUser()`); null when the test is no parameter
 * of the function (or a field of one), whole, negated or compared with a string.
 */
export function principalChoice(scope: Scope, call: Node): PrincipalChoice | null {
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression') return null;
  let client = unwrap(callee.object);
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
  return { param, ...(equals !== null ? { equals } : {}), ...(negate ? { negate: true as const } : {}), onTrue };
}
