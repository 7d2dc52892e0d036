import { propertyName, unwrap, type Node } from '../ast.ts';
import type { Scope } from '../scope.ts';
import type { Walk } from './state.ts';

/**
 * `const { accountId } = await res.json()` with `const res = await api.asUser().requestJira(route\`/rest/api/3/myself\`)`,
 * or `await (await requestJira(…)).json()`: a response's body is read once, so the fields of the answer the code takes are
 * those the pattern names (none when it keeps the rest, `...others`). Recorded by where the request is, for its people.
 */
export function takenFromAnswer(w: Walk, pattern: Node, init: Node): void {
  // `unwrap` looks through `await`.
  const call = unwrap(init);
  if (call.type !== 'CallExpression') return;
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression' || propertyName(callee.property, callee.computed) !== 'json') return;
  const request = requestOf(w.scope, unwrap(callee.object));
  if (request === null) return;
  const fields: string[] = [];
  for (const prop of pattern.properties as Node[]) {
    const key = prop.type === 'RestElement' ? null : propertyName(prop.key, prop.computed);
    if (key === null) return;
    fields.push(key);
  }
  const { line, column } = w.ctx.evidence(request);
  (w.ctx.facts.answerFields ??= []).push({ line, column, fields });
}

/** The request whose response a value is: the call, or a name given only that. */
function requestOf(scope: Scope, response: Node): Node | null {
  let node = response;
  if (node.type === 'Identifier') {
    const b = scope.lookup(node.name);
    if (!b?.init || b.grown || (b.values?.length ?? 1) > 1) return null;
    node = unwrap(b.init);
  }
  return node.type === 'CallExpression' ? node : null;
}
