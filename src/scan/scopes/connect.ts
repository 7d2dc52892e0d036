/**
 * Connect scopes: `READ` ... `ADMIN` in a descriptor (any case), or `read:connect-jira` ...
 * `act-as-user:connect-confluence` in a Connect-on-Forge manifest. Each product has a chain in
 * which a scope implies those before it; ACT_AS_USER and ACCESS_EMAIL_ADDRESSES stand alone.
 * https://developer.atlassian.com/cloud/jira/platform/scopes-for-connect-apps/
 */
import type { Family } from './table-format.ts';
import { connectRules } from './implied.ts';

export interface ConnectScope {
  /** Upper-case Connect name, e.g. `PROJECT_ADMIN`. */
  name: string;
  /** Product for the manifest form (`read:connect-jira`); null in a descriptor, which serves one product. */
  family: Family | null;
}

const KNOWN = new Set([...Object.values(connectRules.chains).flat(), ...connectRules.separate]);
const MANIFEST_FORM = /^([a-z-]+):connect-(jira|confluence)$/;

/** A declared scope read as a Connect scope, or null when it is not one. */
export function parseConnectScope(scope: string, inManifest: boolean): ConnectScope | null {
  if (inManifest) {
    const match = MANIFEST_FORM.exec(scope);
    if (!match) return null;
    const name = match[1]!.toUpperCase().replaceAll('-', '_');
    return KNOWN.has(name) ? { name, family: match[2] as Family } : null;
  }
  const name = scope.trim().toUpperCase().replaceAll('-', '_');
  return KNOWN.has(name) ? { name, family: null } : null;
}

/** How a missing Connect scope is written where the app declares scopes. */
export function connectScopeText(name: string, family: Family, inManifest: boolean): string {
  return inManifest ? `${name.toLowerCase().replaceAll('_', '-')}:connect-${family}` : name;
}

/** Whether `declared` grants `needed` for a call to `family`. */
export function connectImplies(declared: ConnectScope, needed: string, family: Family): boolean {
  if (declared.family !== null && declared.family !== family) return false;
  if (declared.name === needed) return true;
  const chain = connectRules.chains[family] ?? [];
  const have = chain.indexOf(declared.name);
  const want = chain.indexOf(needed);
  return have !== -1 && want !== -1 && have >= want;
}

/** Rank of a scope in its product chain (higher grants more); -1 outside any chain. */
export function connectRank(name: string, family: Family): number {
  return (connectRules.chains[family] ?? []).indexOf(name);
}
