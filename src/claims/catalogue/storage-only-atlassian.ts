import { defineClaim, outcome } from '../define.ts';
import { SENT_MESSAGES, sentOutcome } from '../sent-kept.ts';
import { places, unreadSources, writesFirst } from '../evidence.ts';
import { aboutData, ATLASSIAN_SITE, denies, deniesKeeping, KEPT_IN_ATLASSIAN, personalOnly, readFrames, SENT_BY_APP, staysInAtlassian, trafficOnly, type Frame } from '../frames.ts';
import { BUILT_ENTIRELY_ON_FORGE, firstLine, gap, NOT, phrase } from '../phrases.ts';
import { ATLASSIAN_BACKENDS, storageKept, storageVendors, storingRemotes } from '../storage.ts';

/**
 * "Nothing is kept outside Forge storage" (a store named as the only one), "Your data stays in your site": data at large, kept
 * only in the customer's Atlassian. "Nothing is stored outside Atlassian" says where data is not, which is
 * no-customer-content-outside-atlassian; "Page content stays in Confluence" speaks of content only.
 */
function keptOnlyInAtlassian(f: Frame): boolean {
  if (!(f.data.has('any') || (f.data.has('customer') && !f.data.has('content'))) || personalOnly(f)) return false;
  if (f.places.has('ours') || f.places.has('third-party') || f.places.has('logs')) return false;
  return (deniesKeeping(f) && f.places.has('outside') && f.places.has('storage')) || (staysInAtlassian(f) && !f.traffic);
}

/** "... sits in Forge's key-value store and nowhere else": the place named, then no other. */
const NO_OTHER = /\b(?:and|but)\s+(?:nowhere|not\s+anywhere)\s+else\b/i;

/** "... no data of its own", "... itself": the app's own keeping, as against what Atlassian keeps for it. */
const OF_ITS_OWN = /\bof\s+(?:its|our|their)\s+own\b|\b(?:itself|ourselves|themselves)\b/i;

/** What the app keeps, kept in the customer's Atlassian: "keeps every setting in the Forge storage of your site", "sits in Forge's store". */
function keptInAtlassian(f: Frame): boolean {
  if ((f.data.has('content') && !f.data.has('any')) || personalOnly(f) || f.traffic) return false;
  if (f.places.has('ours') || f.places.has('third-party') || f.places.has('logs') || f.places.has('device')) return false;
  return (f.affirmed.has('store') || f.affirmed.has('stay')) && f.places.has('atlassian');
}

/** "... and nothing is written to servers run by us": no data kept on the vendor's servers or outside Atlassian. */
function keptNowhereElse(f: Frame): boolean {
  return (deniesKeeping(f) || denies(f, 'write')) && aboutData(f) && !personalOnly(f) && (f.places.has('ours') || f.places.has('outside')) && !f.places.has('logs');
}

/** A clause whose subject is the one before it: "... and are not kept anywhere else", "...; they are never stored anywhere else". */
const SAME_SUBJECT = /^\s*(?:and\s+)?(?:(?:they|it)\s+)?(?:(?:is|are|was|were)\s+)?(?:not|never)\b/i;
/** "Diagrams are stored in Confluence and are not kept anywhere else by the app": what the clause before kept, kept nowhere else. */
const sameKeptNowhereElse = (f: Frame): boolean => SAME_SUBJECT.test(f.text) && !personalOnly(f) && deniesKeeping(f) && f.places.has('outside') && !f.places.has('ours') && !f.places.has('logs');
/** "live in Jira", which no verb class reads: a place of being, as "stays in" is. */
const LIVES_IN = /\blive[sd]?\s+(?:only\s+)?(?:in|on|within|inside)\b/i;
/**
 * The clause before "... and are not kept anywhere else": what it keeps, content too ("Your issues live in Jira", "Generated summaries are
 * written back to the issue as a comment"), in a place of Atlassian's and no other.
 */
const keptBefore = (f: Frame): boolean =>
  !personalOnly(f) && !f.traffic && f.places.has('atlassian') && !f.places.has('ours') && !f.places.has('third-party') && !f.places.has('logs') && !f.places.has('device') &&
  (f.affirmed.has('store') || f.affirmed.has('stay') || f.affirmed.has('write') || LIVES_IN.test(f.text));

/** A store of Atlassian's named as such: "its Forge storage", "Forge's key-value store", "issue properties". */
const ATLASSIAN_STORE = /\bForge(?:'s)?\s+(?:hosted\s+)?(?:storage|key-value\s+store|KVS|SQL|object\s+store|store)\b|\b(?:issue|content|page|space|project|entity)\s+propert(?:y|ies)\b/i;
/** A store of the vendor's or another party's named beside it. */
const OTHER_STORE = /\b(?:our|external|vendor|third[- ]part(?:y|ies)|database|S3|AWS|Azure|Google)\b/i;

const BUILT_ON_FORGE = new RegExp(BUILT_ENTIRELY_ON_FORGE, 'i');

/**
 * A store of Atlassian's named, and no other: in one clause ("... in Forge's store and nowhere else"), or in two
 * ("X keeps its settings in Forge storage, and nothing is written to servers run by us").
 */
function namedAsOnlyStore(f: Frame, sentence: string): boolean {
  if (keptInAtlassian(f) && NO_OTHER.test(f.text)) return true;
  // "The app is built entirely on Forge; its configuration is kept in Forge storage": an app of Forge alone keeps what it keeps there.
  if (keptInAtlassian(f) && BUILT_ON_FORGE.test(firstLine(sentence))) return true;
  // "The app keeps no data of its own; checklists are saved as issue properties by Jira."
  if (deniesKeeping(f) && aboutData(f) && !personalOnly(f) && (f.places.has('ours') || OF_ITS_OWN.test(f.text)) && !f.places.has('logs') && KEPT_IN_ATLASSIAN.test(sentence)) return true;
  if (!keptNowhereElse(f) && !sameKeptNowhereElse(f)) return false;
  const frames = readFrames(firstLine(sentence));
  const at = frames.findIndex((other) => other.text === f.text);
  if (frames.slice(0, Math.max(at, 0)).some((other) => keptInAtlassian(other) && !NO_OTHER.test(other.text))) return true;
  if (sameKeptNowhereElse(f) && at > 0 && keptBefore(frames[at - 1]!)) return true;
  // "Atlassian removes its Forge storage after 28 days, and we keep nothing anywhere else": the store named before, in a clause of any kind.
  const before = firstLine(sentence).slice(0, Math.max(firstLine(sentence).indexOf(f.text), 0));
  return ATLASSIAN_STORE.test(before) && !OTHER_STORE.test(before);
}

export default defineClaim({
  id: 'storage-only-atlassian',
  title: 'Data stored only in Atlassian',
  description:
    'Everything the app stores is kept by Atlassian: Forge storage (KVS, custom entities, SQL, object store, cache) or product properties. Contradicted by writes to an external database, a storage vendor the code uses, or a Forge remote that declares the `storage` operation; End-User Data sent to a host outside Atlassian is judged by what the profile says that third party keeps (`thirdParties[].retention`): unverified when it does not say, contradicted when it keeps the data, organisational when it keeps none (its terms must show that).',
  decidedBy: 'code',
  phrasings: [
    phrase`\b(?:stored?|stores|kept|keeps|persisted|resides?|remains?|held)\b${gap(40)}\b(?:exclusively|only|solely|entirely)\b${gap(20)}\b(?:in|on|within)\b${gap(20)}\bAtlassian\b(?!${gap(40)}\bKV)`,
    // Without "is" the words name the data only when no verb follows: "All data stored in Forge storage is encrypted" is about encryption.
    phrase`\b(?:all|any|persistent)\s+(?:persistent\s+|app\s+)?data\s+(?:(?:is|are)\s+(?:stored|kept)\s+(?:using|in|on|within|with|via|through)\s+(?:the\s+)?(?:Forge|Atlassian)\b|(?:stored|kept)\s+(?:using|in|on|within|with|via|through)\s+(?:the\s+)?(?:Forge|Atlassian)\b(?![^.;!?]*\b(?:is|are|will|gets?|can|may)\b))(?!${gap(40)}\bKV)`,
    // "Your content stays in your Confluence instance."
    phrase`(?:^|\b(?:your|customer|all)\s+)(?:data|content)\s+(?:stays?|remains?|resides?|lives?)\s+(?:in|on|within|inside)\s+(?:your\s+|the\s+)?(?:Forge|Atlassian|(?:Jira|Confluence)\s+(?:site|instance|Cloud))\b`,
    phrase`\b(?:data|information)\b${gap(30)}\bnever\s+leaves\s+(?:${ATLASSIAN_SITE})`,
    // "Data processed by the app is stored and processed within Atlassian's infrastructure": the app's data at large, kept by Atlassian.
    phrase`(?:^|:\s+|\b(?:your|customer|all)\s+)data(?:\s+(?:processed|handled|used|created)\s+by\s+the\s+app)?\s+(?:is|are)\s+(?:stored|kept|persisted|held)(?:\s+and\s+processed)?\s+(?:in|on|within|inside)\s+(?:the\s+)?Atlassian(?:'s)?\b(?!${gap(40)}\b(?:KV|(?:and|or|also)\s+(?:on|in|at|with)\b))`,
    // "Diagrams are stored only in Confluence", "Settings are kept in Forge hosted storage only"
    phrase`\b(?:is|are)\s+(?:stored|kept|persisted|saved|held)\s+(?:only|exclusively|solely)\s+(?:in|on|within)\s+(?:the\s+|your\s+)?(?:Confluence|Jira|Forge)\b(?!${gap(40)}\bKV|\s+(?:environment\s+)?variables)`,
    // "... is kept in Forge storage only", "The app keeps its data in Forge storage only"
    phrase`\b(?:(?:is|are)\s+(?:stored|kept|persisted|saved)|(?:stores?|keeps?|saves?|holds?|persists?)\s+(?:(?:its|the\s+app's|all|your|our|the)\s+)?(?:[\w-]+\s+)?data)\s+in\s+(?:the\s+)?(?:Atlassian\s+)?Forge\s+(?:hosted\s+)?storage\s+(?:only|exclusively)\b`,
    phrase`\b(?:uses?|relies\s+on)\s+(?:only\s+)?(?:Atlassian\s+)?Forge\s+storage\s+(?:exclusively|only)\b|\b(?:uses?\s+only|only\s+uses?)\s+(?:Atlassian\s+)?Forge(?:'s)?\s+(?:hosted\s+)?storage\b`,
    // "All data is stored in secure storage provided by the Atlassian Forge platform": the store named by who provides it.
    phrase`\b(?:all|every|everything)\b${gap(40)}\b(?:(?:is|are)\s+(?:stored|kept|persisted|held|saved)|stays?|remains?|resides?|lives?)\s+(?:using|in|on|within|inside)\s+(?:the\s+|your\s+)?(?:(?:(?:secure|encrypted|hosted|managed|cloud)\s+){0,2}(?:storage|infrastructure|databases?)\s+(?:provided|hosted|managed|operated|run)\s+by\s+(?:the\s+)?)?(?:Forge|Atlassian|(?:Jira|Confluence)\s+(?:site|instance|Cloud))\b(?!${gap(40)}\bKV|\s+(?:environment\s+)?variables)`,
    // "The app stores everything in Forge hosted storage", "keeps all of its data in Forge"
    phrase`\b(?:stores?|keeps?|saves?|holds?|persists?|puts?)\s+(?:everything|all\s+(?:of\s+)?(?:its\s+|the\s+app's\s+|your\s+|our\s+)?data)\s+(?:in|on|within|inside)\s+(?:the\s+|your\s+)?(?:Forge|Atlassian|Jira|Confluence)\b(?!${gap(40)}\bKV|\s+(?:environment\s+)?variables)`,
    // "Everything the app saves, board layouts and filters, lives in Forge storage", "I run no database; whatever the macro remembers sits in Forge storage"
    phrase`(?:^|;\s*)(?:everything|whatever|anything|all)\s+(?:that\s+)?(?:the\s+(?:app|add-?on|macro|gadget|integration)|it|we)\s+(?:saves?|stores?|keeps?|records?|writes?|remembers?)\b[^.;!?]{0,80}?\b(?:is\s+(?:stored|kept|saved|held)|lives?|stays?|sits?|resides?)\s+(?:in|on|within|inside)\s+(?:the\s+|your\s+)?(?:Forge|Atlassian|Jira|Confluence)\b(?!${gap(40)}\bKV|\s+(?:environment\s+)?variables)`,
    // "... in Forge storage, which is where all of the app's data lives", "... in Forge storage, the one place the app keeps anything"
    phrase`\b(?:Forge|Atlassian|Jira|Confluence)\b[^.;!?]{0,30}?,\s+(?:which\s+is\s+)?(?:where\s+(?:all|every|everything)\b|the\s+(?:one|only|single)\s+place\b)${gap(40)}\b(?:lives?|stored|kept|saved|held|keeps?|stores?|saves?|holds?|resides?)\b`,
    // "no remotes, no egress, and all storage in Forge", "..., all data in Forge storage." (not "All data in Forge storage is encrypted")
    // "The app is hosted and its data stored by Atlassian": Atlassian keeps what the app stores.
    phrase`\b(?:its|the\s+app's|all\s+(?:of\s+)?(?:its|the\s+app's)|all\s+app)\s+data\s+(?:(?:is|are)\s+)?(?:stored|kept|held|persisted)\s+(?:only\s+)?by\s+Atlassian\b`,
    phrase`\ball\s+(?:(?:app|its|the\s+app's)\s+)?(?:data|storage)\s+(?:is\s+)?(?:in|on|within)\s+(?:the\s+)?(?:Forge|Atlassian)(?:'s)?(?:\s+(?:hosted\s+)?storage)?(?=\s*(?:[.;,!?)]|$))`,
    // "Stores data only in Forge storage", "The app only stores its data in Forge": the active voice of "is stored only in Forge".
    phrase`(?<!${NOT}\s{1,3}(?:only\s+)?)\b(?:stores?|keeps?|saves?|persists?)\s+(?:(?:all\s+)?(?:of\s+)?(?:its\s+|your\s+|the\s+|our\s+)?(?:[\w-]+\s+){1,2}?)?(?:only|exclusively|solely)\s+(?:in|on|within|inside)\s+(?:the\s+|your\s+)?(?:Atlassian(?:'s)?\s+)?(?:Forge|Confluence|Jira)\b(?!${gap(40)}\bKV|\s+(?:environment\s+)?variables)|(?<!${NOT}\s{1,3})\bonly\s+(?:stores?|keeps?|saves?|persists?)\s+(?:(?:all\s+)?(?:of\s+)?(?:its\s+|your\s+|the\s+|our\s+)?data|everything)\s+(?:in|on|within|inside)\s+(?:the\s+|your\s+)?(?:Atlassian(?:'s)?\s+)?(?:Forge|Confluence|Jira)\b(?!${gap(40)}\bKV|\s+(?:environment\s+)?variables)`,
    // "The only data stored is each repository's configuration, kept in Forge storage": the one thing kept, and where.
    phrase`^the\s+only\s+(?:data|information)\s+(?:(?:the\s+app|it|we)\s+)?(?:stores?|stored|keeps?|kept|saves?|saved)\s+(?:is|are)\b[^.;!?]{1,200}?,\s+(?:which\s+is\s+)?(?:stored|kept|saved|held)\s+(?:only\s+)?(?:in|on|within)\s+(?:the\s+)?(?:Atlassian\s+)?(?:Forge|Atlassian)\b(?!${gap(40)}\bKV|\s+(?:environment\s+)?variables)`,
    // "Reports are saved in Confluence and nothing is kept anywhere else": the second clause makes the first the only place.
    phrase`\b(?:stored|kept|saved|held|persisted)\s+(?:in|on|within|inside)\s+(?:the\s+|your\s+)?(?:Atlassian|Forge|Confluence|Jira)\b[^.!?]{0,60}?\b(?:nothing|no\s+(?:other\s+)?data)\s+(?:is\s+|gets\s+)?(?:ever\s+)?(?:stored|kept|saved|held|persisted)\s+(?:anywhere\s+else|elsewhere)\b`,
    // "Storage location: your Jira instance itself (issue properties)": a label answered with one store of Atlassian's, and no other place.
    phrase`^(?:data\s+)?(?:storage(?:\s+location)?|stored\s+in|where\s+(?:data|it)\s+(?:is\s+stored|lives))\s*:\s*(?:only\s+)?(?:in\s+)?(?:the\s+|your\s+)?(?:(?:Atlassian|customer)(?:'s)?\s+)?(?:Forge|Atlassian|Jira|Confluence)\b(?![^.;!?]*\b(?:outside|our|external|vendor|third[- ]part\w*|AWS|Azure|Google|S3|backups?|and|or|plus|also|is|are|was|were|will|gets?|encrypted)\b)`,
  ],
  // "Where is data stored?" (or "Where is my data hosted?", not the app) - "In the Forge storage of your site.", "In your own Atlassian site: ...": the one place the answer names.
  inContext: {
    phrasings: [phrase`^(?:only\s+|entirely\s+)?(?:in|within|inside)\s+(?:the\s+|your\s+)?(?:own\s+)?(?:(?:Atlassian|customer)(?:'s)?\s+)?(?:Forge|Atlassian|Jira|Confluence)\b(?![^.;!?]*\b(?:outside|(?:and|or|also|plus)\s+(?:in|on)\s+(?:our|an?|external|the\s+vendor's)\b))`],
    context: /^where\b[^?]*\b(?:stored|kept|saved|held|stores?|keeps?|saves?|(?:data|information|content)\s+hosted)\b[^?]*\?$/i,
  },
  // "All requests stay within Atlassian" is about calls: no-egress.
  // "All data the app sends stays inside Atlassian" says where it goes (no-egress), not where it is kept.
  params: (sentence, m) => (trafficOnly(m[0]) || SENT_BY_APP.test(firstLine(sentence)) ? null : {}),
  frames: (f, sentence) => (keptOnlyInAtlassian(f) || namedAsOnlyStore(f, sentence) ? {} : null),
  examples: [
    'All app data is stored only within Atlassian Cloud.',
    "Data is processed within Atlassian's infrastructure, and any persistent data is stored using Forge storage in the customer's selected Atlassian data residency region.",
  ],
  messages: {
    verified: 'The app stores data only in Atlassian storage{{backends}}.',
    externalDb: 'The app writes to an external database ({{where}}).',
    vendor: 'The app uses {{vendor}} to store data ({{where}}).',
    remote: 'The Forge remote {{remote}} declares the storage operation ({{where}}): it keeps data outside Atlassian.',
    ...SENT_MESSAGES,
    dependency: 'All storage in code is Atlassian\'s, but the app depends on {{vendor}} ({{where}}).',
    incomplete: 'All storage found is Atlassian\'s, but {{where}} could not be read.',
  },
  verify(_params, { facts, profile }) {
    const external = writesFirst(storageKept(facts).filter((op) => !ATLASSIAN_BACKENDS.has(op.backend)));
    if (external.length > 0) return outcome('contradicted', 'externalDb', external.map((op) => op.evidence), { where: places(external.map((op) => op.evidence)) });
    const remotes = storingRemotes(facts);
    if (remotes.length > 0) return outcome('contradicted', 'remote', remotes.map((r) => r.evidence), { remote: remotes.map((r) => r.key).join(', '), where: places(remotes.map((r) => r.evidence)) });
    const vendors = storageVendors(facts);
    const used = vendors.used[0];
    if (used) return outcome('contradicted', 'vendor', used.evidence, { vendor: used.name, where: places(used.evidence) });
    const sent = sentOutcome(facts, profile);
    if (sent && sent.verdict !== 'organisational') return sent;
    const dependency = vendors.dependencyOnly[0];
    if (dependency) return outcome('unverified', 'dependency', dependency.evidence, { vendor: dependency.name, where: places(dependency.evidence) });
    const unread = unreadSources(facts);
    if (unread.length > 0) return outcome('unverified', 'incomplete', unread, { where: places(unread) });
    const backends = [...new Set(facts.storage.map((op) => op.backend))];
    return sent ?? outcome('verified', 'verified', facts.storage.filter((op) => op.op === 'write').map((op) => op.evidence).slice(0, 5), {
      backends: backends.length > 0 ? ` (${backends.join(', ')})` : '',
    });
  },
});
