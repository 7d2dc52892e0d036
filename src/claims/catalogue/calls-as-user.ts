import type { RestCall } from '../../scan/facts.ts';
import { EITHER_PRINCIPAL } from '../../scan/facts.ts';
import { defineClaim } from '../define.ts';
import { everyCallAs, writesOnly } from '../principals.ts';
import { firstLine, gap, NOT, phrase } from '../phrases.ts';

// "the user who invokes them", "the invoking user": the one who runs the action or opens the page; "that user", named before.
const USER = String.raw`(?:(?:the\s+)?(?:current|signed[- ]in|logged[- ]in|viewing|requesting|calling|individual|invoking)\s+(?:user|person)(?:'s)?|the\s+(?:user|person)\s+(?:who\s+(?:invokes|runs|uses|triggers|calls|opens|views)|(?:invoking|running|using|triggering|opening|viewing))\b(?:\s+(?:it|them|the\s+(?:app|action|agent|[\w-]+)))?|whoever\s+(?:invokes|runs|uses|opens|views)\b|that\s+(?:same\s+)?(?:user|person)\b)`;
/** Calls to somewhere other than the product ("requests to our backend"); "calls to your Jira site" are the product's: the vendor's own server, not the product's APIs. */
const NOT_TO_PRODUCT = String.raw`(?!\s+(?:to|from)\s+(?!(?:(?:the|your)\s+)?(?:Atlassian|Jira|Confluence|product|Forge)\b))`;
/**
 * A sentence that also has the app act as itself ("background jobs run as the app"), or holds acting as the user to a case
 * ("on behalf of the current user when they click Sync"): the user's rights for some calls, not for every call;
 * "never asApp()" denies it.
 */
const SOME_CALLS = new RegExp(String.raw`(?<!${NOT}${gap(30)})\b(?:runs?|acts?|calls?|made|executes?|performed|done)\s+(?:\w+\s+)?as\s+(?:the\s+)?app(?:'s\s+own\s+user)?\b|(?<!${NOT}[^.;!?,]{0,20}?)\basApp\b|\bas\s+${USER}${gap(10)}\b(?:when|whenever|if|while)\b|\bon\s+behalf\s+of\s+${USER}${gap(10)}\b(?:when|whenever|if|while)\b`, 'i');

/** "... issues the user can view, and also issues in restricted projects": more than the user may see. */
const AND_MORE = String.raw`(?![^.;!?]{0,10}\b(?:and|plus|as\s+well\s+as)\s+(?:also\s+)?(?:(?:other|more)\s+)?(?:issues|pages|spaces|projects|content|data|requests|tickets|ones)\b)`;

/** A Connect page's `AP.request(...)`: the browser's request, as the user who sees the page. */
const fromPage = (call: RestCall): boolean => call.auth === 'connect' && call.api.startsWith('AP.');
/** As the user: Forge's `asUser()`, a front-end request (the bridge, `AP.request`), ACE's `asUserByAccountId(...)`. */
const asUser = (call: RestCall): boolean => (call.auth === 'asUser' || call.auth === 'bridge' || fromPage(call)) && !call.api.includes(EITHER_PRINCIPAL);
/** As the app: `asApp()`, ACE's client as the app's own user, or either as chosen at run time. */
const asApp = (call: RestCall): boolean => call.auth === 'asApp' || call.api.includes(EITHER_PRINCIPAL) || (call.auth === 'connect' && !fromPage(call));

export default defineClaim<{ writes?: true }>({
  id: 'calls-as-user',
  title: 'Product calls made as the user',
  description:
    'The app calls the product APIs as the user who uses it, never as the app itself, so it sees only what that user may see: every REST call is Forge\'s `asUser()`, a request from the front end (`@forge/bridge`, `AP.request`) or Connect\'s `asUserByAccountId(\u2026)`. Contradicted by a call made with `asApp()`, by the Connect client as the app\'s own user, or as either chosen at run time; unverified when a call\'s principal is unknown (an API token, an OAuth token, a request Candor cannot place) or when a Forge remote gets the app\'s system token. A sentence about the app\'s writes only (its verbs before the principal all verbs of a write) is held to the calls that change data (not GET, HEAD or OPTIONS; one whose method the code chooses at run time may, which leaves it unverified).',
  decidedBy: 'code',
  phrasings: [
    phrase`\b(?:all|every|each)\s+(?:(?:Jira|Confluence|product|API|REST|outgoing)\s+){0,2}(?:calls?|requests?)\b${NOT_TO_PRODUCT}${gap(40)}(?:\bas\s+${USER}|\b(?:with|through|using|via)\s+(?:api\.)?asUser\(\))`,
    // "The app uses asUser() for every call to Jira": the call's principal named first.
    phrase`(?<!${NOT}${gap(30)})\b(?:uses?|using|makes?)\s+(?:api\.)?asUser\(\)\s+(?:for|on|in)\s+(?:all|every|each)\s+(?:(?:Jira|Confluence|product|API|REST|outgoing)\s+){0,2}(?:calls?|requests?)\b${NOT_TO_PRODUCT}`,
    phrase`(?<!${NOT}${gap(30)})\b(?:acts?|calls?|runs?|reads?|accesses|fetch(?:es)?|requests?|queries|retrieves?|handled|made|performed|authori[sz]ed)\b${gap(60)}\bon\s+behalf\s+of\s+${USER}`,
    phrase`\bwith\s+(?:the\s+)?(?:permissions|access\s+rights|privileges)\s+of\s+${USER}`,
    // "... so the app only sees issues the user can see": what it reads is bounded by what the user may.
    phrase`\b(?:the\s+app|it)\s+(?:only\s+)?(?:sees?|reads?|accesses|can\s+(?:see|read|access))\s+(?:only\s+)?(?:the\s+)?(?:issues|pages|spaces|projects|content|data|requests|tickets)\s+(?:that\s+)?(?:the|each|a)\s+(?:current\s+|signed[- ]in\s+|logged[- ]in\s+)?user\s+(?:can(?!['\u2019]t|not)|may(?!\s+not)|is\s+(?:allowed|permitted)\s+to|has\s+(?:access|permission)\s+to)(?:\s+(?:see|view|access|read))?\b${AND_MORE}`,
    // The denial in the verb's own clause: not "... the user can't see, because it calls Jira as the app".
    phrase`${NOT}[^.;!?,]{0,30}?\b(?:acts?|runs?|calls?|accesses)\b${gap(30)}\b(?:as\s+the\s+app\b|with\s+(?:its\s+own|elevated|app[- ]level)\s+(?:(?:elevated|app)\s+)?(?:permissions|privileges|rights))`,
  ],
  params: (sentence) => (SOME_CALLS.test(firstLine(sentence)) ? null : writesOnly(firstLine(sentence)) ? { writes: true } : {}),
  examples: ['All Jira calls are made as the current user; the app never acts with its own elevated permissions.', 'The app reads Confluence content on behalf of the viewing user.'],
  messages: {
    verified: 'Every product call is made as the user ({{where}}).',
    none: 'The app makes no product REST call.',
    verifiedWrites: 'Every product call that changes data is made as the user ({{where}}).',
    noneWrites: 'The app makes no product REST call that changes data.',
    asApp: 'The app calls the product as itself: {{where}}.',
    unknown: 'Candor cannot tell whom {{where}} acts as.',
    openMethod: '{{where}} is made as the app with a method chosen at run time, which may change data.',
    remote: 'The Forge remote {{remote}} gets the app\'s system token ({{where}}), with which it may call the product as the app.',
  },
  verify: (params, { facts }) => everyCallAs(facts, { claimed: asUser, other: asApp, otherId: 'asApp', otherToken: 'appSystemToken' }, params.writes === true),
});
