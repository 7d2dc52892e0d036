import { formatMessage } from '../utils/format-message.ts';
import type { RecognisedClaim } from './recognise.ts';
import type { ClaimResult, VerifyContext } from './types.ts';

/** Verifies each recognised claim against the facts and puts its outcome into words. */
export function verifyClaims(recognised: readonly RecognisedClaim[], ctx: VerifyContext): ClaimResult[] {
  return recognised.map(({ claim, params, source }) => {
    const outcome = claim.verify(params, ctx);
    const template = claim.messages[outcome.messageId];
    if (template === undefined) throw new Error(`Claim ${claim.id} returned the message id "${outcome.messageId}", which it does not define.`);
    return { claim: claim.id, title: claim.title, verdict: outcome.verdict, message: formatMessage(template, outcome.data), source, evidence: outcome.evidence };
  });
}
