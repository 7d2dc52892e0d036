import { callbackUrl } from '../app/connect-modules.ts';
import webhooks from '../data/connect-webhooks.json' with { type: 'json' };
import type { DataKind, TriggerFact } from './facts.ts';
import { answers, pathOf } from './route-paths.ts';

const USER_WORDS = webhooks.query.userWords;

/**
 * Whether a POST route of the app (`app.post('/issue-created', ...)`, `router.post('/created')` under a mount) takes one of
 * the Connect webhooks its descriptor asks for, by the path of the webhook's URL, relative to the app's base URL: null when
 * it takes none, else what the query of the webhook's URL holds, its context parameters (`?key={issue.key}`): identifiers,
 * or the account ID of the user who acted (see `connect-webhooks.json`).
 */
export function webhookRoutes(triggers: readonly TriggerFact[]): (route: string) => readonly DataKind[] | null {
  const hooks = triggers.filter((t) => t.kind === 'connect-webhook').map(callbackUrl).filter((u): u is string => u !== null)
    .map((url) => ({ path: pathOf(url), query: queryKinds(url) }));
  if (hooks.length === 0) return () => null;
  return (route) => {
    if (route.startsWith('GET')) return null;
    const taken = hooks.filter((h) => answers(route, h.path));
    if (taken.length === 0) return null;
    return taken.some((h) => h.query.includes('account-id')) ? ['account-id'] : ['other'];
  };
}

/** What the context parameters in a webhook URL's query hold. */
function queryKinds(url: string): DataKind[] {
  const at = url.indexOf('?');
  return contextKinds(at < 0 ? '' : url.slice(at + 1));
}

/** What the context parameters (`{issue.key}`, `{user.accountId}`) written in a part of a URL hold: a user's account ID, else the product's IDs and keys. */
export function contextKinds(text: string): DataKind[] {
  const names = [...text.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);
  return names.some((name) => name.split('.').some((part) => USER_WORDS.some((word) => part.toLowerCase().includes(word)))) ? ['account-id'] : ['other'];
}
