import type { RestCall } from '../../scan/facts.ts';
import { EITHER_PRINCIPAL } from '../../scan/facts.ts';
import { defineClaim } from '../define.ts';
import { everyCallAs, writesOnly } from '../principals.ts';
import { firstLine, gap, NOT, phrase } from '../phrases.ts';

/** A user the app might act as: "a user", "the current user", "individual users", "anyone", "people". */
const USERS = String.raw`(?:(?:the|a|any|its|an?\s+individual|individual)\s+)?(?:(?:current|signed[- ]in|logged[- ]in|viewing|requesting|invoking|end|individual)\s+)?(?:users?|people|persons?|anyone|anybody)\b`;
/** The app acting as itself: "as the app", "as the app itself", "as the app's own user", "with its own identity", "as itself". */
// The word boundary closes the words only: after "asApp()" comes a space or a stop, which no boundary follows.
const AS_ITSELF = String.raw`(?:(?:as\s+(?:the\s+app(?:'s\s+own\s+(?:user|account|identity)|\s+itself)?|itself)|(?:with|under|using)\s+(?:its\s+own|the\s+app's\s+own)\s+(?:identity|account|credentials))\b|(?:with|using|through|via)\s+(?:api\.)?asApp\(\))`;
/** Calls to somewhere other than the product ("requests to our backend"), which are no product calls. */
const NOT_TO_PRODUCT = String.raw`(?!\s+(?:to|from)\s+(?!(?:(?:the|your)\s+)?(?:Atlassian|Jira|Confluence|Bitbucket|product|Forge)\b))`;
/** The whole app as the subject, not a part of it ("The scheduled sync ..."): "The app", "It", its name. */
const THE_APP = String.raw`^(?:the\s+(?:app|add-?on|plugin|integration)|our\s+(?:app|add-?on|plugin)|it|(?!(?:The|Our|This|Each|Every|No|All|Any|Its|Their|We|Support|Staff|Agents?|Admins?|Administrators?|Employees?|Engineers?|Developers?|Users?|Customers?|Personnel|Operators?|Nobody|Atlassian)\b)[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)`;
/** A part of the app as the subject ("Background jobs run as the app, never on behalf of a user"; not a name, "Acme Sync"): no claim about every call. */
const A_PART = /^(?:(?:the|our|its|all|any|each|every)\s+)?(?:[\w-]+\s+){0,2}?(?-i:jobs?|syncs?|tasks?|triggers?|exports?|imports?|workers?|processes|crons?|webhooks?|migrations?|automations?|features?|functions?|modules?|handlers?|components?)\b/i;
/** A qualifier after the user that says the app acts for users within it ("never acts on behalf of users beyond their permissions"). */
const QUALIFIED = String.raw`(?!\s+(?:beyond|outside|without|against|other\s+than|except|unless)\b)`;
/** Acting as a user, affirmed: "as the current user when ...", "asUser()", "on behalf of the viewing user" with no denial before it. */
const AS_USER = new RegExp(String.raw`(?<!${NOT}${gap(30)})(?:\b(?:as|on\s+behalf\s+of)\s+${USERS}|\basUser\b)`, 'i');

/** As the user: Forge's `asUser()`, a front-end request (the bridge, `AP.request`), ACE's `asUserByAccountId(...)`, or either chosen at run time. */
const asUser = (call: RestCall): boolean => call.auth === 'asUser' || call.auth === 'bridge' || (call.auth === 'connect' && call.api.startsWith('AP.')) || call.api.includes(EITHER_PRINCIPAL);
/** As the app: `asApp()` or the Connect client as the app's own user. */
const asApp = (call: RestCall): boolean => !asUser(call) && (call.auth === 'asApp' || call.auth === 'connect');

export default defineClaim<{ writes?: true }>({
  id: 'calls-as-app',
  title: 'Product calls made as the app',
  description:
    'The app calls the product APIs as itself, never as (on behalf of) a user: every REST call is Forge\'s `asApp()` or the Connect client as the app\'s own user, so what it does is done under the app\'s identity and its scopes. Contradicted by a call made with `asUser()`, from the front end (`@forge/bridge`, `AP.request`), with Connect\'s `asUserByAccountId(\u2026)`, or as either chosen at run time; unverified when a call\'s principal is unknown (an API token, an OAuth token, a request Candor cannot place) or when a Forge remote gets the user\'s token (`appUserToken`). A part of the app that acts as itself ("background jobs run as the app") is no claim about every call; `calls-as-user` is the opposite claim. A sentence about the app\'s writes only ("Acme creates and updates pages as the app, not as a user") is held to the calls that change data (not GET, HEAD or OPTIONS; one whose method the code chooses at run time may, which leaves it unverified).',
  decidedBy: 'code',
  phrasings: [
    // "All calls to Jira are made as the app", "Every request is made with asApp()".
    phrase`(?<!${NOT}${gap(30)})\b(?:all|every|each)\s+(?:(?:Jira|Confluence|Bitbucket|product|API|REST|outgoing)\s+){0,2}(?:calls?|requests?)\b${NOT_TO_PRODUCT}${gap(40)}\b${AS_ITSELF}(?!\s+(?:are|is|get|gets|will|must|can)\b)`,
    // "Jira is queried as the app and never on behalf of the current user": as itself, then the user denied.
    phrase`(?<!${NOT}${gap(30)})\b${AS_ITSELF}${gap(10)}(?:,\s*|\s+)(?:and\s+|but\s+)?(?:never|not)\s+(?:as|on\s+behalf\s+of|with\s+the\s+(?:identity|rights|permissions)\s+of)\s+${USERS}`,
    // "The app never impersonates users", "It does not act on behalf of individual users": the whole app, denying any user.
    phrase`${THE_APP}\s+(?:never|does\s+not|doesn't|will\s+not|won't|cannot|can't)\s+(?:ever\s+)?(?:impersonates?|acts?\s+(?:as|on\s+behalf\s+of)|calls?\s+(?:Jira|Confluence|Bitbucket|the\s+product)\s+(?:as|on\s+behalf\s+of))\s+${USERS}${QUALIFIED}`,
    // "The app calls Jira with its own identity", "Acme Sync always accesses Confluence as the app".
    phrase`${THE_APP}\s+(?:always\s+|only\s+)?(?:calls|accesses|queries|reads\s+from|talks\s+to|authenticates\s+(?:to|with)|connects\s+to)\s+(?:the\s+)?(?:Jira|Confluence|Bitbucket|Atlassian|product)(?:\s+(?:Cloud|REST|product|platform))?(?:\s+APIs?)?\s+(?:always\s+|only\s+)?${AS_ITSELF}(?!\s*(?:when|whenever|if|while|for)\b)`,
  ],
  // A sentence that also has the app act as the user ("..., and on behalf of the current user when they click Sync") is about some calls only.
  params: (sentence) => (AS_USER.test(firstLine(sentence)) || A_PART.test(firstLine(sentence)) ? null : writesOnly(firstLine(sentence)) ? { writes: true } : {}),
  examples: ['All calls to Jira are made as the app, never on behalf of a user.', 'The app never impersonates users.'],
  messages: {
    verified: 'Every product call is made as the app ({{where}}).',
    none: 'The app makes no product REST call.',
    verifiedWrites: 'Every product call that changes data is made as the app ({{where}}).',
    noneWrites: 'The app makes no product REST call that changes data.',
    asUser: 'The app calls the product as the user: {{where}}.',
    unknown: 'Candor cannot tell whom {{where}} acts as.',
    openMethod: '{{where}} is made as the user with a method chosen at run time, which may change data.',
    remote: 'The Forge remote {{remote}} gets the user\'s token ({{where}}), with which it may call the product as the user.',
  },
  verify: (params, { facts }) => everyCallAs(facts, { claimed: asApp, other: asUser, otherId: 'asUser', otherToken: 'appUserToken' }, params.writes === true),
});
