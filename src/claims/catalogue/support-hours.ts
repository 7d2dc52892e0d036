import { defineOrganisational } from '../organisational.ts';
import { gap, phrase } from '../phrases.ts';

export default defineOrganisational({
  id: 'support-hours',
  title: 'Support hours',
  description: 'When security reports and support requests are handled (business hours, 24/7).',
  phrasings: [
    phrase`\bsupport\s+hours\b`,
    phrase`\bbusiness\s+hours\b`,
    // "Tickets are answered Monday to Friday, 8:00-18:00 CET"
    phrase`\b(?:support|questions?|requests?|tickets?|reports?|answered|handled|responds?|replies|available|staffed)\b${gap(60)}\bMon(?:day)?\s*(?:to|through|until|-|\u2013)\s*Fri(?:day)?\b`,
    phrase`\b(?:support|respond|available)\b${gap(40)}\b(?:24\/7|around\s+the\s+clock)\b`,
    // "Security reports are handled between 08:00 and 18:00 CET on working days"
    phrase`\b(?:support|questions?|requests?|tickets?|reports?|answered|handled|responds?|replies|available|staffed)\b${gap(40)}\b(?:between|from)\s+\d{1,2}[:.]\d{2}\s*(?:and|to|-|\u2013)\s*\d{1,2}[:.]\d{2}\b${gap(30)}\b(?:on\s+)?(?:working\s+days|weekdays|business\s+days|Mon(?:day)?\b)`,
  ],
  examples: [
    'Security reports are reviewed during standard support hours.',
  ],
});
