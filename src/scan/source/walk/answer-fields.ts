import { propertyName, unwrap, type Node } from '../ast.ts';
import type { Scope } from '../scope.ts';
import type { Walk } from './state.ts';

/** The record of each `.json()` read of a request's answer, by the call, for the pattern it is read into. */
const reads = new WeakMap<Node, { fields: string[] | null }>();

/**
 * `res.json()`, `(await requestJira(...)).json()`: a read of a response's body, which takes the whole answer unless it is read into
 * a pattern (see `takenFromAnswer`). Recorded by where the request is, for its people: they are those of the fields every read
 * takes (see `takenPeople`).
 */
export function readAnswer(w: Walk, call: Node): void {
  const request = requestOf(w.scope, unwrap(unwrap(call.callee).object));
  if (request === null) return;
  const { line, column } = w.ctx.evidence(request);
  const read = { line, column, fields: null };
  (w.ctx.facts.answerFields ??= []).push(read);
  reads.set(call, read);
}

/**
 * `const { accountId } = await res.json()` with `const res = await api.asUser().requestJira(route\`/rest/api/3/myself\`)`,
 * or `await (await requestJira(...)).json()`: the fields of the answer the read takes are those the pattern names (all when it
 * keeps the rest, `...others`).
 */
export function takenFromAnswer(pattern: Node, init: Node): void {
  // `unwrap` looks through `await`.
  const read = reads.get(unwrap(init));
  if (!read) return;
  const fields: string[] = [];
  for (const prop of pattern.properties as Node[]) {
    const key = prop.type === 'RestElement' ? null : propertyName(prop.key, prop.computed);
    if (key === null) return;
    fields.push(key);
  }
  read.fields = fields;
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
