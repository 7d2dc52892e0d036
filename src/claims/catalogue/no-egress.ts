import { defineClaim, outcome } from '../define.ts';
import { joinWords, places, unreadSources } from '../evidence.ts';
import { externalCalls, externalDeclarations } from '../hosts.ts';
import { aboutData, allData, denies, namesAtlassian, personalOnly, readFrames, staysInAtlassian, type Frame } from '../frames.ts';
import { firstLine, gap, gapWithout, NOT, phrase } from '../phrases.ts';
import { vendorCalls } from '../sent.ts';
import { deniesSharing } from '../sharing.ts';
import { carriesEndUserData } from '../storage.ts';
import { leavingOutcome } from '../leaving.ts';
import { aboutContent } from './no-customer-content-outside-atlassian.ts';
import { codeOutcome, CODE_UNKNOWN } from '../source-code.ts';

/** "... no data leaves the browser" speaks of the front end only: its back end may still call out. */
const LEAVES_DEVICE = /\bleaves?\s+(?:the\s+|your\s+|a\s+)?(?:user's\s+)?(?:front[- ]?end|browser|device|computer|machine|laptop)\b(?!\s+(?:or|and|nor)\b)/i;

/** "passed on to", "handed over to": sent, as against shared with a party. */
/** "sends no usage analytics anywhere", "No telemetry is sent anywhere": a kind of tool's data, which third-parties-exactly reads, not all data. */
const KIND_OF_DATA = /\b(?:no|any)\s+(?:usage\s+|product\s+|anonymous\s+)?(?:analytics|telemetry|tracking\s+data|crash\s+reports|error\s+reports)\b/i;
const PASSED_ON = /\b(?:pass(?:es|ed|ing)?\s+on|hand(?:s|ed|ing)?\s+(?:on|over))\s+to\b/i;

/** "Nothing is sent from the app to the internet", "The app makes no calls to external services", "Your data is not sent anywhere", "We do not receive any of your data". */
function deniesLeaving(f: Frame): boolean {
  if (f.places.has('logs') || LEAVES_DEVICE.test(f.text)) return false;
  const out = f.places.has('ours') || f.places.has('outside');
  // "The app does not send your issue data anywhere", "Worklogs are not sent anywhere": no place at all is none outside Atlassian,
  // for all the data; "Issue comments are not sent anywhere" (or "to our servers") says nothing of what else is sent.
  const named = f.data.size === 0 || allData(f);
  const sent = denies(f, 'send', 'leave') || (denies(f, 'share') && PASSED_ON.test(f.text));
  if ((out || f.places.has('anywhere')) && (denies(f, 'connect') || (sent && named))) return true;
  // "No requests leave Atlassian": calls denied leaving, as data is.
  if (denies(f, 'leave') && (aboutData(f) || f.traffic) && namesAtlassian(f)) return true;
  // "All requests stay within Atlassian": calls that stay go nowhere else.
  if (f.traffic && staysInAtlassian(f)) return true;
  return denies(f, 'receive') && aboutData(f) && VENDOR_SUBJECT.test(f.text);
}

/**
 * "Page text is never sent to our servers", "Issue bodies are not sent anywhere": the product's content named alone, sent nowhere outside
 * Atlassian; the claim is held to that content (`content`), as "Page content never leaves Confluence" is.
 */
const deniesContentSent = (f: Frame, sentence: string): boolean =>
  denies(f, 'send') && f.data.has('content') && (f.places.has('ours') || f.places.has('outside') || f.places.has('anywhere')) && !f.places.has('logs') && aboutContent(sentence).content === true;

/** The vendor as the one that receives: "We do not receive ...", "Neither the app nor its developers receive ...", "Our engineers never get ..."; not the app alone, which gets what it reads. */
const VENDOR_SUBJECT = /^\s*(?:neither\s+(?:the\s+app|it|we)\s+nor\s+)?(?:we|(?:the\s+)?vendor|(?:its|our|the\s+app's)\s+(?:developers|makers|team|staff|engineers|employees|people))\b|^\s*neither\s+(?:we|the\s+vendor)\s+nor\b/i;
/** "Neither we nor any partner of ours receives ...": the vendor first among those denied, as "not sent to us or to any third party" is. */
const VENDOR_FIRST = /^\s*neither\s+(?:we|the\s+vendor)\s+nor\b/i;

/**
 * "The only outbound traffic the app produces goes to the Atlassian REST APIs", "All outgoing requests are made to Jira", "every call goes to
 * Atlassian's APIs", "the app talks only to Atlassian's APIs", "it only makes requests to the Jira REST API", "we only make calls to Jira": all calls, whatever other clauses say of personal data.
 */
const ONLY_TO_ATLASSIAN = phrase`(?:\b(?:the\s+only|all(?:\s+of\s+the)?)\s+(?:outbound|outgoing|network|external|HTTP|API)\s+(?:network\s+|HTTP\s+)?(?:traffic|calls|requests|connections)\b${gap(40)}\b(?:goes|go|is\s+(?:sent|made|directed)|are\s+(?:sent|made|directed))\s+(?:only\s+)?|\b(?:every|each)\s+(?:outbound\s+|outgoing\s+|network\s+|HTTP\s+|API\s+)?(?:call|request|connection)\s+(?:(?:it|the\s+app)\s+makes\s+)?(?:goes|is\s+(?:sent|made|directed))\s+(?:only\s+)?|\b(?:(?:talks|connects|communicates|sends\s+requests|makes\s+(?:API\s+|HTTP\s+|network\s+)?(?:calls|requests))\s+only|(?<!\bnot\s)only\s+(?:talks?|connects?|communicates?|sends?\s+requests|makes?\s+(?:API\s+|HTTP\s+|network\s+)?(?:calls|requests)))\s+)(?:to|at|with)\s+(?:the\s+)?(?:Atlassian|Jira|Confluence|Bitbucket|Compass|Forge)(?:'s)?\b(?![^.;!?]*\b(?:and|or|plus)\s+(?:to\s+)?(?:an?\s+|our\s+|the\s+)?(?!Atlassian|Jira|Confluence|Bitbucket|Compass|Forge)[A-Z\w])`;

/** "Uses only Atlassian Jira APIs", "the app only calls the Confluence REST API", "calls only Confluence's REST API", "uses official Atlassian APIs only": every call named by the API it goes to. */
const ONLY_ATLASSIAN_APIS = phrase`(?<!${NOT}${gap(20)})\b(?:(?:uses?|calls?)\s+only|only\s+(?:uses?|calls?)|(?=(?:uses?|calls?)\s+(?:the\s+)?(?:official\s+)?(?:Atlassian|Jira|Confluence|Bitbucket|Compass|Forge)(?:\s+(?:Cloud|REST|Software|platform|product))*\s+APIs?\s+only\b(?!\s+(?:for|to|when|if|in)\b))(?:uses?|calls?))\s+(?:the\s+)?(?:official\s+)?(?:Atlassian(?:'s)?\s+)?(?:Atlassian|Jira|Confluence|Bitbucket|Compass|Forge)(?:'s)?(?:\s+(?:Cloud|REST|Software|platform|product))*\s+APIs?\b(?![^.;!?]*\b(?:and|or|plus)\s+(?:an?\s+|our\s+|the\s+)?(?!Atlassian|Jira|Confluence|Bitbucket|Compass|Forge)[A-Z\w])`;

/**
 * "... does not transmit any personal data to external servers" speaks of personal data only: whether
 * that leaves is for the claims about End-User Data, not whether the app calls out at all.
 */
function sendsOnlyPersonal(sentence: string): boolean {
  const sending = readFrames(firstLine(sentence)).filter((f) => denies(f, 'send', 'leave', 'share'));
  return sending.length > 0 && sending.every(personalOnly);
}

export default defineClaim<{ content?: true; code?: true }>({
  id: 'no-egress',
  title: 'No data egress',
  description:
    'Nothing leaves Atlassian: the manifest allows no external host (fetch, images, scripts, fonts\u2026), declares no remote, no code calls a host outside Atlassian, and no call through a vendor\'s SDK carries End-User Data. Calls to Atlassian\'s own hosts are not egress. Unverified when a call\'s host could not be resolved. A sentence whose subject is the product\'s content alone ("Page content never leaves Confluence", "Your repository content never leaves Bitbucket") is held to it: a remote, or a request or SDK call outside Atlassian that carries product content, contradicts it; other data leaving does not. One about source code or file contents ("No source code ever leaves Bitbucket") is held to product content too, but the facts do not tell code from the rest of it (a pull request\'s title): product content that leaves or is kept makes it unverified, not contradicted.',
  decidedBy: 'code',
  phrasings: [
    phrase`${NOT}${gap(40)}\b(?:external|outbound|data|network)\s+egress\b`,
    phrase`\bno\s+(?:external\s+)?egress\b`,
    // "The app never phones home", "Nothing phones home": no call to the vendor, nor anywhere else.
    phrase`${NOT}${gap(20)}\bphon(?:e|es|ing)\s+home\b`,
    // "Requests from the app go only to Atlassian's APIs", "The app talks to nothing but your Atlassian site": every call to Atlassian.
    phrase`\b(?:requests|calls|traffic|connections)\b(?:\s+(?:from|made\s+by|of)\s+the\s+app)?\s+(?:go(?:es)?|(?:is|are)\s+(?:sent|made|directed))\s+only\s+to\s+(?:the\s+|your\s+)?(?:Atlassian|Jira|Confluence|Forge)(?:'s)?\s+(?:own\s+)?(?:(?:REST|product|cloud)\s+)?(?:APIs?|site|instance|cloud|servers?|products?|platform)\b(?![^.;!?]*\b(?:and|or|plus)\s+(?:to\s+)?(?:an?\s+|our\s+|the\s+)?(?!Atlassian|Jira|Confluence|Forge)[A-Z\w])`,
    phrase`\b(?:talks?|connects?|communicates?|speaks?)\s+(?:to|with)\s+(?:nothing|no\s*one|nobody)\s+(?:but|except|other\s+than)\s+(?:the\s+|your\s+)?(?:Atlassian|Jira|Confluence|Forge)\b(?![^.;!?]*\b(?:and|or|plus)\s+(?:to\s+)?(?:an?\s+|our\s+|the\s+)?(?!Atlassian|Jira|Confluence|Forge)[A-Z\w])`,
    // "The app has no external fetch permissions", "The manifest lists no egress hosts": the manifest allows none.
    phrase`\bno\s+(?:external\s+)?(?:fetch|egress)\s+(?:permissions?|hosts?|entries|rules|domains?)\b`,
    phrase`\bno\s+(?:customer\s+|app\s+|user\s+)?data\s+(?:ever\s+)?leaves\b(?!\s+(?:the\s+|your\s+|a\s+)?(?:user's\s+)?(?:front[- ]?end|browser|device|computer|machine|laptop)\b(?!\s+(?:or|and|nor)\b))`,
    phrase`\b(?:data|content)\b${gap(30)}\b(?:never|does\s+not|doesn't|will\s+not|won't)\s+(?:ever\s+)?leaves?\b${gap(30)}\bAtlassian\b`,
    phrase`\bno\s+(?:outbound|outgoing|external)\s+(?:network\s+|HTTP\s+|API\s+)?(?:calls|requests|connections|traffic)\b`,
    // "No data transmission outside Atlassian ecosystem": a list item that names the traffic
    phrase`^no\s+(?:data\s+)?(?:transmission|transfers?)\s+(?:of\s+data\s+)?(?:outside|beyond)\s+(?:of\s+)?(?:the\s+|your\s+)?(?:Atlassian|Forge)\b`,
    // "The app is designed with no external data transfer": data carried out of Atlassian, by its direction.
    phrase`\bno\s+(?:external|outbound)\s+data\s+(?:transfers?|transmissions?|flows?)\b`,
    // "No external APIs", "No external services", "does not use external APIs"
    phrase`(?:\bno|${NOT}${gap(20)}\b(?:use|call|rely\s+on)s?(?:\s+any)?)\s+(?:external|outside)\s+(?:third[- ]party\s+)?(?:APIs?|services|web\s+services)\b`,
    // "The app makes no calls to the internet", "It never connects to the internet"
    phrase`\bno\s+(?:network\s+|HTTP\s+)?(?:calls|requests|connections)\s+to\s+(?:the\s+)?(?:public\s+)?internet\b`,
    // "The whiteboard app makes no network requests outside Atlassian": requests named by the app's making them (not "requests no scopes").
    phrase`\b(?:makes?|sends?|issues?|opens?)\s+no\s+(?:(?:outbound|outgoing|external|network|HTTP|API|web)\s+){0,2}(?:requests|connections)\s+(?:to\s+(?:anything|any\s+(?:host|server|service))\s+)?(?:outside|beyond)\s+(?:of\s+)?(?:the\s+|your\s+)?(?:Atlassian|Forge|Jira|Confluence|site|instance)\b`,
    phrase`${NOT}${gap(30)}\b(?:call|connect|contact|reach|access|talk)(?:e?s)?\s+(?:to\s+)?(?:the\s+)?(?:public\s+)?internet\b`,
    phrase`${NOT}${gap(30)}\b(?:communicate|connect|talk|call)s?\s+(?:with|to)?\s*(?:any\s+)?external\s+(?:services?|servers?|hosts?|systems?|APIs?)\b`,
    phrase`${NOT}${gap(30)}\b(?:send|sent|transmit(?:s|ted)?|transfer(?:s|red)?|egress(?:es)?|share[sd]?|process(?:es|ed)?|move[sd]?|export(?:s|ed)?|cop(?:y|ies|ied)|pass(?:es|ed)?\s+on|hand(?:s|ed)?\s+(?:on|over)|forward(?:s|ed)?)\b${gapWithout(50, 'logs?')}\b(?:outside\s+(?:of\s+)?(?:the\s+)?(?:Atlassian|Forge)|to\s+(?:any\s+|an?\s+)?(?:external|third[- ]party)\s+(?:services?|servers?|systems?|hosts?|parties))`,
    // "No data is sent to us or to any third parties", "Our apps do not transmit any data to us"
    phrase`\bno\s+data\b${gap(40)}\b(?:is\s+|are\s+)?(?:sent|transmitted|transferred)\s+to\s+(?:us|our\s+servers|the\s+vendor|(?:a|any)\s+third[- ]party\s+(?:servers?|services?|systems?))\b`,
    phrase`${NOT}${gap(30)}\b(?:send|transmit|transfer)s?\s+(?:any\s+)?data\s+to\s+(?:us|our\s+servers|the\s+vendor)\b`,
    // "Nothing leaves Atlassian's cloud", "Your glossary never travels beyond your Atlassian site"
    // Not "...; nothing else leaves Atlassian", which leaves room for what came before it (egress-only-to).
    phrase`\bnothing\b(?!\s+else\b)${gap(40)}\b(?:ever\s+)?(?:leaves|goes\s+(?:outside|beyond))\s+(?:of\s+)?(?:your\s+|the\s+)?Atlassian\b`,
    phrase`\b(?:talks?|connects?|communicates?)\s+(?:to|with)\s+no\s+(?:other\s+)?(?:external\s+)?(?:services?|servers?|systems?|hosts?)\b`,
    ONLY_TO_ATLASSIAN,
    ONLY_ATLASSIAN_APIS,
    // "Data is processed within the Atlassian Forge runtime", "All data processing occurs within Atlassian's Forge platform": nowhere else.
    phrase`(?:^|:\s+)(?:(?:all|any)\s+)?(?:(?:customer|your|app|user|End[- ]User)\s+)?data\s+(?:(?:is|are)\s+(?:only\s+|entirely\s+|exclusively\s+|solely\s+)?processed|processing\s+(?:occurs|happens|takes\s+place|is\s+done))\s+(?:only\s+|entirely\s+|exclusively\s+|solely\s+)?(?:in|within|inside|on)\s+(?:the\s+)?(?:Atlassian|Forge)\b(?![^.;!?]*\b(?:(?:and|or|plus|by)\s+(?:an?\s+|our\s+|the\s+)?(?!Atlassian|Jira|Confluence|Forge)[A-Z\w]|(?:then|sent|forwarded|passed|shared)\b))`,
    phrase`\b(?:never|does\s+not|doesn't|will\s+not|won't)\s+(?:ever\s+)?(?:travels?|goes|go|moves?)\s+(?:outside|beyond)\s+(?:of\s+)?(?:your\s+|the\s+)?Atlassian\b`,
  ],
  // "We do not send personal data to third-party services" is about the data: no-end-user-data-to-third-parties decides it.
  params: (sentence, m) => (!ONLY_TO_ATLASSIAN.test(m[0]) && !ONLY_ATLASSIAN_APIS.test(m[0]) && ((deniesSharing(sentence) && !/\boutside\s+(?:of\s+)?Atlassian\b/i.test(sentence)) || sendsOnlyPersonal(sentence)) ? null : aboutContent(sentence)),
  frames: (f, sentence) => ((deniesLeaving(f) || deniesContentSent(f, sentence)) && (!deniesSharing(sentence) || VENDOR_FIRST.test(f.text)) && !personalOnly(f) && !KIND_OF_DATA.test(f.text) ? aboutContent(sentence) : null),
  examples: [
    'It does not operate an external backend, does not declare external egress, and does not request Confluence read or write scopes.',
    "All app data (queues, handoffs, and team data) is stored exclusively in Atlassian Forge KV Storage \u2014 no data leaves Atlassian's cloud infrastructure",
  ],
  messages: {
    verified: 'No egress: the manifest allows no external host and the code calls none.',
    remote: 'The app declares a remote ({{where}}): data leaves Atlassian.',
    sdk: 'The code sends End-User Data to {{vendors}} through their SDKs ({{where}}).',
    declared: 'The manifest allows egress to {{hosts}} ({{where}}).',
    call: 'The code calls {{hosts}} ({{where}}).',
    unresolved: 'No egress found, but Candor could not resolve the host of {{where}}.',
    incomplete: 'No egress found, but {{where}} could not be read.',
    contentVerified: 'No request or SDK call outside Atlassian carries {{what}}.',
    contentSent: '{{kinds}} leaves Atlassian: sent to {{hosts}} ({{where}}).',
    contentUnresolved: 'No request outside Atlassian carries {{what}} that Candor could resolve, but some is sent to a host it could not resolve ({{where}}).',
    contentIncomplete: 'No product content leaves Atlassian in the code Candor read, but {{where}} could not be read.',
    ...CODE_UNKNOWN,
  },
  verify(params, { facts }) {
    const { remotes, declared, calls, unresolved } = facts.egress;
    // "No source code ever leaves Bitbucket": what product content leaves (or what a remote may receive) may or may not be code.
    if (params.code === true) return codeOutcome(remotes.length > 0 ? outcome('contradicted', 'remote', remotes.map((r) => r.evidence)) : leavingOutcome(facts, ['product-content'], 'product content', 'content'));
    // A remote is the vendor's server, which may receive content from events and calls alike.
    if (remotes.length > 0) return outcome('contradicted', 'remote', remotes.map((r) => r.evidence), { where: places(remotes.map((r) => r.evidence)) });
    if (params.content === true) return leavingOutcome(facts, ['product-content'], 'product content', 'content');
    const sdk = vendorCalls(facts).filter((c) => c.through === 'sdk' && carriesEndUserData(c.carries));
    if (sdk.length > 0) {
      const evidence = sdk.map((c) => c.evidence);
      return outcome('contradicted', 'sdk', evidence, { vendors: joinWords([...new Set(sdk.map((c) => c.name))]), where: places(evidence) });
    }
    const allowed = externalDeclarations(declared);
    if (allowed.length > 0) {
      const hosts = [...new Set(allowed.map((d) => d.host ?? d.address))].join(', ');
      return outcome('contradicted', 'declared', allowed.map((d) => d.evidence), { hosts, where: places(allowed.map((d) => d.evidence)) });
    }
    const external = externalCalls(calls);
    if (external.length > 0) {
      const hosts = [...new Set(external.map((c) => c.host!))].join(', ');
      return outcome('contradicted', 'call', external.map((c) => c.evidence), { hosts, where: places(external.map((c) => c.evidence)) });
    }
    if (unresolved.length > 0) return outcome('unverified', 'unresolved', unresolved.map((c) => c.evidence), { where: places(unresolved.map((c) => c.evidence)) });
    const unread = unreadSources(facts);
    if (unread.length > 0) return outcome('unverified', 'incomplete', unread, { where: places(unread) });
    return outcome('verified', 'verified');
  },
});
