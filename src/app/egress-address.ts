/**
 * The host pattern of an egress address as Forge accepts them: `https://api.example.com/path`,
 * `api.example.com`, `*.example.com`, `https://*.example.com`, or `*` for any host.
 * https://developer.atlassian.com/platform/forge/manifest-reference/permissions/#external-permissions
 */
export function hostOf(address: string): { host: string | null; wildcard: boolean } {
  const trimmed = address.trim();
  if (trimmed === '*') return { host: '*', wildcard: true };
  // `${VAR}` (manifest variables) or `{{localBaseUrl}}` (atlassian-connect-express) decide the host at deploy time.
  if (/\$\{|\{\{/.test(trimmed)) return { host: null, wildcard: false };
  const withoutScheme = trimmed.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  // A scheme without `//` (`data:`, `blob:`) names no host; `host:8080` does.
  if (withoutScheme === trimmed && /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(trimmed)) return { host: null, wildcard: false };
  const authority = (withoutScheme.split(/[/?#]/)[0] ?? '').replace(/^[^@]*@/, '');
  const host = authority.replace(/:(\d+|\*)$/, '').replace(/\.$/, '').toLowerCase();
  const valid = /^(\*\.)?([a-z0-9_-]+|\*)(\.([a-z0-9_-]+|\*))*$/.test(host) || /^\[[0-9a-f:.]+\]$/.test(host);
  if (!valid) return { host: null, wildcard: false };
  return { host, wildcard: host.includes('*') };
}
