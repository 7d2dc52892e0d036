import type { CallSite, FileContext } from '../context.ts';
import { literalFields } from '../kinds.ts';

/**
 * A front end's `invoke('save', payload)` of `@forge/bridge`: what it sends the resolver function `save`,
 * which that function's request then holds as its payload.
 */
export function detectInvoke(site: CallSite, ctx: FileContext): void {
  if (site.module !== '@forge/bridge') return;
  const name = ctx.scope.invokedFunction(site.ref, site.node);
  const payload = site.node.arguments[1];
  if (name === null || !payload) return;
  const fields = literalFields(ctx.scope, payload);
  ctx.facts.invokes.push({ name, flows: [...ctx.scope.kinds(payload)], ...(fields ? { fields } : {}) });
}
