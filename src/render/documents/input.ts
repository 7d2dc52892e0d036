/**
 * What every generated document is written from: the facts of the app, the vendor's trust
 * profile, and views that join the two (scopes with their purposes, third parties found in code
 * with the profile's entry for each, the data the profile declares and where the code keeps it).
 */
import { sameThirdParty } from '../../checks/third-party-match.ts';
import { isAtlassianHost } from '../../claims/hosts.ts';
import { sameScope } from '../../claims/scopes.ts';
import { vendorCalls } from '../../claims/sent.ts';
import { storedInOf, type DataEntry, type Profile, type ThirdPartyEntry } from '../../profile/schema.ts';
import { END_USER_DATA, type DataKind, type Evidence, type Facts, type StorageBackend, type ThirdParty, type VendorCategory } from '../../scan/facts.ts';
import type { Needs } from './needs.ts';
import type { Truths } from './truths.ts';
import { PRODUCT_NAMES } from './words.ts';

export interface DocumentInput {
  /** The app folder, for the few manifest details the facts do not carry. */
  dir?: string;
  facts: Facts;
  /** The valid part of the profile; `{}` when the app has none. */
  profile: Profile;
  /** The profile file relative to the app folder, or null. */
  profileFile: string | null;
  /** Line of a profile value (dot-path or segments), for "declared in profile" evidence. */
  locate(path: string | ReadonlyArray<string | number>): { line: number; column: number } | null;
  /** ISO date (YYYY-MM-DD) the documents carry. */
  date: string;
  truths: Truths;
}

export interface ScopeView {
  scope: string;
  purpose: string | null;
  /** Key of the purpose in `scopes:` of the profile (may be written differently, e.g. `read:connect-confluence` for `READ`). */
  profileKey: string | null;
  evidence: Evidence;
}

export interface PartyView {
  name: string;
  id: string | null;
  category: VendorCategory | null;
  link: string | null;
  purpose: string | null;
  data: string[];
  countries: string[];
  /** Where the code shows it; empty when only the profile names it. */
  found: ThirdParty[];
  /** End-User Data the code hands to it (through its SDK or in requests to its hosts), and where. */
  sent: DataKind[];
  sentAt: Evidence[];
  entry: ThirdPartyEntry | null;
  /** Index in the profile's `thirdParties`, or null. */
  index: number | null;
}

/** Profile storage place for each backend the scan knows (as `candor init` drafts it). */
export const BACKEND_PLACE: Record<StorageBackend, string> = {
  kvs: 'forge-kvs', 'kvs-secret': 'forge-kvs', 'custom-entity': 'forge-kvs', cache: 'forge-cache', sql: 'forge-sql',
  'object-store': 'forge-object-store', 'entity-property': 'atlassian', 'content-property': 'atlassian',
  'issue-property': 'atlassian', 'app-property': 'atlassian', 'external-db': 'vendor-db',
};

export const BACKEND_NAMES: Record<StorageBackend, string> = {
  kvs: 'Forge key-value storage', 'kvs-secret': 'Forge key-value storage (secrets)', 'custom-entity': 'Forge custom entities',
  cache: 'Forge cache', sql: 'Forge SQL', 'object-store': 'Forge Object Store', 'entity-property': 'entity properties',
  'content-property': 'content properties', 'issue-property': 'issue properties', 'app-property': 'app properties',
  'external-db': 'an external database',
};

export function appName(input: DocumentInput, needs: Needs): string {
  return needs.value(input.profile.app?.name ?? input.facts.app.name, 'app.name', 'the app\'s name as listed on the Marketplace', 'Handoff for Jira') ?? '';
}

export function vendorName(input: DocumentInput, needs: Needs): string {
  return needs.value(input.profile.vendor?.name, 'vendor.name', 'who publishes the app and makes the statement', 'DataPingo') ?? '';
}

/** "Jira", "Confluence and Jira Service Management". */
export function productList(facts: Facts): string[] {
  return facts.app.products.filter((p) => p !== 'unknown').map((p) => PRODUCT_NAMES[p] ?? p);
}

export function platformName(facts: Facts): string {
  switch (facts.app.platform) {
    case 'forge': return 'Forge';
    case 'connect': return 'Connect';
    case 'connect-on-forge': return 'Connect on Forge';
    default: return 'Atlassian';
  }
}

export function scopeViews(input: DocumentInput): ScopeView[] {
  const purposes = Object.entries(input.profile.scopes ?? {});
  return input.facts.scopes.declared.map((declared) => {
    const match = purposes.find(([key]) => key === declared.scope) ?? purposes.find(([key]) => sameScope(key, declared.scope, input.facts));
    return { scope: declared.scope, purpose: match?.[1] ?? null, profileKey: match?.[0] ?? null, evidence: declared.evidence };
  });
}

/** Asks for the purpose of every declared scope. */
export function scopesWithPurposes(input: DocumentInput, needs: Needs): Array<ScopeView & { purpose: string }> {
  const views = scopeViews(input);
  for (const view of views) {
    if (view.purpose === null) needs.add(`scopes.${view.scope}`, `why the app needs ${view.scope} (declared at ${view.evidence.file}:${view.evidence.line})`, 'read the issues shown in the handoff queue');
  }
  return views.filter((v): v is ScopeView & { purpose: string } => v.purpose !== null);
}

/** Third parties from the code and the profile, each once. */
export function partyViews(input: DocumentInput): PartyView[] {
  const entries = input.profile.thirdParties ?? [];
  const views: PartyView[] = entries.map((entry, index) => ({
    name: entry.name, id: entry.id ?? null, category: null, link: entry.link ?? null, purpose: entry.purpose ?? null,
    data: entry.data ?? [], countries: entry.countries ?? [], found: [], sent: [], sentAt: [], entry, index,
  }));
  const calls = vendorCalls(input.facts).filter((c) => c.carries.some((k) => END_USER_DATA.includes(k)));
  for (const found of input.facts.thirdParties) {
    let view = views.find((v) => v.entry !== null && sameThirdParty(v.entry, found));
    if (view) {
      view.found.push(found);
      view.category ??= found.category;
      view.link ??= found.site;
    } else {
      view = { name: found.name, id: found.vendor, category: found.category, link: found.site, purpose: null, data: [], countries: [], found: [found], sent: [], sentAt: [], entry: null, index: null };
      views.push(view);
    }
    const to = calls.filter((c) => c.vendor === found.vendor);
    view.sent = END_USER_DATA.filter((k) => view.sent.includes(k) || to.some((c) => c.carries.includes(k)));
    view.sentAt.push(...to.map((c) => c.evidence));
  }
  return views;
}

/** Asks for a profile entry (purpose, countries) for every third party the code shows. */
export function partiesWithDetails(input: DocumentInput, needs: Needs, what: { countries: boolean }): PartyView[] {
  const views = partyViews(input);
  for (const view of views) {
    const where = view.found[0]?.via[0]?.evidence;
    const seen = where ? ` (the code uses it at ${where.file}:${where.line})` : '';
    if (view.entry === null) {
      needs.add(`thirdParties[${view.id ?? view.name}]`, `an entry for ${view.name}${seen}: name, purpose, data shared and countries`, `{ id: ${view.id ?? 'vendor-id'}, name: ${view.name}, purpose: \u2026, data: [...], countries: [United States] }`);
      continue;
    }
    const at = `thirdParties[${view.index}]`;
    needs.value(view.purpose, `${at}.purpose`, `what ${view.name} does for the app`);
    if (what.countries && view.countries.length === 0) needs.add(`${at}.countries`, `where ${view.name} stores or processes the data`, '[United States]');
  }
  return views;
}

export function dataEntries(input: DocumentInput): Array<{ entry: DataEntry; index: number; places: string[] }> {
  return (input.profile.data ?? []).map((entry, index) => ({
    entry, index, places: storedInOf(entry),
  }));
}

/** Where the code writes data, by profile place, with the first write as evidence. */
export function writtenPlaces(facts: Facts): Map<string, { backends: StorageBackend[]; evidence: Evidence }> {
  const out = new Map<string, { backends: StorageBackend[]; evidence: Evidence }>();
  for (const op of facts.storage) {
    if (op.op !== 'write') continue;
    const place = BACKEND_PLACE[op.backend];
    const seen = out.get(place);
    if (seen) {
      if (!seen.backends.includes(op.backend)) seen.backends.push(op.backend);
    } else out.set(place, { backends: [op.backend], evidence: op.evidence });
  }
  return out;
}

/**
 * Asks for a data entry covering every place the code writes to: a statement that lists the
 * data the app keeps must not leave out a store the code uses. An external database is covered
 * by `vendor-db` or by a third party (the database vendor).
 */
export function requireStoredData(input: DocumentInput, needs: Needs): void {
  if (input.profile.data === undefined) return; // `data` itself is asked for, naming what the code keeps
  const declared = new Set(dataEntries(input).flatMap((d) => d.places));
  const external = [...declared].some((p) => p === 'vendor-db' || p.startsWith('third-party:'));
  for (const [place, { backends, evidence }] of writtenPlaces(input.facts)) {
    if (declared.has(place) || (place === 'vendor-db' && external)) continue;
    needs.add(`data[] storedIn: ${place}`, `the code writes to ${backends.map((b) => BACKEND_NAMES[b]).join(' and ')} (${evidence.file}:${evidence.line}); add a data entry saying what it keeps there`, `{ category: configuration, description: \u2026, storedIn: ${place}, retention: until-uninstall }`);
  }
}

/** Hosts outside Atlassian the app may reach: remotes, manifest egress, resolved calls. */
export function externalHosts(input: DocumentInput): string[] {
  const { egress } = input.facts;
  const hosts = [
    ...egress.remotes.flatMap((r) => r.hosts),
    ...egress.declared.filter((d) => d.kind !== 'remote' && d.host !== null).map((d) => d.host!),
    ...egress.calls.filter((c) => c.host !== null && c.host !== 'self' && !c.host.startsWith('remote:')).map((c) => c.host!),
  ];
  return [...new Set(hosts)].filter((h) => !isAtlassianHost(h));
}

/** `Month D, YYYY` for an ISO date. */
export function longDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}
