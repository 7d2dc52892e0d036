/**
 * The security program statement (seed 002) with only the sections the profile supports, plus
 * the app's data handling written from its code: storage, scopes, personal data, licensing, runtime.
 */
import * as app from './app-facts.ts';
import { thirdPartyBlocks } from './data-sections.ts';
import { appName, longDate, partyViews, vendorName, type DocumentInput } from './input.ts';
import { compact, list, p, section, type Block, type DocumentModel, type Rich } from './model.ts';
import type { Needs } from './needs.ts';
import { permissionBlocks } from './permissions.ts';
import { acknowledgement, incidentTimes, remediationBlocks, securityContact, testingSentence } from './program.ts';
import { certificationBlocks, privacyRoleSentence } from './shared.ts';

const CCPA: Record<string, string> = {
  business: 'a business', 'service-provider': 'a service provider', both: 'a business for some data and a service provider for the rest',
};

export function buildSecurityProgram(input: DocumentInput, needs: Needs): DocumentModel {
  const name = appName(input, needs);
  const vendor = vendorName(input, needs);
  const { profile } = input;
  const paragraphs = (rich: Array<Rich | null>): Block[] => rich.filter((r): r is Rich => r !== null).map((r) => p(...r));
  const security = profile.security;
  const encryption: Rich[] = [];
  if (security?.encryptionInTransit) encryption.push([`Data in transit: ${security.encryptionInTransit}.`]);
  if (security?.encryptionAtRest) encryption.push([`Data at rest: ${security.encryptionAtRest}.`]);
  const ccpa = profile.privacy?.ccpa?.role;
  const dpa = profile.privacy?.dpa;

  const backups = profile.program?.backups;
  const continuity: Rich[] = [];
  if (backups?.by === 'atlassian') continuity.push(['The app\'s data lives in Atlassian storage and is covered by Atlassian\'s backups.']);
  if (backups?.by === 'vendor' && backups.frequency) continuity.push([`We back up the data we keep ${backups.frequency}${backups.location ? `, in ${backups.location}` : ''}.`]);
  if (backups?.rto) continuity.push([`Recovery time objective (RTO): ${backups.rto}.`]);
  if (backups?.rpo) continuity.push([`Recovery point objective (RPO): ${backups.rpo}.`]);
  if (backups?.restoreTests) continuity.push([`We test restoring from backups ${backups.restoreTests}.`]);

  const claims = (profile.claims ?? []).map((c) => (typeof c === 'string' ? c : 'statement' in c ? c.statement : null)).filter((s): s is string => s !== null);
  const contact = securityContact(input, needs);

  return {
    kind: 'program', slug: 'security-program', title: 'Security Program', lang: 'en',
    summary: `${vendor}'s security program for ${name}: what it commits to, and how the app handles data.`,
    fields: [{ label: 'Vendor', value: [profile.vendor?.legalEntity ?? vendor] }, { label: 'App', value: [name] }, { label: 'Last updated', value: [longDate(input.date)] }],
    intro: [],
    numbered: true,
    sections: compact([
      section('Data Protection and Privacy', [], [
        section('Encryption', encryption.length > 0 ? [list(encryption)] : []),
        section('Privacy Compliance', [
          ...paragraphs([privacyRoleSentence(input, vendor)]),
          ccpa && ccpa !== 'not-applicable' ? p(`Under the CCPA, ${vendor} acts as ${CCPA[ccpa]} for the End-User Data the app handles.`) : null,
          dpa === 'on-request' ? p('A data processing agreement is available on request.') : dpa && dpa !== 'none' ? p('Our data processing agreement: ', { text: dpa, href: dpa }) : null,
        ]),
      ]),
      section(`${name}: Data Handling`, [
        ...paragraphs([...app.storage(input), app.backend(input), app.egress(input), ...app.contentActions(input), app.logs(input), ...app.personalData(input), app.secrets(input), app.licensing(input), app.runtime(input), app.appId(input)]),
      ], [section('Permissions', permissionBlocks(input))]),
      section('Application Security', [...paragraphs([testingSentence(input)])]),
      section('Incident Response and Business Continuity', [], [
        section('Security Incident Response', paragraphs(incidentTimes(input))),
        section('Business Continuity', paragraphs(continuity)),
      ]),
      section('Vulnerability Management', [...remediationBlocks(input), ...paragraphs([acknowledgement(input)]), contact ? p('Report security issues to ', contact, '.') : null]),
      section('Third-Party Security', thirdPartyBlocks(partyViews(input), false, false)),
      section('Further Commitments', claims.length > 0 ? [list(claims.map((c) => [c]))] : []),
      section('Compliance and Certifications', certificationBlocks(input, vendor, name)),
    ]),
  };
}
