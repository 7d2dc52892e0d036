import { defineClaim, outcome } from '../define.ts';
import { places } from '../evidence.ts';
import { gap, NOT, phrase } from '../phrases.ts';

const SECRETS = String.raw`(?:secrets?|credentials|(?:API|secret|private|signing)\s+keys?|(?:access|API|auth(?:entication)?)\s+tokens?|tokens|passwords?)`;
/** The browser's side: the app's front end, its UI, the client. */
const FRONT_END = String.raw`(?:the\s+|your\s+|any\s+)?(?:front[- ]?end(?:\s+(?:UI|code|experience))?|browser|client(?:[- ]side)?(?:\s+code)?|UI)\b`;

// "API keys are kept on the back end and never exposed to the frontend", "credentials are not exposed in the frontend
// experience", "API keys never reach the browser", "Secrets never leave the server": what the app's back end hands its front end holds no secret.
export default defineClaim({
  id: 'secrets-kept-from-front-end',
  title: 'Secrets kept from the front end',
  description:
    'The app\'s back end never hands a secret (an API key, token or password it keeps) to its front end: no resolver function returns one, ' +
    'no route of its server answers the browser with one, and no web trigger returns one in its response, by the scan\'s `exposedSecrets`.',
  decidedBy: 'code',
  phrasings: [
    // "... is never exposed to the frontend", "... never sent back to the browser".
    phrase`\b${SECRETS}\b${gap(80)}${NOT}${gap(30)}\b(?:exposed|sent|returned|passed|shared|handed|shown|revealed|available|visible)\s+(?:back\s+)?(?:to|in|with)\s+${FRONT_END}`,
    // "are not accessible from the frontend", "never reach the browser": the front end cannot read them, wherever it looks.
    phrase`\b${SECRETS}\b${gap(80)}${NOT}${gap(30)}\b(?:(?:accessible|readable|retrievable)\s+(?:to|in|from|by)|reach(?:es|ed)?|make\s+(?:it|their\s+way)\s+to|end\s+up\s+in)\s+${FRONT_END}`,
    phrase`\b${SECRETS}\b${gap(40)}\bnever\s+(?:leaves?|left)\s+(?:the\s+|our\s+)?(?:server|back[- ]?end)\b`,
  ],
  examples: ['API keys are stored on the back end only and are never exposed to the frontend.'],
  messages: {
    verified: 'No resolver, route or web trigger of the app hands the front end a secret.',
    contradicted: 'The app hands a secret to the front end ({{where}}).',
  },
  verify(_params, { facts }) {
    const exposed = facts.exposedSecrets ?? [];
    if (exposed.length === 0) return outcome('verified', 'verified');
    return outcome('contradicted', 'contradicted', exposed.map((s) => s.evidence), { where: places(exposed.map((s) => s.evidence)) });
  },
});
