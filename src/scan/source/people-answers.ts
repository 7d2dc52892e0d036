import type { Flow } from './flow.ts';
import { objectProperty, type Node } from './ast.ts';
import { addedQuery, requestedFields } from './body-fields.ts';
import { PRODUCT_OF, methodOfText, productOfPath } from './detectors/rest-calls.ts';
import { evalStr } from './evaluate.ts';
import type { Scope } from './scope.ts';
import { settle, storeKey, withBraces } from './string-marks.ts';
import type { HttpMethod, Product } from '../facts.ts';
import { propertyOf } from '../properties.ts';
import { lookupOperation, personalDataOf } from '../scopes/table.ts';
import { metadataAnswer } from './metadata-answers.ts';

const CONTENT: readonly Flow[] = Object.freeze(['product-content']);

/**
 * What a product request's answer holds: the product's content, with the people of its operation (`/rest/api/3/user/search`,
 * `/myself`, a request's participants), none for other operations; an app property read back (`GET
 * /rest/atlassian-connect/1/addons/{addonKey}/properties/{key}`) holds what the app writes to it, no content of the product, and
 * another entity's property (an issue's, a project's, a page's) what the app writes under its key as well as the product's content;
 * a read of a project, board, sprint, version or component holds what its fields do (`metadataAnswer`). `api` is the request
 * function's name (`requestJira`), null to tell the product by the path; `url` the evaluated URL or path when the caller has
 * it, else the request's first argument or the `url` of its options (`AP.request({ url, type })`, ACE's `{ uri }`); `method`
 * when the call's name tells it (ACE's `httpClient.post`), else the options' `method` or `type`.
 */
export function productAnswer(scope: Scope, call: Node, api: string | null, url?: string | null, method?: HttpMethod): readonly Flow[] {
  const request = requestOf(scope, call, api, url, method);
  if (request === null) return CONTENT;
  const property = request.how === 'GET' ? propertyOf(request.path) : null;
  if (property?.backend === 'app-property') return [`store:app-property:${storeKey(property.key)}`];
  // An issue's, project's or page's property holds what apps (this one among them) write there: what this one writes under the key too.
  if (property) return ['product-content', `store:${property.backend}:${storeKey(property.key)}`];
  // `/rest/api/3/project/{key}`: a project's name and key are metadata; its description and lead are data.
  const about = metadataAnswer(lookupOperation(request.product, request.how, request.path)?.operation, request.path, addedQuery(scope, call.arguments as Node[]) !== null);
  if (about !== null) return about;
  const people = peopleOf(scope, call, request);
  return people.length === 0 ? CONTENT : ['product-content', ...people];
}

interface ProductRequest { path: string; product: Product; how: HttpMethod; options: Node | null }

function requestOf(scope: Scope, call: Node, api: string | null, url: string | null | undefined, method: HttpMethod | undefined): ProductRequest | null {
  const first = call.arguments[0] as Node | undefined;
  const options = url === undefined && first ? scope.object(first) : null;
  const raw = url !== undefined ? url : evalStr(scope, options ? objectProperty(options, 'url') ?? objectProperty(options, 'uri') : first);
  if (raw === null) return null;
  // ACE resolves a relative URL against the product's base URL: `rest/api/3/myself` is `/rest/api/3/myself`.
  // A part another module gives (`${key}` of the descriptor's key) is a hole here: `/addons/{}/properties/tenant`.
  // A base not known before it (`baseUrl + '/rest/api/latest/...'`) is the product's, as for the call itself.
  const path = withBraces(settle(raw)!.replace(/^https?:\/\/[^/]+/, '').replace(/^rest\//, '/rest/')).replace(/^\{\}(?=\/rest\/)/, '');
  if (!path.startsWith('/')) return null;
  const product = api !== null && Object.hasOwn(PRODUCT_OF, api) ? PRODUCT_OF[api]! : productOfPath(path);
  const how = method ?? (options ? requestMethod(scope, options, 'type') : requestMethod(scope, call.arguments[1] as Node | undefined, 'method'));
  return { path, product, how, options };
}

/** The personal-data kinds of a request's operation, for the fields it asks for. */
function peopleOf(scope: Scope, call: Node, { path, product, how, options }: ProductRequest): Flow[] {
  // `requestJira(route\`/rest/api/3/search/jql\`, { method: 'POST', body: JSON.stringify({ jql, fields: ['assignee'] }) })`.
  // ACE's `json: true` asks for a JSON answer and sends no body.
  const json = options ? objectProperty(options, 'json') : null;
  const sent = options ? objectProperty(options, 'data') ?? (json && !(json.type === 'Literal' && typeof json.value === 'boolean') ? json : null) ?? objectProperty(options, 'body') : bodyOf(scope, call.arguments[1] as Node | undefined);
  // `{ url, qs: { fields: 'summary' } }`, axios's `params`: the query the options add names fields too.
  const query = addedQuery(scope, call.arguments as Node[]);
  const named = sent || query ? [sent, query].flatMap((node) => (node ? requestedFields(scope, node) : [])) : undefined;
  return [...personalDataOf(product, how, path, named)];
}
function bodyOf(scope: Scope, options: Node | undefined): Node | null {
  const object = options ? scope.object(options) : null;
  return object ? objectProperty(object, 'body') : null;
}

/** The method of a request's options (`{ method: 'POST' }`, `{ type: 'POST' }` of `AP.request`), GET when they do not say. */
function requestMethod(scope: Scope, options: Node | undefined, key: string): HttpMethod {
  const object = options ? scope.object(options) : null;
  const value = object ? objectProperty(object, key) : null;
  const text = value ? evalStr(scope, value) : null;
  return (text === null ? null : methodOfText(text)) ?? 'GET';
}
