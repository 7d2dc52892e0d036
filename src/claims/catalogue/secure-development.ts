import { defineOrganisational } from '../organisational.ts';
import { gap, phrase } from '../phrases.ts';

export default defineOrganisational({
  id: 'secure-development',
  title: 'Secure development',
  description: 'Secure development practices: code review, static and dynamic analysis, dependency scanning.',
  phrasings: [
    // Not code review as what the app works on: "track code review progress", "Code Review Assistant".
    phrase`\bcode\s+reviews?\b(?!\s+(?:status|progress|assistants?|tools?|bots?|apps?|metrics|data)\b)`,
    phrase`\b(?:pull|merge)\s+requests?\b${gap(30)}\breviewed\b`,
    phrase`\bscan\w*\b${gap(30)}\b(?:vulnerable\s+)?dependencies\b`,
    // "every merge is code-reviewed and dependencies are scanned in CI"
    phrase`\bcode[- ]reviewed\b|(?:^|[,;:]\s*|\band\s+|\b(?:our|all|its|the\s+app's|third[- ]party|npm)\s+)dependencies\s+(?:are\s+)?(?:automatically\s+)?scanned\b`,
    phrase`\bstatic\s+(?:code\s+)?analysis\b`,
    phrase`\bSAST\b`,
    phrase`\breview(?:s|ed)?\s+(?:every|all|each)\s+(?:pull|merge)\s+requests?\b`,
    phrase`\b(?:npm|yarn|pnpm)\s+audit\b|\bDependabot\b|\bSnyk\b|\bRenovate\b`,
    phrase`\bDAST\b`,
    phrase`\bdynamic\s+application\s+security\s+testing\b`,
    phrase`\bdependency\b${gap(40)}\b(?:scanning|monitoring)\b`,
    phrase`\bsoftware\s+composition\s+analysis\b`,
    phrase`\bsecure\s+(?:coding|software\s+development|development\s+lifecycle)\b`,
  ],
  examples: [
    'Dependency vulnerability scanning',
    'Security code reviews and static analysis',
  ],
});
