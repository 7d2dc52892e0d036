/**
 * Where End-User Data sent outside Atlassian is kept: code shows the request, not what the receiver
 * keeps. The profile's `thirdParties[].retention` says it (`not-stored` for zero data retention), so
 * the storage claims can tell "kept there for 30 days" from "kept nowhere, on the vendor's word" from
 * "nobody said".
 */
import type { ThirdPartyEntry, Profile } from '../profile/schema.ts';
import { END_USER_DATA, type DataKind, type Evidence, type Facts } from '../scan/facts.ts';
import { vendorById, vendorForHost } from '../scan/vendors.ts';
import { places } from './evidence.ts';
import { dataText } from '../checks/words.ts';
import { isAtlassianHost, reachableHosts } from './hosts.ts';
import { carriesEndUserData, endUserDataSentOut } from './storage.ts';
import { listedAs } from './vendor-names.ts';
import type { ClaimOutcome, MessageData } from './types.ts';
import { outcome } from './define.ts';

/** The receiver of data sent to a URL Candor cannot resolve. */
const UNRESOLVED = 'a URL Candor cannot resolve';

interface Receiver {
  name: string;
  entry: ThirdPartyEntry | undefined;
  evidence: Evidence[];
  data: Set<DataKind>;
}

/** The messages every storage claim gives for data sent out; spread into its `messages`. */
export const SENT_MESSAGES = {
  sent: 'End-User Data ({{data}}) is sent to {{receivers}} ({{where}}) and may be kept there: state in candor.yaml how long each keeps it (thirdParties[].retention: not-stored, or a duration such as "30 days").',
  keptBy: '{{receivers}} keeps the End-User Data ({{data}}) it is sent ({{where}}) for {{retention}}, as candor.yaml states (thirdParties[].retention).',
  keepsNothing: "{{receivers}} receives End-User Data ({{data}}, {{where}}) and keeps none of it, as candor.yaml states (thirdParties[].retention: not-stored); code cannot show that: keep {{receivers}}'s terms or data processing agreement that say so.",
} as const;

/** The profile's `thirdParties` entry for a vendor Candor knows: by its id, or by a name that names it. */
export function thirdPartyEntry(profile: Profile | null, vendor: { id: string; name: string }): ThirdPartyEntry | undefined {
  return profile?.thirdParties?.find((e) => e.id === vendor.id || listedAs(e.name, vendor));
}

/** The receivers of End-User Data outside Atlassian, by vendor (or host when Candor knows no vendor for it). */
function receivers(facts: Facts, profile: Profile | null): Receiver[] {
  const byName = new Map<string, Receiver>();
  const entries = profile?.thirdParties ?? [];
  const add = (vendor: { id: string; name: string } | null, host: string, carries: readonly DataKind[], evidence: Evidence) => {
    const name = vendor?.name ?? host;
    let r = byName.get(name);
    if (!r) {
      const entry = vendor ? thirdPartyEntry(profile, vendor) : entries.find((e) => e.name === host || e.id === host);
      r = { name, entry, evidence: [], data: new Set() };
      byName.set(name, r);
    }
    r.evidence.push(evidence);
    for (const kind of carries) if (END_USER_DATA.includes(kind)) r.data.add(kind);
  };
  for (const c of endUserDataSentOut(facts)) {
    if ('vendor' in c) add(vendorById(c.vendor), c.vendor, c.carries, c.evidence);
    else add(vendorForHost(c.host!), c.host!, c.carries, c.evidence);
  }
  // A URL Candor cannot resolve (a webhook read from storage) may reach anyone; a Forge fetch only the hosts its manifest declares.
  for (const c of facts.egress.unresolved) {
    if (!carriesEndUserData(c.carries)) continue;
    const hosts = reachableHosts(facts, c);
    if (hosts === null) add(null, UNRESOLVED, c.carries, c.evidence);
    else for (const host of hosts) if (!isAtlassianHost(host)) add(vendorForHost(host), host, c.carries, c.evidence);
  }
  return [...byName.values()];
}

/**
 * The outcome for End-User Data sent out, or null when none is: unverified when a receiver's retention
 * is not stated, contradicted (`keptBy`) when one keeps it, organisational (`keepsNothing`) when all
 * keep nothing on the vendor's word. `kinds` holds it to the data a sentence names (product content).
 */
export function sentOutcome(facts: Facts, profile: Profile | null, kinds: readonly DataKind[] = END_USER_DATA): ClaimOutcome | null {
  const all = receivers(facts, profile).filter((r) => [...r.data].some((k) => kinds.includes(k)));
  if (all.length === 0) return null;
  const data = (rs: Receiver[]): MessageData => {
    const evidence = rs.flatMap((r) => r.evidence);
    return { receivers: rs.map((r) => r.name).join(', '), data: dataText(rs.flatMap((r) => [...r.data])), where: places(evidence) };
  };
  const unknown = all.filter((r) => r.entry?.retention === undefined);
  if (unknown.length > 0) return outcome('unverified', 'sent', unknown.flatMap((r) => r.evidence), data(unknown));
  const keeping = all.filter((r) => r.entry?.retention !== 'not-stored');
  if (keeping.length > 0) return outcome('contradicted', 'keptBy', keeping.flatMap((r) => r.evidence), { ...data(keeping), retention: keeping.map((r) => String(r.entry?.retention)).join(', ') });
  return outcome('organisational', 'keepsNothing', all.flatMap((r) => r.evidence), data(all));
}
