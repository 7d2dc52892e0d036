import { defineClaim, outcome } from '../define.ts';
import { manifestAnchor } from '../evidence.ts';
import { firstLine, gap, NOT, phrase } from '../phrases.ts';

export default defineClaim({
  id: 'licensing-enforced',
  title: 'Marketplace licensing enforced',
  description:
    'Access is gated by Atlassian Marketplace licensing: the Forge manifest sets `app.licensing.enabled: true` (a Connect descriptor `enableLicensing: true`).',
  decidedBy: 'code',
  phrasings: [
    phrase`\b(?:gated|enforced|restricted|controlled|protected|limited)\b${gap(30)}\b(?:Atlassian\s+)?(?:Marketplace\s+)?licen[cs](?:ing|ed?)\b`,
    phrase`\bonly\s+licensed\b${gap(40)}\busers\b`,
    phrase`\bonly\s+(?:(?:works|runs|available|usable|accessible)\s+(?:for|to|on)\s+)?(?:users|sites|customers|instances)\s+with\s+(?:a\s+|an\s+)?(?:valid|active|paid)\s+(?:Marketplace\s+)?(?:licen[cs]es?|subscriptions?)\b`,
    phrase`\blicensing\s+(?:is\s+)?(?:enabled|enforced|required)\b`,
    // "The app checks your Marketplace licence on every page load", "Marketplace licensing: Enforced"
    phrase`\b(?:checks?|verif(?:y|ies)|validates?)\s+(?:(?:the|your|its|each\s+site's)\s+)?(?:Atlassian\s+)?Marketplace\s+licen[cs]e\b`,
    phrase`\blicensing\s*:\s*(?:enabled|enforced|required)\b`,
    // "Unlicensed sites see a notice instead of the board"
    phrase`\bunlicensed\s+(?:users|sites|instances|customers)\s+(?:see|get|lose\s+access|are\s+(?:shown|blocked|redirected|locked\s+out)|cannot|can't|can\s+only)\b`,
    phrase`\b(?:access|use|using\s+the\s+app)\s+requires\s+(?:a\s+|an\s+)?(?:valid|active|paid)\s+(?:Atlassian\s+)?(?:Marketplace\s+)?(?:licen[cs]e|subscription)\b`,
  ],
  // "Access is not limited to licensed users" says licensing is not enforced.
  params: (sentence) => (new RegExp(String.raw`${NOT}\s+(?:\w+\s+)?(?:gated|enforced|restricted|controlled|protected|limited|enabled|required)\b`, 'i').test(firstLine(sentence)) ? null : {}),
  examples: ['Licensing: Access is gated through Atlassian Marketplace licensing \u2014 only licensed Jira Cloud users on an active subscription can access the app'],
  messages: {
    verified: 'Licensing is enabled ({{where}}).',
    contradicted: 'Licensing is not enabled in {{file}}{{where}}.',
    unknown: 'Candor found no manifest or descriptor to check licensing in.',
  },
  verify(_params, { facts }) {
    const { enabled, evidence } = facts.app.licensing;
    if (enabled && evidence) return outcome('verified', 'verified', [evidence], { where: `${evidence.file}:${evidence.line}` });
    const anchor = evidence ?? manifestAnchor(facts);
    const file = facts.app.manifest ?? facts.app.descriptor;
    if (!anchor || !file) return outcome('unverified', 'unknown');
    return outcome('contradicted', 'contradicted', [anchor], { file, where: evidence ? ` (${evidence.file}:${evidence.line})` : '' });
  },
});
