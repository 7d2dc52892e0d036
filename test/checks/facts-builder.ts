import type { Facts, ThirdParty } from '../../src/scan/facts.ts';
import { makeFacts as claimsFacts } from '../claims/facts-builder.ts';

export { at } from '../claims/facts-builder.ts';

/** The claims tests' minimal `Facts`, as a Jira app: the checks' tables are written for one. */
export function makeFacts(overrides: Parameters<typeof claimsFacts>[0] = {}): Facts {
  return claimsFacts({
    ...overrides,
    app: {
      id: 'ari:cloud:ecosystem::app/00000000-0000-4000-8000-000000000000',
      runtime: { name: 'nodejs22.x', architecture: null, memoryMB: null, evidence: null },
      products: ['jira'],
      ...overrides.app,
    },
  });
}

/** A third party found through one kind of place. */
export function thirdParty(
  vendor: string, name: string, site: string, category: ThirdParty['category'], via: ThirdParty['via'],
): ThirdParty {
  return { vendor, name, site, category, region: 'US', via };
}
