import { defineOrganisational } from '../organisational.ts';
import { phrase } from '../phrases.ts';

export default defineOrganisational({
  id: 'security-training',
  title: 'Security training',
  description: 'Staff receive security awareness training (at onboarding, yearly, phishing simulations).',
  phrasings: [
    phrase`\bsecurity\s+(?:awareness|training|orientation)\b`,
    phrase`\bphishing\s+simulations?\b`,
    phrase`\bincident\s+response\s+training\b`,
  ],
  examples: [
    'Annual security awareness training',
  ],
});
