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
    // "Access to production is limited to three named engineers"
    phrase`\baccess\s+to\s+(?:(?:our|the)\s+)?(?:production|servers|databases?|infrastructure|customer\s+data(?:bases?)?)\b${gap(30)}\b(?:(?:is|are)\s+)?(?:limited|restricted)\s+to\s+(?:a\s+(?:few|handful|small\s+number)|(?:two|three|four|five|six|\d+)|named|designated|authori[sz]ed)\b`,
    // "We never access your site unless you ask us to in a support ticket"
    phrase`\b(?:never|do\s+not|don't|will\s+not|won't)\s+(?:log\s+in\s+to|access)\s+(?:your|a\s+customer's|the\s+customer's|customers')\s+(?:instance|site|data|Jira|Confluence)\b${gap(40)}\bunless\b`,
    // "Staff access is role-based and reviewed quarterly": the vendor's people's or systems' access, not the app's feature ("Access in the app is role-based").
    phrase`\b(?:(?:staff|employee|personnel|internal|production|administrative|admin|privileged|engineering|support|team|system|infrastructure|database|server)\s+access|access\s+(?:to|for)\s+(?:(?:our|the|all)\s+)?(?:production|systems?|servers?|infrastructure|databases?|customer\s+data|staff|employees|personnel|engineers))\b${gapInClause(30)}\b(?:is|are)\s+(?:strictly\s+)?role-based\b`,
  ],
  examples: [
    'Role-Based Access Control (RBAC): Principle of least privilege',
  ],
});
