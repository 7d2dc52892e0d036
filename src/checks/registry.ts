// The checks, one import per file of src/checks/catalogue/, sorted by id. Add new checks here.
import accountIdsWithoutReporting from './catalogue/account-ids-without-reporting.ts';
import endUserDataInLogs from './catalogue/end-user-data-in-logs.ts';
import missingScope from './catalogue/missing-scope.ts';
import profileThirdPartyNotInCode from './catalogue/profile-third-party-not-in-code.ts';
import residencyBreaker from './catalogue/residency-breaker.ts';
import runsOnAtlassian from './catalogue/runs-on-atlassian.ts';
import secretInLogs from './catalogue/secret-in-logs.ts';
import secretInSource from './catalogue/secret-in-source.ts';
import secretToFrontEnd from './catalogue/secret-to-front-end.ts';
import thirdPartyDataNotInProfile from './catalogue/third-party-data-not-in-profile.ts';
import thirdPartyNotInProfile from './catalogue/third-party-not-in-profile.ts';
import undeclaredEgress from './catalogue/undeclared-egress.ts';
import undeclaredEntity from './catalogue/undeclared-entity.ts';
import undeclaredIndex from './catalogue/undeclared-index.ts';
import unresolvedEgress from './catalogue/unresolved-egress.ts';
import unusedScope from './catalogue/unused-scope.ts';
import wildcardEgress from './catalogue/wildcard-egress.ts';
import type { CheckDefinition } from './types.ts';

export const CHECKS: readonly CheckDefinition[] = [
  accountIdsWithoutReporting,
  endUserDataInLogs,
  missingScope,
  profileThirdPartyNotInCode,
  residencyBreaker,
  runsOnAtlassian,
  secretInLogs,
  secretInSource,
  secretToFrontEnd,
  thirdPartyDataNotInProfile,
  thirdPartyNotInProfile,
  undeclaredEgress,
  undeclaredEntity,
  undeclaredIndex,
  unresolvedEgress,
  unusedScope,
  wildcardEgress,
];
