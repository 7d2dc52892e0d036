/**
 * A sentence whose subject is a plain pronoun ("They are never written to app storage.") speaks of the subject of the
 * sentence just before it in its paragraph ("Issue summaries are sent to OpenAI for classification."). Read only when
 * that sentence is passive, so its subject is what is acted on, and the pronoun agrees with it in number: "They" and
 * "These" take a subject of "are" or "were"; "It", "This data" and "Such data" one of "is" or "was".
 */

/**
 * The pronoun, then a passive verb or one of staying ("They are never written", "It is not kept", "It stays", "They never leave"): what is acted on.
 * An active verb after it ("It does not store ...") has the app as its actor, not the data before it.
 */
/** A past participle: any -ed or -en form, or a common irregular one (sold, kept, sent, held, ...). */
const PARTICIPLE = String.raw`(?:[a-z]+(?:ed|en)|sold|told|kept|sent|spent|held|read|shown|drawn|known|thrown|grown|built|bought|brought|caught|taught|thought|found|made|done|shared|seen|set|put|cut|shut|left|lost|paid|said|laid|meant|dealt|lent|bound|run|won|hung|stuck|struck|spun|understood|withheld)\b`;
const PRONOUN = new RegExp(String.raw`^(they|these|it|this\s+(?:data|information|content)|such\s+(?:data|information|content))\s+(?=(?:(?:will|won't|cannot|can't|can|must|shall|should|also|only|then|never|not|ever|always)\s+)*(?:(?:(?:is|are|was|were|be|been)(?:n't)?\s+(?:(?:never|not|ever|only|also|then|always|securely|briefly)\s+)*${PARTICIPLE})|(?:(?:do|does|did)(?:n't|\s+not)?\s+)?(?:remain|stay|leave|reside)s?\b))`, 'i');
const PLURAL = /^(?:they|these)$/i;
/** A passive sentence's subject, up to six words, then "is" or "are" and a participle: "Issue summaries are sent ...". */
const PASSIVE = new RegExp(String.raw`^((?:[\w'-]+\s+){0,5}?[\w'-]+)\s+(is|are|was|were)\s+(?:(?:only|also|then|first|briefly|securely)\s+)?${PARTICIPLE}`, 'i');
/** A subject that is no data the next sentence can be about: a pronoun, the vendor, the app, or a clause. */
const NOT_DATA = /^(?:it|they|this|these|that|those|we|you|i|there|here|which|what|who)\b|\b(?:app|add-?on|application|integration|plugin|macro|we|us|our\s+(?:team|company|staff))$|\b(?:if|when|because|since|while|that|which)\b/i;

/** The sentence with its pronoun subject replaced by the previous sentence's subject, or null when the rule does not apply. */
export function withAntecedent(sentence: string, previous: string): string | null {
  const pronoun = PRONOUN.exec(sentence);
  if (!pronoun) return null;
  const passive = PASSIVE.exec(previous.trim());
  if (!passive || NOT_DATA.test(passive[1]!)) return null;
  const plural = /^(?:are|were)$/i.test(passive[2]!);
  if (plural !== PLURAL.test(pronoun[1]!)) return null;
  return `${passive[1]!} ${sentence.slice(pronoun[0].length)}`;
}
