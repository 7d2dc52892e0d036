import { defineOrganisational } from '../organisational.ts';
import { phrase } from '../phrases.ts';

export default defineOrganisational({
  id: 'privacy-law-compliance',
  title: 'Privacy law compliance',
  description: 'Data handling complies with privacy laws (GDPR, CCPA, PIPEDA).',
  phrasings: [
    phrase`\bGDPR\b`,
    phrase`\bCCPA\b`,
    phrase`\bPIPEDA\b`,
    phrase`\bLGPD\b`,
    phrase`\bGeneral\s+Data\s+Protection\s+Regulation\b`,
    phrase`\bCalifornia\s+Consumer\s+Privacy\s+Act\b`,
    phrase`\bdata\s+protection\s+laws?\b`,
  ],
  examples: [
    'GDPR (General Data Protection Regulation)',
    'We comply with applicable data protection laws, including the GDPR.',
  ],
});
