/** Pieces several documents share: the header fields, certifications, privacy roles. */
import { longDate, type DocumentInput } from './input.ts';
import { list, p, type Block, type DocumentModel, type Rich } from './model.ts';

export function headerFields(input: DocumentInput, name: string, vendor: string): DocumentModel['fields'] {
  return [
    { label: 'Product', value: [name] },
    { label: 'Provider', value: [input.profile.vendor?.legalEntity ?? vendor] },
    { label: 'Effective date', value: [longDate(input.date)] },
  ];
}

export function certificationBlocks({ profile }: DocumentInput, vendor: string, name: string): Block[] {
  const certifications = profile.certifications;
  if (certifications === undefined) return [];
  if (certifications === 'none' || certifications.length === 0) return [p(`${vendor} does not currently claim external security certifications for ${name}.`)];
  return [
    p(`${vendor} holds these certifications:`),
    list(certifications.map((c): Rich => (typeof c === 'string' ? [c] : [c.name, c.scope ? ` (${c.scope})` : '', c.validUntil ? `, valid until ${c.validUntil}` : '']))),
  ];
}

const ROLES: Record<string, string> = {
  processor: 'a data processor, acting on our customers\' instructions,',
  controller: 'a data controller',
  both: 'a data controller for some data and a data processor for the rest',
};

export function privacyRoleSentence({ profile }: DocumentInput, vendor: string): Rich | null {
  const role = profile.privacy?.gdpr?.role;
  if (!role || role === 'not-applicable') return null;
  return [`Under the GDPR, ${vendor} acts as ${ROLES[role]} for the End-User Data the app handles.`];
}
