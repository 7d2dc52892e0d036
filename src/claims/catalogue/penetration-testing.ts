import { defineOrganisational } from '../organisational.ts';
import { phrase } from '../phrases.ts';

export default defineOrganisational({
  id: 'penetration-testing',
  title: 'Penetration testing',
  description: 'The app or its infrastructure is penetration tested.',
  phrasings: [
    phrase`\bpen(?:etration)?[- ]?test(?:s|ing)?\b`,
  ],
  examples: [
    'Regular security assessments and penetration testing',
  ],
});
