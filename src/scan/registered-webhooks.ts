import data from '../data/webhook-registrations.json' with { type: 'json' };
import type { RestCall, TriggerFact } from './facts.ts';

const OPERATIONS = data.operations.map(({ method, path }) => ({
  method,
  path: new RegExp(`^${path.split('{}').map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('.+')}$`),
}));

/**
 * The webhooks an app registers at run time (`POST /rest/api/3/webhook` with `{ url, webhooks: [{ events }] }`, Bitbucket's
 * `POST /2.0/repositories/{workspace}/{repo}/hooks`, see `webhook-registrations.json`): triggers as a descriptor's webhooks are,
 * at the call, with the events its body names as constants (none when it names them otherwise).
 */
export function registeredWebhooks(calls: readonly RestCall[], events: ReadonlyMap<RestCall, readonly string[]>): TriggerFact[] {
  const out: TriggerFact[] = [];
  for (const call of calls) {
    const path = call.path?.split('?')[0];
    if (!path || !OPERATIONS.some((op) => op.method === call.method && op.path.test(path))) continue;
    out.push({ kind: 'connect-webhook', key: `${call.method} ${path}`, function: null, events: [...(events.get(call) ?? [])], interval: null, response: null, evidence: call.evidence });
  }
  return out;
}
