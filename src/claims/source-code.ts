/**
 * "No source code or file contents ever leave Bitbucket": a part of the product's content the facts do not tell apart
 * from the rest (a pull request's title is product content, not code). Such a denial is verified when no product content
 * leaves or is kept, and unverified, never contradicted, when some does.
 */
import { outcome } from './define.ts';
import { places } from './evidence.ts';
import type { ClaimOutcome } from './types.ts';

export const SOURCE_CODE = /\b(?:source\s+code|(?:file|source)\s+contents?|code\s+files?)\b/i;

export const CODE_UNKNOWN = { codeUnknown: 'Product content leaves Atlassian or is kept outside it ({{where}}); Candor cannot tell whether it holds source code or file contents.' };

/** The outcome for product content, read for source code: what contradicts it for content shows nothing of code. */
export function codeOutcome(content: ClaimOutcome): ClaimOutcome {
  return content.verdict === 'contradicted' ? outcome('unverified', 'codeUnknown', content.evidence, { where: places(content.evidence) }) : content;
}
