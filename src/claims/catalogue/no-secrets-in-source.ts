import { defineClaim, outcome } from '../define.ts';
import { places } from '../evidence.ts';
import { gap, NOT, phrase } from '../phrases.ts';

// "No credentials or keys are checked into our repository": keys beside credentials are secret keys.
const SECRETS = String.raw`(?:secrets?|credentials|API\s+keys?|(?:private|secret|signing)\s+keys?|keys|tokens?|passwords?)`;

export default defineClaim({
  id: 'no-secrets-in-source',
  title: 'No secrets in source',
  description: 'No credential (API key, token, password, private key) is committed in the app\'s source or configuration files, by the scan\'s secret rules.',
  decidedBy: 'code',
  phrasings: [
    phrase`\b(?:secrets?|credentials|API\s+keys?|tokens?)\b${gap(80)}\bnever\s+(?:be\s+)?(?:committed|stored|checked\s+in|hard-?coded)\b${gap(20)}\b(?:source|code|repositor(?:y|ies))`,
    phrase`\bno\s+${SECRETS}(?:\s*(?:,|or|and|nor)\s+${SECRETS})*\s+(?:are\s+|is\s+)?(?:ever\s+)?(?:(?:committed|stored|kept|hard-?coded|checked\s+in)\s+(?:in|to|into)|checked\s+into)\s+(?:the\s+(?:app's\s+)?|our\s+|its\s+)?(?:source|code|repositor(?:y|ies)|Git)`,
    // "The OpenAI API key is kept as an encrypted Forge environment variable", "Secrets live in a secrets manager", "The Sentry DSN is stored as an environment variable": not in the source.
    phrase`\b(?:${SECRETS}|DSNs?)\b${gap(40)}\b(?:(?:is|are)\s+(?:only\s+)?(?:kept|stored|held|provided|configured|set)|(?<=,\s+|\btokens?\s+|\bkeys?\s+|\bsecrets?\s+)(?:kept|stored|held)|lives?|sits?|resides?)\s+(?:as|in)\s+(?:an?\s+|the\s+)?(?:Forge(?:'s)?\s+)?(?:encrypted\s+)?(?:Forge\s+|(?:[\w-]+\s+){1,2}?(?=secrets?\s+(?:manager|store|storage|vault)))?(?:environment\s+variables?|env\s+vars?|secrets?\s+(?:manager|store|storage|vault)|(?:secured\s+)?(?:repository|pipeline|deployment|workspace)\s+variables?)\b`,
    // "Pipeline tokens are kept as secured variables, never in the pipe's source", "Encrypted secrets in Forge, none in the repo"
    phrase`\b${SECRETS}\b${gap(80)}\b(?:never|not|none)\s+in\s+(?:the\s+|our\s+|its\s+)?(?:(?:app|pipe|add-on|plugin)'s\s+)?(?:source(?:\s+code)?|code(?:base)?|repositor(?:y|ies)|repo|Git)\b`,
    // "No credentials are hardcoded in the app": hard-coded means in the source.
    phrase`\bno\s+(?:hard[- ]?coded\s+${SECRETS}|${SECRETS}(?:\s*(?:,|or|and|nor)\s+${SECRETS})*\s+(?:are\s+|is\s+)?(?:ever\s+)?hard[- ]?coded)\b|${NOT}${gap(20)}\bhard[- ]?codes?\s+(?:any\s+)?${SECRETS}`,
  ],
  examples: ['Secrets and credentials are stored in a dedicated secrets manager and are never committed to source control.'],
  messages: {
    verified: 'No secret found in the source.',
    contradicted: '{{description}} in the source ({{where}}).',
  },
  verify(_params, { facts }) {
    if (facts.secrets.length === 0) return outcome('verified', 'verified');
    const first = facts.secrets[0]!;
    return outcome('contradicted', 'contradicted', facts.secrets.map((s) => s.evidence), { description: first.description, where: places(facts.secrets.map((s) => s.evidence)) });
  },
});
