/**
 * Building blocks for claim phrasings. A phrasing matches one clause of a sentence, so gaps never
 * cross a full stop or a semicolon; negations are explicit, because "does not request write scopes"
 * and "requests write scopes" are opposite claims.
 */

/** A negation: not, n't, cannot, never, no, neither, without. */
export const NOT = String.raw`(?:\bnot\b|n't\b|\bcannot\b|\bnever\b|\bno\b|\bneither\b|\bwithout\b)`;

/** Up to `n` characters inside one clause. */
export const gap = (n: number): string => String.raw`[^.;!?]{0,${n}}?`;

/** A `gap` that does not cross `word` (a regex): "store data in logs outside Atlassian" is about logs, not data. */
export const gapWithout = (n: number, word: string): string => String.raw`(?:(?!\b${word}\b)[^.;!?]){0,${n}}?`;

/** A case-insensitive RegExp from a raw template: phrase`\bno${gap(20)}egress`. */
export function phrase(strings: TemplateStringsArray, ...parts: string[]): RegExp {
  return new RegExp(String.raw({ raw: strings.raw }, ...parts), 'i');
}

/** The lines after a claim's own sentence (the list it introduces), as passed to `params`. */
export function followingLines(text: string): string[] {
  return text.split('\n').slice(1).map((l) => l.trim()).filter(Boolean);
}

/** The claim's own sentence, without the list recognise() appends after it. */
export function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}
