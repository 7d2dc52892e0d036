import type { Facts, RemoteToken, RestCall } from '../scan/facts.ts';
import { outcome } from './define.ts';
import { places } from './evidence.ts';
import type { ClaimOutcome } from './types.ts';

/** How a claim that every product call is made as one principal (the app, or the user) tells its calls apart. */
export interface PrincipalSides {
  /** A call made as the principal claimed. */
  claimed: (call: RestCall) => boolean;
  /** A call made as the other principal, which contradicts the claim; its message id. */
  other: (call: RestCall) => boolean;
  otherId: string;
  /** The token of the other principal that a Forge remote may be given. */
  otherToken: RemoteToken;
}

/**
 * Every product call made as one principal: contradicted by a call made as the other, unverified by a remote given the other's
 * token or by a call whose principal Candor cannot tell; verified with no product call at all (message `none`).
 */
export function everyCallAs(facts: Facts, sides: PrincipalSides): ClaimOutcome {
  const calls = [...facts.restCalls, ...facts.unresolvedRestCalls];
  const other = calls.filter(sides.other);
  if (other.length > 0) return outcome('contradicted', sides.otherId, other.map((c) => c.evidence), { where: places(other.map((c) => c.evidence)) });
  const given = facts.egress.remotes.filter((r) => r.tokens?.includes(sides.otherToken));
  if (given.length > 0) return outcome('unverified', 'remote', given.map((r) => r.evidence), { remote: given.map((r) => r.key).join(', '), where: places(given.map((r) => r.evidence)) });
  const unknown = calls.filter((c) => !sides.claimed(c));
  if (unknown.length > 0) return outcome('unverified', 'unknown', unknown.map((c) => c.evidence), { where: places(unknown.map((c) => c.evidence)) });
  if (calls.length === 0) return outcome('verified', 'none');
  return outcome('verified', 'verified', calls.map((c) => c.evidence), { where: places(calls.map((c) => c.evidence)) });
}
