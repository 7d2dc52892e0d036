import { callbackUrl } from '../app/connect-modules.ts';
import type { TriggerFact } from './facts.ts';
import { answers, pathOf } from './route-paths.ts';

/**
 * Whether a POST route of the app (`app.post('/issue-created', …)`, `router.post('/created')` under a mount) takes one of
 * the Connect webhooks its descriptor asks for, by the path of the webhook's URL, relative to the app's base URL (its query,
 * and context parameters there, left out).
 */
export function webhookRoutes(triggers: readonly TriggerFact[]): (route: string) => boolean {
  const paths = triggers.filter((t) => t.kind === 'connect-webhook').map(callbackUrl).filter((u): u is string => u !== null).map(pathOf);
  if (paths.length === 0) return () => false;
  return (route) => !route.startsWith('GET') && paths.some((path) => answers(route, path));
}
