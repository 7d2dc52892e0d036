/**
 * Building blocks for claim phrasings. A phrasing matches one clause of a sentence, so gaps never
 * cross a full stop or a semicolon; negations are explicit, because "does not request write scopes"
 * and "requests write scopes" are opposite claims.
 */

/** A negation: not, n't, cannot, never, no, neither, without. */
export const NOT = String.raw`(?:\bnot\b|n't\b|\bcannot\b|\bnever\b|\bno\b|\bneither\b|\bwithout\b)`;

/** An exception, which re-opens an absolute claim, unless it only makes room for the law; "beyond" a purpose is one ("... beyond AI model fine-tuning"), and beyond an identifier ("no personal data beyond the account ID"), beyond a place is not; "save as set out in Schedule 2" is one; so is "nobody but" ("shared with nobody but Stripe"). */
export const EXCEPTION = /\b(?:except|unless|other\s+than|beyond\s+(?:what|(?:[\w-]+\s+){0,3}?(?:training|fine-?tuning|purposes?)\b|(?:the\s+|an?\s+|its\s+|their\s+|each\s+)?(?:[\w'-]+\s+){0,2}?(?:account|user|e-?mail|display)\b)|apart\s+from|aside\s+from|besides|with\s+(?:the\s+)?exception\s+of|excluding|save\s+(?:for|as\s+(?:(?:expressly|otherwise|specifically)\s+)?(?:set\s+out|provided|described|stated|specified|listed|agreed|permitted))|(?:one|only|single|sole)\s+exception|(?:nothing|none|anything|nobody|anybody|anyone|no[\s-]?one)\s+but)\b(?![^.;]*\b(?:legally|by\s+law|law\s+requires))/i;

/** "(except for app storage)", "apart from its own Forge storage": the app's own storage, which holds no product content. */
const OWN_STORAGE_EXCEPTION = /\b(?:except(?:\s+for)?|other\s+than|apart\s+from|aside\s+from|besides)\s+(?:(?:the\s+)?app's\s+|its\s+|the\s+)?(?:own\s+)?(?:(?:app|Forge)\s+)?(?:storage|KVS|key[- ]value\s+stor(?:e|age))\b(?!\s+(?:and|or)\b)/gi;

/** Whether a sentence has an exception other than one for the app's own storage. */
export const exceptsMoreThanOwnStorage = (sentence: string): boolean => EXCEPTION.test(sentence.replace(OWN_STORAGE_EXCEPTION, ''));

/** A purpose a denial may be held to: "for training", "for their own marketing", "for AI model fine-tuning", "to train", "to improve". */
export const PURPOSE = String.raw`\b(?:for\s+(?:[\w-]+\s+){0,2}?(?:training|fine-?tuning|marketing|advertising|profiling)|to\s+(?:train|fine-?tune|improve))\b`;

/** Examples of a kind a sentence speaks of ("third-party LLM providers such as OpenAI or Anthropic"): they illustrate the kind, they are no list of vendors. */
export const EXAMPLES = /(?:,\s*|\s+)(?:such\s+as|e\.g\.|for\s+(?:example|instance)|like)\s+[^.;!?)]*/gi;

/**
 * The app said to be built on Forge and nothing else: "The app is built entirely on Atlassian Forge", "Built exclusively with Forge";
 * not "built on Forge" (a Forge app with a remote is built on Forge too), nor a part of it ("The front end is built entirely on Forge UI Kit").
 */
export const BUILT_ENTIRELY_ON_FORGE = String.raw`(?:^|\b(?!(?:UI|front[- ]?end|interface|client|view|views|panel|screens?|components?|parts?|modules?|pages?)\s)(?<!\bfront\s)[\w'-]+\s+(?:is|are|was|were|has\s+been|have\s+been)\s+)built\s+(?:entirely|exclusively|fully|solely|completely|wholly|only)\s+(?:on|with|using|in)\s+(?:the\s+)?(?:Atlassian(?:'s)?\s+)?Forge\b(?!\s+(?:UI|Custom\s+UI|UI\s+Kit)\b)`;

/** Up to `n` characters inside one clause. */
export const gap = (n: number): string => String.raw`[^.;!?]{0,${n}}?`;

/**
 * A clause of its own after ", and" or ", but": its own subject ("we", "the app") or its own verb ("..., and write scopes are requested ...");
 * or after a bare comma, its own subject ("..., the app uses a token you create").
 */
const NEW_CLAUSE = String.raw`,\s+(?:and|but)\s+(?:(?:we|it|they|the\s+app)\b|(?:[\w:-]+\s+){1,3}(?:is|are|was|were|has|have|will|can)\b)|,\s+(?:we|they|the\s+app)\s+(?!(?:and|or|nor)\b)[a-z]`;

/** A `gap` that may pass a dot inside a name ("Fly.io", "api.example.com"), not one that ends a sentence. */
export const gapDotted = (n: number): string => String.raw`(?:[^.;!?]|\.(?=\w)){0,${n}}?`;

/** A `gap` that stays in its clause: "We do not request read:jira-work, and write scopes are requested ..." denies no write scope. */
export const gapInClause = (n: number): string => String.raw`(?:(?!${NEW_CLAUSE})[^.;!?]){0,${n}}?`;

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
