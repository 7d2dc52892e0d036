import { isFunction, unwrap, type Node } from './ast.ts';
import type { Flow } from './flow.ts';
import { bindItemFields } from './item-fields.ts';
import type { Scope } from './scope.ts';

/** Array methods whose result is made of what their callback returns for each item, the item its first parameter. */
export const ITEM_RESULTS: ReadonlySet<string> = new Set(['map', 'flatMap']);

/**
 * What `issues.map((i) => i.fields.assignee.displayName)` gives when its callback is not walked yet (the call is an
 * argument of a log call or a write, which are read before their arguments are walked): what the callback's body holds,
 * its first parameter an item of the array. Null when the callback's body is more than one `return`, which only the walk follows.
 */
export function itemResult(scope: Scope, method: string, array: Node, arg: Node): Set<Flow> | null {
  const fn = unwrap(arg);
  const body = ITEM_RESULTS.has(method) && isFunction(fn) ? returned(fn.body) : null;
  if (!body) return null;
  const params = fn.params as Node[];
  const items = params.length > 0 ? scope.kinds(array) : null;
  scope.push();
  try {
    params.forEach((p, i) => scope.bindPattern(p, null, i === 0 && items ? items : new Set<Flow>(['other']), null));
    if (items) bindItemFields(scope, params[0], array);
    return scope.kinds(body);
  } finally {
    scope.pop();
  }
}

/** `(i) => i.key`, `(i) => { return i.key; }`: the value the body gives back. */
export function returned(body: Node): Node | null {
  if (body.type !== 'BlockStatement') return body;
  const [only] = body.body as Node[];
  return body.body.length === 1 && only!.type === 'ReturnStatement' ? only!.argument ?? null : null;
}

/**
 * What an updater function given to a setter returns (`setVotes((votes) => [...votes, { accountId, choice }])`), worked out
 * when the setter's call is read, before the walk reaches the function: its parameters hold nothing known. Null for a value
 * that is no function, or a function whose body is more than one `return`.
 */
export function updaterResult(scope: Scope, arg: Node): Set<Flow> | null {
  const fn = unwrap(arg);
  const body = isFunction(fn) ? returned(fn.body) : null;
  if (!body) return null;
  scope.push();
  try {
    for (const p of fn.params as Node[]) scope.bindPattern(p, null, new Set<Flow>(['other']), null);
    return scope.kinds(body);
  } finally {
    scope.pop();
  }
}
