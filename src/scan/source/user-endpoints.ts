import data from '../../data/user-endpoints.json' with { type: 'json' };

const PATTERNS = data.patterns.map((p) => new RegExp(p));
const EMAIL_PATTERNS = data.emailPatterns.map((p) => new RegExp(p));

/** Whether a product REST path (holes as `{}`) answers with people: account IDs, display names, maybe emails. */
export function isUserEndpoint(path: string): boolean {
  return PATTERNS.some((p) => p.test(path));
}

/** Whether a product REST path answers with people's email addresses whatever their privacy settings (`/rest/api/3/user/email`). */
export function isEmailEndpoint(path: string): boolean {
  return EMAIL_PATTERNS.some((p) => p.test(path));
}

/** What an answer of the path tells about people: account IDs and names, and emails from the email API. */
export function peopleKinds(path: string): Array<'account-id' | 'display-name' | 'email'> {
  if (isEmailEndpoint(path)) return ['account-id', 'email'];
  return isUserEndpoint(path) ? ['account-id', 'display-name'] : [];
}
