import type { HttpMethod } from '../../facts.ts';
import { objectProperty, type Node } from '../ast.ts';
import type { CallSite, FileContext } from '../context.ts';
import type { Step } from '../ref.ts';
import { HOLE } from '../string-marks.ts';
import { baseUrl, push, requestMethod } from './egress.ts';

/** Modules of typed and fetch-style HTTP clients the scan reads with `detectTypedClient`. */
export const TYPED_CLIENTS = new Set(['openapi-fetch', 'ofetch']);

/** openapi-fetch's request methods, named as HTTP names them (https://openapi-ts.dev/openapi-fetch/api). */
const OPENAPI_VERBS: ReadonlySet<string> = new Set(['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE']);

/**
 * openapi-fetch's `createClient({ baseUrl }).GET('/issues/{id}', { params, body })`, and ofetch's `ofetch(url, { method, body, baseURL })`
 * or an instance of `ofetch.create({ baseURL })` called the same way (https://github.com/unjs/ofetch): the request, to the
 * path under the base URL its client was made with, carrying the options it is given.
 */
export function detectTypedClient(site: CallSite, ctx: FileContext): void {
  const steps = site.ref.steps;
  const last = steps[steps.length - 1];
  if (!last?.call) return;
  if (site.module === 'openapi-fetch') {
    if (!OPENAPI_VERBS.has(last.name)) return;
    const factory = steps.slice(0, -1).find((s) => s.call !== null && (s.name === '' || s.name === 'createClient'));
    const base = factory ? baseUrl(ctx, factory.call!, 'baseUrl') : HOLE;
    push(ctx, `openapi-fetch.${last.name}`, last.name as HttpMethod, last.call.arguments[0] as Node | undefined, last.call, base, factory?.call?.arguments[0] as Node | undefined);
    return;
  }
  // `ofetch(url, options)`, `$fetch(url, options)`, `ofetch.raw(url, options)`, `api(url, options)` of `const api = ofetch.create(...)`.
  const factory = steps.slice(0, -1).find((s) => s.name === 'create' && s.call !== null);
  if (!fetchStep(last, factory)) return;
  const options = ctx.scope.object(last.call.arguments[1] as Node | undefined);
  const given = objectProperty(options, 'baseURL');
  const base = given ? ctx.scope.str(given) ?? HOLE : factory ? baseUrl(ctx, factory.call!, 'baseURL') : null;
  push(ctx, 'ofetch', requestMethod(ctx, options), last.call.arguments[0] as Node | undefined, last.call, base, factory?.call?.arguments[0] as Node | undefined);
}

function fetchStep(last: Step, factory: Step | undefined): boolean {
  if (last.name === 'raw' || last.name === 'native') return true;
  return factory ? last.name === '' : last.name === '' || last.name === 'ofetch' || last.name === '$fetch';
}
