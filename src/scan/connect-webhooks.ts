import { callbackUrl } from '../app/connect-modules.ts';
import type { TriggerFact } from './facts.ts';

/**
 * Whether a POST route of the app (`app.post('/issue-created', …)`, `router.post('/created')` under a mount) takes one of
 * the Connect webhooks its descriptor asks for, by the path of the webhook's URL, relative to the app's base URL (its query,
 * and context parameters there, left out).
 */
export function webhookRoutes(triggers: readonly TriggerFact[]): (route: string) => boolean {
  const paths = triggers.filter((t) => t.kind === 'connect-webhook').map(callbackUrl).filter((u): u is string => u !== null)
    .map((url) => pathOfRoute(url.startsWith('/') ? url : `/${url}`));
  if (paths.length === 0) return () => false;
  return (route) => {
    if (route.startsWith('GET')) return false;
    const tail = pathOfRoute(route);
    return tail.length > 1 && paths.some((path) => path === tail || path.endsWith(tail.startsWith('/') ? tail : `/${tail}`));
  };
}

/** A webhook's URL, relative to the app's base URL, or a route, without its query and a trailing slash. */
function pathOfRoute(url: string): string {
  return url.replace(/[?#].*$/, '').replace(/(.)\/+$/, '$1');
}
