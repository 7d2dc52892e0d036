import { defineOrganisational } from '../organisational.ts';
import { firstLine, gap, gapInClause, phrase } from '../phrases.ts';

export default defineOrganisational<{ within: string }>({
  id: 'incident-notification',
  title: 'Incident notification',
  description: 'Customers (or regulators) are notified of a security incident within a stated time.',
  phrasings: [
    phrase`\bnotif(?:y|ied|ies|ication)\b${gap(80)}\bwithin\b${gap(20)}\b\d+\s*(?:hours?|days?|business\s+days?)\b`,
    // "We will tell affected customers within 72 hours of confirming a breach"; the breach in the clause that tells ("We warn customers
    // about maintenance within 24 hours, and incidents are posted ..." promises nothing of incidents).
    phrase`\b(?:tell|told|inform(?:ed|s)?|alert(?:ed|s)?|warn(?:ed|s)?|hear\s+from\s+us)\b(?=${gapInClause(200)}\b(?:breach(?:es)?|incidents?|compromise)\b)${gap(80)}\bwithin\b${gap(20)}\b\d+\s*(?:hours?|days?|business\s+days?)\b`,
    // "Suspected incidents follow a runbook, and affected customers are told within 48 hours": the incident named before who is told.
    phrase`\b(?:breach(?:es)?|incidents?)\b${gap(80)}\b(?:customers?|users?|admins?|administrators?)\s+(?:are|is|will\s+be|get)\s+(?:told|informed|alerted|warned)\b${gap(20)}\bwithin\b${gap(20)}\b\d+\s*(?:hours?|days?|business\s+days?)\b`,
    // "Security incidents affecting customer data are communicated to affected customers within 72 hours."
    phrase`\b(?:breach(?:es)?|incidents?)\b${gap(80)}\b(?:are|is|will\s+be|get)\s+(?:communicated|reported|disclosed)\s+to\s+(?:the\s+|all\s+)?(?:affected\s+)?(?:customers?|users?|admins?|administrators?)\b${gap(20)}\bwithin\b${gap(20)}\b\d+\s*(?:hours?|days?|business\s+days?)\b`,
    phrase`\bwithout\s+undue\s+delay\b`,
    phrase`\b(?:customer|internal|regulatory)\s+notification\b`,
    phrase`\bnotification\s+timeline\b`,
  ],
  params: (sentence) => {
    const within = /\bwithin\s+(\d+\s*(?:hours?|days?|business\s+days?))/i.exec(firstLine(sentence))?.[1];
    return { within: within ? ` within ${within}` : '' };
  },
  message: 'Incident notification{{within}}: a commitment of the organisation; keep the records that show it.',
  examples: [
    'Customer notification: Within 72 hours of confirmation',
  ],
});
