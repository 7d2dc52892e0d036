import type { EgressCall, EgressDeclaration, Facts } from '../scan/facts.ts';
import defaults from '../data/forge-egress-defaults.json' with { type: 'json' };

/** Whether a host (or host pattern) is Atlassian's own, per `atlassianDomains` in src/data/forge-egress-defaults.json. */
export function isAtlassianHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\*\./, '');
  return defaults.atlassianDomains.some((domain) => h === domain || h.endsWith(`.${domain}`));
}

/** Calls that leave Atlassian: a resolved host that is not the app itself, not a Forge remote and not Atlassian's. */
export function externalCalls(calls: readonly EgressCall[]): EgressCall[] {
  return calls.filter((c) => c.host !== null && c.host !== 'self' && !c.host.startsWith('remote:') && !isAtlassianHost(c.host));
}

/** Manifest egress entries that allow a host outside Atlassian (remotes are listed apart). */
export function externalDeclarations(declared: readonly EgressDeclaration[]): EgressDeclaration[] {
  return declared.filter((d) => d.kind !== 'remote' && (d.host === null || !isAtlassianHost(d.host)));
}

/** Forge's fetch: the global one, or that of `@forge/api` (`import { fetch } from '@forge/api'`, `api.fetch`). */
const FORGE_FETCH = new Set(['fetch', 'api.fetch']);

/**
 * The hosts a Forge `fetch` whose URL Candor cannot resolve can reach (`fetch(webhookUrl)` with the URL
 * read from storage): Forge lets a function, or a Custom UI page, fetch only the hosts
 * `permissions.external.fetch` declares for its side, besides Atlassian's own. Null when that bounds
 * nothing Candor can name: not a Forge app, another client, nothing declared for the side, or an entry
 * that allows any host (`*`).
 * https://developer.atlassian.com/platform/forge/add-content-security-and-egress-controls/
 */
export function reachableHosts(facts: Facts, call: EgressCall): string[] | null {
  if (facts.app.platform !== 'forge' || call.host !== null || !FORGE_FETCH.has(call.client)) return null;
  const kind = call.side === 'backend' ? 'fetch-backend' : 'fetch-client';
  const declared = facts.egress.declared.filter((d) => d.kind === kind);
  if (declared.length === 0 || declared.some((d) => d.host === null || d.host === '*')) return null;
  return [...new Set(declared.map((d) => d.host!.toLowerCase()))];
}
