import { defineOrganisational } from '../organisational.ts';
import { gap, phrase } from '../phrases.ts';

export default defineOrganisational({
  id: 'vendor-risk-management',
  title: 'Vendor risk management',
  description: "The vendor assesses and monitors its own suppliers' security.",
  phrasings: [
    phrase`\bvendor\s+(?:risk|security\s+reviews?)\b`,
    phrase`\bsupplier\b${gap(20)}\b(?:risk|security)\s+(?:assessments?|management|reviews?)\b`,
    phrase`\bsecurity\s+practices\s+of\s+(?:all\s+)?third[- ]party\s+vendors\b`,
    phrase`\bsub-?processor\s+(?:reviews?|assessments?)\b`,
    // "We review the security of each new supplier before signing"
    phrase`\b(?:assess|review|evaluate|vet|audit)(?:es|s|ed)?\s+(?:the\s+)?security\s+(?:practices\s+)?of\s+(?:every|each|all|our|any)\s+(?:new\s+)?(?:suppliers?|vendors?|sub-?processors?)\b`,
    // "We evaluate each sub-processor's security posture before onboarding it"
    phrase`\b(?:assess|review|evaluate|vet|audit)(?:es|s|ed)?\s+(?:each|every|all|our|any)\s+(?:new\s+)?(?:supplier|vendor|sub-?processor)(?:'s|s'|s)\s+(?:security|privacy)\s+(?:posture|practices|controls|measures)\b`,
    // "Suppliers are assessed for security risk before we sign with them"
    phrase`\b(?:suppliers?|vendors?|sub-?processors?)\b${gap(30)}\b(?:assessed|reviewed|evaluated|vetted)\s+for\s+(?:(?:security|privacy)\s+)?risks?\b`,
    // "Suppliers are assessed before onboarding", "each sub-processor is vetted prior to contracting"
    phrase`\b(?:suppliers?|vendors?|sub-?processors?)\s+(?:are|is)\s+(?:\w+\s+)?(?:assessed|reviewed|evaluated|vetted|audited)\s+(?:before|prior\s+to|during)\s+(?:(?:their|its|the)\s+)?(?:onboarding|contracting|signing|engagement|selection|appointment|use)\b`,
  ],
  examples: [
    'DataPingo evaluates and monitors the security practices of all third-party vendors:',
  ],
});
