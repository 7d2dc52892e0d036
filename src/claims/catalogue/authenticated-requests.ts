import { outcome } from '../define.ts';
import { places } from '../evidence.ts';
import { defineOrganisational } from '../organisational.ts';
import { firstLine, gap, gapInClause, NOT, phrase } from '../phrases.ts';

/** What receives the requests: the vendor's own back end, API, server or remote, or the app itself; not Atlassian's APIs. */
const OURS = String.raw`(?:(?:our|the\s+app's|its|the)\s+(?:own\s+)?(?:back[- ]?end|API|REST\s+API|servers?|services?|remote|endpoints?|web\s*hooks?|app\s+server)|the\s+app(?!'s))`;
/** Requests or calls, one or all: "all requests", "every call", "each incoming request". */
/** Also requests named in general at a sentence's start ("Requests from Forge to our backend are authenticated ..."). */
const REQUESTS = String.raw`(?:(?:all|every|each|any)\s+(?:incoming\s+|inbound\s+)?(?:requests?|calls?|API\s+calls?)|(?:incoming|inbound)\s+requests|^requests(?=\s+(?:from\s+(?:Atlassian|Forge|Jira|Confluence)\s+)?to\s))`;
/** A token Atlassian signs: the Connect JWT, the Forge Invocation Token. */
const ATLASSIAN_TOKEN = /\bJWTs?\b|\bJSON\s+Web\s+Tokens?\b|\bForge\s+Invocation\s+Tokens?\b|\bFIT\b|\bsigned\s+by\s+Atlassian\b/i;

/**
 * "All requests to our backend are authenticated with a JWT signed by Atlassian", "Every call to our API requires authentication",
 * "Our remote verifies the Forge Invocation Token on every request". The scan does not follow whether a route's handler checks its token
 * (ACE's `authenticate()` is read only for what a page's query holds, a Forge remote's FIT check and a web trigger's own check are in
 * handler code the facts do not summarise; Atlassian's own review asks the vendor the same question), so the claim is organisational,
 * unless the descriptor shows Atlassian signs nothing for the app.
 */
export default defineOrganisational<{ jwt: string }>({
  id: 'authenticated-requests',
  title: 'Authenticated requests',
  description:
    'Every request to the app\'s own back end, API or remote is authenticated ("All requests to our backend are authenticated with a JWT signed by Atlassian", "Every call to our API requires authentication"). Whether each route\'s handler checks the Connect JWT or the Forge Invocation Token, or a web trigger checks its caller, is code Candor\'s facts do not summarise (Atlassian\'s security questionnaire asks the vendor too). Contradicted when the statement names Atlassian\'s JWT and the Connect descriptor declares `authentication: none`, for which Atlassian signs no request.',
  phrasings: [
    // "All requests to our backend are authenticated ...", "Every call to our API requires authentication"
    phrase`(?<!${NOT}${gap(20)})\b${REQUESTS}\s+(?:(?:made\s+|sent\s+)?(?:to|from\s+(?:Atlassian|Forge|Jira|Confluence)\s+to|against)\s+${OURS}${gapInClause(40)}\s+)?(?:(?:is|are|must\s+be|get|gets)\s+(?:always\s+)?(?:authenticated|verified|signed)|(?:require|requires|must\s+carry|carry|carries)\s+(?:(?:a\s+valid\s+|an?\s+)?(?:authentication|JWT|token|signed\s+JWT)))\b`,
    // "Requests from the app to our API are authenticated with the Forge Invocation Token": bare plural requests opening the sentence are all of them.
    phrase`(?<!${NOT}${gap(20)})^(?:requests|calls)\s+(?:(?:from\s+(?:the\s+app|Forge|Atlassian)\s+)?to|against)\s+${OURS}\s+(?:are|must\s+be)\s+(?:always\s+)?(?:authenticated|verified|signed)\b`,
    // "Our API requires authentication for every call", "Every endpoint of our API requires authentication"
    phrase`(?<!${NOT}${gap(20)})\b(?:${OURS}|(?:every|each|all)\s+(?:of\s+(?:our|its)\s+)?(?:API\s+)?endpoints?(?:\s+of\s+${OURS})?)\s+(?:requires?|enforces?)\s+(?:authentication|a\s+valid\s+(?:JWT|token))\s+(?:on|for)\s+(?:every|each|all)\s+(?:requests?|calls?)\b|(?<!${NOT}${gap(20)})\b(?:every|each|all)\s+(?:of\s+(?:our|its)\s+)?(?:API\s+)?endpoints?(?:\s+of\s+${OURS})?\s+(?:requires?|enforces?|(?:is|are)\s+protected\s+by)\s+(?:authentication|a\s+valid\s+(?:JWT|token))\b`,
    // "Our remote verifies the Forge Invocation Token on every request", "The backend validates the Connect JWT of each request"
    phrase`(?<!${NOT}${gap(20)})\b${OURS}\s+(?:verifies|validates|checks)\s+(?:the\s+)?(?:Connect\s+)?(?:JWT|Forge\s+Invocation\s+Token|FIT|token|signature)\b${gapInClause(30)}\b(?:every|each|all|incoming)\s+(?:incoming\s+)?(?:requests?|calls?)\b`,
  ],
  params: (sentence) => ({ jwt: ATLASSIAN_TOKEN.test(firstLine(sentence)) ? 'yes' : '' }),
  message: 'Authenticated requests: whether each route checks its token is in handler code Candor does not follow; keep the review that shows it.',
  examples: ['All requests to our backend are authenticated with a JWT signed by Atlassian.', 'Every call to our API requires authentication.'],
  contradiction: {
    messages: { noJwt: "The Connect descriptor declares `authentication: none` ({{where}}): Atlassian signs no request to this app with a JWT." },
    find: ({ facts }, params) => {
      if (params.jwt !== 'yes' || facts.app.platform !== 'connect' || facts.app.authentication !== 'none') return null;
      const evidence = facts.egress.remotes.filter((r) => r.key === 'baseUrl').map((r) => r.evidence);
      return evidence.length > 0 ? outcome('contradicted', 'noJwt', evidence, { where: places(evidence) }) : null;
    },
  },
});
