/**
 * The guarantee behind "true by construction": each generated document is read back as a published
 * statement would be, its claims recognised and verified against the same facts, and its text
 * searched for anything left unfilled. A document that fails is not written.
 */
import { recogniseClaims } from '../claims/recognise.ts';
import type { ClaimResult, VerifyContext } from '../claims/types.ts';
import { verifyClaims } from '../claims/verify.ts';
import { readStatement } from '../statement/read.ts';
import { findUnfilled } from '../statement/unfilled.ts';

export interface ReadBack {
  claims: ClaimResult[];
  /** Text that reads as unfilled template text outside a template section. */
  unfilled: Array<{ text: string; line: number; message: string }>;
}

export function readBack(file: string, markdown: string, ctx: VerifyContext): ReadBack {
  const statement = readStatement(file, markdown, { format: 'markdown' });
  const claims = verifyClaims(recogniseClaims(statement), ctx);
  const unfilled = findUnfilled(statement).filter((u) => !u.inTemplateSection).map((u) => ({ text: u.text, line: u.line, message: u.message }));
  return { claims, unfilled };
}
