import { vendorById } from '../../scan/vendors.ts';
import { defineClaim, outcome } from '../define.ts';
import { places } from '../evidence.ts';
import { firstLine, gap, gapDotted, NOT, phrase } from '../phrases.ts';
import { externalCalls } from '../hosts.ts';
import { clientRegion, hostingRegion, hostRegion, type Area } from '../host-regions.ts';
import { sdkCalls, vendorCalls } from '../sent.ts';
import { ATLASSIAN_BACKENDS, carriesEndUserData, storageVendors } from '../storage.ts';
import { realmArea, realmUrls } from '../realms.ts';

/** "For sites pinned to the EU, ...", "EU customers' data ...": a place for the sites in that location, not for every site. */
const PINNED_SITES = /\bpinned\s+to\b|\b(?:sites?|customers?|instances?|tenants?)\s+(?:(?:located|hosted|based)\s+)?in\s+(?:the\s+)?(?:EU|US|UK|European\s+Union|United\s+States|Europe)\b|\b(?:EU|US|UK)[- ](?:based\s+)?(?:sites|customers|instances|tenants)\b/;

/** The place a statement names: an Atlassian data residency location, or Europe, which holds the EU, the UK and Switzerland. */
type Claimed = Area | 'Europe';
type Params = { area?: Claimed; place: string; hosting?: true; pinned?: true };

const WITHIN: Record<Claimed, readonly Area[]> = { EU: ['EU'], GB: ['GB'], CH: ['CH'], US: ['US'], Europe: ['EU', 'GB', 'CH'] };

/** A cloud region's code as statements write it ("eu-west-2", "europe-west6"); src/data/host-regions.json says where it is. */
const CODE = String.raw`(?:eu|us|ap|ca|sa|me|af|il|mx)-[a-z]+-\d|(?:europe|us|asia|australia|northamerica|southamerica|me|africa)-[a-z]+\d+`;
const CODE_IN = new RegExp(String.raw`\b(?:${CODE})(?![\w-])`);
/** A family of cloud regions named without a number ("AWS's us-west region"): the US, or Europe, whose families hold London and Zurich too. */
const FAMILY = String.raw`(?:us|eu)-(?:west|east|central|north|south)(?=\s+regions?\b)`;
const FAMILY_IN = new RegExp(String.raw`\b(${FAMILY.replace('(?:us|eu)', '(us|eu)')})`);
/**
 * Places a statement names, and the area each is in; the UK and Switzerland are not in the EU (Atlassian's locations
 * EU, GB and CH). A more precise place wins over Europe: "Europe (London)" is the UK. Only these areas are known; another place (Australia)
 * is contradicted only by what is fixed to one of them, else left unverified.
 */
const PLACES: Array<[RegExp, Claimed | null]> = [
  [/\b(?:EU|EEA|European\s+Union|European\s+Economic\s+Area|Germany|Ireland|France|the\s+Netherlands|Sweden|Finland|Frankfurt|Dublin|Paris|Amsterdam|Stockholm|Belgium|Austria|Italy|Spain|Denmark|Poland|Luxembourg|Brussels|Vienna|Milan|Madrid|Warsaw|Helsinki|Berlin|Munich|Nuremberg|N\u00fcrnberg|Falkenstein)\b/i, 'EU'],
  [/\b(?:United\s+Kingdom|UK|Great\s+Britain|Britain|London)\b/, 'GB'],
  [/\b(?:Switzerland|Zurich|Z\u00fcrich|Geneva)(?![\w-])/, 'CH'],
  [/\bEurope\b/i, 'Europe'],
  [/\b(?:United\s+States|USA|U\.S\.?|US)(?![\w-])/, 'US'],
  [/\b(?:Canada|Australia|Japan|India|Singapore)\b/, null],
  // A cloud region named by its city ("AWS Sydney"); its country, when the sentence names it too, is the place.
  [/\b(?:Sydney|Melbourne|Tokyo|Toronto|Montreal|Mumbai)\b/, null],
];
/** A place by name, as statements write it ("Frankfurt", "the EU", "eu-west-1"); case matters ("US", not "us"). */
export const PLACE = String.raw`(?:EU|EEA|European\s+(?:Union|Economic\s+Area)|Europe|Germany|Ireland|France|the\s+Netherlands|Sweden|Finland|Frankfurt|Dublin|Paris|Amsterdam|Stockholm|Belgium|Austria|Italy|Spain|Denmark|Poland|Luxembourg|Brussels|Vienna|Milan|Madrid|Warsaw|Helsinki|Berlin|Munich|Nuremberg|N\u00fcrnberg|Falkenstein|United\s+States|USA|U\.S\.?|US|United\s+Kingdom|UK|Great\s+Britain|Britain|London|Switzerland|Zurich|Z\u00fcrich|Canada|Australia|Japan|India|Singapore|Sydney|Melbourne|Tokyo|Toronto|Montreal|Mumbai|${CODE}|${FAMILY})`;
// "... never stored outside the EU" says where it is.
const ELSEWHERE = new RegExp(String.raw`${NOT}\s+(?:\w+\s+)?(?:stored|kept|hosted|held|processed|located|deployed)\b(?!\s+outside\b)`, 'i');
const SUBJECT = String.raw`(?:data|information|content|everything|back[- ]?end|servers?|databases?|infrastructure|app|add-?on|service|hosting|processing|APIs?)`;
// "The hosting takes place in Germany", as translations word it.
const VERB = String.raw`(?:stored|kept|hosted|held|processed|located|deployed|runs?|resides?|remains?|stays?|lives?|takes?\s+place|happens?)`;

/**
 * "Our service is hosted on AWS in eu-west-1", "The servers that run the app are located in the US": where the vendor's own
 * servers run, which the vendors the app sends data to (an e-mail or AI provider elsewhere) do not contradict; where data is kept still does.
 */
const SERVERS_HOSTED = /^\s*(?:(?:our|the|its|their)\s+)?(?:own\s+)?(?:(?!(?:everything|all|any|data|the)\b)[\w-]+\s+)?(?:service|servers?|back[- ]?ends?|infrastructure)\b[^.;:]{0,80}?\b(?:is|are)\s+(?:(?:all|entirely|only)\s+)?(?:hosted|deployed|located|run|running)\b/i;
/** "Acme is a Connect app hosted by Acme Ltd on Fly.io in Frankfurt": what the app is and where it runs, as SERVERS_HOSTED says of servers. */
const APP_HOSTED = /\b(?:is|are)\s+(?:an?|the|our)\s+(?:[\w-]+\s+){0,3}?(?:app|add-?on|plugin|integration|service)\s+(?:(?:that|which)\s+(?:is\s+)?)?(?:hosted|deployed|run|running|runs)\b/i;
/**
 * A data-flow line's hop at the vendor's own server with its region (the line reads "Jira goes to our API (AWS eu-west-1) goes to OpenAI"),
 * and "Data goes to our backend in Frankfurt": where that server runs, as SERVERS_HOSTED says it.
 */
const CLOUD = String.raw`(?:(?:AWS|Amazon\s+Web\s+Services|(?:Microsoft\s+)?Azure|Google\s+Cloud(?:\s+Platform)?|GCP)(?:'s)?\s+(?:region\s+)?)?`;
const SERVER_HOP = new RegExp(String.raw`\b(?:go(?:es)?|(?:is|are)\s+sent)\s+to\s+(?:our|the\s+app's)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:servers?|back[- ]?ends?|API|service|workers?|remotes?|(?:data\s*)?stores?|databases?|warehouses?|buckets?)\s*(?:\(\s*(?:hosted\s+)?(?:(?:on|in|at)\s+)?|,?\s+(?:(?:hosted|running|located)\s+)?(?:on|in|at)\s+)${CLOUD}(?:\w+,\s+)?${PLACE}(?![\w-])`, 'i');
/** "Glossary data is stored in a Supabase database hosted in the United States": where the store that keeps it runs, as SERVERS_HOSTED says of servers. */
const STORE_HOSTED = /\b(?:databases?|DB|data\s*stores?|buckets?)\s+(?:(?:is|are)\s+)?(?:hosted|located|running|deployed)\s+(?:(?:on|at|with|by)\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:in|within)\b/i;
const KEEPING = new Set(['storage', 'database']);
/**
 * "Our customer service team is located in India", "maintained by a team that lives in Australia", "run from our office in Canada":
 * where people or the company sit, which says nothing of where data or servers are; "data is processed by our team in the EU" still says where data is.
 */
const PEOPLE = String.raw`(?:teams?|staff|support|(?:customer|support)\s+services?|offices?|developers?|employees|engineers?|company|headquarters|HQ|personnel|founders?|people)`;
const PEOPLE_AT = new RegExp(
  String.raw`(?<!\b(?:stored|kept|hosted|held|processed|handled)\s+(?:only\s+)?by\s+(?:(?:our|the|an?|its)\s+)?(?:[\w-]+\s+){0,2})\b${PEOPLE}\s+(?:(?:that|who|which)\s+)?(?:(?:is|are)\s+)?(?:(?:located|based|situated|lives?|live|resides?|sits?|works?|operates?)\s+)?(?:in|within|from)\s+(?:the\s+)?(?:\w+,\s+)?${PLACE}(?![\w-])|\b(?:developed|maintained|built|made|created|written|designed|owned|staffed|founded)\s+by\b(?:(?!\band\b)[^.;!?,]){0,50}?\bin\s+(?:the\s+)?(?:\w+,\s+)?${PLACE}(?![\w-])`,
  'gi',
);

const PHRASINGS = [
  // "in Falkenstein, Germany": a town the list does not name, then its country; "hosted on Fly.io in the EU": a host's dotted name on the way.
  phrase`\b${SUBJECT}\b${gap(50)}\b${VERB}\b${gapDotted(30)}\b(?:in|within|inside)\s+(?:the\s+)?(?:an?\s+)?(?:(?:\w+\s+){0,2}data\s+cent(?:er|re)s?\s+in\s+(?:the\s+)?)?(?:(?:AWS|Amazon\s+Web\s+Services|(?:Microsoft\s+)?Azure|Google\s+Cloud(?:\s+Platform)?|GCP)(?:'s)?\s+(?:region\s+)?)?(?:\w+,\s+)?${PLACE}(?![\w-])`,
  // "Snapshots are kept in our Azure database in West Europe": what is kept, in a store that is in a place.
  phrase`\b${VERB}\s+(?:in|on)\s+(?:(?:our|its|an?|the)\s+)?(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:databases?|servers?|data\s+cent(?:er|re)s?|cloud|storage|buckets?)\s+(?:(?:located|based)\s+)?in\s+(?:the\s+)?(?:\w+\s+)?${PLACE}(?![\w-])`,
  // "Hosting: GCP europe-west2 (London)", "Backend region: AWS eu-central-1": a label of where the app runs, and the place.
  phrase`^(?:hosting|hosted\s+in|(?:back[- ]?end|server|hosting|data)\s+(?:region|location)|data\s+cent(?:er|re)\s+(?:region|location|country))\s*:\s*(?:(?:AWS|Amazon\s+Web\s+Services|(?:Microsoft\s+)?Azure|Google\s+Cloud(?:\s+Platform)?|GCP)(?:'s)?\s+(?:region\s+)?)?(?:\w+,\s+)?${PLACE}(?![\w-])`,
  // "\u{1f30d} Hosted in the EU (Frankfurt)", "Data stored in Germany": a list item or a line with no subject, its participle first.
  phrase`^(?:(?:all\s+)?data\s+)?(?:hosted|stored|kept|processed)\s+(?:only\s+|exclusively\s+|entirely\s+)?(?:in|within)\s+(?:the\s+)?(?:(?:AWS|Amazon\s+Web\s+Services|(?:Microsoft\s+)?Azure|Google\s+Cloud(?:\s+Platform)?|GCP)(?:'s)?\s+(?:region\s+)?)?(?:\w+,\s+)?${PLACE}(?![\w-])`,
  // "Customer data never leaves the European Union."
  phrase`\b${SUBJECT}\b${gap(50)}${NOT}\s+(?:ever\s+)?(?:leaves?|leaving)\s+(?:the\s+)?${PLACE}(?![\w-])`,
  // "Customer data is never stored outside the EU.", "... not replicated outside the United Kingdom"
  phrase`\b${SUBJECT}\b${gap(50)}${NOT}\s+(?:\w+\s+)?(?:${VERB}|replicated|copied|transferred|moved|backed\s+up)\s+outside\s+(?:of\s+)?(?:the\s+)?${PLACE}(?![\w-])`,
  // "We do not process personal data anywhere outside the European Economic Area": the vendor as subject.
  phrase`${NOT}\s+(?:\w+\s+)?(?:process|store|keep|host|hold|transfer|send|move|copy|replicate)\s+(?:any\s+)?(?:[\w'()-]+\s+){0,6}?(?:data|information)\s+(?:anywhere\s+)?outside\s+(?:of\s+)?(?:the\s+)?${PLACE}(?![\w-])`,
  // "No personal data is transferred outside the EEA": the denial before its subject.
  phrase`\bno\s+(?:[\w-]+\s+){0,2}?(?:data|information)\s+(?:is|are|gets?)\s+(?:ever\s+)?(?:${VERB}|replicated|copied|transferred|moved|sent|backed\s+up)\s+outside\s+(?:of\s+)?(?:the\s+)?${PLACE}(?![\w-])`,
  // "the server is in Nuremberg", "Our databases are in the EU": the vendor's own servers or stores, and the place.
  phrase`\b(?:our|the|its)\s+(?:own\s+)?(?:servers?|back[- ]?ends?|databases?|data\s+cent(?:er|re)s?)\s+(?:is|are)\s+(?:(?:all|only|entirely)\s+)?in\s+(?:the\s+)?(?:\w+,\s+)?${PLACE}(?![\w-])`,
  SERVER_HOP,
  // "Yes, in our PostgreSQL database on AWS in us-east-1": the vendor's own store, where it runs, and the place.
  phrase`(?<!${NOT}${gap(30)})\b(?:in|on)\s+(?:our|its|the\s+app's)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:databases?|servers?|data\s*stores?|buckets?)\s+(?:(?:on|at|with)\s+${CLOUD}\s*)?(?:(?:located|based|hosted|running)\s+)?in\s+(?:the\s+)?${CLOUD}(?:\w+,\s+)?${PLACE}(?![\w-])`,
  // "EU data residency (Frankfurt)", a list item or a line alone: the place the data resides in.
  phrase`^(?:${PLACE})\s+data\s+residency(?:\s*\(\s*(?:\w+,\s+)?(?:AWS\s+|Azure\s+|GCP\s+)?${PLACE}\s*\))?\s*[.!]?$`,
];

/** A clause of its own: after a semicolon, ", and", "but", "while", "whereas", or a comma before a backup or copy ("..., backups in eu-west-1"). */
// Not "and" within a list of places ("stored in the US and in Germany"): one clause naming two.
const CLAUSE_BREAK = new RegExp(String.raw`;|,?\s+(?:and(?!\s+(?:in\s+)?(?:the\s+)?(?:${CLOUD}(?:${PLACE}|${CODE}))(?![\w-]))|but|while|whereas)\s+|,\s+(?=(?:with\s+)?(?:(?:daily|nightly|encrypted)\s+)?(?:backups?|cop(?:y|ies)|replicas?|snapshots?)\b)`, 'i');
/** A backup, copy or replica of the data in a place ("with a disaster-recovery copy in us-east-1", "backups are replicated to the US"). */
const COPY_IN = new RegExp(String.raw`\b(?:backups?|backed\s+up|cop(?:y|ies)|replicas?|replicated|mirrored|failover|snapshots?|disaster[- ]recovery)\b[^.;]{0,40}?\b(?:in|to|into)\s+(?:the\s+)?${CLOUD}(?:\w+,\s+)?(${PLACE})(?![\w-])`, 'gi');

/** Places joined in a list ("in the US and in Germany", "eu-central-1 or us-east-1"): each is a place of the data; not "Sydney, Australia", one place. */
const JOINED = new RegExp(String.raw`((?:${PLACE}|${CODE}))\s*(?:\/|&|\band\b|\bor\b)\s*(?:in\s+)?(?:the\s+)?${CLOUD}((?:${PLACE}|${CODE}))(?![\w-])`, 'g');

/** The most precise place a clause names: a region's code (eu-west-2 is London, whatever "Europe" around it says), a family, then a name. */
function placeIn(text: string): Params | null {
  const code = CODE_IN.exec(text)?.[0];
  if (code) {
    const region = clientRegion(code);
    return region ? { area: region.area, place: code } : { place: code };
  }
  const family = FAMILY_IN.exec(text);
  if (family) return { area: family[2] === 'us' ? 'US' : 'Europe', place: family[1]! };
  for (const [re, area] of PLACES) {
    const m = re.exec(text);
    if (m) return area ? { area, place: m[0] } : { place: m[0] };
  }
  return null;
}

/** Two places the same region: the same area, or the same name outside the four areas ("Frankfurt" and "Germany" are both the EU). */
const samePlace = (a: Params, b: Params): boolean => (a.area || b.area ? a.area === b.area : a.place.toLowerCase() === b.place.toLowerCase());

/** A vendor whose region is fixed to one area ("US", "EU (Germany)"); null when the customer chooses or it is global. */
function fixedArea(region: string): Area | null {
  if (/choice|chosen|available|global|edge|tenant|geograph|subscription|endpoint/i.test(region)) return null;
  if (/^US\b/.test(region) && !/\bEU\b/.test(region)) return 'US';
  if (/^EU\b/.test(region) && !/\bUS\b/.test(region)) return 'EU';
  return null;
}

export default defineClaim<Params>({
  id: 'data-region',
  title: 'Data kept in a stated region',
  description:
    'The app\'s data is stored or processed only in the place the statement names (the EU, Germany, the UK, Switzerland, the US, eu-west-1\u2026). The UK (eu-west-2, europe-west2, uksouth) and Switzerland (eu-central-2, europe-west6, switzerlandnorth) are not in the EU, as Atlassian\'s data residency locations GB and CH are not; "Europe" holds all three. Contradicted when End-User Data goes to, or is stored by, a vendor whose region is fixed to another area (src/data/vendors.json: "US" against an EU claim), or is sent to a regional endpoint of another area (src/data/host-regions.json: `s3.us-east-1.amazonaws.com` or `s3.eu-west-2.amazonaws.com` against an EU claim) or through an SDK client configured for one (`new S3Client({ region: \'us-east-1\' })`, `Sentry.init({ dsn })` with a US DSN), or when a hosting file deploys the app to another area (`primary_region = "iad"` in fly.toml, `"regions": ["iad1"]` in vercel.json, `region: oregon` in render.yaml, `region: us-east-1` in serverless.yml; src/data/hosting-regions.json); a place outside these four (Australia, Canada, Japan\u2026) is contradicted the same ways by what is fixed to one of them, and otherwise left to the vendor; otherwise unverified, since where the vendor\'s own servers and databases run is configuration, not code, and Forge storage follows each customer\'s data residency location. Where a team, an office or the app\'s makers sit ("Our support team is located in India") is no claim of where data is.',
  decidedBy: 'code',
  phrasings: PHRASINGS,
  // "Where is data processed?" - "In the EU only (AWS Frankfurt)."
  inContext: {
    // "In Sydney, Australia, on Google Cloud.": a town, then its country.
    phrasings: [phrase`^(?:only\s+)?(?:in|within)\s+(?:the\s+)?(?:(?:AWS|Amazon\s+Web\s+Services|(?:Microsoft\s+)?Azure|Google\s+Cloud(?:\s+Platform)?|GCP)(?:'s)?\s+(?:region\s+)?)?(?:\w+,\s+)?${PLACE}(?![\w-])`],
    context: /^where\b[^?]*\b(?:data|stored|processed|hosted|kept|servers?|back[- ]?end)\b[^?]*\?$/i,
  },
  params: (text) => {
    const line = firstLine(text);
    // Where people sit is set aside; a sentence left with no place of data or servers is no claim of one.
    const sentence = line.replace(PEOPLE_AT, (m) => ' '.repeat(m.length));
    if (sentence !== line && !PHRASINGS.some((p) => p.test(sentence))) return null;
    // "Data is not stored in the EU" names where the data is not.
    if (ELSEWHERE.test(sentence)) return null;
    // A region's code is the most precise place: eu-west-2 is London, whatever "Europe" around it says.
    // "Our company is registered in Germany; all data is stored in the US": the place comes from the clause that says where data is.
    const clauses = sentence.split(CLAUSE_BREAK).filter((c) => PHRASINGS.some((p) => p.test(c)));
    // Where the servers run, when every clause that names a place says so: not "Acme is an app that runs in the EU; all data is processed only in the EU".
    const hosted = (c: string): boolean => SERVERS_HOSTED.test(c) || APP_HOSTED.test(c) || SERVER_HOP.test(c) || STORE_HOSTED.test(c);
    const hosting = {
      ...((clauses.length > 0 ? clauses : [sentence]).every(hosted) ? { hosting: true as const } : {}),
      ...(PINNED_SITES.test(sentence) ? { pinned: true as const } : {}),
    };
    const named = (clauses.length > 0 ? clauses : [sentence]).map(placeIn);
    const first = named[0];
    if (!first) return null;
    // "Stored in the US and processed in Germany", "Hosted in us-east-1, backups in eu-west-1": data in two areas is no one region.
    const listed = clauses.flatMap((c) => [...c.matchAll(JOINED)].flatMap((m) => [m[1]!, m[2]!]));
    const copies = [...[...sentence.matchAll(COPY_IN)].map((m) => m[1]!), ...listed].map(placeIn);
    if ([...named, ...copies].some((other) => other && !samePlace(first, other))) return null;
    return { ...first, ...hosting };
  },
  examples: ['Customer data stored by the app resides only in the EU.', 'The backend is hosted in Frankfurt (AWS eu-central-1).'],
  messages: {
    vendor: '{{vendor}} ({{region}}) receives End-User Data ({{where}}), outside {{place}}.',
    host: '{{host}}, in {{region}}, receives End-User Data ({{where}}), outside {{place}}.',
    client: '{{vendor}}\'s client is configured for {{region}} ({{area}}) and receives End-User Data ({{where}}), outside {{place}}.',
    hosted: '{{vendor}} runs the app in {{region}} ({{where}}), outside {{place}}.',
    external: 'Where the app\'s own servers and databases run is configuration, not code ({{where}}).',
    realm: 'The remote {{remote}} has an address of its own for sites in {{realms}} ({{where}}), outside {{place}}.',
    vendors: 'Data goes to {{vendors}}, whose region is the customer\'s choice or not fixed ({{where}}).',
    atlassian: 'Data is kept in Atlassian storage, which follows each customer\'s data residency location, not a place the app fixes.',
    otherArea: 'Candor knows regions in the EU, the UK, Switzerland and the US only, and nothing in the code is fixed to one of them; {{place}} is left to the vendor to show.',
  },
  verify(params, { facts }) {
    const place = String(params.place ?? '');
    // A place outside the four areas (Australia, Canada...): none of them is in it, so what is fixed to one is outside it.
    const within: readonly Area[] = params.area ? WITHIN[params.area] : [];
    // Where the vendor's servers run: what goes to a provider that keeps nothing for the app (e-mail, AI) is not on them.
    const receiving = vendorCalls(facts).filter((c) => carriesEndUserData(c.carries));
    const stored = storageVendors(facts).used;
    const parties = new Map<string, { name: string; region: string; evidence: typeof receiving[number]['evidence'][] }>();
    const add = (id: string, name: string, evidence: typeof receiving[number]['evidence'][]) => {
      const region = vendorById(id)?.region ?? '';
      const entry = parties.get(id) ?? { name, region, evidence: [] };
      entry.evidence.push(...evidence);
      parties.set(id, entry);
    };
    for (const call of receiving) add(call.vendor, call.name, [call.evidence]);
    for (const party of facts.thirdParties.filter((p) => stored.some((s) => s.name === p.name))) add(party.vendor, party.name, stored.find((s) => s.name === party.name)!.evidence);
    // Where the vendor's servers run: a provider that keeps nothing for the app (e-mail, AI) is not one of them.
    const kept = new Set([...facts.thirdParties.filter((p) => stored.some((s) => s.name === p.name)).map((p) => p.vendor), ...receiving.filter((c) => KEEPING.has(c.category)).map((c) => c.vendor)]);
    for (const [id, party] of parties) {
      if (params.hosting && !kept.has(id)) continue;
      const fixed = fixedArea(party.region);
      if (fixed && !within.includes(fixed)) return outcome('contradicted', 'vendor', party.evidence, { vendor: party.name, region: party.region, place, where: places(party.evidence) });
    }
    // A regional endpoint in the code (`s3.us-east-1.amazonaws.com`, `us.i.posthog.com`) fixes where what it gets goes.
    for (const call of params.hosting ? [] : externalCalls(facts.egress.calls).filter((c) => carriesEndUserData(c.carries))) {
      const region = hostRegion(call.host!);
      if (!region || within.includes(region.area)) continue;
      const evidence = facts.egress.calls.filter((c) => c.host === call.host && carriesEndUserData(c.carries)).map((c) => c.evidence);
      return outcome('contradicted', 'host', evidence, { host: call.host!, region: region.name, place, where: places(evidence) });
    }
    // A client's region (`new S3Client({ region: 'us-east-1' })`) fixes where its calls send; one known only at run time fixes nothing.
    for (const call of sdkCalls(facts).filter((c) => c.region && carriesEndUserData(c.carries) && (!params.hosting || KEEPING.has(vendorById(c.vendor)?.category ?? '')))) {
      const region = clientRegion(call.region!.name);
      if (!region || within.includes(region.area)) continue;
      const evidence = [call.evidence, call.region!.evidence];
      return outcome('contradicted', 'client', evidence, { vendor: vendorById(call.vendor)?.name ?? call.vendor, region: call.region!.name, area: region.name, place, where: places(evidence) });
    }
    // Where a hosting file deploys the app's back end (`primary_region = "iad"` in fly.toml, `"regions": ["iad1"]` in vercel.json).
    for (const party of facts.thirdParties) {
      const outside = (party.regions ?? []).filter((r) => {
        const region = hostingRegion(party.vendor, r.code);
        return region !== null && !within.includes(region.area);
      });
      if (outside.length === 0) continue;
      const evidence = outside.map((r) => r.evidence);
      return outcome('contradicted', 'hosted', evidence, { vendor: party.name, region: [...new Set(outside.map((r) => r.code))].join(', '), place, where: places(evidence) });
    }
    // A Forge remote with an address of its own for a location outside the place (`baseUrl: { EU: ..., US: ... }`) keeps those sites' data there.
    for (const remote of params.pinned ? [] : facts.egress.remotes) {
      const urls = [...(realmUrls(remote) ?? [])];
      const inside = new Set(urls.filter(([key]) => within.includes(realmArea(key)!)).map(([, url]) => url));
      const outside = inside.size > 0 ? urls.filter(([key, url]) => !within.includes(realmArea(key)!) && !inside.has(url)).map(([key]) => key) : [];
      if (outside.length > 0) return outcome('contradicted', 'realm', [remote.evidence], { remote: remote.key, realms: outside.join(', '), place, where: places([remote.evidence]) });
    }
    if (!params.area) return outcome('unverified', 'otherArea', [], { place });
    const own = [
      ...facts.egress.remotes.map((r) => r.evidence),
      ...facts.storage.filter((op) => !ATLASSIAN_BACKENDS.has(op.backend) && op.op === 'write').map((op) => op.evidence),
    ];
    if (own.length > 0) return outcome('unverified', 'external', own, { where: places(own) });
    if (parties.size > 0) {
      const evidence = [...parties.values()].flatMap((p) => p.evidence);
      return outcome('unverified', 'vendors', evidence, { vendors: [...parties.values()].map((p) => p.name).join(', '), where: places(evidence) });
    }
    return outcome('unverified', 'atlassian');
  },
});
