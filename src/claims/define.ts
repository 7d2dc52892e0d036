import type { ClaimDefinition, ClaimOutcome, MessageData, Verdict } from './types.ts';
import type { Evidence } from '../scan/facts.ts';
import { unique } from './evidence.ts';

/**
 * A catalogue entry: a claim definition plus example sentences. The examples are shown in
 * docs/claims.md and the registry test checks each one is recognised as this claim.
 */
export interface CatalogueClaim<P = Record<string, unknown>> extends ClaimDefinition<P> {
  examples: string[];
}

/** Identity, so a catalogue file gets its parameter type inferred and checked. */
export function defineClaim<P = Record<string, unknown>>(definition: CatalogueClaim<P>): CatalogueClaim<P> {
  return definition;
}

/** An outcome with its evidence de-duplicated (several facts often share a line). */
export function outcome(verdict: Verdict, messageId: string, evidence: Evidence[] = [], data?: MessageData): ClaimOutcome {
  const shown = unique(evidence);
  return data ? { verdict, messageId, evidence: shown, data } : { verdict, messageId, evidence: shown };
}
