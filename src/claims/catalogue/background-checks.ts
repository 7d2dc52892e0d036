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
    // "vetted to BS 7858", "Engineers are screened before they join", "criminal record and reference checks"
    phrase`\bBS\s?7858\b`,
    // The people are the subject, not whose files or messages are screened ("Attachments shared by team members are screened for ...").
    phrase`(?<=(?:^|[,;(]\s*|\b(?:all|our|every|each|any|the|new|and|both)\s+))(?<!\b(?:by|from|of|for|to|with|about|that|which)\s+(?:(?:our|the|all|any|its|your|their)\s+)?)\b(?:staff|employees|personnel|engineers|developers|contractors|new\s+hires|team\s+members)\b(?!')[^.;:!?]{0,60}\b(?:are|is|get|gets)\s+(?:\w+\s+)?(?:vetted|screened)\b(?!\s+(?:for|against)\s+(?:malware|viruses|secrets))`,
    phrase`\b(?:criminal[- ]record|pre-employment|employment[- ]history)\s+(?:(?:and|or)\s+[\w-]+\s+)?checks?\b`,
  ],
  examples: [
    'All employees with access to customer data undergo background verification appropriate to their role and local regulations.',
  ],
});
