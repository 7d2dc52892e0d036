import { defineClaim, outcome } from '../define.ts';
import { places } from '../evidence.ts';
import { firstLine, gap, gapInClause, NOT, phrase } from '../phrases.ts';

/** "... never stores credentials in its code": secrets in the source are no-secrets-in-source, not what users hand over. */
const IN_SOURCE = String.raw`(?!${gap(20)}\b(?:in|into|within)\s+(?:the\s+|its\s+|our\s+|their\s+|the\s+app's\s+)?(?:source|code|code\s*base|repositor(?:y|ies)|bundle)\b)`;
/** What a write made with the Connect JavaScript API in a page says it was made with (`AP.request PUT /rest/...`). */
const CONNECT_JS = 'AP.';
/** "The browser never stores your password": what the user's browser keeps, not what the app asks of them. */
const NOT_BROWSER = String.raw`(?<!\bbrowsers?\b[^.;!?]{0,12})`;
/**
 * "...; the app uses a GitHub token you create", "..., but you paste your own API key": a secret the user does hand over, in another clause
 * of a sentence that denies one.
 */
const HANDED = /\b(?:tokens?|keys?|secrets?|passwords?|credentials|PATs?)\s+(?:that\s+)?(?:you|users?|admins?)\s+(?:create|generate|provide|enter|paste|supply|give|issue)|\byour\s+own\s+(?:[\w-]+\s+){0,2}(?:tokens?|keys?|secrets?|credentials|PATs?)\b|\b(?:you|users?|admins?)\s+(?:must\s+|need\s+to\s+|will\s+|can\s+)?(?:create|generate|provide|enter|paste|supply|give)s?\s+(?:an?\s+|your\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:tokens?|keys?|secrets?|credentials|PATs?)\b/i;
const CLAUSES = /[;,\u2014]|\s-\s|\bbut\b/;
const DENIAL = new RegExp(NOT, 'i');
const SECRET = String.raw`(?:(?:Atlassian\s+)?Personal\s+Access\s+Tokens?|PATs?|passwords?|shared\s+secrets?|API\s+tokens?|API\s+keys?|credentials)`;

export default defineClaim({
  id: 'no-pats-or-shared-secrets',
  title: 'No PATs or shared secrets required',
  description:
    'Users never hand the app an Atlassian Personal Access Token, a password or another secret. Contradicted when the app stores data a user sent as a Forge secret (`kvs.setSecret`), or a Connect page writes a secret to the product (the API key a settings form takes, kept in an app property); unverified when it keeps secrets Candor cannot trace or calls the product with an API token.',
  decidedBy: 'code',
  phrasings: [
    phrase`${NOT_BROWSER}${NOT}${gap(40)}\b(?:require|ask|need|collect|request|prompt|store|hand|give|provide|enter|paste|type|supply|submit)(?:s|d|ed)?(?![\w-])${gapInClause(60)}\b${SECRET}\b${IN_SOURCE}`,
    // "No passwords or personal API tokens are requested or stored", "No personal access tokens, API keys or passwords are ever asked of your users": a list of secrets, each denied.
    phrase`\bno\s+(?:user-?provided\s+)?${SECRET}(?:\s*(?:,|or|and|nor)\s*(?:personal\s+)?${SECRET})*\s+(?:are\s+|is\s+)?(?:ever\s+)?(?:required|needed|requested|collected|asked\s+(?:of|from|for))\b`,
  ],
  // A clause that denies one secret beside one that hands another over ("...; the app uses a GitHub token you create") claims none.
  params: (text) => (firstLine(text).split(CLAUSES).some((clause) => HANDED.test(clause) && !DENIAL.test(clause)) ? null : {}),
  examples: ['The app does not require users to provide Atlassian Personal Access Tokens, passwords, or shared secrets.'],
  messages: {
    verified: 'The app keeps no secret a user provides.',
    stored: 'The app stores data a user sent as a secret ({{where}}).',
    secrets: 'The app keeps secrets ({{where}}); Candor cannot tell whether users provide them.',
    apiToken: 'The app calls the product with an Atlassian API token ({{where}}); Candor cannot tell whether users provide it.',
  },
  verify(_params, { facts }) {
    const secretWrites = facts.storage.filter((op) => op.backend === 'kvs-secret' && op.op === 'write');
    // A Connect page's own write of a secret (`AP.request` PUT of an app property with the `apiKey` its settings form took): typed in there.
    const fromPages = facts.storage.filter((op) => op.op === 'write' && op.api.startsWith(CONNECT_JS) && op.carries.includes('secret'));
    const fromUsers = [...secretWrites.filter((op) => op.carries.includes('resolver-payload')), ...fromPages];
    if (fromUsers.length > 0) return outcome('contradicted', 'stored', fromUsers.map((op) => op.evidence), { where: places(fromUsers.map((op) => op.evidence)) });
    if (secretWrites.length > 0) return outcome('unverified', 'secrets', secretWrites.map((op) => op.evidence), { where: places(secretWrites.map((op) => op.evidence)) });
    // `Authorization: Basic base64(email:apiToken)` to the product: someone's Atlassian API token, kept by the app.
    const tokenCalls = [...facts.restCalls, ...facts.unresolvedRestCalls].filter((call) => call.auth === 'api-token').map((call) => call.evidence);
    if (tokenCalls.length > 0) return outcome('unverified', 'apiToken', tokenCalls, { where: places(tokenCalls) });
    return outcome('verified', 'verified');
  },
});
