import { defineOrganisational } from '../organisational.ts';
import { phrase } from '../phrases.ts';

export default defineOrganisational({
  id: 'backups',
  title: 'Backups and recovery objectives',
  description: 'Data is backed up, with recovery time (RTO) and recovery point (RPO) objectives.',
  phrasings: [
    phrase`\bback(?:ups?|ed\s+up)\b`,
    phrase`\bRTO\b`,
    phrase`\bRPO\b`,
    phrase`\brecovery\s+(?:time|point)\s+objective\b`,
    phrase`\bdisaster\s+recovery\b`,
  ],
  examples: [
    'Recovery Time Objective (RTO): 4 hours',
    'Automated backup systems with 99.9% durability',
  ],
});
