import { defineOrganisational } from '../organisational.ts';
import { gap, phrase } from '../phrases.ts';

export default defineOrganisational({
  id: 'security-monitoring',
  title: 'Security monitoring',
  description: 'Systems are monitored for security events, with alerting and audit logs.',
  phrasings: [
    phrase`\b(?:24\/7|real-time|continuous)\s+(?:security\s+)?monitoring\b`,
    phrase`\bmonitor\w*\b${gap(40)}\b(?:anomal\w+|threats?|alert\w*)\b`,
    phrase`\bthreat\s+detection\b`,
    // Not the purpose data is kept for ("user IDs, for audit logging only"): that is the app's own feature.
    phrase`(?<!\b(?:for|of)\s+(?:the\s+|an\s+)?)\baudit\s+logging\b`,
    phrase`\baudit\s+logs\s+of\s+(?:administrative|security|access|privileged)\b`,
    // "Audit logs are streamed to a SIEM", "alerts are triaged around the clock"
    // Not the customer's SIEM the app feeds, a feature of the app ("forward audit events to your SIEM", "SIEM integration").
    phrase`(?<!\b(?:your|their|any|customers'|(?:the|a|each)\s+customer's)\s+(?:own\s+)?)\bSIEM\b(?!\s*(?:integrations?|connectors?|exports?|forwarding)\b)`,
    phrase`\balerts?\b${gap(30)}\b(?:triaged|monitored|watched|handled|reviewed)\s+(?:around\s+the\s+clock|24\/7|round[- ]the[- ]clock)\b`,
  ],
  examples: [
    'Detection: 24/7 security monitoring and alerting',
  ],
});
