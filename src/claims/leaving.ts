/** Which kinds of data leave Atlassian: decided for "no personal data leaves Atlassian" and "page content never leaves Confluence" alike. */
import type { DataKind, EgressCall, Facts } from '../scan/facts.ts';
import { vendorById } from '../scan/vendors.ts';
import type { ClaimOutcome } from './types.ts';
import { outcome } from './define.ts';
import { joinWords, places, unreadSources } from './evidence.ts';
import { isAtlassianHost, reachableHosts } from './hosts.ts';
import { carried, sdkCalls } from './sent.ts';

/** A request that leaves Atlassian: to a host outside it, or to a Forge remote (the vendor's own server). */
const leaves = (c: EgressCall): boolean => c.host !== null && c.host !== 'self' && (c.host.startsWith('remote:') || !isAtlassianHost(c.host));

/**
 * Whether any of `wanted` leaves Atlassian: contradicted (`sent`) by a request outside Atlassian or a vendor SDK call carrying it,
 * unverified (`unresolved`) when it goes to a host Candor cannot resolve that the manifest does not bound to Atlassian's, or
 * (`incomplete`) when sources could not be read; otherwise `verified`. `what` names the data in the messages; a `prefix` names the
 * claim's own message ids for this reading (`content` -> `contentSent`, `contentVerified`, ...).
 */
export function leavingOutcome(facts: Facts, wanted: readonly DataKind[], what: string, prefix = ''): ClaimOutcome {
  const id = (name: string): string => (prefix === '' ? name : `${prefix}${name[0]!.toUpperCase()}${name.slice(1)}`);
  const carrying = <T extends { carries: readonly DataKind[] }>(calls: readonly T[]): T[] => calls.filter((c) => c.carries.some((k) => wanted.includes(k)));
  const requests = carrying(facts.egress.calls.filter(leaves));
  const viaSdk = carrying(sdkCalls(facts));
  if (requests.length > 0 || viaSdk.length > 0) {
    const evidence = [...requests, ...viaSdk].map((c) => c.evidence);
    const hosts = [...new Set([...requests.map((c) => c.host!.replace(/^remote:/, 'the remote ')), ...viaSdk.map((c) => vendorById(c.vendor)?.name ?? c.vendor)])];
    return outcome('contradicted', id('sent'), evidence, { kinds: carried([...requests, ...viaSdk], wanted).join(', '), hosts: joinWords(hosts), where: places(evidence) });
  }
  // A Forge fetch whose URL is not known reaches only the hosts the manifest declares for its side.
  const unresolved = carrying(facts.egress.unresolved).filter((c) => !(reachableHosts(facts, c)?.every(isAtlassianHost) ?? false));
  if (unresolved.length > 0) {
    const evidence = unresolved.map((c) => c.evidence);
    return outcome('unverified', id('unresolved'), evidence, { what, kinds: carried(unresolved, wanted).join(', '), where: places(evidence) });
  }
  const unread = unreadSources(facts);
  if (unread.length > 0) return outcome('unverified', id('incomplete'), unread, { where: places(unread) });
  return outcome('verified', id('verified'), [], { what });
}
