import type { RestCall } from './facts.ts';
import type { FileFacts } from './source/file-facts.ts';
import { derivePath } from './source/detectors/rest-calls.ts';

/** A URL made of a base the code holds and a product API path: `${installation.baseUrl}/wiki/rest/api/content`. */
const PRODUCT_PATH = /^\{\}((?:\/wiki)?\/(?:rest|api\/v2)\/.*)$/;

/**
 * A Connect app's back end that calls the product with an HTTP client of its own, not ACE's (`request({ url:
 * \`${installation.baseUrl}/rest/api/3/issue\`, headers: { Authorization: \`JWT ${token}\` } })`): those
 * requests go to the product's base URL the installation gave it, so they are product REST calls, not egress.
 */
export function productRequests(files: FileFacts[]): void {
  for (const file of files) {
    if (file.side !== 'backend' || !file.egress.some((c) => c.url?.startsWith('{}/'))) continue;
    file.egress = file.egress.filter((call) => {
      const path = call.method !== null && call.url ? PRODUCT_PATH.exec(call.url)?.[1] : undefined;
      if (path === undefined) return true;
      const rest: RestCall = { product: 'unknown', method: call.method!, path: null, auth: 'connect', api: call.client, scopes: null, evidence: call.evidence };
      derivePath(rest, [path], true);
      file.restCalls.push(rest);
      return false;
    });
  }
}
