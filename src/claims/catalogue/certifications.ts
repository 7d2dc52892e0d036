import { defineOrganisational } from '../organisational.ts';
import { phrase } from '../phrases.ts';

export default defineOrganisational({
  id: 'certifications',
  title: 'Certifications',
  description: 'Security certifications and attestations (SOC 2, ISO 27001, Cloud Fortified), or the statement that there are none.',
  phrasings: [
    phrase`\bSOC\s*2\b`,
    phrase`\bISO(?:\/IEC)?\s*270(?:01|17|18)\b`,
    phrase`\bPCI[- ]DSS\b`,
    phrase`\bHIPAA\b`,
    phrase`\bFedRAMP\b`,
    phrase`\bCSA\s+STAR\b`,
    phrase`\bcertifications?\b`,
    phrase`\bcertified\b`,
    phrase`\bCloud\s+Fortified\b`,
  ],
  examples: [
    'SOC 2 Type II compliance framework',
    'InfraFastlane does not currently claim external security certifications for Campaign Operations Playbook for Confluence.',
  ],
});
