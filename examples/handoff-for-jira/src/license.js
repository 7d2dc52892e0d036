// Marketplace licensing gate. `context.license` is only set in production installations of a
// paid app; development and staging environments have none, so they are let through.

export class LicenseError extends Error {}

export function assertLicensed(context) {
  if (context.environmentType !== 'PRODUCTION') return;
  if (!context.license?.isActive) {
    throw new LicenseError('Handoff for Jira needs an active subscription. Ask your Jira admin to renew it.');
  }
}

/** Wraps a resolver so it runs only for licensed sites. */
export const licensed = (fn) => async (request) => {
  assertLicensed(request.context);
  return fn(request);
};
