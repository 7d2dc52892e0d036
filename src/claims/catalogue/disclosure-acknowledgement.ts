import { defineOrganisational } from '../organisational.ts';
import { gap, phrase } from '../phrases.ts';

export default defineOrganisational({
  id: 'disclosure-acknowledgement',
  title: 'Vulnerability disclosure',
  description: 'Security reports are accepted and acknowledged within a stated time.',
  phrasings: [
    phrase`\backnowledg\w*\b${gap(30)}\breports?\b${gap(30)}\bwithin\b`,
    // "Vulnerability reports ... are acknowledged within two business days", "We aim to confirm receipt within 3 working days."
    phrase`\b(?:vulnerability|security)\s+reports?\b${gap(80)}\b(?:acknowledged|confirmed|answered)\s+within\b`,
    phrase`\bconfirm\s+(?:the\s+)?receipt\b${gap(30)}\bwithin\b`,
    // "Vulnerabilities reported to our security address are acknowledged within two business days", "Security issues can be reported to ... and are
    // acknowledged within 2 business days": the reported thing as subject.
    phrase`\b(?:vulnerabilit(?:y|ies)|security\s+(?:issues?|bugs?|findings?))\s+(?:(?:that\s+are|which\s+are|can\s+be|may\s+be)\s+)?(?:reported|disclosed|submitted)\b${gap(80)}\b(?:acknowledged|confirmed|answered)\s+within\b`,
    // "Reports sent to our security mailbox are acknowledged within two business days."
    phrase`\breports?\b${gap(60)}\bsecurity\b${gap(60)}\backnowledged\s+within\b`,
    // "Security contact: security@... - we reply within 2 business days" (the address is blanked before the phrasings read it)
    phrase`^(?:security|vulnerability)\s+(?:contact|reports?|disclosures?)\s*:${gap(80)}\b(?:we|they)\s+(?:will\s+)?(?:reply|respond|answer|acknowledge)\s+within\b`,
    // "Is there a security contact for vulnerability reports? Yes - write to our security desk and we reply within two business days."
    phrase`(?:\b(?:security|vulnerability)\s+(?:reports?|disclosures?|findings?)|\breport(?:s|ing)?\s+(?:an?\s+|any\s+)?(?:vulnerabilit(?:y|ies)|security\s+(?:issues?|bugs?|problems?)))\b${gap(80)}\b(?:we|they)\s+(?:will\s+)?(?:reply|respond|answer|acknowledge|get\s+back\s+to\s+you)\s+within\b`,
    phrase`\bresponsible\s+disclosure\b`,
    phrase`\bvulnerability\s+disclosure\b`,
  ],
  examples: [
    'We commit to acknowledging reports within 1 business day and to providing status updates through resolution.',
  ],
});
