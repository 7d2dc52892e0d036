import { defineClaim, outcome } from '../define.ts';
import { SENT_MESSAGES, sentOutcome } from '../sent-kept.ts';
import { places, writesFirst } from '../evidence.ts';
import { firstLine, gap, NOT, phrase } from '../phrases.ts';
import { storageKept, storageVendors } from '../storage.ts';
import { REALM_NAMES, realmsNamed, realmUrls } from '../realms.ts';

type Params = { all?: boolean; realms?: string[] };

/** "Sites pinned to Australia ...": a claim for the location it names, and none when it names none ("sites pinned to the top"). */
const SITES = String.raw`\b(?:sites?|instances?|customers?|tenants?)\s+(?:that\s+are\s+|which\s+are\s+)?pinned\s+to\b`;
const SITES_PINNED = new RegExp(SITES, 'i');

/** "Realm pinning: EU, US, AU": the label, then the locations; "Realm pinning: planned" names none and is no claim. */
const PINNING = String.raw`(?:data[- ]residency\s+)?(?:realm|location|region)\s+pinning`;
const PINNING_LABEL = new RegExp(String.raw`^${PINNING}\s*:`, 'i');

/** A clause that serves places from the remote's default address ("all other regions use our default servers"). */
const ON_DEFAULT = /\bdefault\s+(?:servers?|address(?:es)?|regions?|locations?|deployments?|infrastructure|instances?|hosts?|data\s*cent(?:er|re)s?|URLs?)\b|\b(?:use|get|go\s+to)\s+(?:our\s+|the\s+)?default\b/i;
const CLAUSES = /[;:]|\.\s|,\s*(?=(?:while|but|whereas|and)\b)/;

/** Stores that follow the customer's Atlassian data-residency location (Forge hosted storage GA, product properties). */
const RESIDENT = new Set(['kvs', 'kvs-secret', 'custom-entity', 'entity-property', 'content-property', 'issue-property', 'app-property']);

export default defineClaim<Params>({
  id: 'data-residency-supported',
  title: 'Data residency supported',
  description:
    'The data the app stores stays in the customer\'s Atlassian data-residency location: Forge KVS and custom entities, and product properties. Forge SQL, object store and cache (residency depends on when they were provisioned or not yet offered) make it unverified; an external store contradicts a claim about all data, and leaves a claim about some data unverified, since Candor cannot tell which data the statement covers. End-User Data sent to a host outside Atlassian is judged by what the profile says that third party keeps (`thirdParties[].retention`): unverified when it does not say, contradicted when it keeps the data, organisational when it keeps none.',
  decidedBy: 'code',
  phrasings: [
    // "Data residency is inherited from your site": the app's data takes the site's location.
    phrase`\bdata\s+residency\s+(?:is\s+)?(?:fully\s+)?(?:supported|inherited)\b`,
    // "Data residency: Yes - ...", "Data residency: inherited from Atlassian"
    phrase`^data\s+residency(?:\s+support(?:ed)?)?\s*:\s*(?:yes|supported|fully\s+supported|inherited)\b`,
    // "Data residency: the EU and the US locations are supported": the label, then the places supported.
    // "Supported data residency locations: every location Atlassian offers"; not "...: none yet"
    phrase`^supported\s+data[- ]residency\s+(?:locations|regions|realms)\s*:(?![^.;!?]*(?:${NOT}|\bnone\b))`,
    phrase`^data\s+residency\s*:(?![^.;!?]*${NOT})${gap(60)}\b(?:is|are)\s+(?:(?:all|both|fully)\s+)?supported\b`,
    phrase`(?<!${NOT}${gap(20)})\bsupports?\s+(?:the\s+|all\s+)?(?:Atlassian(?:'s)?\s+)?data[- ]residency\b`,
    phrase`\bcompl(?:y|ies|iance)\s+with\s+Atlassian(?:'s)?\s+data\s+residency\b`,
    // "Data residency ready" (a listing's highlight), "The app is ready for data residency": supported, as "supports data residency" is; not "will be ... ready".
    phrase`(?<!${NOT}${gap(20)})(?<!\b(?:will|to)\s+be\s+)\b(?:data[- ]residency[- ]ready\b|(?:is|are)\s+(?:fully\s+)?ready\s+for\s+(?:Atlassian(?:'s)?\s+)?data[- ]residency\b)(?!\s+(?:soon|later|next|in\s+(?:\d{4}|Q\d|a\s+future))\b|\s*\?|\s*:\s*(?:no|not|none)\b)`,
    phrase`(?<!${NOT}${gap(20)})\b(?:stored|kept|held|stays?|remains?|resides?)\b${gap(60)}\b(?:customer(?:'s|s')?|your)\s+(?:selected\s+)?(?:Atlassian\s+)?(?:(?:site|instance|cloud)(?:'s)?\s+)?data\s+residency\s+(?:region|location)\b`,
    // "saved with Forge Storage, in the same region as your Jira site", "covered by Atlassian's data residency", "Data residency follows your Atlassian site"
    phrase`(?<!${NOT}${gap(20)})\b(?:stored|kept|saved|held|stays?|remains?|resides?|lives?)\b${gap(60)}\bsame\s+(?:data[- ]residency\s+)?(?:region|location|geography)\s+(?:as|where)\s+(?:your|the)\s+(?:customer(?:'s|s')\s+)?(?:Atlassian\s+|Jira\s+|Confluence\s+|Cloud\s+)*(?:site|instance|cloud|product|data)\b`,
    phrase`(?<!${NOT}${gap(20)})\bcovered\s+by\s+(?:Atlassian(?:'s)?\s+)?data\s+residency\b`,
    phrase`\bdata\s+residency\s+follows\s+(?:your|the)\b`,
    // "it follows your site's data residency settings"; a table cell "Follows the customer's ... residency" speaks of its row only.
    // "the app's storage follows your site's realm": the realm a site is pinned to is its data residency location.
    // "The app can be pinned in every location Atlassian offers", "eligible for PINNED status": Atlassian's word for data kept in the site's location.
    phrase`(?<!${NOT}${gap(20)})\b(?:(?:the\s+)?apps?|it|(?:its\s+|the\s+app's\s+|all\s+)?(?:data|storage))\s+(?:can\s+be|is|are|gets?)\s+(?:automatically\s+)?pinned\s+(?:in|to)\b|(?<!${NOT}${gap(20)})\beligible\s+for\s+(?:the\s+)?(?:PINNED|pinning)\b`,
    // "Data ... moves with your site when an admin migrates it": the data follows the site to its new location.
    phrase`(?<!${NOT}${gap(20)})\b(?:moves?|migrates?|(?:is|are)\s+(?:moved|migrated))\s+(?:along\s+|together\s+)?with\s+(?:your|the\s+customer's)\s+(?:Atlassian\s+|Jira\s+|Confluence\s+)?(?:site|instance|product\s+data)\b`,
    phrase`(?<!${NOT}${gap(20)})\b(?:it|the\s+app|everything|data|(?:the\s+app's\s+|its\s+)?storage)(?:\s+(?:is\s+)?(?:kept|stored|held)\s+in\s+Forge\s+storage\s+and)?\s+(?:also\s+|automatically\s+)?follows?\s+(?:your|the\s+customer's)\s+(?:[\w']+\s+){0,2}?(?:data[- ]residency|realm)\b`,
    // "Data residency realm pinning is supported for the EU realm", "We offer realm pinning", "Customers can pin their data to the EU realm".
    phrase`(?<!${NOT}${gap(20)})\b${PINNING}\s+(?:is\s+)?(?:fully\s+)?(?:supported|available|enabled|offered)\b|(?<!${NOT}${gap(20)})\b(?:supports?|offers?|provides?)\s+${PINNING}\b`,
    phrase`(?<!${NOT}${gap(20)})\b(?:customers?|admins?|administrators?|you|organi[sz]ations?)\s+can\s+(?:now\s+)?pin\s+(?:their|your|its|the)\s+(?:app(?:'s)?\s+)?data\s+(?:to|in)\b`,
    phrase`^${PINNING}\s*:(?![^.;!?]*(?:${NOT}|\bnone\b))`,
    // "The European realm is supported", "EU realm available", "The EU and US realms are supported": a location named as a realm, offered; not "... available soon".
    phrase`(?<!${NOT}${gap(20)})(?:^|\bthe\s+)(?:${REALM_NAMES})(?:(?:,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?(?:${REALM_NAMES}))*\s+(?:data[- ]residency\s+)?(?:realms?|data[- ]residency\s+locations?)\s+(?:is\s+|are\s+)?(?:now\s+|fully\s+)?(?:supported|available|offered)\b(?!\s+(?:soon|later|next|from|in\s+(?:\d{4}|Q\d|a\s+future)|on\s+request)\b)`,
    // "Sites pinned to Australia are served from Sydney": the location has a place of the app's own (a Forge remote's address for it).
    phrase`(?<!${NOT}${gap(20)})${SITES}`,
  ],
  // "Where is data stored?" - "In Forge storage, in the same region as your Jira site."
  inContext: {
    phrasings: [phrase`^(?:only\s+)?(?:in|within|inside)\b${gap(60)}\bsame\s+(?:region|location|geography)\s+as\s+(?:your|the)\b`],
    context: /^where\b[^?]*\b(?:data|stored|kept|saved|held|processed)\b[^?]*\?$/i,
  },
  // "Customer data stays in ..." speaks of all of it, as "all data" does.
  // The locations it names ("realm pinning for the EU and US realms", "Sites pinned to Australia"), which the app's remotes must each have an address for.
  params: (sentence) => {
    // "...; all other regions, including the US, use our default servers": a location the sentence serves from the default address is not pinned.
    const line = firstLine(sentence).split(CLAUSES).filter((clause) => !ON_DEFAULT.test(clause)).join('; ');
    const realms = /\b(?:pinn(?:ed|ing)|realms?|locations?|regions?|supported\s+for)\b/i.test(line) ? realmsNamed(line) : [];
    if (realms.length === 0 && SITES_PINNED.test(line) && !/\bdata[- ]residency\b/i.test(line)) return null;
    if (realms.length === 0 && PINNING_LABEL.test(sentence) && !/^[^:]*:\s*(?:yes|supported|available|all|every)\b/i.test(sentence)) return null;
    return { all: /\b(?:all|any|every|everything)\b|\b(?:customer|your)\s+data\s+(?:stays|remains|resides|is\s+(?:stored|kept|held))\b/i.test(line), ...(realms.length > 0 ? { realms } : {}) };
  },
  examples: ['Data Residency is supported out of the box by Atlassian Cloud.', "Compliance with Atlassian's data residency requirements"],
  messages: {
    verified: 'All storage follows Atlassian data residency{{backends}}.',
    external: 'The app keeps data outside Atlassian ({{where}}), where Atlassian data residency does not apply.',
    externalSome: 'The app also keeps data outside Atlassian ({{where}}); Candor cannot tell whether that is data the statement covers.',
    notYet: 'The app uses {{backends}} ({{where}}), whose data residency depends on how it was provisioned.',
    realmMissing: '{{remote}} has no address for {{realms}} ({{where}}): sites there get its default address.',
    // Atlassian's Connect data residency page: the descriptor lists the realm the app is hosted in too, and a site pinned to a realm needs it listed.
    realmMissingConnect: "The Connect app's regionBaseUrls do not name {{realms}} ({{where}}): Atlassian installs an app in a realm only where its descriptor lists one, its home realm too.",
    ...SENT_MESSAGES,
  },
  verify(params, { facts, profile }) {
    // An external authentication provider's remotes are its API, which keeps nothing for the app.
    const remotes = facts.egress.remotes.filter((r) => r.provider === undefined);
    // A remote with an address for each location named is pinned there (`baseUrl: { default, EU, US }`); one without is not.
    const realms = Array.isArray(params.realms) ? params.realms.map(String) : [];
    const unpinned = realms.length > 0 ? remotes.filter((r) => realmUrls(r) !== null && realms.some((k) => !realmUrls(r)!.has(k))) : [];
    if (unpinned.length > 0) {
      const missing = [...new Set(unpinned.flatMap((r) => realms.filter((k) => !realmUrls(r)!.has(k))))];
      const where = places(unpinned.map((r) => r.evidence));
      if (unpinned.every((r) => r.key === 'baseUrl')) return outcome('contradicted', 'realmMissingConnect', unpinned.map((r) => r.evidence), { realms: missing.join(', '), where });
      return outcome('contradicted', 'realmMissing', unpinned.map((r) => r.evidence), { remote: unpinned.map((r) => (r.key === 'baseUrl' ? "The Connect app's regionBaseUrls" : `The remote ${r.key}`)).join(', '), realms: missing.join(', '), where });
    }
    const pinned = (r: (typeof remotes)[number]) => realms.length > 0 && realmUrls(r) !== null;
    // What the code of a remote pinned there keeps (`remote` of its storage, see `RemoteFact.code`) is kept where the remote is.
    const pinnedKeys = new Set(remotes.filter(pinned).map((r) => r.key));
    const external = [
      ...writesFirst(storageKept(facts).filter((op) => op.backend === 'external-db' && !(op.remote !== undefined && pinnedKeys.has(op.remote)))).map((op) => op.evidence),
      ...storageVendors(facts).used.flatMap((v) => v.evidence),
      ...remotes.filter((r) => !pinned(r)).map((r) => r.evidence),
    ];
    if (external.length > 0) return outcome(params.all === true ? 'contradicted' : 'unverified', params.all === true ? 'external' : 'externalSome', external, { where: places(external) });
    const other = writesFirst(facts.storage.filter((op) => !RESIDENT.has(op.backend) && !(op.remote !== undefined && pinnedKeys.has(op.remote))));
    if (other.length > 0) return outcome('unverified', 'notYet', other.map((op) => op.evidence), { backends: [...new Set(other.map((op) => op.backend))].join(', '), where: places(other.map((op) => op.evidence)) });
    const sent = sentOutcome(facts, profile);
    // A receiver that keeps data leaves a claim about some data open, as an external store does.
    if (sent?.verdict === 'contradicted' && params.all !== true) return { ...sent, verdict: 'unverified' };
    if (sent && sent.verdict !== 'organisational') return sent;
    const backends = [...new Set(facts.storage.map((op) => op.backend))];
    return sent ?? outcome('verified', 'verified', [], { backends: backends.length > 0 ? ` (${backends.join(', ')})` : '' });
  },
});
