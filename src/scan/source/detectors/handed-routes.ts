import type { Node } from '../ast.ts';
import type { HttpMethod } from '../../facts.ts';
import { importedValue } from '../app-functions.ts';
import { isForgeRoute, ROUTE_BUILDERS } from '../call-args.ts';
import type { CallSite, FileContext } from '../context.ts';
import type { SourceModule } from '../module.ts';
import { methodOf, PRODUCT_OF, push } from './rest-calls.ts';

/** `client.get(route\`…\`)`: the method a function's name says. */
const VERBS: Readonly<Record<string, HttpMethod>> = { get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE' };
const buildsRoutes = new WeakMap<SourceModule, boolean>();

/**
 * A Forge route handed to a package's function (`jira.get(route\`/rest/api/3/myself\`)` with `jira` made by an HTTP wrapper
 * package, here or in the module that exports it): the product request is made in code the scan cannot read. It is one
 * to that path, as a principal not known, with the method the function's name says (`get`, `post`…) or its options name.
 */
export function detectHandedRoute(site: CallSite, ctx: FileContext): void {
  const { node, ref } = site;
  if (node.type !== 'CallExpression' || node.arguments.length === 0 || ref.root !== 'import' || ref.module === null || ref.module.startsWith('@forge/')) return;
  if (!routesBuilt(ctx.mod)) return;
  // `jira.requestJira(route…)` with `jira` a principal another module makes: a request of Forge's, read as such (see `resolveClients`).
  if (Object.hasOwn(PRODUCT_OF, ref.steps.at(-1)?.name ?? '')) return;
  const at = (node.arguments as Node[]).findIndex((a) => isForgeRoute(ctx.scope, a));
  if (at < 0) return;
  // A value another module of the app exports stands only when it is none of the app's functions (`settleHandedRoutes`).
  const handedTo = ctx.scope.isAppModule(ref.module) ? importedValue(ctx.scope, node.callee) : null;
  if (ctx.scope.isAppModule(ref.module) && handedTo === null) return;
  const name = ref.steps.at(-1)?.name.toLowerCase() ?? '';
  const options = ctx.scope.object(node.arguments[at + 1]);
  const verb = Object.hasOwn(VERBS, name) ? VERBS[name]! : null;
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
