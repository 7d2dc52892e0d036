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

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Where a sentence names the principal: "as the app", "as itself", "as a user", "on behalf of", "with its own identity". */
const PRINCIPAL = /\b(?:as\s+(?:the|a|an|any|its|itself)\b|on\s+behalf\s+of\b|(?:with|under|using)\s+(?:its|the\s+app's)\s+own\b)/i;
const WRITE_VERBS = /\b(?:creates?|updates?|edits?|writes?|deletes?|removes?|publish(?:es)?|posts?|modif(?:y|ies)|changes?|adds?|moves?|archives?|transitions?)\b/i;
const OTHER_VERBS = /\b(?:reads?|fetch(?:es)?|gets?|quer(?:y|ies)|search(?:es)?|calls?|accesses|requests?|loads?|views?|looks?|talks?|connects?|acts?|runs?|impersonates?|uses?|makes?|made|does|do|is|are|all|every|each|any)\b/i;

/**
 * Whether a sentence says who makes the app's writes only ("Acme creates and updates pages as the app, not as a user"): before
 * the principal, verbs of a write and no other (no "reads", no "calls", no "all requests").
 */
export function writesOnly(sentence: string): boolean {
  const at = sentence.search(PRINCIPAL);
  const before = at < 0 ? '' : sentence.slice(0, at);
  return WRITE_VERBS.test(before) && !OTHER_VERBS.test(before);
}

/**
 * Every product call made as one principal (with `writes`, every call that changes data): contradicted by a call made as the other, unverified by a remote given the other's
 * token or by a call whose principal Candor cannot tell; verified with no product call at all (message `none`).
 */
export function everyCallAs(facts: Facts, sides: PrincipalSides, writes = false): ClaimOutcome {
  // A read whose method the code chooses at run time (`{ method: payload.method }`) may change data too.
  const mayRead = (c: RestCall): boolean => writes && c.openMethod === true && READ_METHODS.has(c.method.toUpperCase());
  const calls = [...facts.restCalls, ...facts.unresolvedRestCalls].filter((c) => !writes || c.openMethod === true || !READ_METHODS.has(c.method.toUpperCase()));
  const other = calls.filter((c) => sides.other(c) && !mayRead(c));
  if (other.length > 0) return outcome('contradicted', sides.otherId, other.map((c) => c.evidence), { where: places(other.map((c) => c.evidence)) });
  const open = calls.filter((c) => sides.other(c) && mayRead(c));
  if (open.length > 0) return outcome('unverified', 'openMethod', open.map((c) => c.evidence), { where: places(open.map((c) => c.evidence)) });
  const given = facts.egress.remotes.filter((r) => r.tokens?.includes(sides.otherToken));
  if (given.length > 0) return outcome('unverified', 'remote', given.map((r) => r.evidence), { remote: given.map((r) => r.key).join(', '), where: places(given.map((r) => r.evidence)) });
  const unknown = calls.filter((c) => !sides.claimed(c));
  if (unknown.length > 0) return outcome('unverified', 'unknown', unknown.map((c) => c.evidence), { where: places(unknown.map((c) => c.evidence)) });
  if (calls.length === 0) return outcome('verified', writes ? 'noneWrites' : 'none');
  return outcome('verified', writes ? 'verifiedWrites' : 'verified', calls.map((c) => c.evidence), { where: places(calls.map((c) => c.evidence)) });
}
