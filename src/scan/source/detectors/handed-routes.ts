import { objectProperty, type Node } from '../ast.ts';
import { importedValue } from '../app-functions.ts';
import { isForgeRoute, ROUTE_BUILDERS } from '../call-args.ts';
import type { CallSite, FileContext } from '../context.ts';
import { isHttpRequest } from '../http-clients.ts';
import type { SourceModule } from '../module.ts';
import { VERBS } from './egress.ts';
import { isLoggerModule } from './logs.ts';
import { methodOf, PRODUCT_OF, push } from './rest-calls.ts';

const buildsRoutes = new WeakMap<SourceModule, boolean>();
/** Functions that send what they are handed, with the method their options name (GET when none): `client.request(route\`...\`)`. */
const REQUESTS = new Set(['request', 'fetch']);

/**
 * A Forge route handed to a package's function that requests it (`jira.get(route\`/rest/api/3/myself\`)` with `jira` made by a
 * package, here or in the module that exports it): the product request is made in code the scan cannot read. The function
 * is an HTTP verb (`get`, `post`..., the method it makes), `request` or `fetch`, one whose options name a method, or an HTTP
 * client's (axios, a fetch module); never a logger's (`log.info('requesting', route\`...\`)` prints the path). It is a request
 * to that path, as a principal not known, with the method the name or the options say, left open when neither does.
 */
export function detectHandedRoute(site: CallSite, ctx: FileContext): void {
  const { node, ref } = site;
  if (node.type !== 'CallExpression' || node.arguments.length === 0 || ref.root !== 'import' || ref.module === null || ref.module.startsWith('@forge/')) return;
  if (isLoggerModule(ref.module) || !routesBuilt(ctx.mod)) return;
  const name = ref.steps.at(-1)?.name ?? ref.imported ?? '';
  // `jira.requestJira(route...)` with `jira` a principal another module makes: a request of Forge's, read as such (see `resolveClients`).
  if (Object.hasOwn(PRODUCT_OF, name)) return;
  const at = (node.arguments as Node[]).findIndex((a) => isForgeRoute(ctx.scope, a));
  if (at < 0) return;
  const options = ctx.scope.object(node.arguments[at + 1]);
  const verb = Object.hasOwn(VERBS, name.toLowerCase()) ? VERBS[name.toLowerCase()]! : null;
  const requests = verb !== null || REQUESTS.has(name) || (options !== null && objectProperty(options, 'method') !== null) || isHttpRequest(ref);
  if (!requests) return;
  // A value another module of the app exports stands only when it is none of the app's functions (`settleHandedRoutes`).
  const handedTo = ctx.scope.isAppModule(ref.module) ? importedValue(ctx.scope, node.callee) : null;
  if (ctx.scope.isAppModule(ref.module) && handedTo === null) return;
  for (const path of ctx.scope.strAlternatives(node.arguments[at], true)) {
    push(ctx, null, verb ?? methodOf(ctx, options, 'GET'), path, 'unknown', site.path, node);
    const call = ctx.facts.restCalls.at(-1)!;
    if (verb === null && !options) call.openMethod = true;
    if (handedTo !== null) call.handedTo = handedTo;
  }
}

function routesBuilt(mod: SourceModule): boolean {
  let found = buildsRoutes.get(mod);
  if (found === undefined) {
    found = [...mod.imports.values()].some((i) => i.module === '@forge/api' && ROUTE_BUILDERS.has(i.imported));
    buildsRoutes.set(mod, found);
  }
  return found;
}
