/**
 * A commitment of the organisation that its own clause denies: "Data is not encrypted at rest", "We never ask you to disable
 * two-factor authentication", "The app doesn't replace a backup of your site". Two negations undo each other ("No one signs in
 * without MFA", "We never store data without encryption at rest"), and a negation after the words ("MFA is not optional") or in
 * a clause before them ("We keep no copy; backups are made nightly") denies nothing of them.
 */
const NEGATION = /\b(?:not|never|no|nothing|none|nobody|neither|nor|cannot|without)\b|n't\b|\bun(?:encrypted|protected)\b/gi;
/** Where the clause that holds the words starts. */
const CLAUSE_START = /[,;:.!?]\s|\s[\u2014\u2013-]\s|\b(?:and|but|so|while|whereas|although|though|because)\s/gi;

/** Whether the words at `index` of `text` are denied by their own clause. */
export function deniedAt(text: string, index: number): boolean {
  const before = text.slice(0, index);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_START)) start = m.index + m[0].length;
  const negations = before.slice(start).match(NEGATION)?.length ?? 0;
  return negations % 2 === 1;
}
