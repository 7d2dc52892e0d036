/**
 * Double negatives, undone before the phrasings and frames read a sentence, so that two negations do not read as one:
 * "There is no data the app sends that does not stay inside Atlassian" is "All data the app sends stays inside Atlassian",
 * "Nothing in this app is not hosted on Atlassian Forge" is "Everything in this app is hosted on Atlassian Forge", and
 * "We never fail to delete your data" is "We always delete your data". Two negations in one clause that undo each other
 * with no such reading ("We do not have no retention policy", "The app doesn't store no personal data": literally, it has
 * one and it does store some; in some dialects, the opposite) claim nothing, rather than the denial they would read as.
 */
import { thirdPerson } from './verbs.ts';

/** "never fail to", "does not fail to", "won't fail to": always. */
const NEVER_FAILS = /\b(?:never\s+fails?|(?:do|does|did|will)\s+not\s+fail|(?:don't|doesn't|didn't|won't)\s+fail)\s+to\b/gi;

/** The negated verb: "does not stay", "isn't hosted", "are not". */
const NEGATED_VERB = String.raw`(?:(does|do)\s+not|(doesn't|don't)|(is|are)\s+not|(isn't|aren't))\s+`;
/**
 * A word of a noun phrase: begins with a letter (not the dash of "No - the app does not ..."), and is no verb of its own nor a
 * conjunction ("No data is sold and is not shared" has no noun phrase "data is sold and").
 */
const WORD = String.raw`(?!(?:and|or|but|nor|is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|may|might|shall|should|must|not|never)\b)[a-z][\w'-]*`;
/** A noun phrase of a few words ("data", "personal data", "in this app"), then what someone does to it ("the app sends", "we store"). */
const NOUN_PHRASE = String.raw`(?:${WORD}\s+){0,3}?${WORD}(?:\s+(?:in|of|on|from)\s+(?:${WORD}\s+){0,3}?${WORD})?(?:\s+(?:we|the\s+app|our\s+app|it|you|users?)\s+[\w']+)?`;
/** "There is no X that does not V", "There's no X we store that isn't V": what follows the relative pronoun is what every X does. */
const THERE_IS_NONE = new RegExp(String.raw`^(there\s+(?:is|are)\s+no|there's\s+no)\s+([^,;:.!?]{1,80}?)\s+(?:that|which|who)\s+${NEGATED_VERB}([a-z]+)\b`, 'i');
/**
 * "No X is not V", "Nothing in X is not V", "None of X does not V": the subject a noun phrase, the negated verb its own (not "No data that
 * is not encrypted is sent"); "No the app does not ..." answers a question.
 */
const NONE_IS_NOT = new RegExp(String.raw`^(no(?!\s+(?:the|this|our|we|it|they|you|I)\b)|nothing|none\s+of)\s+(${NOUN_PHRASE})\s+${NEGATED_VERB}([a-z]+)\b`, 'i');

/** Nouns that take no "every": "data", "personal information", "content". */
const MASS = /^(?:[\w'-]+\s+){0,2}?(?:data|information|content|PII|End-User\s+Data)\b/i;

/**
 * A denied verb with a denied object in the same clause: "do not have no", "doesn't store no", "never keeps nothing"; not "no-code",
 * nor a verb that takes no object, whose "no" begins a clause of its own ("Don't worry no data leaves Atlassian").
 */
const DENIED_TWICE = /(?:\bnot|n't|\bnever)(?!(?:\s+[\w']+)?\s+(?:worry|worries|fret|panic|fear|mind)\b)(?:\s+[\w']+){1,2}\s+(?:no|nothing|none)\b(?!-)/i;
/**
 * "The app doesn't work without an internet connection", "The macro cannot load without network access": a need, stated by two
 * negations, which denies nothing the app does.
 */
const NEEDS = /(?:\bnot|n't|\bcannot|\bnever)\s+(?:\w+\s+)?(?:work|function|run|load|operate|start|open|render)s?\s+(?:\w+\s+){0,2}?without\b/i;
/** Where a clause ends, for blanking the one that holds a double negation. */
const CLAUSES = /(?=[,;:]|\s[\u2014\u2013-]\s|\s(?:and|but|so|while)\s)/;

/** The universal that "no X that does not V" means: "All X Vs" (or "Everything X Vs" after "nothing"). */
function universal(text: string): string {
  const m = THERE_IS_NONE.exec(text) ?? NONE_IS_NOT.exec(text);
  if (!m) return text;
  const [whole, lead, what, does, doesnt, is, isnt, verb] = m as unknown as [string, string, string, string | undefined, string | undefined, string | undefined, string | undefined, string];
  const auxiliary = (does ?? doesnt ?? is ?? isnt ?? '').toLowerCase();
  // "There is no scope that isn't used" is "Every scope is used"; data, and what is plural, is "All ...".
  const singular = auxiliary.startsWith('does') || auxiliary.startsWith('is');
  const head = /^nothing$/i.test(lead) ? 'Everything' : /^none\s+of$/i.test(lead) ? 'All of' : singular && !MASS.test(what) ? 'Every' : 'All';
  const rest = is !== undefined || isnt !== undefined ? `${auxiliary.startsWith('is') ? 'is' : 'are'} ${verb}` : auxiliary.startsWith('does') ? thirdPerson(verb) : verb;
  return `${head} ${what} ${rest}${text.slice(whole.length)}`;
}

/** The sentence with its double negatives undone: read as the universal or the "always" they mean, or blanked where they mean nothing Candor checks. */
export function undoubled(text: string): string {
  const always = text.replace(NEVER_FAILS, 'always');
  const read = universal(always);
  if (read !== always || !(DENIED_TWICE.test(read) || NEEDS.test(read))) return read;
  return read.split(CLAUSES).map((clause) => (DENIED_TWICE.test(clause) || NEEDS.test(clause) ? ' '.repeat(clause.length) : clause)).join('');
}
