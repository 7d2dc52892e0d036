/** The Privacy and Security sections of the Privacy & Security tab: roles, transfers and DPA as declared, security from profile and code. */
import type { DocumentInput } from '../documents/input.ts';
import { scopeViews } from '../documents/input.ts';
import { fromCode, fromProfile } from './evidence.ts';
import type { EudView, Sheet } from './trust-info.ts';

type TriState = true | false | 'NOT_APPLICABLE';

function triState(role: string | undefined, yes: readonly string[]): TriState | undefined {
  if (role === undefined) return undefined;
  if (role === 'not-applicable') return 'NOT_APPLICABLE';
  return yes.includes(role);
}

export function privacy(input: DocumentInput, sheet: Sheet, data: EudView): void {
  const { profile } = input;
  const pets = profile.privacy?.privacyEnhancingTechniques;
  if (pets !== undefined) {
    const at = [fromProfile(input, 'privacy.privacyEnhancingTechniques')];
    sheet.set('privacy.privacyEnhancingTechniques.arePrivacyEnhancingTechniquesSupported', pets.length > 0, at);
    if (pets.length > 0) sheet.set('privacy.privacyEnhancingTechniques.privacyEnhancingTechniquesSupported', pets, at);
  } else sheet.ask('privacy.privacyEnhancingTechniques.arePrivacyEnhancingTechniquesSupported', 'Add privacy.privacyEnhancingTechniques (a list, [] for none) to the profile.');

  const gdpr = profile.privacy?.gdpr;
  const roles: Array<[string, string | undefined, string, readonly string[], string]> = [
    ['privacy.gdpr.dataController.isAppDataController', gdpr?.role, 'privacy.gdpr.role', ['controller', 'both'], 'privacy.gdpr.dataController.endUserDataTypes'],
    ['privacy.gdpr.dataProcessor.isAppDataProcessor', gdpr?.role, 'privacy.gdpr.role', ['processor', 'both'], 'privacy.gdpr.dataProcessor.endUserDataTypes'],
    ['privacy.ccpa.business.isAppBusiness', profile.privacy?.ccpa?.role, 'privacy.ccpa.role', ['business', 'both'], 'privacy.ccpa.business.endUserDataTypes'],
    ['privacy.ccpa.serviceProvider.isAppServiceProvider', profile.privacy?.ccpa?.role, 'privacy.ccpa.role', ['service-provider', 'both'], 'privacy.ccpa.serviceProvider.endUserDataTypes'],
  ];
  for (const [path, role, field, yes, types] of roles) {
    const value = triState(role, yes);
    if (value === undefined) {
      sheet.ask(path, `Add ${field} to the profile.`);
      continue;
    }
    sheet.set(path, value, [fromProfile(input, field)]);
    if (value === true && data.processed.length > 0) sheet.set(types, data.processed, data.processEvidence.filter((e) => e.source === 'profile'));
  }
  const transfers = gdpr?.transfersOutsideEEA;
  if (transfers === undefined) sheet.ask('privacy.gdpr.dataTransfer.isEndUserDataTransferredOutsideEEA', 'Add privacy.gdpr.transfersOutsideEEA to the profile.');
  else {
    sheet.set('privacy.gdpr.dataTransfer.isEndUserDataTransferredOutsideEEA', transfers, [fromProfile(input, 'privacy.gdpr.transfersOutsideEEA')]);
    if (transfers) {
      const mechanism = gdpr?.transferMechanism;
      if (mechanism) {
        sheet.set('privacy.gdpr.dataTransfer.isTransferComplianceMechanismsAdhered', true, [fromProfile(input, 'privacy.gdpr.transferMechanism')]);
        sheet.set('privacy.gdpr.dataTransfer.transferComplianceMechanismsAdhered', mechanism, [fromProfile(input, 'privacy.gdpr.transferMechanism')]);
      } else sheet.ask('privacy.gdpr.dataTransfer.isTransferComplianceMechanismsAdhered', 'Add privacy.gdpr.transferMechanism (e.g. Standard Contractual Clauses) to the profile.');
    }
  }
  const dpa = profile.privacy?.dpa;
  if (dpa === undefined) sheet.ask('privacy.dataProcessingAgreement.isDPASupported', 'Add privacy.dpa (a link, on-request or none) to the profile.');
  else {
    const at = [fromProfile(input, 'privacy.dpa')];
    sheet.set('privacy.dataProcessingAgreement.isDPASupported', dpa !== 'none', at);
    if (dpa !== 'none' && dpa !== 'on-request') sheet.set('privacy.dataProcessingAgreement.link', dpa, at);
  }
}

export function security(input: DocumentInput, sheet: Sheet): void {
  const { profile, truths } = input;
  const contacts = profile.contacts;
  if (contacts?.securityEmail) sheet.set('security.securityContact', contacts.securityEmail, [fromProfile(input, 'contacts.securityEmail')]);
  else sheet.ask('security.securityContact', 'Add contacts.securityEmail to the profile.');
  if (contacts?.securityPolicyUrl) sheet.set('security.publicSecurityPoliciesLink', contacts.securityPolicyUrl, [fromProfile(input, 'contacts.securityPolicyUrl')]);
  else sheet.ask('security.publicSecurityPoliciesLink', 'Add contacts.securityPolicyUrl (publish the security statement Candor generates, and link it) to the profile.');
  const caiq = profile.security?.caiqLiteUrl;
  if (caiq) {
    sheet.set('security.caiq.isCAIQCompleted', true, [fromProfile(input, 'security.caiqLiteUrl')]);
    sheet.set('security.caiq.CAIQLiteLink', caiq, [fromProfile(input, 'security.caiqLiteUrl')]);
  } else sheet.ask('security.caiq.isCAIQCompleted', 'Add security.caiqLiteUrl to the profile if a CAIQ Lite questionnaire covers the app; otherwise answer No in the form.');
  const disk = profile.security?.diskEncryption;
  if (disk !== undefined) sheet.set('security.isDiskEncryptionSupported', disk, [fromProfile(input, 'security.diskEncryption')]);
  else sheet.ask('security.isDiskEncryptionSupported', 'Add security.diskEncryption (true or false) to the profile.');
  const certifications = profile.certifications;
  if (certifications === undefined) sheet.ask('security.hasCompliantCertifications', 'Add certifications (a list, or none) to the profile.');
  else {
    const names = certifications === 'none' ? [] : certifications.map((c) => (typeof c === 'string' ? c : c.name));
    sheet.set('security.hasCompliantCertifications', names.length > 0, [fromProfile(input, 'certifications')]);
    if (names.length > 0) sheet.set('security.compliantCertifications', names, [fromProfile(input, 'certifications')]);
  }
  const secrets = profile.security?.requiresUserSecrets;
  const code = truths.outcome('no-pats-or-shared-secrets');
  if (secrets !== undefined) sheet.set('security.requiresUsersToProvidePATs', secrets, [fromProfile(input, 'security.requiresUserSecrets'), ...(code.verdict === 'verified' && !secrets ? fromCode(code.evidence) : [])]);
  else if (code.verdict === 'verified') sheet.set('security.requiresUsersToProvidePATs', false, fromCode(code.evidence), 'The app stores no secret a user provides.');
  else sheet.ask('security.requiresUsersToProvidePATs', 'Add security.requiresUserSecrets to the profile.');

  const scopes = scopeViews(input);
  const missing = scopes.filter((s) => s.purpose === null);
  if (scopes.length === 0) sheet.set('security.permissionsJustification', 'The app requests no scopes.', fromCode([]));
  else if (missing.length > 0) sheet.ask('security.permissionsJustification', `Add the purpose of ${missing.map((s) => s.scope).join(', ')} under scopes: in the profile.`);
  else {
    sheet.set('security.permissionsJustification', scopes.map((s) => `${s.scope}: ${s.purpose}`).join('\n'), [
      ...fromCode(scopes.map((s) => s.evidence)),
      ...scopes.map((s) => fromProfile(input, `scopes.${s.profileKey}`, ['scopes', s.profileKey!])),
    ]);
  }
}
