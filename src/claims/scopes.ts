/** What a declared scope grants: the product it belongs to and whether it reads or writes. */
import type { Facts, Product, RestCall } from '../scan/facts.ts';
import { outcome } from './define.ts';
import { places } from './evidence.ts';
import type { ClaimOutcome } from './types.ts';
import { parseConnectScope } from '../scan/scopes/connect.ts';
import { scopeFamily } from '../scan/scopes/table.ts';

export type ScopeProduct = 'jira' | 'confluence' | 'bitbucket' | 'compass';
export type ScopeAccess = 'read' | 'write' | 'other';

const READ_VERBS = new Set(['read', 'search', 'view', 'access-email-addresses']);
const WRITE_VERBS = new Set(['write', 'delete', 'manage', 'admin', 'moderate', 'import', 'project-admin', 'space-admin']);
const CONNECT_ACCESS: Record<string, ScopeAccess> = {
  READ: 'read', ACCESS_EMAIL_ADDRESSES: 'read', WRITE: 'write', DELETE: 'write', ADMIN: 'write', PROJECT_ADMIN: 'write', SPACE_ADMIN: 'write',
};

/** `Jira`, `Jira Service Management`, `Confluence`... as written in a statement -> product. */
export function productOfWord(word: string | undefined): ScopeProduct | null {
  const w = word?.toLowerCase() ?? '';
  if (w.startsWith('jira') || w.startsWith('jsm') || w.includes('service management')) return 'jira';
  if (w.startsWith('confluence')) return 'confluence';
  if (w.startsWith('bitbucket')) return 'bitbucket';
  if (w.startsWith('compass')) return 'compass';
  return null;
}

function productOfApp(products: readonly Product[]): ScopeProduct | null {
  for (const p of products) {
    const product = productOfWord(p);
    if (product) return product;
  }
  return null;
}

/** The product a scope gives access to; null for platform scopes such as `storage:app` or `report:personal-data`. */
export function scopeProduct(scope: string, facts: Facts): ScopeProduct | null {
  const connect = parseConnectScope(scope, facts.app.platform !== 'connect');
  if (connect) return connect.family ?? productOfApp(facts.app.products);
  if (/compass/.test(scope)) return 'compass';
  return scopeFamily(scope);
}

export function scopeAccess(scope: string, facts: Facts): ScopeAccess {
  const connect = parseConnectScope(scope, facts.app.platform !== 'connect');
  if (connect) return CONNECT_ACCESS[connect.name] ?? 'other';
  const verb = scope.split(':')[0] ?? '';
  if (READ_VERBS.has(verb)) return 'read';
  if (WRITE_VERBS.has(verb)) return 'write';
  return 'other';
}

/** Scope names as vendors write them, normalised for comparison: a Connect descriptor's `READ` matches `read:connect-confluence`. */
/**
 * The product calls whose scopes the scan cannot tell, so that any scope may look unused: those with an unresolved path. A call
 * of the Compass SDK has no path but names the operation and scopes it needs (`compass.getComponent`): it is not one of them.
 */
export function unknownCalls(facts: Facts): RestCall[] {
  return facts.unresolvedRestCalls.filter((c) => c.scopes === null);
}

export function sameScope(stated: string, declared: string, facts: Facts): boolean {
  const a = stated.trim().toLowerCase();
  const b = declared.trim().toLowerCase();
  if (a === b) return true;
  const sa = parseConnectScope(stated, true) ?? parseConnectScope(stated, false);
  const sb = parseConnectScope(declared, facts.app.platform !== 'connect');
  if (!sa || !sb || sa.name !== sb.name) return false;
  const product = productOfApp(facts.app.products);
  return (sa.family ?? product) === (sb.family ?? product);
}

/**
 * The verdict of a "no (read | write) scopes" claim, for one product or all: the declared scopes of that
 * kind are the evidence against it. Params may come from the profile as written: an unknown product decides nothing.
 */
export function verifyNoScopes(params: { product?: unknown }, facts: Facts, access: 'read' | 'write' | null): ClaimOutcome {
  const product = params.product === undefined ? null : productOfWord(String(params.product));
  if (params.product !== undefined && product === null) return outcome('unverified', 'badProduct', [], { product: String(params.product) });
  const found = facts.scopes.declared.filter((d) => {
    const p = scopeProduct(d.scope, facts);
    return p !== null && (product === null || p === product) && (access === null || scopeAccess(d.scope, facts) === access);
  });
  const data = { product: product ? product[0]!.toUpperCase() + product.slice(1) : 'product' };
  if (found.length === 0) return outcome('verified', 'verified', [], data);
  return outcome('contradicted', 'contradicted', found.map((d) => d.evidence), { ...data, scopes: found.map((d) => d.scope).join(', '), where: places(found.map((d) => d.evidence)) });
}
