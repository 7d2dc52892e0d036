import { defineOrganisational } from '../organisational.ts';
import { firstLine, gap, gapInClause, phrase } from '../phrases.ts';

/** The time a report is answered in: "within 2 business days", "within 48 hours". */
const WITHIN = /\bwithin\s+((?:\d+|one|two|three|five|seven|ten)\s*(?:business\s+|working\s+|calendar\s+)?(?:hours?|days?|weeks?))\b/i;
/** The address reports go to: "security@acme.io", "https://acme.io/security". */
const CONTACT = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bhttps?:\/\/\S+[^\s.,;)]/i;

export default defineOrganisational<{ within: string; contact: string }>({
  id: 'disclosure-acknowledgement',
  title: 'Vulnerability disclosure',
  description: 'Security reports are accepted and acknowledged within a stated time.',
  phrasings: [
    phrase`\backnowledg\w*\b${gapInClause(30)}\breports?\b${gapInClause(30)}\bwithin\b`,
    // "Vulnerability reports ... are acknowledged within two business days", "We aim to confirm receipt within 3 working days."
    phrase`\b(?:vulnerability|security)\s+reports?\b${gapInClause(80)}\b(?:acknowledged|confirmed|answered)\s+within\b`,
    phrase`\bconfirm\s+(?:the\s+)?receipt\b${gapInClause(30)}\bwithin\b`,
    // "Vulnerabilities reported to our security address are acknowledged within two business days", "Security issues can be reported to ... and are
    // acknowledged within 2 business days": the reported thing as subject.
    phrase`\b(?:vulnerabilit(?:y|ies)|security\s+(?:issues?|bugs?|findings?))\s+(?:(?:that\s+are|which\s+are|can\s+be|may\s+be)\s+)?(?:reported|disclosed|submitted)\b${gapInClause(80)}\b(?:acknowledged|confirmed|answered)\s+within\b`,
    // "Reports sent to our security mailbox are acknowledged within two business days."
    phrase`\breports?\b${gapInClause(60)}\bsecurity\b${gapInClause(60)}\backnowledged\s+within\b`,
    // "Security contact: security@... - we reply within 2 business days", "Security issues: security@..., we reply within ..." (the address is blanked before the phrasings read it)
    phrase`^(?:security|vulnerability)\s+(?:contact|reports?|disclosures?|issues?|vulnerabilit(?:y|ies)|bugs?|problems?|findings?)\s*:${gap(80)}\b(?:we|they)\s+(?:will\s+)?(?:reply|respond|answer|acknowledge)\s+within\b`,
    // "Is there a security contact for vulnerability reports? Yes - write to our security desk and we reply within two business days."
    phrase`(?:\b(?:security|vulnerability)\s+(?:reports?|disclosures?|findings?)|\breport(?:s|ing)?\s+(?:an?\s+|any\s+)?(?:vulnerabilit(?:y|ies)|security\s+(?:issues?|bugs?|problems?)))\b${gapInClause(80)}\b(?:we|they)\s+(?:will\s+)?(?:reply|respond|answer|acknowledge|get\s+back\s+to\s+you)\s+within\b`,
    // "Do you have a security contact? Yes: security@..., we reply within 2 business days": the question names the contact, the answer the time.
    phrase`\bsecurity\s+(?:contact|mailbox|e-?mail\s+address)\b${gap(80)}\b(?:we|they)\s+(?:will\s+)?(?:reply|respond|answer|acknowledge)\s+within\b`,
    // "We reply to security reports within 3 working days", "we triage every submission within two business days" (after a bug bounty named).
    phrase`\b(?:we|they)\s+(?:will\s+)?(?:reply|respond|answer|get\s+back)\s+to\s+(?:all\s+|every\s+|each\s+)?(?:(?:security|vulnerability|bug)\s+)(?:reports?|disclosures?|submissions?|findings?)\s+within\b|\b(?:bug\s+bounty|vulnerability\s+disclosure)\b${gap(80)}\b(?:triage|acknowledge|answer|reply\s+to|respond\s+to)\s+(?:all|every|each)\s+(?:submissions?|reports?|findings?)\s+within\b`,
    phrase`\bresponsible\s+disclosure\b`,
    phrase`\bvulnerability\s+disclosure\b`,
  ],
  // The time it states and the address it gives, shown in the message; a clause of its own after ", and we" has its own time.
  params: (sentence, match) => {
    const line = firstLine(sentence);
    const end = match.index + match[0].length;
    // The time right after the phrasing's "within", or else in the clause the phrasing starts.
    const clause = /within$/i.test(match[0]) ? line.slice(end - 'within'.length) : line.slice(match.index).split(/,\s+(?:and|but)\s+(?:we|they)\b|;/)[0]!;
    const within = WITHIN.exec(clause)?.[1];
    const contact = CONTACT.exec(line)?.[0];
    return { within: within ? `, acknowledged within ${within}` : '', contact: contact ? ` (${contact})` : '' };
  },
  message: 'Vulnerability disclosure{{contact}}{{within}}: a commitment of the organisation; keep the records that show it.',
  examples: [
    'We commit to acknowledging reports within 1 business day and to providing status updates through resolution.',
  ],
});
