import type { EgressCall, RestCall } from './facts.ts';
import { productOfPath, restPath } from './source/detectors/rest-calls.ts';
import { hasUnknownQuery } from './source/string-marks.ts';
import { lookupOperation } from './scopes/table.ts';
import type { FileFacts } from './source/file-facts.ts';

/**
 * Where a URL is the product's REST API, the path after the site: a base URL or host not known before run time
 * (`${installation.baseUrl}/rest/api/3/issue/${key}`, the site a Connect app was installed on; `https://${process.env.JIRA_HOST}`;
 * `${client.baseApiUrl}/2.0/repositories/...`, the Bitbucket API a Bitbucket Connect app's installation names), a site of
 * `atlassian.net`, or the API gateway's `https://api.atlassian.com/ex/jira/{cloudId}`.
 */
const GATEWAY_URL = /^https:\/\/api\.atlassian\.com\/ex\/(?:jira|confluence)\/[^/?#]+(\/.*)$/i;
const PRODUCT_URL = [
  /^(?:https?:\/\/)?\{\}\/?(\/(?:rest|wiki|2\.0)\/.*|\/app\/report-accounts\b.*)$/,
  /^https?:\/\/[^/?#]*\.atlassian\.net(\/.*)$/i,
  GATEWAY_URL,
];

const BASE_UNKNOWN = /^(?:https?:\/\/)?\{\}\//;

/**
 * Bitbucket's API, where a Bitbucket Connect app's installation says it is (`baseApiUrl`). Here and after a base not known, a
 * path joined on with a slash of its own (`${base}/${path}` given `/2.0/...`) is the same path.
 */
const BITBUCKET_API = /^https:\/\/api\.bitbucket\.org\/?(\/2\.0\/.*)$/i;

/** The product path of a request's URL; null when the URL is not the product's REST API (Bitbucket's only with `bitbucket`). */
export function productPath(url: string | null, bitbucket = false): string | null {
  if (url === null) return null;
  if (bitbucket) {
    const path = BITBUCKET_API.exec(url)?.[1];
    if (path !== undefined) return path;
  }
  for (const pattern of PRODUCT_URL) {
    const path = pattern.exec(url)?.[1];
    // The Personal Data Reporting API is on the site itself (`/app/report-accounts/`), of any product.
    if (path !== undefined && (productOfPath(path) !== 'unknown' || path.startsWith('/app/report-accounts'))) return path;
  }
  return null;
}

/**
 * A server's own HTTP requests to the product's REST API (a Connect app that signs its JWT itself,
 * `fetch(\`${baseUrl}${path}\`, { headers: { Authorization: \`JWT ${token}\` } })`; a Forge remote with the
 * token Forge hands it): product REST calls, not egress. `servers` holds the files whose requests count, all
 * when null (a Connect app); in a Forge function such a request leaves Forge and stays egress. With `bitbucket`
 * (a Bitbucket Connect app), requests to `https://api.bitbucket.org/2.0/...` are its product's too. A request with Basic
 * credentials is made with a user's API token; one with a bearer token through the API gateway, with an OAuth 2.0 (3LO)
 * access token the app got itself, unless Forge hands the app's remotes tokens (`forgeTokens`), which are bearer tokens too.
 */
export function productRequests(files: FileFacts[], auth: RestCall['auth'], servers: ReadonlySet<string> | null, bitbucket = false, forgeTokens = false): void {
  for (const file of files) {
    const server = file.side === 'backend' && (servers === null || servers.has(file.file));
    const kept: EgressCall[] = [];
    for (const call of file.egress) {
      const open = call.openQuery;
      const base = call.productBase;
      delete call.openQuery;
      delete call.productBase;
      if (!server) continue;
      const path = productPath(call.url, bitbucket);
      // `fetch(req.context.hostBaseUrl + path)`: a request to the product's site, at a path that is not known to be its REST API's;
      // one signed with Connect's JWT, to a host not known.
      if (path === null && base && call.host === null) {
        file.restCalls.push({ product: 'unknown', method: call.method ?? 'GET', path: null, auth: credentials(call, forgeTokens) ?? auth, api: call.client, scopes: null, evidence: call.evidence, ...(call.via ? { via: call.via } : {}) });
        continue;
      }
      if (path === null) {
        kept.push(call);
        continue;
      }
      const product = productOfPath(path);
      // `${base}/2.0/...` of a base not known: the Bitbucket API only where Bitbucket has that operation (Box's API is `/2.0/files` too).
      if (product === 'bitbucket' && BASE_UNKNOWN.test(call.url ?? '') && lookupOperation('bitbucket', call.method ?? 'GET', path) === null) {
        kept.push(call);
        continue;
      }
      file.restCalls.push({
        product, method: call.method ?? 'GET', path: restPath(path)!, auth: credentials(call, forgeTokens) ?? auth, api: call.client, scopes: null, evidence: call.evidence,
        ...(call.via ? { via: call.via } : {}),
        ...(open || hasUnknownQuery(path) ? { openQuery: true as const } : {}),
      });
    }
    if (server && kept.length !== file.egress.length) file.egress = kept;
  }
}

/** The credentials of the app's own or of a user that a request to the product is made with, rather than the app's scopes. */
function credentials(call: EgressCall, forgeTokens: boolean): RestCall['auth'] | null {
  if (call.basicAuth) return 'api-token';
  return call.bearerAuth && !forgeTokens && GATEWAY_URL.test(call.url ?? '') ? 'oauth' : null;
}
