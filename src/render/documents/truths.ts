/**
 * Candor's own claim verifiers, asked before a document makes a claim: a sentence that the
 * catalogue would read back as claim X is written only when X verifies against the facts, so
 * the document is true by construction and `candor check` agrees with it.
 */
import { claimById } from '../../claims/registry.ts';
import type { ClaimOutcome, VerifyContext } from '../../claims/types.ts';
import { formatMessage } from '../../utils/format-message.ts';

export class Truths {
  private readonly ctx: VerifyContext;
  private readonly memo = new Map<string, ClaimOutcome>();

  constructor(ctx: VerifyContext) {
    this.ctx = ctx;
  }

  outcome(id: string, params: Record<string, unknown> = {}): ClaimOutcome {
    const key = `${id} ${JSON.stringify(params)}`;
    let outcome = this.memo.get(key);
    if (!outcome) {
      const claim = claimById(id);
      if (!claim) throw new Error(`No claim "${id}" in the catalogue (src/claims/registry.ts).`);
      outcome = claim.verify(params, this.ctx);
      this.memo.set(key, outcome);
    }
    return outcome;
  }

  /** The outcome in words, as `candor check` gives it: why a claim does not hold. */
  message(id: string, params: Record<string, unknown> = {}): string {
    const outcome = this.outcome(id, params);
    return formatMessage(claimById(id)!.messages[outcome.messageId] ?? '', outcome.data);
  }

  /** The claim verifies: the code shows it. */
  holds(id: string, params: Record<string, unknown> = {}): boolean {
    return this.outcome(id, params).verdict === 'verified';
  }
}
