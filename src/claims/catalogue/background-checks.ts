import { defineOrganisational } from '../organisational.ts';
import { phrase } from '../phrases.ts';

export default defineOrganisational({
  id: 'background-checks',
  title: 'Background checks',
  description: 'Staff with access to customer data undergo background checks.',
  phrasings: [
    phrase`\bbackground\s+(?:checks?|verification|screening)\b`,
    // "Engineers are background-checked before they start"
    phrase`\bbackground[- ](?:checked|screened|vetted)\b`,
  ],
  examples: [
    'All employees with access to customer data undergo background verification appropriate to their role and local regulations.',
  ],
});
