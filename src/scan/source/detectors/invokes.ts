import type { CallSite, FileContext } from '../context.ts';
import { HOLE, settle } from '../scope.ts';

/**
 * A front end's `invoke('save', payload)` of `@forge/bridge`: what it sends the resolver function `save`,
 * which that function's request then holds as its payload.
 */
export function detectInvoke(site: CallSite, ctx: FileContext): void {
  if (site.module !== '@forge/bridge' || site.ref.steps.length !== 1 || site.ref.steps[0]!.name !== 'invoke') return;
  const [first, payload] = site.node.arguments;
  const name = settle(ctx.scope.str(first));
  if (!name || name.includes(HOLE) || !payload) return;
  ctx.facts.invokes.push({ name, flows: [...ctx.scope.kinds(payload)] });
}
