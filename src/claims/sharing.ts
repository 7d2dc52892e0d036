/**
 * How statements deny sharing data with third parties ("We do not share personal data with third
 * parties", "No End-User Data is sent to third-party services"). Such a sentence is about the data, not
 * about using third parties at all: the `no-end-user-data-to-third-parties` claim judges it, and the
 * claims about egress or the list of third parties leave it alone.
 */
import { END_USER_DATA, type DataKind } from '../scan/facts.ts';
import type { VendorCategory } from '../scan/facts.ts';
import { aboutData, denies, namesData, readFrames, type Frame } from './frames.ts';
import { firstLine, gap, gapWithout, NOT, phrase, PURPOSE } from './phrases.ts';

/** Personal data: identifiers, emails, names, IP addresses. */
export const PERSONAL = String.raw`(?:personal\s+(?:data|information|details)|personally\s+identifiable\s+information|PII|(?:user\s+|personal\s+)?identifiers|account\s+IDs?|e-?mail\s+addresses|user\s+names|IP\s+addresses)`;
/** Personal data other than IP addresses: a sentence that names IP addresses alone denies sending those. */
const PEOPLE = new RegExp(PERSONAL.replace(String.raw`|IP\s+addresses`, ''), 'i');
/** What the products hold: pages, issues. */
export const CONTENT = String.raw`(?:(?:page|issue|product|Confluence|Jira)\s+(?:content|data|text|bod(?:y|ies)))`;
/** End-User Data at large: what users and products hold. */
export const END_USER = String.raw`(?:End[- ]User\s+Data|user\s+data|customer\s+(?:data|content|information)|your\s+data)`;
/** A kind of vendor named before the recipients ("analytics", "telemetry", "error-tracking"), and the catalogue categories it stands for. */
const KIND_CATEGORIES: Array<[RegExp, VendorCategory[]]> = [
  [/^(?:analytics|tracking|telemetry)$/i, ['analytics']],
  [/^(?:advertising|marketing)$/i, ['analytics', 'crm']],
  [/^monitoring$/i, ['monitoring']],
  [/^(?:error|crash)[- ](?:tracking|reporting)$/i, ['error-tracking']],
];
const KIND = String.raw`(?:analytics|advertising|marketing|tracking|telemetry|monitoring|(?:error|crash)[- ](?:tracking|reporting))`;
/** Kinds joined: "analytics or telemetry services", "error-tracking, monitoring and analytics tools". */
const KINDS = String.raw`${KIND}(?:\s*(?:,|\/|\bor\b|\band\b|\bnor\b)\s*${KIND})*`;
const KIND_NOUNS = String.raw`(?:providers|vendors|services|tools|companies|partners)`;
/** A third party named by its role in an embed: "the embedded provider", "the embedding service", "any embed provider" (Figma, YouTube ...). */
const EMBED_ROLE = String.raw`(?:the|any|an?)\s+(?:embedded|embedding|embed(?:'s)?|oEmbed)\s+(?:content\s+)?(?:providers?|services?|sites?|platforms?|hosts?)`;
/** "third parties", "Slack or any other third party", "analytics providers", "analytics or telemetry services", "any organisation outside Atlassian" (as "anyone outside Atlassian"). */
/** What the app sends a kind of vendor: "analytics events", "telemetry payloads". */
const KINDS_EVENTS = String.raw`(${KINDS})\s+(?:events?|payloads?|pings?)`;
const RECIPIENTS = String.raw`(?:anyone|anybody|${EMBED_ROLE}|(?:any\s+)?(?:other\s+)?(?:organi[sz]ations?|compan(?:y|ies)|business(?:es)?)(?=\s+outside\b)|(?:[\w.-]+(?:\s+[\w.-]+)?\s+(?:or|and|nor)\s+)?(?:any\s+)?(?:other\s+)?(?:third[- ]part(?:y|ies)(?:\s+(?:services|vendors|providers|processors|companies|tools))?|sub-?processors|${KINDS}\s+${KIND_NOUNS}))`;
const VERB = String.raw`(?:send|share|disclose|transfer|transmit|pass|provide|forward)`;
const DONE = String.raw`(?:sent|shared|disclosed|transferred|transmitted|passed|provided|forwarded)`;
const ONE = String.raw`(?:${PERSONAL}|${CONTENT}|${END_USER})`;
/** One kind of data or a list of them: "issue content or personal data". */
const DATA = String.raw`${ONE}(?:\s*(?:,|or|and|nor)\s+${ONE})*`;

export const SHARING_DENIALS: readonly RegExp[] = [
  phrase`${NOT}${gap(30)}\b${VERB}(?:s|es)?\b${gapWithout(30, 'logs?')}\b${DATA}${gap(30)}\b(?:to|with)\s+${RECIPIENTS}\b`,
  phrase`\bno\s+${DATA}\s+(?:is\s+|are\s+)?(?:ever\s+)?${DONE}\s+(?:to|with)\s+${RECIPIENTS}\b`,
  phrase`\b${DATA}\s+(?:is|are)\s+(?:never|not)\s+(?:ever\s+)?${DONE}\s+(?:to|with)\s+${RECIPIENTS}\b`,
  // "Data collected during the use of this add-on will not be shared with third parties."
  phrase`\b(?:${DATA}|data|information)\b${gap(60)}\b(?:is|are|will|shall)\s+(?:never|not)\s+(?:be\s+)?(?:ever\s+)?${DONE}\s+(?:to|with)\s+${RECIPIENTS}\b`,
  // "Analytics events never contain Atlassian account IDs": what the app sends its analytics vendor.
  phrase`^(?:(?:our|the|its|all|any)\s+)?${KINDS_EVENTS}\s+(?:never|do\s+not|don't|will\s+not|shall\s+not)\s+(?:contain|include|carry|hold)\b${gap(20)}\b${DATA}`,
];

/** What comes after an exception: "except Stripe, which processes payments", "other than:" and its list. */
const EXCEPT = /\b(?:except(?:\s+for)?|other\s+than|beyond(?=\s+(?:[\w-]+\s+){0,3}?(?:training|fine-?tuning|purposes?)\b)|apart\s+from|aside\s+from|besides|with\s+the\s+exception\s+of|excluding|save\s+(?:for|as)|(?:one|only|single|sole)\s+exception\s+(?:is|being)|(?:nobody|anybody|anyone|no[\s-]?one)\s+but(?!\s+(?:the\s+|your\s+)?(?:Atlassian|Forge|Jira|Confluence|Bitbucket)\b))\b([^]*)$/i;
/** Nothing before the exception word but a bullet or a mark: it opens the sentence. */
const LEADING = /^\W*$/;
/** An exception the law makes, which names no recipient. */
const LEGAL = /\b(?:law|laws|legal(?:ly)?|lawful|court|subpoena|authorit(?:y|ies)|regulat\w*)\b/i;

/** "We do not share data with third parties except Stripe": bare "data", which only a sentence that names its exceptions makes a claim of. */
export const SHARING_DENIAL_EXCEPT = phrase`${NOT}${gap(30)}\b${VERB}(?:s|es)?\b${gap(10)}\b(?:any\s+|the\s+|your\s+)?data\s+(?:to|with)\s+${RECIPIENTS}\b${gap(20)}\b(?:except|other\s+than|apart\s+from|besides|excluding)\b`;

/** Recipients beside the vendor, in a clause that names the vendor too ("... to our servers or to anyone else"): not "third-party APIs", a place. */
const OTHERS = /\b(?:any(?:one|body)\s+else|(?:any\s+)?(?:other\s+)?third[- ]part(?:y|ies)(?![- ](?:APIs?|services?|servers?|hosts?|endpoints?|systems?|tools?|databases?|storage))|(?:any\s+)?other\s+(?:compan(?:y|ies)|organi[sz]ations?|part(?:y|ies)|firms?))\b/i;

/** A clause that denies sharing data with third parties: "Personal information is never disclosed to outside companies", "... not forwarded to any outside service provider", "No outside party receives your data". */
// Bare "data" sent to third-party services or to us is egress (no-egress, third-parties-exactly decide it); shared with them, it is this.
// "We do not sell customer data" is not: a sale is no call in the code, and a processor the app sends data to buys nothing.
export const deniesSharingIn = (f: Frame): boolean =>
  aboutData(f) && !f.places.has('logs') && f.places.has('third-party') && (!f.places.has('ours') || OTHERS.test(f.text)) && !f.places.has('outside') && (denies(f, 'share') || ((denies(f, 'send') || denies(f, 'receive')) && namesData(f)));

/**
 * A denial held to a purpose ("No customer data is sent to AI models for training", "We do not share your data with third
 * parties for marketing"): the data may still go to them for others, which the code cannot tell apart.
 */
const FOR_A_PURPOSE = new RegExp(String.raw`\b(?:sen[dt]s?|shared?|shares|sharing|pass(?:es|ed)?|given|disclosed?|transferred|provided?|forwarded)\b[^,;.]*?\b(?:to|with)\b[^,;.]*?${PURPOSE}`, 'i');
/** A list of purposes that ends in all of them: "for advertising or any other purpose", "... or otherwise", "for any purpose". */
const ANY_PURPOSE = /^[^.;!?]*?\b(?:or\s+(?:for\s+)?(?:any\s+)?other\s+(?:purposes?|reasons?)|or\s+otherwise|for\s+any\s+(?:purposes?|reasons?))\b/i;

/** Whether a sentence's denial is held to some purposes ("... for marketing"), not to every purpose ("... for advertising or any other purpose"). */
export function heldToPurpose(sentence: string): boolean {
  const m = FOR_A_PURPOSE.exec(sentence);
  return m !== null && !ANY_PURPOSE.test(sentence.slice(m.index));
}

/** Whether a sentence (its first line) denies sharing some data with third parties. */
export function deniesSharing(sentence: string): boolean {
  const line = firstLine(sentence);
  return SHARING_DENIALS.some((re) => re.test(line)) || SHARING_DENIAL_EXCEPT.test(line) || readFrames(line).some(deniesSharingIn);
}

/**
 * The exception a denial makes ("except Stripe, which processes payments", "other than:" and the list
 * the sentence introduces): its text, and whether the law makes it ("except as required by law");
 * null when the denial has no exception word.
 */
export function sharingException(sentence: string): { text: string; legal: boolean } | null {
  const m = EXCEPT.exec(sentence);
  if (!m) return null;
  // "Except for Slack, to which the app posts ..., the app sends no data ...": an exception that opens the sentence ends at its comma.
  const text = (LEADING.test(sentence.slice(0, m.index)) ? m[1]!.split(/[,;:]/)[0]! : m[1]!).trim();
  return { text, legal: LEGAL.test(text) };
}

/** An exception of anything but Atlassian's own services ("other than the Jira REST API" excepts nothing outside Atlassian). */
export function nonAtlassianException(sentence: string): { text: string; legal: boolean } | null {
  const exception = sharingException(sentence);
  return exception && !/^(?:the\s+)?(?:Atlassian|Forge|Jira|Confluence|Bitbucket)\b/i.test(exception.text) ? exception : null;
}

/** The kinds of vendor a denial names as recipients ("analytics providers"); none when it speaks of third parties at large. */
export function deniedCategories(sentence: string): VendorCategory[] {
  const line = firstLine(sentence);
  const kinds = new RegExp(String.raw`\b(${KINDS})\s+${KIND_NOUNS}\b`, 'i').exec(line)?.[1] ?? new RegExp(String.raw`^(?:(?:our|the|its|all|any)\s+)?${KINDS_EVENTS}\b`, 'i').exec(line)?.[1];
  if (kinds) {
    const words = kinds.match(new RegExp(KIND, 'gi')) ?? [];
    return [...new Set(words.flatMap((word) => KIND_CATEGORIES.find(([re]) => re.test(word))?.[1] ?? []))];
  }
  if (/\b(?:AI|LLMs?|GenAI)\s+(?:providers|vendors|services|models|APIs)\b/i.test(line)) return ['ai'];
  return [];
}

/** Parts of an issue or a page: "Issue descriptions, comments and attachments are never sent ...". */
const CONTENT_PARTS = /\b(?:descriptions?|comments?|attachments?|(?:page|issue|message|email)\s+bod(?:y|ies)|file\s+contents?)\b/i;

/**
 * Whether a denial names parts of the content alone (descriptions, comments, attachments): what a call carries is product content
 * at large, not which field, so content sent neither proves nor breaks it.
 */
export function deniesContentPartsOnly(sentence: string): boolean {
  const line = firstLine(sentence);
  return CONTENT_PARTS.test(line) && !new RegExp(`${END_USER}|${CONTENT}`, 'i').test(line) && !new RegExp(PERSONAL, 'i').test(line) && !/\b(?:data|information|content)\b/i.test(line.replace(/\bfile\s+contents?\b/gi, ''));
}

/** The kinds of data a denial names: personal data (identifiers, emails, names, IP addresses; IP addresses alone), product content, or End-User Data at large. */
export function deniedKinds(sentence: string): DataKind[] {
  const line = firstLine(sentence);
  if (new RegExp(END_USER, 'i').test(line)) return [...END_USER_DATA];
  if (deniesContentPartsOnly(line)) return ['product-content', 'resolver-payload'];
  const kinds: DataKind[] = [];
  if (PEOPLE.test(line)) kinds.push('account-id', 'email', 'display-name', 'ip-address', 'phone-number');
  else if (/\bIP\s+addresses\b/i.test(line)) kinds.push('ip-address');
  if (new RegExp(CONTENT, 'i').test(line)) kinds.push('product-content');
  return kinds.length > 0 ? kinds : [...END_USER_DATA];
}
