/**
 * Every claim kind Candor knows, one file each under ./catalogue/. A hand-written, sorted list:
 * nothing is discovered at run time. Add a claim here and to docs/claims.md (`node scripts/build-claims-doc.ts`).
 */
import type { CatalogueClaim } from './define.ts';
import accessControl from './catalogue/access-control.ts';
import aiProvidersAndData from './catalogue/ai-providers-and-data.ts';
import appId from './catalogue/app-id.ts';
import authenticatedRequests from './catalogue/authenticated-requests.ts';
import backgroundChecks from './catalogue/background-checks.ts';
import backups from './catalogue/backups.ts';
import callsAsApp from './catalogue/calls-as-app.ts';
import callsAsUser from './catalogue/calls-as-user.ts';
import certifications from './catalogue/certifications.ts';
import collectsOnly from './catalogue/collects-only.ts';
import dataDeletedOnUninstall from './catalogue/data-deleted-on-uninstall.ts';
import dataRegion from './catalogue/data-region.ts';
import dataResidencySupported from './catalogue/data-residency-supported.ts';
import disclosureAcknowledgement from './catalogue/disclosure-acknowledgement.ts';
import egressOnlyTo from './catalogue/egress-only-to.ts';
import encryptionAtRest from './catalogue/encryption-at-rest.ts';
import encryptionInTransit from './catalogue/encryption-in-transit.ts';
import exactScopes from './catalogue/exact-scopes.ts';
import incidentNotification from './catalogue/incident-notification.ts';
import incidentResponsePlan from './catalogue/incident-response-plan.ts';
import keptUntilDeleted from './catalogue/kept-until-deleted.ts';
import leastPrivilegeScopes from './catalogue/least-privilege-scopes.ts';
import licensingEnforced from './catalogue/licensing-enforced.ts';
import mfa from './catalogue/mfa.ts';
import noAiTraining from './catalogue/no-ai-training.ts';
import noContentCreateEditDelete from './catalogue/no-content-create-edit-delete.ts';
import noCustomerContentOutsideAtlassian from './catalogue/no-customer-content-outside-atlassian.ts';
import noDataStored from './catalogue/no-data-stored.ts';
import noEgress from './catalogue/no-egress.ts';
import noEndUserDataInLogs from './catalogue/no-end-user-data-in-logs.ts';
import noEndUserDataToThirdParties from './catalogue/no-end-user-data-to-third-parties.ts';
import noExternalBackend from './catalogue/no-external-backend.ts';
import noIdentifiersToVendor from './catalogue/no-identifiers-to-vendor.ts';
import noPageContentStored from './catalogue/no-page-content-stored.ts';
import noPatsOrSharedSecrets from './catalogue/no-pats-or-shared-secrets.ts';
import noPersonalDataLeavesAtlassian from './catalogue/no-personal-data-leaves-atlassian.ts';
import noPersonalDataStored from './catalogue/no-personal-data-stored.ts';
import noProductScopes from './catalogue/no-product-scopes.ts';
import noReadScopes from './catalogue/no-read-scopes.ts';
import noRemotes from './catalogue/no-remotes.ts';
import noSecretsInSource from './catalogue/no-secrets-in-source.ts';
import noWriteScopes from './catalogue/no-write-scopes.ts';
import onlyForgeKv from './catalogue/only-forge-kv.ts';
import paymentProcessorNoIdentifiers from './catalogue/payment-processor-no-identifiers.ts';
import penetrationTesting from './catalogue/penetration-testing.ts';
import personalDataReporting from './catalogue/personal-data-reporting.ts';
import policyReview from './catalogue/policy-review.ts';
import privacyLawCompliance from './catalogue/privacy-law-compliance.ts';
import retentionPeriod from './catalogue/retention-period.ts';
import reviewedBeforeRelease from './catalogue/reviewed-before-release.ts';
import runsOnAtlassian from './catalogue/runs-on-atlassian.ts';
import runtime from './catalogue/runtime.ts';
import scheduledInterval from './catalogue/scheduled-interval.ts';
import secretsKeptFromFrontEnd from './catalogue/secrets-kept-from-front-end.ts';
import secureDevelopment from './catalogue/secure-development.ts';
import securityMonitoring from './catalogue/security-monitoring.ts';
import securityTraining from './catalogue/security-training.ts';
import storageOnlyAtlassian from './catalogue/storage-only-atlassian.ts';
import supportHours from './catalogue/support-hours.ts';
import thirdPartiesExactly from './catalogue/third-parties-exactly.ts';
import vendorRiskManagement from './catalogue/vendor-risk-management.ts';
import vulnerabilityRemediation from './catalogue/vulnerability-remediation.ts';

export const CLAIMS: readonly CatalogueClaim[] = [
  accessControl,
  aiProvidersAndData,
  appId,
  authenticatedRequests,
  backgroundChecks,
  backups,
  callsAsApp,
  callsAsUser,
  certifications,
  collectsOnly,
  dataDeletedOnUninstall,
  dataRegion,
  dataResidencySupported,
  disclosureAcknowledgement,
  egressOnlyTo,
  encryptionAtRest,
  encryptionInTransit,
  exactScopes,
  incidentNotification,
  incidentResponsePlan,
  keptUntilDeleted,
  leastPrivilegeScopes,
  licensingEnforced,
  mfa,
  noAiTraining,
  noContentCreateEditDelete,
  noCustomerContentOutsideAtlassian,
  noDataStored,
  noEgress,
  noEndUserDataInLogs,
  noEndUserDataToThirdParties,
  noExternalBackend,
  noIdentifiersToVendor,
  noPageContentStored,
  noPatsOrSharedSecrets,
  noPersonalDataLeavesAtlassian,
  noPersonalDataStored,
  noProductScopes,
  noReadScopes,
  noRemotes,
  noSecretsInSource,
  noWriteScopes,
  onlyForgeKv,
  paymentProcessorNoIdentifiers,
  penetrationTesting,
  personalDataReporting,
  policyReview,
  privacyLawCompliance,
  retentionPeriod,
  reviewedBeforeRelease,
  runsOnAtlassian,
  runtime,
  scheduledInterval,
  secretsKeptFromFrontEnd,
  secureDevelopment,
  securityMonitoring,
  securityTraining,
  storageOnlyAtlassian,
  supportHours,
  thirdPartiesExactly,
  vendorRiskManagement,
  vulnerabilityRemediation,
];

const BY_ID = new Map(CLAIMS.map((claim) => [claim.id, claim]));

export function claimById(id: string): CatalogueClaim | undefined {
  return BY_ID.get(id);
}
