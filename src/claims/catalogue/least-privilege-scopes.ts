import { defineClaim, outcome } from '../define.ts';
import { places } from '../evidence.ts';
import { gap, NOT, phrase } from '../phrases.ts';
import { unknownCalls } from '../scopes.ts';

export default defineClaim({
  id: 'least-privilege-scopes',
  title: 'Only the scopes it needs',
  description:
    'The app requests only the scopes its code needs: no declared scope is unused. Unverified while REST calls with unresolved paths remain, since one of them may need a scope that looks unused, and while a declared scope is unchecked (calls Candor cannot follow may or may not need it).',
  decidedBy: 'code',
  phrasings: [
    phrase`\b(?:only|minimum|minimal|least)\b${gap(30)}\b(?:OAuth\s+)?(?:scopes|permissions)\b${gap(30)}\b(?:required|necessary|needed|needs?|requires|(?:actually|really)\s+uses)\b`,
    phrase`\bprinciple\s+of\s+least\s+privilege\b${gap(40)}\b(?:scopes|permissions)\b`,
    // "The app will never request more permissions than its features need"; "... three scopes ... and each one is used by the code".
    phrase`${NOT}${gap(20)}\b(?:requests?|ask\s+for|asks\s+for|declares?)\s+more\s+(?:OAuth\s+)?(?:scopes|permissions)\s+than\s+(?:its|the\s+app's|the|our)\s+(?:features?|code)\s+(?:(?:actually|really)\s+)?(?:needs?|requires?|uses?)\b`,
    // Not "... and not every one is used by the code": some are not.
    phrase`\bscopes\b${gap(160)}(?<!${NOT}\s+|\bwhether\s+)\b(?:each|every)\s+one(?:\s+of\s+them)?\s+is\s+(?:actually\s+)?used\s+by\s+(?:the|its)\s+(?:code|app)\b`,
    // "We request the fewest permissions the app can work with", "the smallest set of scopes"
    phrase`\b(?:fewest|narrowest|(?:smallest|minimal|minimum)\s+set\s+of)\s+(?:possible\s+)?(?:OAuth\s+)?(?:scopes|permissions)\b`,
    // "Scopes are limited to what the code uses", "only the scopes its code uses"
    phrase`\b(?:scopes|permissions)\s+(?:are\s+)?(?:limited|restricted|trimmed|cut|pared(?:\s+down)?|kept)\s+to\s+(?:what|those|the\s+ones)\s+(?:the\s+(?:app|code)|its\s+code|it|(?:the|its|our)\s+features?)\s+(?:(?:actually|really)\s+)?(?:uses?|needs?|requires?)\b`,
    // "Permissions are kept to the minimum the features require"
    phrase`\b(?:scopes|permissions)\s+(?:are\s+)?(?:limited|restricted|trimmed|cut|pared(?:\s+down)?|kept)\s+to\s+(?:the\s+|a\s+)?(?:bare\s+|strict\s+)?minimum\b`,
    phrase`\bonly\s+(?:the\s+)?(?:OAuth\s+)?(?:scopes|permissions)\s+(?:that\s+)?(?:its|the\s+app's|the)\s+code\s+(?:(?:actually|really)\s+)?(?:uses|calls\s+for)\b`,
    // "There is no scope in the manifest that isn't used by the code", "Every declared scope is used by the code"
    phrase`\bno\s+(?:OAuth\s+)?(?:scope|permission)\b${gap(40)}\b(?:is\s+not|isn't)\s+(?:actually\s+)?(?:used|needed)\b`,
    phrase`\b(?:every|each)\s+(?:declared\s+)?(?:OAuth\s+)?(?:scope|permission)\b${gap(30)}\bis\s+(?:actually\s+)?used\s+by\s+(?:the|its)\s+(?:code|app)\b`,
    // "All 4 scopes are used by the code", "All of its permissions are used by the app"
    phrase`\ball\s+(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+|of\s+(?:its|the|our)\s+)?(?:declared\s+)?(?:OAuth\s+)?(?:scopes|permissions)\b${gap(30)}\bare\s+(?:actually\s+)?used\s+by\s+(?:the|its)\s+(?:code|app)\b`,
  ],
  examples: ['The app requests only the minimum OAuth scopes / permissions required for its functionality.'],
  messages: {
    verified: 'Every declared scope is used ({{count}} declared).',
    contradicted: 'Nothing in the code uses {{scopes}} ({{where}}).',
    unresolved: 'Candor could not resolve the path of {{where}}; it may need a scope that looks unused.',
    unchecked: 'Candor cannot tell whether the app needs {{scopes}} ({{where}}): no call it can follow uses them, but calls it cannot follow may.',
  },
  verify(_params, { facts }) {
    const unused = facts.scopes.unused;
    const unknown = unknownCalls(facts);
    if (unknown.length > 0 && unused.length > 0) {
      return outcome('unverified', 'unresolved', unknown.map((c) => c.evidence), { where: places(unknown.map((c) => c.evidence)) });
    }
    if (unused.length > 0) return outcome('contradicted', 'contradicted', unused.map((u) => u.evidence), { scopes: unused.map((u) => u.scope).join(', '), where: places(unused.map((u) => u.evidence)) });
    // Neither used nor unused: "every declared scope is used" would claim more than the scan saw.
    const unchecked = facts.scopes.unchecked;
    if (unchecked.length > 0) return outcome('unverified', 'unchecked', unchecked.map((u) => u.evidence), { scopes: unchecked.map((u) => u.scope).join(', '), where: places(unchecked.map((u) => u.evidence)) });
    return outcome('verified', 'verified', facts.scopes.declared.map((d) => d.evidence), { count: facts.scopes.declared.length });
  },
});
