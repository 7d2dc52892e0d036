import type { Ref } from './ref.ts';

/** Modules whose default export, or `fetch` export, is a `fetch`. */
export const FETCH_MODULES = new Set(['node-fetch', 'cross-fetch', 'isomorphic-fetch', 'isomorphic-unfetch', 'undici', 'make-fetch-happen']);

export const GRAPHQL_REQUEST = 'graphql-request';
/** graphql-request's functions, and its client's methods, that send a request. */
export const GRAPHQL_REQUESTS = new Set(['request', 'rawRequest', 'batchRequests']);

/** AngularJS's `$http` service, by the name its injector gives it (https://docs.angularjs.org/api/ng/service/$http): see `followRef`. */
export const ANGULAR_HTTP_MODULE = '$http';

/** HTTP clients whose default export (or class's instance) is called as `client(url)` or `client.get(url)`, with an instance factory. */
export const CLIENTS: Record<string, { factory: string; baseKey: string }> = {
  axios: { factory: 'create', baseKey: 'baseURL' },
  // NestJS's `HttpService` (injected: `constructor(private readonly http: HttpService)`) has axios's methods and options.
  '@nestjs/axios': { factory: '', baseKey: 'baseURL' },
  got: { factory: 'extend', baseKey: 'prefixUrl' },
  ky: { factory: 'create', baseKey: 'prefixUrl' },
  'ky-universal': { factory: 'create', baseKey: 'prefixUrl' },
  superagent: { factory: 'agent', baseKey: '' },
  needle: { factory: '', baseKey: '' },
  'request-promise': { factory: 'defaults', baseKey: 'baseUrl' },
  request: { factory: 'defaults', baseKey: 'baseUrl' },
  // `$http({ method, url, data, params, headers })`, `$http.get(url, config)`, `$http.post(url, data, config)`: axios's shapes.
  [ANGULAR_HTTP_MODULE]: { factory: '', baseKey: '' },
};

/**
 * Whether a callee sends an HTTP request: `fetch`, a fetch module, `api.fetch` or `invokeRemote` of `@forge/api`, an
 * HTTP client or one of its instances. What such a call returns is the response, not what was sent.
 */
export function isHttpRequest(callee: Ref): boolean {
  if (callee.root === 'global') return callee.name === 'fetch' && callee.steps.length === 0;
  if (callee.root !== 'import' || callee.module === null) return false;
  // `invokeRemote(key, options)` answers with the remote's response (https://developer.atlassian.com/platform/forge/runtime-reference/invoke-remote-api).
  if (callee.module === '@forge/api') return ['fetch', 'invokeRemote'].includes(callee.steps[callee.steps.length - 1]?.name ?? '');
  // A fetch module's function itself, not a method of what it answers (`(await fetch(url)).json()` reads the response).
  if (FETCH_MODULES.has(callee.module)) return callee.steps.every((s) => s.call === null);
  // graphql-request's `request(url, query)` and a client's `client.request(query)` answer with the data sent back.
  if (callee.module === GRAPHQL_REQUEST) return GRAPHQL_REQUESTS.has(callee.steps[callee.steps.length - 1]?.name ?? 'request');
  return Object.hasOwn(CLIENTS, callee.module);
}

/** Forge's product requests, whose response is a fetch `Response` (`api.asUser().requestJira(...)`, `@forge/bridge`'s `requestJira`). */
const PRODUCT_REQUESTS = new Set(['requestJira', 'requestConfluence', 'requestBitbucket', 'requestGraph', 'requestJiraServiceManagement']);
/** Clients answering with a fetch `Response` (`ky(url)`, `ky.get(url)`) until its body is read (`ky.get(url).json()`). */
const FETCH_STYLE_CLIENTS = new Set(['ky', 'ky-universal']);
const BODY_READS = new Set(['json', 'text', 'blob', 'arrayBuffer', 'formData']);

/**
 * Whether a call answers with a fetch `Response` (`fetch`, node-fetch, undici, ky, `@forge/api`'s `fetch`, `invokeRemote`
 * and product requests), whose printed form shows its status, headers and URL but not its body, unlike axios's, got's
 * or superagent's responses, which hold the body read.
 */
export function answersWithResponse(callee: Ref): boolean {
  const last = callee.steps[callee.steps.length - 1]?.name ?? '';
  if (callee.root === 'global') return callee.name === 'fetch' && callee.steps.length === 0;
  if (callee.root !== 'import' || callee.module === null) return false;
  if (callee.module === '@forge/api' || callee.module === '@forge/bridge') return PRODUCT_REQUESTS.has(last) || (callee.module === '@forge/api' && (last === 'fetch' || last === 'invokeRemote'));
  return (FETCH_MODULES.has(callee.module) || FETCH_STYLE_CLIENTS.has(callee.module)) && !BODY_READS.has(last);
}

/**
 * Whether a module's text may get a fetch `Response` (see `answersWithResponse`): it names `fetch` (the global, node-fetch, ...),
 * or imports another module that answers with one. A cheap test, once per file, before looking for responses among values.
 */
export function mayGetResponses(text: string): boolean {
  return text.includes('fetch') || RESPONSE_MODULE.test(text);
}

const RESPONSE_MODULE = /['"`](?:@forge\/(?:api|bridge)|undici|ky|ky-universal)['"`/]/;
