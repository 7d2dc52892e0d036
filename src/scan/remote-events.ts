import type { DataKind, EgressCall, ModuleFact, TriggerFact } from './facts.ts';
import { eventKinds } from './trigger-handlers.ts';

/**
 * The events Forge posts to a remote back end: a trigger or scheduled trigger whose `endpoint` names an `endpoint` module
 * sends its event, as a function's trigger would be handed it, to that module's remote, with POST.
 * https://developer.atlassian.com/platform/forge/forge-remote-invocation-contract/ ("When using Forge Remote with events
 * or a scheduled trigger, the request is automatically routed to the endpoint configured in the manifest using the POST method")
 */
export function remoteEventCalls(triggers: readonly TriggerFact[], modules: readonly ModuleFact[]): EgressCall[] {
  const out: EgressCall[] = [];
  for (const t of triggers) {
    if (!t.endpoint) continue;
    const remote = modules.find((m) => m.type === 'endpoint' && m.key === t.endpoint)?.remote;
    const kinds: DataKind[] = eventKinds(t)?.whole ?? ['other'];
    out.push({ client: 'forge-trigger', method: 'POST', url: null, host: remote ? `remote:${remote}` : null, side: 'backend', carries: [...kinds].sort(), evidence: t.evidence });
  }
  return out;
}
