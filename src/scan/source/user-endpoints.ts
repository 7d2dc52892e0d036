import data from '../../data/user-endpoints.json' with { type: 'json' };

const PATTERNS = data.patterns.map((p) => new RegExp(p));

/** Whether a product REST path (holes as `{}`) answers with people: account IDs, display names, maybe emails. */
export function isUserEndpoint(path: string): boolean {
  return PATTERNS.some((p) => p.test(path));
}
