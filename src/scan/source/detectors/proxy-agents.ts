import data from '../../../data/proxy-agents.json' with { type: 'json' };
import { objectProperty, type Node } from '../ast.ts';
import type { CallSite, FileContext } from '../context.ts';
import { urlVariable } from './egress.ts';

const AGENTS = new Map(Object.entries(data.agents));
const OPTIONS = new Set(data.options);

/** The packages whose calls may be given a proxy's URL (see `proxy-agents.json`). */
export const PROXY_MODULES: ReadonlySet<string> = new Set([...AGENTS.keys(), ...OPTIONS]);

/**
 * `new HttpsProxyAgent(process.env.FIXIE_URL)`, `request.defaults({ proxy: process.env.QUOTAGUARDSTATIC_URL })`: the requests go
 * through a proxy at a URL the environment gives. The variable is kept, with where it is given, for the scan to tell the proxy's
 * vendor by its name (see `vendorForVariable`); the proxy's host is not known, and no request is added.
 */
export function detectProxyAgent(site: CallSite, ctx: FileContext): void {
  const { ref, node } = site;
  const last = ref.steps[ref.steps.length - 1];
  let url: Node | null = null;
  if (node.type === 'NewExpression') {
    // `new HttpsProxyAgent(url)` of the named export, `new ProxyAgent(url)` of the default one.
    const made = ref.steps.length === 0 ? ref.imported ?? 'default' : ref.steps.length === 1 ? last!.name : null;
    if (made === null || !AGENTS.get(site.module!)?.includes(made)) return;
    const first = node.arguments[0] as Node | undefined;
    const options = first ? ctx.scope.object(first) : null;
    url = options ? data.fields.map((f) => objectProperty(options, f)).find((v) => v !== null) ?? null : first ?? null;
  } else if (last?.call && OPTIONS.has(site.module!)) {
    url = objectProperty(ctx.scope.object(node.arguments[0]), 'proxy') ?? objectProperty(ctx.scope.object(node.arguments[1]), 'proxy');
  }
  const variable = url ? urlVariable(ctx, url) : null;
  if (variable !== null) (ctx.facts.proxyVariables ??= []).push({ name: variable, evidence: ctx.evidence(node) });
}
