import { defineClaim, outcome } from '../define.ts';
import { places, unreadSources } from '../evidence.ts';
import { gap, NOT, phrase } from '../phrases.ts';

const PERSONAL = String.raw`(?:personal\s+data|personal\s+information|PII|user\s+data|account\s+IDs?|user\s+identifiers)`;

export default defineClaim({
  id: 'no-personal-data-stored',
  title: 'No personal data stored',
  description:
    'The app stores no personal data: no storage write carries an account ID, an email address or a display name.',
  decidedBy: 'code',
  phrasings: [
    phrase`\bno\s+${PERSONAL}\s+(?:is\s+|are\s+)?(?:ever\s+)?(?:stored|kept|persisted|saved|retained)\b`,
    phrase`${NOT}${gap(20)}\b(?:store|keep|persist|save|retain)s?\s+(?:any\s+)?${PERSONAL}\b(?!${gap(60)}\b(?:outside|external|third[- ]party)\b)`,
  ],
  examples: ['No personal data stored: The app does not store any Confluence page content, user data, or metadata on external servers'],
  messages: {
    verified: 'No storage write carries an account ID, email or name.',
    contradicted: 'The app stores {{kinds}} ({{where}}).',
    incomplete: 'No personal data stored in the code Candor read, but {{where}} could not be read.',
  },
  verify(_params, { facts }) {
    const stored = facts.personalData.uses.filter((u) => u.action === 'stored');
    if (stored.length > 0) {
      return outcome('contradicted', 'contradicted', stored.map((u) => u.evidence), { kinds: [...new Set(stored.map((u) => u.kind))].join(', '), where: places(stored.map((u) => u.evidence)) });
    }
    const unread = unreadSources(facts);
    if (unread.length > 0) return outcome('unverified', 'incomplete', unread, { where: places(unread) });
    return outcome('verified', 'verified');
  },
});
