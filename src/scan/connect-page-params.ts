import { servedPages } from './connect-lifecycle.ts';
import { contextKinds } from './connect-webhooks.ts';
import type { DataKind } from './facts.ts';

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
  return (route, field) => {
    let out: DataKind[] | null = null;
    for (const url of served(route.startsWith('?') ? route.slice(1) : route)) {
      const value = boundTo(url, field);
      if (value === null) return null;
      if (out === null || value.includes('account-id')) out = value;
    }
    return out;
  };
}

/** What the query parameter `field` of a page URL is bound to, when its value is made of context parameters only. */
function boundTo(url: string, field: string): DataKind[] | null {
  const at = url.indexOf('?');
  if (at < 0) return null;
  for (const pair of url.slice(at + 1).split('&')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq) !== field) continue;
    const value = pair.slice(eq + 1);
    return /^(?:\{[^}]*\}|[-_.:])+$/.test(value) && value.includes('{') ? contextKinds(value) : null;
  }
  return null;
}
