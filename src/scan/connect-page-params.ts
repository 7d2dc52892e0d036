import { servedPages } from './connect-lifecycle.ts';
import { contextKinds } from './connect-webhooks.ts';
import type { DataKind } from './facts.ts';
import { queryPairs } from './source/string-marks.ts';

/**
 * What a field of the query of a request to a GET route holds when the route serves a page of the app's Connect modules
 * and the page's URL binds that field to context parameters (`/panel?key={issue.key}&board={board.id}`): the product's
 * IDs and keys the product fills in, or a user's account ID (see `contextKinds`); null for any other field or route, whose
 * value may be what a user sent.
 * https://developer.atlassian.com/cloud/jira/platform/context-parameters/
 */
export function pageParams(pages: readonly string[] | null): (route: string, field: string) => readonly DataKind[] | null {
  if (pages === null || pages.length === 0) return () => null;
  const served = servedPages(pages);
  return (route, field) => boundInAll(served(route.startsWith('?') ? route.slice(1) : route), (url) => boundTo(url, field));
}

/**
 * What a query field holds over all the pages or routes a request may be of, each bound by `bound`: null when there are none
 * or one leaves it unbound (a user may send it), an account ID when one binds it to a user's.
 */
export function boundInAll<T>(all: Iterable<T>, bound: (item: T) => readonly DataKind[] | null): readonly DataKind[] | null {
  let out: readonly DataKind[] | null = null;
  for (const item of all) {
    const kinds = bound(item);
    if (kinds === null) return null;
    if (out === null || kinds.includes('account-id')) out = kinds;
  }
  return out;
}

/** What the query parameter `field` of a page URL is bound to, when its value is made of context parameters only. */
function boundTo(url: string, field: string): DataKind[] | null {
  for (const [name, value] of queryPairs(url)) {
    if (name !== field) continue;
    return /^(?:\{[^}]*\}|[-_.:])+$/.test(value) && value.includes('{') ? contextKinds(value) : null;
  }
  return null;
}
