/**
 * A denial put first, with its verb before its subject ("At no point is any of it sent to us", "Under no circumstances is
 * customer data stored on our servers", "Never does the app change a page"), rewritten in the order the phrasings and frames
 * read: "Nothing is sent to us", "Customer data is never stored on our servers", "The app does not change a page".
 */
import { isVerb } from './frames.ts';
import { thirdPerson } from './verbs.ts';

// "Never" only where a clause opens with it: "... and never will be" is no inversion.
const DENIAL_FIRST = /(^|[;:]\s*|,\s*(?:(?:and|but|so)\s+)?|\b(?:and|but|so)\s+)(?:at\s+no\s+(?:point|time|stage|moment)|under\s+no\s+circumstances?|in\s+no\s+(?:case|event)|on\s+no\s+account|(?<=^\s*|[;:]\s*)never)\s*,?\s+(is|are|was|were|will|would|can|could|shall|has|have|had|does|do|did)\s+([^.;:!?,]{1,200})/gi;
/** What opens no subject: a verb or an adverb ("will be stored", "has ever been", "is actually sent"). */
const NO_SUBJECT = /^(?:be|been|being|ever|again|not|there|[a-z]+ly)$/i;
const WORDS = /[\w'-]+/g;
/** How many words the subject may have: "any of the page text", "copies of issues". */
const MAX_SUBJECT = 6;
/** "any of it", "any of the page text", "any page content": the subject of a denial that reads "nothing", "no page text", "no page content". */
const ANY_OF_IT = /^any\s+of\s+(?:it|them|this|that|these|those)$/i;
const ANY = /^any\s+(?:of\s+(?:the|your|its|their|our|this|that|these|those)\s+)?/i;

/** The subject and what follows it, split before the first verb the frames read (a participle or a base form), or null. */
function subjectOf(rest: string): [subject: string, predicate: string] | null {
  let count = 0;
  for (const m of rest.matchAll(WORDS)) {
    if (count === 0 && (isVerb(m[0]) || NO_SUBJECT.test(m[0]))) return null;
    if (count > 0 && (isVerb(m[0]) || /^(?:ever|be|been)$/i.test(m[0]))) return [rest.slice(0, m.index).trim(), rest.slice(m.index)];
    if (++count > MAX_SUBJECT) return null;
  }
  return null;
}

export function uninverted(text: string): string {
  if (!/\b(?:no|not|never)\b/i.test(text)) return text;
  return text.replace(DENIAL_FIRST, (whole: string, lead: string, auxiliary: string, rest: string) => {
    const parts = subjectOf(rest);
    if (!parts) return whole;
    const [subject, predicate] = parts;
    const capital = lead === '' ? (word: string) => word[0]!.toUpperCase() + word.slice(1) : (word: string) => word;
    const aux = auxiliary.toLowerCase();
    const any = ANY.exec(subject);
    if (any) {
      // "any of it is sent" is "nothing is sent", "any of the page text" "no page text"; "does any of it leave" is "nothing leaves".
      const none = ANY_OF_IT.test(subject) ? capital('nothing') : `${capital('no')} ${subject.slice(any[0].length)}`;
      const verb = /^(?:does|do)$/.test(aux) ? /^([a-z]+)\b/i.exec(predicate) : null;
      if (verb) return `${lead}${none} ${aux === 'does' || none.toLowerCase() === 'nothing' ? thirdPerson(verb[1]!) : verb[1]!}${predicate.slice(verb[1]!.length)}`;
      return `${lead}${none} ${aux} ${predicate}`;
    }
    const denied = /^(?:does|do|did)$/.test(aux) ? `${aux} not` : `${aux} never`;
    return `${lead}${capital(subject)} ${denied} ${predicate}`;
  });
}
