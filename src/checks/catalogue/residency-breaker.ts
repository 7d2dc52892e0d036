import { END_USER_DATA, type DataKind, type EgressCall, type Evidence, type Facts, type ThirdParty } from '../../scan/facts.ts';
import type { Profile } from '../../profile/schema.ts';
import { isAtlassianHost } from '../../claims/hosts.ts';
import { vendorById, vendorForHost } from '../../scan/vendors.ts';
import { sdkCalls } from '../../claims/sent.ts';
import { onlyReadFrom } from '../../claims/storage.ts';
import { profileEvidence, type CheckContext, type ProfileSource } from '../context.ts';
import { firstAndRest, groupBy } from '../group.ts';
import { sameThirdParty } from '../third-party-match.ts';
import type { CheckDefinition, CheckReport } from '../types.ts';
import { dataText, listText } from '../words.ts';

/** Profile data categories each kind of End-User Data belongs to. */
const CATEGORIES: Partial<Record<DataKind, string[]>> = {
  'account-id': ['account-data', 'contact-data'],
  email: ['account-data', 'contact-data'],
  'display-name': ['account-data', 'contact-data'],
  'ip-address': ['operational-metadata', 'logs', 'usage-analytics'],
  'phone-number': ['contact-data'],
  'product-content': ['product-content', 'attachments', 'images'],
};

/** A profile statement that some data follows Atlassian's data residency. */
interface Claim { kinds: DataKind[]; label: string; evidence: Evidence }

function claimsOf(profile: Profile, source: ProfileSource | undefined): Claim[] {
  const claims: Claim[] = [];
  (profile.data ?? []).forEach((entry, i) => {
    if (entry.residency !== 'follows-atlassian') return;
    const category = entry.category;
    const kinds = category ? END_USER_DATA.filter((k) => CATEGORIES[k]?.includes(category)) : [...END_USER_DATA];
    const evidence = profileEvidence(source, ['data', i, 'residency'], 'residency: follows-atlassian');
    if (kinds.length > 0) claims.push({ kinds, label: category ? `\`${category}\`` : entry.description ?? 'its data', evidence });
  });
  if (profile.dataResidency?.realmMigration === true) {
    claims.push({ kinds: [...END_USER_DATA], label: 'all in-scope data (realm migration)', evidence: profileEvidence(source, ['dataResidency', 'realmMigration'], 'realmMigration: true') });
  }
  return claims;
}

/**
 * Places outside Atlassian that the profile itself names, so data kept there is disclosed with its own
 * residency rather than a breach of the claim: the vendor's database or files, a database or storage
 * service named in `storedIn: third-party:<id>`, and every third party the profile lists.
 */
function disclosure(profile: Profile, facts: Facts): { store: boolean; party: (p: ThirdParty) => boolean } {
  const listed = profile.thirdParties ?? [];
  const party = (p: ThirdParty) => listed.some((entry) => sameThirdParty(entry, p));
  const places = (profile.data ?? []).flatMap((e) => (e.storedIn === undefined ? [] : [e.storedIn].flat()));
  const stores = facts.thirdParties.filter((p) => p.category === 'database' || p.category === 'storage');
  const store = places.some((place) => {
    if (place === 'vendor-db' || place === 'vendor-files') return true;
    const entry = place.startsWith('third-party:') ? listed.find((e) => e.id === place.slice('third-party:'.length)) : undefined;
    return entry !== undefined && stores.some((p) => sameThirdParty(entry, p));
  });
  return { store, party };
}

/** The third party a request goes to: the one the scan found at this call, or the vendor of its host. */
function thirdPartyOf(facts: Facts, call: EgressCall): ThirdParty | undefined {
  const at = call.evidence;
  const vendor = call.host === null ? null : vendorForHost(call.host);
  return facts.thirdParties.find((p) =>
    p.vendor === vendor?.id || p.via.some((v) => v.kind === 'egress' && v.evidence.file === at.file && v.evidence.line === at.line));
}

const check: CheckDefinition = {
  id: 'residency-breaker',
  title: 'Data residency breaker',
  severity: 'error',
  description:
    'Error: the profile says data follows Atlassian\'s data residency (a `data` entry with `residency: follows-atlassian`, or ' +
    '`dataResidency.realmMigration: true`), but the code keeps or sends that kind of End-User Data outside Atlassian: writes ' +
    'to an external database, requests or calls through a vendor\'s SDK carrying it to a third party or the vendor\'s own server, a remote with one base URL ' +
    'for every region, or a third-party storage or database service. Only places the profile does not name are reported: ' +
    'data kept in a `vendor-db` or `vendor-files` place or a database named in `storedIn: third-party:<id>`, or sent to a ' +
    'listed third party, is disclosed with its own residency.',
  fix: 'Keep that data in Forge storage (which follows the customer\'s residency), pin the remote per region (`baseUrl` per region), or correct the profile: name the place and its region or `residency: none` for the data kept outside Atlassian.',
  messages: {
    externalDb: 'This `{{api}}` call stores {{data}} in an external database, outside Atlassian, while the profile says Atlassian\'s data residency applies to {{claimed}}.',
    egress: 'Requests to `{{host}}` send {{data}} out of Atlassian, while the profile says Atlassian\'s data residency applies to {{claimed}}.',
    sdk: 'Calls through the {{name}} SDK send {{data}} out of Atlassian, while the profile says Atlassian\'s data residency applies to {{claimed}}.',
    remote: 'The remote `{{remote}}` receives {{data}} at one base URL for every region, while the profile says Atlassian\'s data residency applies to {{claimed}}.',
    thirdPartyStorage: 'The app uses {{name}} ({{category}}) to keep data outside Atlassian, while the profile says Atlassian\'s data residency applies to {{claimed}}.',
  },
  run({ facts, profile, profileSource }: CheckContext) {
    if (!profile) return [];
    const claims = claimsOf(profile, profileSource);
    if (claims.length === 0) return [];
    const disclosed = disclosure(profile, facts);
    const claimedKinds = (kinds: readonly DataKind[]) => END_USER_DATA.filter((k) => kinds.includes(k) && claims.some((c) => c.kinds.includes(k)));
    const report = (messageId: string, kinds: readonly DataKind[], data: Record<string, string>, places: Evidence[]): CheckReport => {
      const covering = claims.filter((c) => kinds.length === 0 || c.kinds.some((k) => kinds.includes(k)));
      const { evidence, related } = firstAndRest(places);
      return {
        messageId, evidence, related: [...related, ...covering.map((c) => c.evidence)],
        data: { ...data, data: dataText(kinds), claimed: listText([...new Set(covering.map((c) => c.label))]) },
      };
    };
    const reports: CheckReport[] = [];

    const writes = facts.storage.filter((s) => s.backend === 'external-db' && s.op === 'write' && claimedKinds(s.carries).length > 0);
    if (!disclosed.store) {
      for (const ops of groupBy(writes, (s) => s.api).values()) {
        reports.push(report('externalDb', claimedKinds(ops.flatMap((s) => s.carries)), { api: ops[0]!.api }, ops.map((s) => s.evidence)));
      }
    }

    const reported = new Set<ThirdParty>();
    const leaving = facts.egress.calls.filter((c) => c.host !== null && c.host !== 'self' && !isAtlassianHost(c.host) && claimedKinds(c.carries).length > 0);
    for (const calls of groupBy(leaving, (c) => c.host!).values()) {
      const host = calls[0]!.host!;
      const kinds = claimedKinds(calls.flatMap((c) => c.carries));
      const places = calls.map((c) => c.evidence);
      if (host.startsWith('remote:')) {
        const remote = facts.egress.remotes.find((r) => `remote:${r.key}` === host);
        if (remote && typeof remote.baseUrl === 'string' && !disclosed.store) reports.push(report('remote', kinds, { remote: remote.key }, places));
        continue;
      }
      const party = thirdPartyOf(facts, calls[0]!);
      if (party) reported.add(party);
      if (party ? disclosed.party(party) : disclosed.store) continue;
      reports.push(report('egress', kinds, { host }, places));
    }

    // A database write through an SDK (`supabase.from('t').insert(row)`) is judged as the write it is.
    const written = new Set(facts.storage.filter((s) => s.backend === 'external-db').map((s) => `${s.evidence.file}:${s.evidence.line}`));
    const viaSdk = sdkCalls(facts).filter((c) => claimedKinds(c.carries).length > 0 && !written.has(`${c.evidence.file}:${c.evidence.line}`));
    for (const calls of groupBy(viaSdk, (c) => c.vendor).values()) {
      const party = facts.thirdParties.find((p) => p.vendor === calls[0]!.vendor);
      if (party) reported.add(party);
      if (party && disclosed.party(party)) continue;
      const name = party?.name ?? vendorById(calls[0]!.vendor)?.name ?? calls[0]!.vendor;
      reports.push(report('sdk', claimedKinds(calls.flatMap((c) => c.carries)), { name }, calls.map((c) => c.evidence)));
    }

    for (const party of facts.thirdParties) {
      if (party.category !== 'storage' && party.category !== 'database') continue;
      if (reported.has(party) || disclosed.party(party) || disclosed.store || party.via.length === 0 || onlyReadFrom(facts, party)) continue;
      if (party.category === 'database' && writes.length > 0) continue; // already reported as external database writes
      reports.push(report('thirdPartyStorage', [], { name: party.name, category: party.category }, party.via.map((v) => v.evidence)));
    }
    return reports;
  },
};

export default check;
