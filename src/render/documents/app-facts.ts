/**
 * Sentences about the app that the code decides. Each is phrased the way Candor's claim
 * catalogue reads it back, and is written only when that claim verifies (see truths.ts);
 * otherwise the sentence says what the code actually does, or nothing.
 */
import { NOT_DATA } from '../../claims/catalogue/retention-period.ts';
import { personalDataKept, storingRemotes } from '../../claims/storage.ts';
import { END_USER_DATA } from '../../scan/facts.ts';
import { externalHosts, partyViews, platformName, productList, type DocumentInput } from './input.ts';
import { code, joinRich, joinWords, type Rich } from './model.ts';
import { KIND_WORDS } from './words.ts';


const PERSONAL: Record<string, string> = { 'account-id': 'account IDs', email: 'email addresses', 'display-name': 'display names', 'ip-address': 'IP addresses', 'phone-number': 'phone numbers' };

const STORE_NAMES: Record<string, string> = {
  kvs: 'Forge key-value storage', 'kvs-secret': 'Forge key-value storage', 'custom-entity': 'Forge key-value storage', sql: 'Forge SQL',
  'object-store': 'Forge Object Store', cache: 'Forge cache', 'entity-property': 'entity properties', 'content-property': 'content properties',
  'issue-property': 'issue properties', 'app-property': 'app properties', 'external-db': 'an external database',
};

/** Product content objects whose create, edit and delete calls the catalogue knows. */
const OBJECTS: Array<{ product: string; object: 'issue' | 'page'; words: string }> = [
  { product: 'jira', object: 'issue', words: 'Jira issues' },
  { product: 'confluence', object: 'page', words: 'Confluence pages' },
];

export function backend({ truths, facts }: DocumentInput): Rich | null {
  if (truths.holds('no-external-backend')) return ['The current app version does not use an external backend service.'];
  const hosts = facts.egress.remotes.flatMap((r) => r.hosts);
  if (hosts.length === 0) return null;
  const what = facts.app.platform === 'connect' ? 'The app is served from its own backend outside Atlassian, at ' : 'The app calls its own backend outside Atlassian, at ';
  return [what, ...joinRich(hosts.map(code)), '.'];
}

export function egress(input: DocumentInput): Rich | null {
  if (input.truths.holds('no-egress') && input.truths.holds('no-remotes')) return ['The current app version does not declare external remotes or external egress.'];
  // The app's own backend is said by `backend`; here go the other hosts it reaches.
  const own = new Set(input.facts.egress.remotes.flatMap((r) => r.hosts));
  const hosts = externalHosts(input).filter((h) => !own.has(h));
  const receiving = receivers(input);
  if (hosts.length > 0) return ['The app can send data to these hosts outside Atlassian: ', ...joinRich(hosts.map(code)), '.', ...(receiving ? [` ${receiving}`] : [])];
  const sdks = input.facts.thirdParties.filter((p) => p.via.some((v) => v.kind === 'import' || v.kind === 'egress'));
  if (sdks.length > 0) return [`The app sends data to the third-party services it uses: ${joinWords(sdks.map((p) => p.name))}.${receiving ? ` ${receiving}` : ''}`];
  return null;
}

/** "It sends email addresses to Twilio SendGrid and product content to OpenAI.": the End-User Data the code hands to each third party. */
function receivers(input: DocumentInput): string | null {
  const parts = partyViews(input).filter((v) => v.sent.length > 0).map((v) => `${joinWords(v.sent.map((k) => KIND_WORDS[k]))} to ${v.name}`);
  return parts.length > 0 ? `It sends ${joinWords(parts)}.` : null;
}

/** Where the app keeps data, as the code shows it. */
export function storage(input: DocumentInput): Rich[] {
  const { facts, truths } = input;
  const writes = facts.storage.filter((op) => op.op === 'write');
  const out: Rich[] = [];
  const remotes = storingRemotes(facts);
  if (writes.length === 0 && remotes.length > 0) out.push(['The app keeps its data on its own backend outside Atlassian, at ', ...joinRich(remotes.flatMap((r) => r.hosts).map(code)), '.']);
  else if (writes.length === 0 && facts.storage.length === 0) {
    if (truths.holds('no-data-stored')) out.push(['The app does not store any data.']);
  } else if (truths.holds('only-forge-kv')) out.push(['All app data is stored only in Forge key-value storage, hosted by Atlassian.']);
  else if (truths.holds('storage-only-atlassian')) {
    const stores = [...new Set(facts.storage.map((op) => STORE_NAMES[op.backend]!))];
    out.push([`The app stores its data only within Atlassian: ${joinWords(stores)}.`]);
  } else {
    const stores = [...new Set(writes.map((op) => STORE_NAMES[op.backend]!))];
    const vendors = facts.thirdParties.filter((p) => p.category === 'database' && p.via.some((v) => v.kind !== 'dependency'));
    const named = vendors.length > 0 ? ` (${joinWords(vendors.map((v) => v.name))})` : '';
    if (stores.length > 0) out.push([`The app writes data to ${joinWords(stores)}${named}.`]);
  }
  if (truths.holds('no-customer-content-outside-atlassian')) out.push(['The app does not store customer content outside Atlassian systems.']);
  const reads = facts.restCalls.filter((c) => c.method === 'GET' && (c.product === 'confluence' || c.product === 'jira'));
  if (truths.holds('no-page-content-stored') && reads.length > 0 && writes.length > 0) {
    out.push([`The app does not store the ${reads.some((c) => c.product === 'confluence') ? 'page' : 'issue'} content it reads.`]);
  }
  return out;
}

export function logs(input: DocumentInput): Rich | null {
  const { truths, facts, profile } = input;
  if (truths.holds('no-end-user-data-in-logs') && profile.logs?.endUserData !== true) return ['The app does not log End-User Data.'];
  const backend = facts.logs.filter((l) => l.side === 'backend' && l.carries.some((k) => END_USER_DATA.includes(k)));
  if (backend.length > 0 || profile.logs?.endUserData === true) {
    const kinds = [...new Set(backend.flatMap((l) => l.carries.filter((k) => END_USER_DATA.includes(k))))].map((k) => KIND_WORDS[k]);
    return [`The app's logs can include End-User Data${kinds.length > 0 ? ` (${joinWords(kinds)})` : ''}.`];
  }
  return null;
}

export function secrets(input: DocumentInput): Rich | null {
  if (input.profile.security?.requiresUserSecrets === true) return ['Users must give the app a credential (an API token, password or other shared secret) for it to work.'];
  if (input.truths.holds('no-pats-or-shared-secrets')) return ['The app does not require users to provide Atlassian Personal Access Tokens, passwords or shared secrets.'];
  return null;
}

/** Personal data the app stores, and its reporting to Atlassian. */
export function personalData(input: DocumentInput): Rich[] {
  const { facts, truths } = input;
  const stored = personalDataKept(facts);
  const out: Rich[] = [];
  if (stored.length === 0) {
    if (truths.holds('no-personal-data-stored')) out.push(['The app does not store personal data.']);
    return out;
  }
  const kinds = [...new Set(stored.map((u) => PERSONAL[u.kind]!))];
  const databases = facts.thirdParties.filter((p) => p.category === 'database' && p.via.some((v) => v.kind !== 'dependency')).map((p) => p.name);
  const remotes = new Map(facts.egress.remotes.map((r) => [`remote:${r.key}`, r.hosts.join(', ')]));
  const named = (target: string | null): string => {
    if (target === 'external-db' && databases.length > 0) return `an external database (${joinWords(databases)})`;
    if (target !== null && remotes.has(target)) return `its own backend (${remotes.get(target)})`;
    return STORE_NAMES[target ?? ''] ?? target ?? 'its storage';
  };
  const places = [...new Set(stored.map((u) => named(u.target)))];
  out.push([`The app stores ${joinWords(kinds)} in ${joinWords(places)}.`]);
  const cadence = reportingCadence(input);
  if (cadence && truths.holds('personal-data-reporting', { cadence })) {
    out.push([`A ${cadence} ${platformName(facts)} scheduled trigger reports the stored account IDs to Atlassian's Personal Data Reporting API, which tells the app which accounts were closed or updated.`]);
  } else if (truths.holds('personal-data-reporting')) {
    out.push(['The app reports the account IDs it stores to Atlassian\'s Personal Data Reporting API, which tells it which accounts were closed or updated.']);
  }
  return out;
}

function reportingCadence({ facts }: DocumentInput): string | null {
  const interval = facts.personalData.reporting.triggers.find((t) => t.kind === 'scheduled')?.interval;
  return interval ? ({ hour: 'hourly', day: 'daily', week: 'weekly' } as Record<string, string>)[interval] ?? null : null;
}

export function licensing(input: DocumentInput): Rich | null {
  if (!input.truths.holds('licensing-enforced')) return null;
  return ['Access is gated through Atlassian Marketplace licensing: the app is for sites with an active subscription.'];
}

export function runtime({ facts, truths }: DocumentInput): Rich | null {
  const { name, architecture, memoryMB } = facts.app.runtime;
  if (facts.app.platform === 'connect' || !name) return null;
  const params: Record<string, unknown> = { name };
  if (architecture) params['architecture'] = architecture === 'arm64' ? 'arm64' : 'x86_64';
  if (memoryMB) params['memoryMB'] = memoryMB;
  if (!truths.holds('runtime', params)) return null;
  const parts = [name, architecture ? `on ${architecture}` : null].filter(Boolean).join(' ');
  return [`Runtime: ${parts}${memoryMB ? `, ${memoryMB} MB memory` : ''}, managed and sandboxed by Atlassian Forge.`];
}

export function appId({ facts, truths }: DocumentInput): Rich | null {
  const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.exec(facts.app.id ?? '')?.[0];
  if (uuid && truths.holds('app-id', { id: uuid.toLowerCase() })) return ['App ID: ', code(uuid.toLowerCase())];
  const key = facts.app.key;
  if (!uuid && key && truths.holds('app-id', { id: key })) return ['App key: ', code(key)];
  return null;
}

/** "The app does not create, edit or delete Jira issues." for each product the app extends. */
export function contentActions(input: DocumentInput): Rich[] {
  const out: Rich[] = [];
  for (const { product, object, words } of OBJECTS) {
    if (!input.facts.app.products.some((p) => p.startsWith(product) || (product === 'jira' && p === 'jsm'))) continue;
    if (!input.truths.holds('no-content-create-edit-delete', { object, actions: ['create', 'edit', 'delete'] })) continue;
    const read = input.truths.holds('no-content-create-edit-delete', { object, actions: ['read'] });
    out.push([`The app does not ${read ? 'create, edit, delete or read' : 'create, edit or delete'} ${words}.`]);
  }
  return out;
}

/** "All Jira calls are made as the current user.": only when the app makes product calls and every one is the user's (calls-as-user verifies). */
export function callsAsUser({ facts, truths }: DocumentInput): Rich | null {
  const calls = [...facts.restCalls, ...facts.unresolvedRestCalls];
  if (calls.length === 0 || !truths.holds('calls-as-user')) return null;
  const products = [...new Set(calls.map((c) => c.product))];
  const words = products.length === 1 && (products[0] === 'jira' || products[0] === 'confluence') ? `${products[0] === 'jira' ? 'Jira' : 'Confluence'} API` : 'product API';
  return [`All ${words} calls are made as the current user, so the app sees only what that user is allowed to see.`];
}

/**
 * "... kept until the customer deletes it": only when the app writes data, none of it expires, no code deletes it and no remote keeps it
 * (kept-until-deleted verifies), and the profile gives no other retention for what it keeps ("until-uninstall", "30 days").
 */
export function keptUntilDeleted({ facts, truths, profile }: DocumentInput): Rich | null {
  if (!facts.storage.some((op) => op.op === 'write' && !NOT_DATA.has(op.backend)) || !truths.holds('kept-until-deleted')) return null;
  if ((profile.data ?? []).some((entry) => entry.retention !== undefined && entry.retention !== 'until-deleted' && entry.retention !== 'not-stored')) return null;
  return ['The app sets no expiry on the data it keeps: it is kept until the customer deletes it.'];
}

/** Product API calls whose path the scan could not resolve, so that the table above is not the whole list. */
export function unresolvedCalls({ facts }: DocumentInput): Rich | null {
  const n = facts.unresolvedRestCalls.length;
  return n > 0 ? [`The app also makes ${n} product API call${n === 1 ? '' : 's'} whose path is built at run time.`] : null;
}

/** Remotes that get a token to call the product APIs themselves: calls made outside the app's code. */
export function remoteTokens({ facts }: DocumentInput): Rich | null {
  const hosts = facts.egress.remotes.filter((r) => (r.tokens?.length ?? 0) > 0).flatMap((r) => r.hosts);
  if (hosts.length === 0) return null;
  return ['The app\'s backend at ', ...joinRich(hosts.map(code)), ' gets a token from Forge to call the product APIs itself, within the scopes below.'];
}

/** The product events and webhooks the app subscribes to: data the product sends it. */
export function productEvents({ facts }: DocumentInput): Rich | null {
  const events = [...new Set(facts.triggers.filter((t) => t.kind === 'product-event' || t.kind === 'connect-webhook').flatMap((t) => t.events))];
  if (events.length === 0) return null;
  return [`The product sends the app ${events.length === 1 ? 'this event' : 'these events'}: `, ...joinRich(events.map(code)), '.'];
}

/** What the app is: platform, products and the modules people see, from the manifest or descriptor. */
export function appShape(input: DocumentInput, name: string): Rich[] {
  const { facts } = input;
  const products = productList(facts);
  const modules = [...new Set(facts.app.modules.filter((m) => m.ui !== 'none' && m.ui !== undefined).map((m) => m.type))];
  const out: Rich[] = [[`${name} is a ${platformName(facts)} app${products.length > 0 ? ` for ${joinWords(products)}` : ''}.`]];
  if (modules.length > 0) out.push([`It adds ${modules.length === 1 ? 'this module' : 'these modules'} to the product: `, ...joinRich(modules.map(code)), '.']);
  return out;
}
