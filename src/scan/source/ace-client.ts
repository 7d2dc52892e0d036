import ace from '../../data/atlassian-connect-express.json' with { type: 'json' };
import type { HttpMethod } from '../facts.ts';
import { propertyName, unwrap, type Node } from './ast.ts';
import type { Ref, Scope } from './scope.ts';

const METHODS = ace.clientMethods as Record<string, HttpMethod>;
const IMPERSONATION = new Set(ace.impersonation);

/** ACE's product client held by an expression: `ace` for `addon.httpClient(req)` and `req.context.http`; `asUser` when it acts as a user. */
export interface AceClient {
  client: string;
  asUser: boolean;
}

/** A request through ACE's product client: `httpClient.get(options, callback)`, `req.context.http.asUserByAccountId(id).put(…)`. `ref` is what the callee refers to. */
export function aceRequest(scope: Scope, callee: Node, ref: Ref): (AceClient & { method: HttpMethod }) | null {
  const node = unwrap(callee);
  const name = node.type === 'MemberExpression' ? propertyName(node.property, node.computed) : null;
  if (name === null || !Object.hasOwn(METHODS, name)) return null;
  const client = aceClient(scope, node.object, { ...ref, steps: ref.steps.slice(0, -1) });
  return client && { ...client, method: METHODS[name]! };
}

/** Whether a call by this name may give ACE's product client: `addon.httpClient(req)`, `httpClient.asUser(key)`. */
export function givesAceClient(name: string): boolean {
  return name === 'httpClient' || IMPERSONATION.has(name);
}

/** The ACE client an expression holds, `ref` being what it refers to (`scope.ref(expr)`). */
export function aceClient(_scope: Scope, _expr: Node, ref: Ref): AceClient | null {
  const { steps } = ref;
  let n = steps.length;
  while (n > 0 && steps[n - 1]!.call && IMPERSONATION.has(steps[n - 1]!.name)) n--;
  const asUser = n < steps.length;
  const last = steps[n - 1];
  const before = steps[n - 2];
  if (last?.name === 'httpClient' && last.call) return { client: 'ace', asUser };
  if (last?.name === 'http' && !last.call && before?.name === 'context' && !before.call && ref.root === 'unknown') return { client: 'ace', asUser };
  return null;
}
