import type { Evidence } from '../../scan/facts.ts';
import { defineClaim, outcome } from '../define.ts';
import { places, unique, unreadSources, writesFirst } from '../evidence.ts';
import { externalCalls, isAtlassianHost, reachableHosts } from '../hosts.ts';
import { vendorForHost } from '../../scan/vendors.ts';
import { denies, type Frame } from '../frames.ts';
import { BUILT_ENTIRELY_ON_FORGE, firstLine, gap, NOT, phrase } from '../phrases.ts';
import { remoteUrl } from '../realms.ts';

const BACKEND_CATEGORIES = new Set(['hosting', 'database']);
const notBackend = (category: string | undefined): boolean => category !== undefined && !BACKEND_CATEGORIES.has(category);

/** "There is no vendor-hosted server behind the app", "no hosted component", "We don't host anything ourselves"; not "Data is not stored on our servers", which says what is kept where. */
const NO_SERVER = /\b(?:no|without)\s+(?:[\w-]+\s+){0,2}?(?:servers?|back[- ]?ends?|infrastructure|hosted\s+(?:components?|parts?|services?))\b/i;
const IN_PLACE = /\b(?:servers?|back[- ]?ends?|infrastructure)\s+(?:located\s+)?in\s+(?:the\s+)?[A-Z]/;
/** "Our backend does not run on Atlassian's infrastructure", "The app isn't hosted by Atlassian", "Not all processing happens within Atlassian": the opposite claim. */
const NOT_ON_ATLASSIAN = phrase`${NOT}\s+(?:(?!(?:and|or|but|so|while|because|since|as|which|that|everything|all\s+(?:of\s+)?(?:it|that))\s)[\w'-]+\s+){0,3}?(?:run|runs|running|ran|hosted|built|operated|executed|deployed|processed|lives?|happens?|occurs?|takes\s+place)\s+(?:(?:entirely|exclusively|fully|only|solely|completely|wholly|just|purely)\s+)?(?:on|in|within|inside|by)\s+(?:the\s+)?(?:Atlassian|Forge)\b`;
function deniesBackend(f: Frame): boolean {
  // "We don't operate servers in China" says where the servers are not, not that there are none.
  if (denies(f, 'store', 'write', 'contain', 'send', 'log', 'connect', 'collect', 'leave', 'receive', 'sell') || f.places.has('region') || IN_PLACE.test(f.text)) return false;
  return (denies(f, 'host') && (f.backend || /\bourselves\b/i.test(f.text))) || NO_SERVER.test(f.text);
}

export default defineClaim({
  id: 'no-external-backend',
  title: 'No external backend',
  description:
    'The app runs without a server of the vendor\'s own. Contradicted by a Forge remote or a Connect base URL, writes to an external database, or a hosting or database vendor the code uses; unverified when the app calls a host Candor cannot attribute to a known vendor (it may be the vendor\'s backend), or one it cannot resolve, unless a Forge `fetch` whose declared hosts are all Atlassian\'s or vendors that are no backend.',
  decidedBy: 'code',
  phrasings: [
    phrase`${NOT}${gap(40)}\b(?:operate|use|run|rely\s+on|need|require|have|call)s?\b${gap(30)}\bexternal\s+(?:back[- ]?ends?|servers?)\b`,
    phrase`\bzero[- ]external[- ]servers?\b`,
    // "We keep nothing on our servers (we do not have any)", "... to our own servers \u2014 the app doesn't have any": the servers named, then denied by a pronoun.
    // Not "our database (we don't run one)": an app without a database of its own may still have a server.
    phrase`\b(?:our|its|the\s+app's)\s+(?:own\s+)?(?:servers?|back[- ]?ends?|infrastructure)\b[^.!?]{0,10}?\s*(?:[(;:,\u2014\u2013]|\s-)\s*(?:because\s+|as\s+|since\s+)?(?:we|it|the\s+(?:app|add-?on|plugin|macro))\s+(?:(?:do|does)\s+not|don't|doesn't|(?:has|have)\s+not\s+got)\s+(?:even\s+)?(?:have|run|operate|own)\s+(?:any|one)(?=\s*(?:[).;,!]|$))|\b(?:our|its|the\s+app's)\s+(?:own\s+)?(?:servers?|back[- ]?ends?)\b[^.!?]{0,10}?\s*(?:[(;:,\u2014\u2013]|\s-)\s*(?:there\s+are\s+none|(?:we|it)\s+(?:has|have)\s+none)\b`,
    // "Hosting: Atlassian Forge", "Hosted on: Forge (Atlassian)": a label whose value is Forge and nothing else.
    phrase`^(?:hosting|hosted\s+(?:on|by)|runs\s+on)\s*:\s*(?:Atlassian(?:'s)?\s+)?Forge(?:\s*\(Atlassian\))?\s*(?:only\s*)?\.?$`,
    // "No external databases (PostgreSQL, MongoDB, etc.)", "does not use external databases"
    phrase`(?:\bno|${NOT}${gap(20)}\b(?:use|rely\s+on|need|require)s?(?:\s+any)?)\s+(?:external|vendor[- ]hosted|self[- ]hosted|third[- ]party)\s+databases?\b`,
    phrase`\bno\s+(?:(?:external|vendor|separate|remote|third[- ]party|[\w-]+-hosted)\s+){1,2}(?:back[- ]?ends?|servers?|hosting)\b`,
    phrase`${NOT}${gap(20)}\b(?:host|operate|run|maintain)s?\s+(?:any\s+|(?:our|its|their)\s+own\s+|separate\s+|dedicated\s+)(?:servers?|back[- ]?ends?)\b(?!\s+(?:for\s+each|per)\b)`,
    // "We operate no infrastructure outside Atlassian", "The app has no backend"
    phrase`\b(?:operates?|runs?|hosts?|maintains?)\s+no\s+(?:servers?|back[- ]?ends?|infrastructure)\b`,
    phrase`\b(?:has|have)\s+no\s+(?:back[- ]?ends?|servers?)\b`,
    phrase`\bno\s+(?:vendor|developer|partner)[- ](?:operated|run|hosted|managed)\s+(?:servers?|back[- ]?ends?|infrastructure)\b`,
    // Not "stored in Forge storage hosted by Atlassian": the store is hosted by Atlassian, which says where data is kept (storage-only-atlassian);
    // nor "uses Forge LLMs hosted by Atlassian": the model is Atlassian's, which says nothing of the app's own back end.
    phrase`(?<!\b(?:storage|stores?|database|KVS|SQL|LLMs?|models?|AI)\s+)\bhosted\s+(?:entirely\s+|exclusively\s+|fully\s+|only\s+)?(?:(?:and|&)\s+(?:run|operated|managed)\s+)?(?:by|on)\s+Atlassian\b`,
    // "does not rely on any servers of ours"
    phrase`${NOT}${gap(20)}\b(?:rely\s+on|use|need|require|involve)s?\s+(?:any\s+)?servers?\s+(?:of\s+(?:ours|its\s+own|their\s+own)|(?:run|operated|owned)\s+by\s+us)\b`,
    phrase`\bno\s+(?:servers?|back[- ]?ends?|infrastructure)\s+of\s+(?:its|our|their)\s+own\b`,
    phrase`\b(?:runs?|operates?|executes?)\s+(?:entirely|exclusively|fully|only|solely|completely|wholly)\s+(?:on|in|within|inside)\s+(?:the\s+)?(?:Atlassian|Forge)\b`,
    // "Every function runs on Forge", "All of the app's code runs on Atlassian Forge" (not "..., and a remote handles exports").
    phrase`\b(?:every|each|all(?:\s+of)?\s+(?:the\s+app's|its|our|the))\s+(?:functions?|resolvers?|code|back[- ]?end\s+code|server[- ]side\s+code)\s+(?:runs?|executes?|is\s+(?:hosted|run|executed))\s+(?:entirely\s+|only\s+)?(?:on|in|within|inside)\s+(?:the\s+)?(?:Atlassian(?:'s)?\s+)?Forge\b(?![^.;!?]*\b(?:remotes?|our\s+(?:own\s+)?(?:servers?|back[- ]?ends?)|except|but)\b)`,
    // "The app is built entirely on Atlassian Forge"
    phrase`${BUILT_ENTIRELY_ON_FORGE}`,
    // "... and its backend runs on Atlassian's infrastructure": the back end is Forge's, none of the vendor's.
    phrase`(?<!${NOT}${gap(20)})\b(?:its|the\s+app's|our)\s+back[- ]?end\s+(?:also\s+)?(?:runs|is\s+(?:hosted|run|operated))\s+(?:entirely\s+|only\s+|solely\s+)?(?:on|in|within|by)\s+(?:the\s+)?(?:Atlassian(?:'s)?\s+(?:Forge\s+)?(?:infrastructure|cloud|platform)|(?:Atlassian\s+)?Forge)\b`,
    // "All processing happens within Atlassian's infrastructure", "All processing happens inside Atlassian", "... takes place in the Customer's Atlassian Cloud site"
    phrase`\ball\s+(?:[\w-]+\s+)?processing\s+(?:happens|occurs|takes\s+place|is\s+(?:done|performed))\s+(?:entirely\s+|only\s+|exclusively\s+)?(?:on|in|within|inside)\s+(?:the\s+|your\s+|(?:the\s+)?customer's\s+)?Atlassian(?:(?:'s)?\s+(?:[\w-]+\s+)?(?:infrastructure|cloud|platform|site|instance)\b|(?=\s*[.;!?]|\s*$))`,
  ],
  params: (sentence) => (NOT_ON_ATLASSIAN.test(firstLine(sentence)) ? null : {}),
  frames: (f) => (deniesBackend(f) && !NOT_ON_ATLASSIAN.test(f.text) ? {} : null),
  examples: [
    'The current app version does not use an external backend service.',
    'Handoff for Jira is built with a security-first, zero-external-server approach:',
    "Our applications are built on and hosted by Atlassian's secure Forge platform:",
  ],
  messages: {
    verified: 'No remote, no external database and no hosting vendor: the app runs on Atlassian.',
    remote: 'The app has a backend outside Atlassian: {{what}} ({{where}}).',
    database: 'The app writes to an external database ({{where}}).',
    vendor: 'The app uses {{vendor}} ({{category}}) at {{where}}.',
    unknownHost: 'The app calls {{hosts}} ({{where}}); Candor cannot tell whether that is your own backend.',
    unresolved: 'The app calls hosts Candor could not resolve ({{where}}); one may be your own backend.',
    incomplete: 'No backend found, but {{where}} could not be read.',
  },
  verify(_params, { facts }) {
    // An external authentication provider's remotes are its API (`https://www.googleapis.com`): a third party, not the vendor's backend.
    const remotes = facts.egress.remotes.filter((r) => r.provider === undefined);
    if (remotes.length > 0) {
      const first = remotes[0]!;
      const what = first.key === 'baseUrl' ? `Connect base URL ${remoteUrl(first)}` : `remote ${first.key}`;
      return outcome('contradicted', 'remote', remotes.map((r) => r.evidence), { what, where: places(remotes.map((r) => r.evidence)) });
    }
    // `api.asUser().withProvider('google', 'google-apis').fetch(...)` calls that provider's remote: its API too.
    const providers = new Set(facts.egress.remotes.filter((r) => r.provider !== undefined).map((r) => `remote:${r.key}`));
    const invoked = facts.egress.calls.filter((c) => c.host?.startsWith('remote:') && !providers.has(c.host));
    if (invoked.length > 0) {
      return outcome('contradicted', 'remote', invoked.map((c) => c.evidence), { what: `invokeRemote(${invoked[0]!.url ?? ''})`, where: places(invoked.map((c) => c.evidence)) });
    }
    const database = writesFirst(facts.storage.filter((op) => op.backend === 'external-db'));
    if (database.length > 0) return outcome('contradicted', 'database', database.map((op) => op.evidence), { where: places(database.map((op) => op.evidence)) });
    for (const party of facts.thirdParties) {
      if (!BACKEND_CATEGORIES.has(party.category)) continue;
      const used = party.via.filter((v) => v.kind !== 'dependency');
      if (used.length === 0) continue;
      const evidence = used.map((v) => v.evidence);
      return outcome('contradicted', 'vendor', evidence, { vendor: party.name, category: party.category, where: places(evidence) });
    }
    const attributed = new Set(facts.thirdParties.flatMap((p) => p.via.filter((v) => v.kind === 'egress').map((v) => `${v.evidence.file}:${v.evidence.line}`)));
    const unknown = externalCalls(facts.egress.calls).filter((c) => c.side === 'backend' && !attributed.has(`${c.evidence.file}:${c.evidence.line}`));
    if (unknown.length > 0) {
      const hosts = [...new Set(unknown.map((c) => c.host!))].join(', ');
      return outcome('unverified', 'unknownHost', unknown.map((c) => c.evidence), { hosts, where: places(unknown.map((c) => c.evidence)) });
    }
    // A Forge fetch that can reach only Atlassian and vendors outside hosting and databases reaches no backend of the vendor's.
    const unresolved = facts.egress.unresolved.filter((c) => c.side === 'backend' && !reachableHosts(facts, c)?.every((h) => isAtlassianHost(h) || notBackend(vendorForHost(h)?.category)));
    if (unresolved.length > 0) return outcome('unverified', 'unresolved', unresolved.map((c) => c.evidence), { where: places(unresolved.map((c) => c.evidence)) });
    const unread: Evidence[] = unreadSources(facts);
    if (unread.length > 0) return outcome('unverified', 'incomplete', unique(unread), { where: places(unread) });
    return outcome('verified', 'verified');
  },
});
