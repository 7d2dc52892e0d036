import data from '../data/access-logs.json' with { type: 'json' };
import webhooks from '../data/connect-webhooks.json' with { type: 'json' };
import type { AppFact, DataKind, LogCall, TriggerFact } from './facts.ts';

const HOOK_FIELDS = webhooks.fields as Record<string, string[]>;

/**
 * What an access log's fields hold in this app. A Connect app that authenticates with JWT is loaded
 * in the product with the token in its URL (`?jwt=...`) and receives it in the `Authorization` header of
 * the product's requests: the token, whose `sub` is the user's account ID. The client's address is the user's
 * when browsers make the requests. The bodies the product posts hold the installation's shared secret (lifecycle
 * callbacks) and the issues and people of its events (webhooks). Elsewhere the fields hold no known kind of data.
 * `bodies`: what makes a log of the app write the body (`accessBodies` of its modules).
 */
export function accessLogKinds(logs: LogCall[], app: AppFact, triggers: readonly TriggerFact[], ownTokens: ReadonlySet<string>, bodies: ReadonlySet<string>): void {
  const connect = app.platform === 'connect' || app.platform === 'connect-on-forge' || app.modules.some((m) => m.ui === 'connect');
  const jwt = connect && app.authentication !== 'none';
  const iframes = app.modules.some((m) => m.ui === 'connect');
  // A Forge app's remote receives Forge's invocations, with the Forge Invocation Token in their headers.
  const forgeRemote = app.modules.some((m) => m.type === 'endpoint');
  // People's browsers load a Connect app's pages; a server of no Atlassian app is reached by its users.
  const browsers = iframes || app.platform === null;
  const lifecycle = jwt && triggers.some((t) => t.kind === 'connect-lifecycle');
  const hooks = connect && triggers.some((t) => t.kind === 'connect-webhook');
  for (const log of logs) {
    if (!log.access) continue;
    if (log.pending) {
      if (log.pending.some((p) => bodies.has(p)) && !log.access.includes('body')) log.access.push('body');
      delete log.pending;
    }
    if (log.bodyWithout && !log.access.includes('body')) delete log.bodyWithout;
    const body = log.access.includes('body');
    // The body's fields a log writes (`bodyWhitelist: ['clientKey']`), or all but those it leaves out.
    const writes = (field: string): boolean => body && (log.bodyOnly ? log.bodyOnly.includes(field) : !log.bodyWithout?.includes(field));
    const kinds = new Set<DataKind>();
    // A `url` token the app defines itself (`morgan.token('url', redactJwt)`) writes what the app makes of the URL.
    const ownUrl = log.logger === 'morgan' && ownTokens.has('url');
    if (jwt && iframes && !ownUrl && log.access.includes('url')) for (const k of data.connectJwt.url) kinds.add(k as DataKind);
    if (jwt && log.access.includes('headers')) for (const k of data.connectJwt.headers) kinds.add(k as DataKind);
    if (forgeRemote && log.access.includes('headers')) for (const k of data.forgeRemote.headers) kinds.add(k as DataKind);
    if (browsers && log.access.includes('client-ip')) for (const k of data.browsers['client-ip']) kinds.add(k as DataKind);
    // A log that leaves the shared secret out of the body (`redact: ['req.body.sharedSecret']`) writes none of the lifecycle's;
    // of a webhook's, the fields it names hold what they hold read by name (`user`, the user who acted).
    if (lifecycle && writes(data.connectBodies.secretField)) for (const k of data.connectBodies.lifecycle) kinds.add(k as DataKind);
    if (hooks && body) for (const k of log.bodyOnly ? log.bodyOnly.flatMap((f) => Object.hasOwn(HOOK_FIELDS, f) ? HOOK_FIELDS[f]! : webhooks.field) : webhooks.whole) kinds.add(k as DataKind);
    log.carries = kinds.size > 0 ? [...kinds] : ['other'];
  }
}
