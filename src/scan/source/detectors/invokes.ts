import { propertyName, type Node } from '../ast.ts';
import type { CallSite, FileContext } from '../context.ts';
import { isBridgeInvoke } from '../forge-shapes.ts';
import { literalFields } from '../kinds.ts';
import { onlyHoles } from '../string-marks.ts';

/**
 * A front end's `invoke('save', payload)` of `@forge/bridge`: what it sends the resolver function `save`,
 * which that function's request then holds as its payload.
 */
export function detectInvoke(site: CallSite, ctx: FileContext): void {
  if (site.module !== '@forge/bridge') return;
  const name = ctx.scope.invokedFunction(site.ref, site.node);
  const payload = site.node.arguments[1];
  if (name === null) {
    wrapper(site, ctx);
    return;
  }
  if (!payload) return;
  const fields = literalFields(ctx.scope, payload, true);
  const values = fields ? stringFields(ctx, payload) : null;
  ctx.facts.invokes.push({ name, flows: [...ctx.scope.kinds(payload)], ...(fields ? { fields } : {}), ...(values ? { values } : {}) });
}

/** The fields of an object literal sent that are strings with something known (`key: \`draft-${id}\``), for keys the resolver stores under. */
function stringFields(ctx: FileContext, payload: Node): Record<string, string> | null {
  const object = ctx.scope.object(payload);
  let out: Record<string, string> | null = null;
  for (const p of (object?.properties ?? []) as Node[]) {
    const key = p.type === 'Property' ? propertyName(p.key, p.computed) : null;
    const value = key ? ctx.scope.str(p.value) : null;
    if (key && value && !onlyHoles(value)) (out ??= {})[key] = value;
  }
  return out;
}

/**
 * `const call = (key, body) => invoke(key, body)`: a function of the app that hands its own parameters to `invoke`;
 * its callers name the resolver function and send the payload (`call('save', { title })`).
 */
function wrapper(site: CallSite, ctx: FileContext): void {
  const ref = site.ref;
  if (!isBridgeInvoke(ref)) return;
  const [nameArg, payloadArg] = site.node.arguments;
  const name = nameArg ? ctx.scope.paramOf(nameArg) : null;
  const payload = payloadArg ? ctx.scope.paramOf(payloadArg) : null;
  const fn = name?.slice(0, name.lastIndexOf(':'));
  if (!name || !fn || (payloadArg && payload?.slice(0, payload.lastIndexOf(':')) !== fn)) return;
  (ctx.facts.invokeWrappers ??= []).push({ fn, name: Number(name.slice(fn.length + 1)), payload: payload ? Number(payload.slice(fn.length + 1)) : null });
}
