import { defineOrganisational } from '../organisational.ts';
import { phrase } from '../phrases.ts';

/**
 * A supplier's report named as what the vendor assesses it by ("We evaluate each sub-processor's security posture (SOC 2 report or
 * questionnaire)"): the certification found after a supplier's, in the same clause, with no word of the vendor's own between.
 */
const SUPPLIERS_BEFORE = /\b(?:supplier|vendor|sub-?processor)(?:'s|s')\s(?:(?!\b(?:we|our|us)\b)[^.;]){0,80}$/i;
const suppliersAt = (text: string, index: number): boolean => SUPPLIERS_BEFORE.test(text.slice(0, index));

const ATLASSIANS = /\b(?:(?:held|owned|maintained|obtained|achieved)\s+by\s+Atlassian|issued\s+to\s+Atlassian|belongs?\s+to\s+Atlassian)\b|\bAtlassian's\s+(?:own\s+)?(?:[\w-]+\s+){0,5}?(?:certificat\w*|reports?|attestations?)\b/i;

/** Where a clause of its own starts: "; ", ", but", ", while", ", whereas". */
const CLAUSES = /;\s|,\s*(?:but|while|whereas)\s/i;
const clauseAt = (text: string, index: number): string => {
  const starts = [0, ...[...text.matchAll(new RegExp(CLAUSES.source, 'gi'))].map((c) => c.index + c[0].length)];
  const start = Math.max(...starts.filter((at) => at <= index));
  const end = starts.find((at) => at > index) ?? text.length;
  return text.slice(start, end);
};

export default defineOrganisational({
  id: 'certifications',
  title: 'Certifications',
  description: 'Security certifications and attestations (SOC 2, ISO 27001, Cloud Fortified), or the statement that there are none.',
  phrasings: [
    // Not a questionnaire's control named by its framework ("SOC 2 CC6.1 - Logical access ..."): the answer is about the control.
    phrase`\bSOC\s*2\b(?!\s+(?:CC|PI|[ACP])\d+(?:\.\d+)+)`,
    phrase`\bISO(?:\/IEC)?\s*270(?:01|17|18)\b`,
    phrase`\bPCI[- ]DSS\b`,
    phrase`\bHIPAA\b`,
    phrase`\bFedRAMP\b`,
    phrase`\bCSA\s+STAR\b`,
    phrase`\bcertifications?\b`,
    phrase`\bcertified\b`,
    phrase`\bCloud\s+Fortified\b`,
  ],
  readsDenials: true,
  // "ISO 27001 certification is held by Atlassian for the Forge platform", "We rely on Atlassian's SOC 2 report": Atlassian's own, not the vendor's.
  // "Atlassian's SOC 2 reports cover Forge; we hold no certification of our own": the clause of the vendor's own words makes the claim.
  params: (_, m) => (ATLASSIANS.test(clauseAt(m.input, m.index)) || suppliersAt(m.input, m.index) ? null : {}),
  examples: [
    'SOC 2 Type II compliance framework',
    'InfraFastlane does not currently claim external security certifications for Campaign Operations Playbook for Confluence.',
  ],
});
