import assert from 'node:assert/strict';
import type { CatalogueClaim } from '../../src/claims/define.ts';
import type { Verdict } from '../../src/claims/types.ts';
import type { Profile } from '../../src/profile/schema.ts';
import type { Facts } from '../../src/scan/facts.ts';
import { formatMessage } from '../../src/utils/format-message.ts';

export interface Case {
  name: string;
  params?: Record<string, unknown>;
  facts: Facts;
  profile?: Profile;
  /** Verdict, message id and the evidence as `file:line`. */
  expect: { verdict: Verdict; messageId: string; at: string[] };
}

/** Verifies one case; asserts the message exists and has every hole filled. */
export function outcomeOf(claim: CatalogueClaim, c: Case): Case['expect'] {
  const outcome = claim.verify(c.params ?? {}, { facts: c.facts, profile: c.profile ?? null });
  const template = claim.messages[outcome.messageId];
  assert.ok(template, `${claim.id}: unknown message id ${outcome.messageId}`);
  const text = formatMessage(template, outcome.data);
  assert.doesNotMatch(text, /\{\{/, `${claim.id}/${outcome.messageId}: unfilled hole in "${text}"`);
  if (outcome.verdict === 'contradicted') assert.ok(outcome.evidence.length > 0, `${claim.id}: contradicted without evidence`);
  return { verdict: outcome.verdict, messageId: outcome.messageId, at: outcome.evidence.map((e) => `${e.file}:${e.line}`) };
}
