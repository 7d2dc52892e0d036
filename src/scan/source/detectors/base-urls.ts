import { propertyName, unwrap, type Node } from '../ast.ts';
import type { CallSite, FileContext } from '../context.ts';
import { hostOf } from './egress.ts';
import { isAppCode } from '../../app-code.ts';

/** The options that name the URL every request of an HTTP client starts with (axios, got and ky, and clients built on them). */
const BASE_KEYS = new Set(['baseURL', 'baseUrl', 'prefixUrl']);

/**
 * A package's function given an object literal with a base URL (`forgeAxios({ baseURL: 'https://api.github.com' })`) builds
 * a client for that host: the host is used, though the scan does not know the package's requests to tell which.
 */
export function detectBaseUrl(site: CallSite, ctx: FileContext): void {
  const { module, node } = site;
  if (module === null || ctx.scope.isAppModule(module)) return;
  for (const arg of node.arguments as Node[]) {
    if (arg.type !== 'ObjectExpression') continue;
    for (const prop of arg.properties as Node[]) {
      if (prop.type !== 'Property' || !BASE_KEYS.has(propertyName(prop.key, prop.computed) ?? '')) continue;
      const value = unwrap(prop.value);
      const url = value.type === 'Literal' ? value.value : value.type === 'TemplateLiteral' && value.expressions.length === 0 ? value.quasis[0].value.cooked : null;
      const host = typeof url === 'string' ? hostOf(url) : null;
      if (host !== null && host !== 'self' && isAppCode(ctx.facts.file)) (ctx.facts.baseHosts ??= []).push({ host, evidence: ctx.evidence(prop) });
    }
  }
}
