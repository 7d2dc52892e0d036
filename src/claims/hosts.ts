import type { EgressCall, EgressDeclaration } from '../scan/facts.ts';
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
