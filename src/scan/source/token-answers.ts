/** Whether a request goes to an OAuth token endpoint, whose answer holds an access token: a secret. */
import data from '../../data/token-endpoints.json' with { type: 'json' };

const PATHS = data.paths.map((p) => new RegExp(p, 'i'));

/** Whether the URL (as far as the scan resolved it) is an OAuth token endpoint's: `https://github.com/login/oauth/access_token`. */
export function isTokenEndpoint(url: string | null): boolean {
  if (url === null) return false;
  const m = /^https?:\/\/[^/?#]+(\/[^?#]*)?/i.exec(url);
  if (!m) return false;
  const path = m[1] ?? '/';
  return PATHS.some((re) => re.test(path));
}
