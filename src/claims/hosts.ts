import type { EgressCall, EgressDeclaration } from '../scan/facts.ts';
import { hostAllowed } from '../scan/egress.ts';
import data from '../data/atlassian-hosts.json' with { type: 'json' };

/** Whether a host is Atlassian's own (product sites, API gateway, media), per src/data/atlassian-hosts.json. */
export function isAtlassianHost(host: string): boolean {
  const h = host.toLowerCase();
  return data.hosts.some((pattern) => hostAllowed(pattern, h));
}

/** Calls that leave Atlassian: a resolved host that is not the app itself, not a Forge remote and not Atlassian's. */
export function externalCalls(calls: readonly EgressCall[]): EgressCall[] {
  return calls.filter((c) => c.host !== null && c.host !== 'self' && !c.host.startsWith('remote:') && !isAtlassianHost(c.host));
}

/** Manifest egress entries that allow a host outside Atlassian (remotes are listed apart). */
export function externalDeclarations(declared: readonly EgressDeclaration[]): EgressDeclaration[] {
  return declared.filter((d) => d.kind !== 'remote' && (d.host === null || !isAtlassianHost(d.host.replace(/^\*\./, 'x.'))));
}
