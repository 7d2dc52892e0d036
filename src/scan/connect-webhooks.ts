import { callbackUrl } from '../app/connect-modules.ts';
import type { TriggerFact } from './facts.ts';

/**
 * Whether a POST route of the app (`app.post('/issue-created', …)`, `router.post('/created')` under a mount) takes one of
 * the Connect webhooks its descriptor asks for, by the path of the webhook's URL (its query, and context parameters there,
 * left out).
 */
export function webhookRoutes(triggers: readonly TriggerFact[]): (route: string) => boolean {
  const paths = triggers.filter((t) => t.kind === 'connect-webhook').map(callbackUrl).filter((u): u is string => u !== null)
    .map((url) => url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/, '').replace(/(.)\/+$/, '$1'));
  if (paths.length === 0) return () => false;
  return (route) => {
    if (route.startsWith('GET')) return false;
    const tail = route.replace(/[?#].*$/, '').replace(/(.)\/+$/, '$1');
    return tail.length > 1 && paths.some((path) => path === tail || path.endsWith(tail.startsWith('/') ? tail : `/${tail}`));
  };
}
