import type { Flow } from './flow.ts';
import { objectProperty, type Node } from './ast.ts';
import { PRODUCT_OF, methodOfText, productOfPath } from './detectors/rest-calls.ts';
import { evalStr } from './evaluate.ts';
import type { Scope } from './scope.ts';
import { withBraces } from './string-marks.ts';
import type { HttpMethod } from '../facts.ts';
import { personalDataOf } from '../scopes/table.ts';

/**
 * The people a product request's answer holds (`/rest/api/3/user/search`, `/myself`, a request's participants):
 * the personal-data kinds of its operation, none for other operations. `api` is the request function's name
 * (`requestJira`), null to tell the product by the path; `url` is the evaluated URL or path.
 */
export function answerPeople(scope: Scope, call: Node, api: string | null, url: string | null): Flow[] {
  if (url === null) return [];
  const path = withBraces(url.replace(/^https?:\/\/[^/]+/, ''));
  if (!path.startsWith('/')) return [];
  const product = api !== null && Object.hasOwn(PRODUCT_OF, api) ? PRODUCT_OF[api]! : productOfPath(path);
  return [...personalDataOf(product, requestMethod(scope, call.arguments[1] as Node | undefined), path)];
}

/** The method of a request's options (`{ method: 'POST' }`), GET when it does not say. */
function requestMethod(scope: Scope, options: Node | undefined): HttpMethod {
  const object = options ? scope.object(options) : null;
  const value = object ? objectProperty(object, 'method') : null;
  const text = value ? evalStr(scope, value) : null;
  return (text === null ? null : methodOfText(text)) ?? 'GET';
}
