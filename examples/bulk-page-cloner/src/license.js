// Marketplace licensing gate. `context.license` is only set in production installations of a
// paid app; development and staging environments have none.

export function assertLicensed(context) {
  if (context.environmentType !== 'PRODUCTION') return;
  if (!context.license?.isActive) {
    throw new Error('Bulk Page Cloner needs an active subscription. Ask your Confluence admin to renew it.');
  }
}
