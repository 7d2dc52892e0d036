import { objectProperty, unwrap, type Node } from './ast.ts';
import type { Flow } from './flow.ts';
import type { Scope } from './scope.ts';
import { HOLE, PARAM } from './string-marks.ts';

/**
 * NestJS controllers (https://docs.nestjs.com/controllers): `@Controller('lifecycle')` on a class, `@Post('installed')` on
 * a method, and the request reaching the parameters decorated `@Body()`, `@Req()`, `@Query()`...; `@Ip()` the client's address
 */
const NEST = '@nestjs/common';
const ROUTES = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete', 'All', 'Options', 'Head', 'Search']);
/** The routes a Connect lifecycle callback (a POST) can reach. */
const POSTS = new Set(['Post', 'All']);
const REQUEST = new Set(['Body', 'Req', 'Request', 'Query', 'Param', 'Headers', 'RawBody']);

/** The path of a NestJS controller class (`''` without one, null when not a constant); undefined for any other class. */
export function controllerPath(scope: Scope, cls: Node): string | null | undefined {
  for (const d of (cls.decorators ?? []) as Node[]) {
    const call = unwrap(d.expression);
    if (decoratorName(scope, call) !== 'Controller') continue;
    return pathOf(scope, call.type === 'CallExpression' ? call.arguments[0] : undefined);
  }
  return undefined;
}

/**
 * What each parameter of a controller's route method holds: the request, and for a POST route of a constant path
 * the route (`route:/lifecycle/installed`; `route:/installed` under a controller path not known), which the scan tells a
 * Connect lifecycle callback by; null for a method
 * that is no route, and for a parameter that is not given the request.
 */
export function routeParams(scope: Scope, method: Node, controller: string | null): Array<Flow[] | null> | null {
  let route: string | null | undefined;
  let page: string | null = null;
  for (const d of (method.decorators ?? []) as Node[]) {
    const call = unwrap(d.expression);
    const name = decoratorName(scope, call);
    if (name === null || !ROUTES.has(name)) continue;
    const path = pathOf(scope, call.type === 'CallExpression' ? call.arguments[0] : undefined);
    // A controller whose path is not a constant (`@Controller(options.path)`) mounts its routes under a prefix not known.
    const known = path !== null && (controller !== null || path !== '') ? `/${[controller ?? '', path].map((p) => p.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/')}` : null;
    route = POSTS.has(name) ? known : null;
    // A GET route: a Connect app's iframe page, loaded with the JWT in its query (`route:GET /panel`, as Express's routes).
    if (name === 'Get' && known !== null) page = `GET ${known}`;
  }
  if (route === undefined) return null;
  const flows: Flow[] = route === null ? ['resolver-payload'] : ['resolver-payload', `route:${route}`];
  return (method.value.params as Node[]).map((param) => {
    const decorators = ((param.decorators ?? []) as Node[]).map((d) => unwrap(d.expression));
    const names = decorators.map((d) => decoratorName(scope, d));
    // `@Ip() ip`: the client's address.
    if (names.includes('Ip')) return ['ip-address'];
    if (!names.some((n) => REQUEST.has(n ?? ''))) return null;
    if (page === null) return flows;
    // `@Req() req`: its `query` and `url`; `@Query() query`, `@Query('jwt') token`: the page's query, or the token in it.
    const at = names.indexOf('Query');
    const field = at < 0 ? undefined : decorators[at]!.type === 'CallExpression' ? decorators[at]!.arguments[0] : undefined;
    if (at >= 0) return field === undefined || scope.str(field) === 'jwt' ? [...flows, `route:?${page}`] : flows;
    return names.includes('Req') || names.includes('Request') ? [...flows, `route:${page}`] : flows;
  });
}

/** `Post` of `@Post('x')` or `@Post()` imported from @nestjs/common. */
function decoratorName(scope: Scope, expr: Node): string | null {
  const callee = expr.type === 'CallExpression' ? expr.callee : expr;
  const ref = scope.ref(callee);
  return ref.root === 'import' && ref.module === NEST && ref.steps.length === 1 ? ref.steps[0]!.name : null;
}

/** A decorator's path: its string argument or `{ path }`, `''` without one, null when not a constant. */
function pathOf(scope: Scope, arg: Node | undefined): string | null {
  if (!arg) return '';
  const object = scope.object(arg);
  const value = scope.str(object ? objectProperty(object, 'path') : arg);
  return value === null || value.includes(HOLE) || value.includes(PARAM) || /[:*(]/.test(value) ? null : value;
}
