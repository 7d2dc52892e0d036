import { isVerb } from './frames.ts';

/**
 * Denials worded by a noun, as translations from German or French often are ("A storage of IP addresses does not take
 * place", "The app proceeds to no modification of your pages"), a denial that leaves out its verb ("... and never on a server of
 * ours"), and a "neither ... nor" after its verb ("transmitted
 * neither to third parties nor ...", "stores neither page content nor personal data"): rewritten as the verb denied, which the
 * phrasings and frames read.
 */
const VERB_OF: Record<string, [base: string, past: string]> = {
  storage: ['store', 'stored'], storing: ['store', 'stored'], saving: ['save', 'saved'], logging: ['log', 'logged'],
  transfer: ['transfer', 'transferred'], transmission: ['transmit', 'transmitted'], disclosure: ['disclose', 'disclosed'],
  sharing: ['share', 'shared'], forwarding: ['forward', 'forwarded'], modification: ['modify', 'modified'],
  deletion: ['delete', 'deleted'], creation: ['create', 'created'],
};
const NOUN = String.raw`(${Object.keys(VERB_OF).join('|')})s?`;
const HAPPENS = String.raw`(?:take\s+place|occur|happen)`;
/** "A storage of X does not take place" -> "X is not stored". */
const NOT_TAKING_PLACE = new RegExp(String.raw`\b(?:an?|the|any)\s+${NOUN}\s+of\s+([^.;!?]{1,120}?)\s+(?:does\s+not|doesn't|will\s+not|won't|shall\s+not)\s+${HAPPENS}\b`, 'gi');
/** "No storage of X takes place" -> "X is not stored". */
const NONE_TAKES_PLACE = new RegExp(String.raw`\bno\s+${NOUN}\s+of\s+([^.;!?]{1,120}?)\s+(?:takes\s+place|occurs|happens|will\s+${HAPPENS})\b`, 'gi');
/** "proceeds to no modification of X", "makes no changes to X", "realises no transmission of X" -> "does not modify X". */
const DOES_NO = new RegExp(String.raw`\b(?:makes?|proceeds?\s+to|carr(?:y|ies)\s+out|performs?|undertakes?|reali[sz]es?|effects?|conducts?|executes?)\s+no\s+${NOUN}\s+(?:of|to)\b`, 'gi');
/**
 * "A training of AI models with customer content is not made by us", "No training of models on your data takes place" ->
 * "customer content is not used to train AI models": the training denied, with what it would be trained on.
 */
const NO_TRAINING = new RegExp(String.raw`(?:\b(?:an?|the|any)\s+|^|\b(no)\s+)training\s+of\s+((?:[\w-]+\s+){0,3}?models?)\s+(?:with|on|using)\s+([^.;!?]{1,100}?)\s+(?:(?:does\s+not|doesn't|will\s+not|won't)\s+${HAPPENS}|(?:is|are)\s+not\s+(?:made|done|carried\s+out|performed|conducted|undertaken)(?:\s+by\s+us)?|takes\s+place|occurs|happens)\b`, 'gi');
/**
 * "There's no data storage on our side", "Zero data storage." -> "data is not stored ...": a kind of data and its keeping named
 * together, denied as a whole clause (not "no data storage fees", which a noun after it makes something else; "No personal data
 * transfer outside the app" is read as it is).
 */
const NO_KIND_ACT = new RegExp(String.raw`(^|[.;:!?]\s+|\bthere(?:'s|\s+is)\s+)(?:no|zero)\s+((?:[\w'-]+\s+){0,2}?(?:data|information|content|details))\s+(storage|storing|saving|logging)(?=\s*(?:[.;,!?]|$)|\s+(?:on|in|at|by|outside|anywhere|with|to|of\s+any\s+kind)\b)`, 'gi');
/**
 * "saved as page attachments in Confluence and never on a server of ours" -> "... and never saved on a server of ours": a denial
 * that leaves out its verb takes the participle before it, when it names where data goes (a server, logs, a third party; "stored in
 * the EU and not in the US" is read as it is).
 */
const ELIDED = /(,?\s+(?:and|but)\s+(?:never|not)|,\s+never)\s+(?=(?:on|in|at|to|into|onto|with|inside|outside|within|by)\s+(?:[\w'-]+\s+){0,3}?(?:servers?|systems?|infrastructure|databases?|back[- ]?ends?|ours|logs?|third[- ]part(?:y|ies)|any(?:one|body)|vendors?|providers?|machines?)\b)/gi;
const PARTICIPLE = /(?:ed|kept|held|sent|left|written)$/i;

/** The participle a verbless denial leaves out: the last one before it in its clause, with no denial between. */
function elided(text: string, at: number): string | null {
  const clause = text.slice(0, at).split(/[.;:!?]/).pop()!;
  if (/\b(?:not|never|no)\b|n't\b/i.test(clause)) return null;
  const participles = (clause.match(/[a-z]+/gi) ?? []).filter((word) => isVerb(word) && PARTICIPLE.test(word));
  return participles.at(-1) ?? null;
}
/** "transmitted neither to X nor to Y" -> "not transmitted to X nor to Y". */
const NEITHER_AFTER = /\b(\w+ed)\s+neither\s+(to|with|in|on|by)\b/gi;

/** "stores neither page content nor personal data" -> "stores no page content and stores no personal data": each kind denied by the verb. */
const NEITHER_OBJECTS = /\b([a-z]+)\s+neither\s+((?:[\w'-]+\s+){0,4}?[\w'-]+)\s+nor\s+((?:[\w'-]+\s+){0,4}?[\w'-]+)(?=\s*(?:[.;:!?,)]|$))/gi;
/** A kind of scope, which the scope claims read as it is ("requests neither write nor delete scopes"). */
const SCOPE_KIND = /\b(?:scopes?|permissions?|access|privileges?)$/i;

const verbOf = (noun: string): [string, string] => VERB_OF[noun.toLowerCase()]!;

export function denialsByVerb(text: string): string {
  if (!/\b(?:place|occurs?|happens?|no|zero|neither|not|never)\b/i.test(text)) return text;
  return text
    .replace(NO_TRAINING, (whole: string, no: string | undefined, models: string, what: string) => (no === undefined && !/\b(?:not|n't)\b/i.test(whole) ? whole : `${what} is not used to train ${models}`))
    .replace(NOT_TAKING_PLACE, (_, noun: string, what: string) => `${what} is not ${verbOf(noun)[1]}`)
    .replace(NONE_TAKES_PLACE, (_, noun: string, what: string) => `${what} is not ${verbOf(noun)[1]}`)
    .replace(NO_KIND_ACT, (_, before: string, what: string, noun: string) => `${/^there/i.test(before) ? '' : before}${what} is not ${verbOf(noun)[1]}`)
    .replace(DOES_NO, (_, noun: string) => `does not ${verbOf(noun)[0]}`)
    .replace(ELIDED, (whole: string, denial: string, at: number, all: string) => {
      const verb = elided(all, at);
      return verb ? `${denial} ${verb} ` : whole;
    })
    .replace(NEITHER_AFTER, 'not $1 $2')
    .replace(NEITHER_OBJECTS, (whole: string, verb: string, first: string, second: string) => (isVerb(verb) && !SCOPE_KIND.test(second) ? `${verb} no ${first} and ${verb} no ${second}` : whole));
}
