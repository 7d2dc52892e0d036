import { objectProperty, unwrap, type Node } from './ast.ts';
import { followRef } from './ref.ts';
import type { Scope } from './scope.ts';
import { hasMarks } from './string-marks.ts';
import registrations from '../../data/webhook-registrations.json' with { type: 'json' };

/** What `JSON.stringify(value)` is given; the node itself when it is no such call. */
export function stringified(scope: Scope, node: Node): Node {
  if (node.type !== 'CallExpression' || !node.arguments[0]) return node;
  const callee = followRef(scope, node.callee);
  const json = callee.root === 'global' && callee.name === 'JSON' && callee.steps.length === 1 && callee.steps[0]!.name === 'stringify';
  return json ? unwrap(node.arguments[0]) : node;
}

/** Options of a request that add a query to its URL: axios's `params`, got's `searchParams`, request's and ACE's `qs`, ofetch's `query`. */
const QUERY_OPTIONS = ['params', 'searchParams', 'qs', 'query'];

/** The query a request's options (among `args`) add to its URL (`axios.get(url, { params })`), or null. */
export function addedQuery(scope: Scope, args: readonly Node[]): Node | null {
  for (const arg of args) {
    const options = scope.object(arg);
    if (options === null) continue;
    for (const key of QUERY_OPTIONS) {
      const query = objectProperty(options, key);
      if (query !== null) return query;
    }
  }
  return null;
}

/** A field a request asks for that the scan cannot tell, written as a path's hole. */
export const UNKNOWN_FIELD = '{}';

/** Before an expansion a request asks for (`+changelog` of `expand: ['changelog']`), among the fields it names. */
export const EXPANDED = '+';

/** Among the fields a request names: it asks for no result (`maxResults: 0`), only how many match. */
export const NO_RESULTS = '#0';

/**
 * The fields a request body asks for by name (`JSON.stringify({ jql, fields: ['assignee', 'reporter'] })`, a list or a
 * comma-separated string, also one bound to a name): what an issue search answers with. None when the body is an object
 * that names no fields (`{ jql }`); `UNKNOWN_FIELD` for each the scan cannot tell (`fields: wanted`), and for a body it
 * cannot read as an object or one spreading another (`{ ...options, jql }`). The expansions it asks for follow, each after
 * `EXPANDED` (`expand: ['changelog']`, `expand: 'changelog'`); one the scan cannot tell is none. `NO_RESULTS` for `maxResults: 0`.
 */
export function requestedFields(scope: Scope, body: Node): string[] {
  const object = scope.object(stringified(scope, unwrap(body)));
  if (!object) return [UNKNOWN_FIELD];
  const list = objectProperty(object, 'fields');
  const expand = objectProperty(object, 'expand');
  const out = list ? listed(scope, list, UNKNOWN_FIELD) : (object.properties as Node[]).some((p) => p.type === 'SpreadElement') ? [UNKNOWN_FIELD] : [];
  if (expand) for (const item of listed(scope, expand, null)) out.push(EXPANDED + item);
  const max = objectProperty(object, 'maxResults');
  if (max && scope.str(max) === '0') out.push(NO_RESULTS);
  return out;
}

/** The names of a list or comma-separated string (also one bound to a name); `unknown` for each the scan cannot tell, or none when null. */
function listed(scope: Scope, value: Node, unknown: string | null): string[] {
  let list = value;
  if (unwrap(list).type === 'Identifier') list = scope.lookup(unwrap(list).name)?.init ?? list;
  const items = unwrap(list).type === 'ArrayExpression' ? (unwrap(list).elements as Array<Node | null>) : [list];
  const out: string[] = [];
  for (const item of items) {
    const text = item ? scope.str(item) : null;
    if (text !== null && !hasMarks(text)) out.push(...text.split(','));
    else if (unknown !== null) out.push(unknown);
  }
  return out;
}

/**
 * The events a webhook's registration names (`{ url, webhooks: [{ events: ['jira:issue_created'] }] }`, `{ url, events: ['repo:push'] }`,
 * see `webhook-registrations.json`): null for a body that names none, those written as constants, the others left out.
 */
export function webhookEvents(scope: Scope, body: Node): string[] | null {
  const object = scope.object(stringified(scope, unwrap(body)));
  if (!object) return null;
  const lists = [objectProperty(object, registrations.events)];
  for (const name of registrations.lists) {
    const items = objectProperty(object, name);
    const array = items ? unwrap(items) : null;
    if (array?.type === 'ArrayExpression') for (const item of array.elements as Array<Node | null>) if (item) lists.push(objectProperty(scope.object(item), registrations.events));
  }
  if (lists.every((l) => l === null)) return null;
  return [...new Set(lists.flatMap((list) => (list === null ? [] : listed(scope, list, null))))];
}
