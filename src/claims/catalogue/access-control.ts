import { defineOrganisational } from '../organisational.ts';
import { gap, gapInClause, phrase } from '../phrases.ts';

export default defineOrganisational({
  id: 'access-control',
  title: 'Access control',
  description: 'Staff access to systems and customer data follows least privilege and need-to-know, with role-based access.',
  phrasings: [
    phrase`\bleast\s+privilege\b(?!${gap(40)}\b(?:scopes|permissions)\b)`,
    phrase`\bneed-to-know\b`,
    phrase`\brole-based\s+access\b`,
    phrase`\bRBAC\b`,
    // "Logical access to production is restricted by role"
    phrase`\baccess\b${gap(40)}\b(?:restricted|limited|granted)\s+(?:by|based\s+on|according\s+to)\s+(?:job\s+|user\s+)?roles?\b`,
    phrase`\bsession\s+(?:management|timeouts?)\b`,
    // "Access rights are reviewed every quarter", "quarterly access reviews"
    phrase`\baccess\b${gapInClause(30)}\b(?:is|are)\s+(?:re-?)?(?:reviewed|recertified|audited)\s+(?:every|each|quarterly|monthly|annually|yearly|twice|once|regularly|periodically)\b`,
    phrase`\b(?:quarterly|monthly|annual|yearly|periodic|regular)\s+(?:user\s+)?access\s+reviews?\b`,
  ],
  examples: [
    'Role-Based Access Control (RBAC): Principle of least privilege',
  ],
});
