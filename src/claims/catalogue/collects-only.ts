import type { PersonalDataUse } from '../../scan/facts.ts';
import { defineClaim, outcome } from '../define.ts';
import { joinWords, places, unreadSources } from '../evidence.ts';
import { EXCEPTION, firstLine, followingLines, gap, NOT, phrase } from '../phrases.ts';
import { PHONE_NUMBERS } from '../frames.ts';
import { personalDataKept } from '../storage.ts';

type Kind = PersonalDataUse['kind'];
type Params = { kinds: Kind[] };

/** The personal data a list may name. */
const NAMED: Array<[Kind, RegExp]> = [
  ['account-id', /\b(?:account|user)\s*IDs?\b|\baccountIds?\b/i],
  ['email', /\be-?mails?(?:\s+address(?:es)?)?\b/i],
  ['display-name', /\b(?:display|user|full)\s*names?\b|\bnames\s+of\b/i],
  ['ip-address', /\bIP\s+address(?:es)?\b/i],
  ['phone-number', new RegExp(String.raw`\b${PHONE_NUMBERS}\b`, 'i')],
];
/** A list that does not say which data: "only the data needed for the app to work", "personal data", a category ("Atlassian account data", "Contact details"). */
const VAGUE = /\b(?:necessary|needed|needs?|required|requires|essential|minimum|limited\s+to\s+what|what\s+(?:it|we|the\s+app)|personal\s+(?:data|information)|PII|user\s+(?:data|information)|profile\s+information|account\s+(?:data|information)|(?:contact|payment)\s+details)\b/i;

const NO_OTHER = /,?\s+(?:and\s+)?(?:no|nothing)\s+(?:other|else|more)\b.*$/i;
const ONLY_KEPT = phrase`^(?:(?:we|the\s+app)\s+(?:store|keep|collect)s?\s+)?only\s+((?:[\w'-]+\s+){1,6}?)(?:is|are)\s+(?:stored|kept|collected|saved|persisted|retained)\b`;
/** "The app only stores data in Forge storage": where, not what. A colon opens the list ("... one item of personal data: the account ID"). */
// "the only thing we store there is ...": there, where the sentence said before (on our servers), not all the app keeps.
const WHERE = /^\s*(?:(?:the|your|any|all|its|app|customer|user)\s+)*(?:data|information|content)?\s*(?:(?:in|on|within|inside|at|locally|for|while|when|as|where|temporarily|there)\b|$|[.,;])/i;
/**
 * "The app stores the account IDs of voters, and no other personal data", "keeps the account ID only": the list is what the verb takes;
 * not what a prompt or a request holds ("the prompt holds the summaries and nothing else"), which is what is sent, not collected.
 */
const LISTED = phrase`(?<!\b(?:prompts?|requests?|payloads?|messages?|e-?mails?|events?|notifications?|webhooks?|quer(?:y|ies)|bod(?:y|ies)|calls?)(?:\s+(?:to|for|from)\s+[\w.-]+)?\s+)\b(?:collects?|stores?|keeps?|saves?|retains?|records?|holds?)\s+(?!only\b)((?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,8}?[\w'-]+)(?:,?\s+and\s+(?:no\s+other\s+personal\s+(?:data|information)|nothing\s+(?:else|more)(?:\s+about\s+(?:(?:the|your)\s+)?(?:users|people|individuals|them))?)\b|\s+only\b(?=\s*(?:[.;,!?]|$)))`;
/** "Data we collect", "What the app stores" over a list: the list is all it keeps. */
const LIST_HEADING = phrase`^(?:(?:the\s+)?(?:personal\s+)?(?:data|information)\s+(?:we|the\s+app)\s+(?:collects?|stores?|keeps?)|what\s+(?:data\s+)?(?:we|the\s+app)\s+(?:collects?|stores?|keeps?))\s*:?\s*$`;
/** "Atlassian account IDs are the only identifiers we store" (or the app's name: "... TimeLog stores", not "our logs record"): the list is the subject, before "the only ... we store". */
const ONLY_ONES = phrase`\b((?:[\w'-]+\s+){1,5}?)(?:is|are)\s+the\s+only\s+(?:personal\s+)?(?:data|information|things?|identifiers?)\s+(?:we|it|the\s+(?:[\w-]+\s+){0,2}?(?:app|add-?on|plugin|panel|macro|gadget|integration|widget|extension)|(?:(?-i:[A-Z])[\w-]*\s+){1,3}?)\s*(?:collects?|stores?|keeps?|saves?|retains?|persists?|records?|holds?)\b`;
/** "Categories of Personal Data: Atlassian account IDs only.": a DPA's label, then the one kind it names. */
const LABEL_ONLY = phrase`^(?:(?:categories|types|kinds)\s+of\s+)?personal\s+(?:data|information)(?:\s+(?:stored|collected|kept|processed))?\s*:\s*(?!(?:none|no|n\/a)\b)([^.;!?:]{1,80}?)(?:\s+only|,?\s+and\s+nothing\s+(?:more|else))\s*[.!]?$`;
/** "Categories of personal data: Atlassian account ID, display name and hours worked": a record of processing's category list, all it processes. */
const CATEGORIES = phrase`^(?:categories|types)\s+of\s+personal\s+(?:data|information)(?:\s+(?:stored|collected|kept|processed))?\s*:\s*(?!(?:none|no|n\/a)\b)([^.;!?:]{1,160}?)\s*[.!]?$`;
/** A list left open: examples of it ("such as", "e.g.", "including"), "etc.", other data besides, a reference elsewhere ("see Annex II"), what another holds. */
const OPEN_LIST = /\b(?:such\s+as|e\.g\b|for\s+(?:example|instance)|including|etc\b|and\s+so\s+on|(?:any\s+)?other\s+(?:personal\s+)?(?:data|information|details|fields|content)|see|what)\b/i;
const PLACE_AFTER = /^\s*(?:in|on|within|inside|at|there|locally|outside)\b/i;
/** "a mood summary in an issue property": the list ends at a store, and says where rather than what alone is kept. */
const PLACE_IN = /\b(?:in|on|within|inside)\s+(?:(?:an?|the|its|their|our|each|every|one)\s+)?(?:[\w-]+\s+){0,2}(?:propert(?:y|ies)|storage|store|database|db|table|bucket|kvs|entit(?:y|ies)|cache|file|servers?|cloud)\b/i;
/** Only the list's own clause: "the account ID, and it is kept in Forge storage" names the data, then where it is. */
const placeIn = (list: string): boolean => PLACE_IN.test(list.split(/,\s*(?:and|but|which|where)\b|;/)[0]!);
/** Logs are where, not what the app collects: "Application logs hold identifiers and error codes only". */
const LOGS = /\blogs?\b/i;
/** A label's value: a short run of items, no sentence of its own ("Note text, the account ID of its author and the time"). */
const DATA_CELL = /^(?!(?:we|the\s+app|it|our|this|they|there)\b)[^.;!?:]{1,160}\.?$/i;
/** A cell that answers or says where, not what: "Yes, see below", "In Forge storage on your Atlassian site", "Atlassian cloud (Forge)". */
const NOT_A_LIST = /^(?:yes|no|none|n\/a|partly|partially|some)\b|^(?:(?:the|your|an?)\s+)?(?:Atlassian|Forge)(?:['\u2019]s)?(?:\s+(?:cloud|storage|site|infrastructure|platform|hosting|key-value|kvs|\(Forge\)))*\s*\.?$/i;
const kindsIn = (text: string): Kind[] => NAMED.filter(([, re]) => re.test(text)).map(([kind]) => kind);

/**
 * A denial of personal data with an exception that names what is kept: "The app does not store personal data (other than the user's account ID)",
 * "We keep no personal information except Atlassian account IDs", "No personal data is stored, apart from the account ID of each voter",
 * "We hold no data other than the account ID of each person who logs time" (data at large, with the exception that names it).
 */
const BUT = String.raw`\s*(?:,\s*|\(\s*|[\u2014\u2013-]\s*)?(?:other\s+than|except(?:\s+for)?|apart\s+from|aside\s+from|besides|beyond|save\s+for|with\s+the\s+exception\s+of)\s+([^().;!?]{1,80})`;
/** The exception's opening alone, with nothing captured: data at large is the denial only when an exception follows it. */
const BUT_AHEAD = String.raw`\s*(?:,\s*|\(\s*|[\u2014\u2013-]\s*)?(?:other\s+than|except|apart\s+from|aside\s+from|besides|beyond|save\s+for|with\s+the\s+exception\s+of)\b`;
const PERSONAL = String.raw`(?:any\s+)?personal(?:ly\s+identifiable)?\s+(?:data|information)|PII|(?:any\s+)?(?:data|information)(?=${BUT_AHEAD})`;
const EXCEPT_PERSONAL = phrase`(?:${NOT}${gap(20)}\b(?:store|keep|collect|persist|save|retain|hold|record)s?\s+(?:${PERSONAL})|\b(?:stores?|keeps?|collects?|persists?|saves?|retains?|holds?|records?)\s+no\s+(?:${PERSONAL})|\bno\s+(?:${PERSONAL})\s+(?:is\s+|are\s+)?(?:ever\s+)?(?:stored|kept|collected|persisted|saved|retained|held))${BUT}`;

/** "We don't store e-mail addresses or display names - only the account ID of each assignee": a denial, then the one kind kept after a dash. */
const DENIED_THEN_ONLY = phrase`(?:${NOT}${gap(20)}\b(?:store|keep|collect|persist|save|retain|record)s?\b|\b(?:stores?|keeps?|collects?|persists?|saves?|retains?|records?)\s+no\b)[^.;!?\u2014\u2013]{1,80}?\s+[\u2014\u2013]\s+(?:just|only)\s+((?:[\w'-]+\s+){0,7}?[\w'-]+)\s*[.!]?$`;

const PHRASINGS = [
  EXCEPT_PERSONAL,
  DENIED_THEN_ONLY,
  phrase`\b(?:only|solely|exclusively)\s+(?:collects?|stores?|keeps?|saves?|retains?|persists?|records?)\b`,
  phrase`\b(?:collects?|stores?|keeps?|saves?|retains?|persists?|records?)\s+only\b`,
  // "The only personal data the app touches is ...": what it handles at all, so what it keeps too.
  phrase`\bthe\s+only\s+(?:personal\s+)?(?:data|information|things?|identifiers?)\s+(?:we|it|the\s+(?:[\w-]+\s+){0,2}?(?:app|add-?on|plugin|panel|macro|gadget|integration|widget|extension))\s+(?:collects?|stores?|keeps?|saves?|persists?|touch(?:es)?|process(?:es)?|handles?)\b`,
  LABEL_ONLY,
  CATEGORIES,
  ONLY_KEPT,
  ONLY_ONES,
  LISTED,
  LIST_HEADING,
  // "The app keeps exactly one item of personal data: the Atlassian account ID of each page's owner."
  phrase`\b(?:collects?|stores?|keeps?|holds?|saves?)\s+(?:exactly|just)\s+(?:one|two|three|four|\d)\s+(?:items?|pieces?|kinds?|types?)\s+of\s+(?:personal\s+)?(?:data|information)\b`,
];

export default defineClaim<Params>({
  id: 'collects-only',
  title: 'Only the listed data collected',
  description:
    'The app collects (stores, or sends to a Forge remote that keeps it) no personal data beyond what the sentence lists: "We only collect Atlassian account IDs and worklog hours" is contradicted by an email address or display name written to a store. Only personal data is checked (account IDs, emails, names, IP addresses); what else the list names is not. A heading such as "Data we collect" over a list of short items claims that list, and so does the value beside a "Data stored" label in a table when it names data (not "Yes, see below" or where it is kept). A sentence that does not say which data ("only the data necessary for the app") is not this claim.',
  decidedBy: 'code',
  phrasings: PHRASINGS,
  // "| Data stored | Note text and the account ID of its author |": the cell after the label is the list.
  inContext: {
    phrasings: [DATA_CELL],
    // A label, not a heading over a list ("Data we collect", which LIST_HEADING reads with its list).
    context: /^(?:personal\s+)?(?:data|information)\s+(?:stored|collected|kept)\s*:?$/i,
  },
  // "The app does not store personal data (other than the user's account ID)": the exception is the list; any other exception re-opens the claim.
  readsExceptions: true,
  params: (sentence, match) => {
    const line = firstLine(sentence);
    const excepted = EXCEPT_PERSONAL.exec(line);
    if (excepted && excepted.index === match.index) {
      // "... other than what Jira already holds, such as account IDs": examples of a larger set, not all that is kept.
      if (OPEN_LIST.test(excepted[1]!)) return null;
      const kinds = kindsIn(excepted[1]!);
      return kinds.length === 0 || EXCEPTION.test(line.slice(excepted.index + excepted[0].length)) ? null : { kinds };
    }
    const then = DENIED_THEN_ONLY.exec(line);
    if (then && then.index === match.index) return kindsIn(then[1]!).length === 0 || PLACE_IN.test(then[1]!) ? null : { kinds: kindsIn(then[1]!) };
    if (EXCEPTION.test(line)) return null;
    if (match[0] === line && DATA_CELL.test(line) && !PHRASINGS.some((re) => re.test(line))) return VAGUE.test(line) || NOT_A_LIST.test(line) || WHERE.test(line) || /\b(?:none|nothing|no|not|never)\b/i.test(line) ? null : { kinds: kindsIn(line) };
    // "Our logs record only the request ID": what the logs hold, not what the app collects.
    if (LOGS.test(line.slice(0, match.index))) return null;
    // "Only account IDs are stored": the list is between "only" and the verb.
    const kept = ONLY_KEPT.exec(line);
    // "Only these items are kept:" then the list: the items name the data.
    if (kept && kept.index === match.index) return VAGUE.test(kept[1]!) ? null : { kinds: kindsIn([kept[1]!, ...(/:\s*$/.test(line) ? followingLines(sentence) : [])].join('\n')) };
    // "Account IDs are the only identifiers we store": the subject is the list; "... we store there" or "... in Forge" says where.
    const ones = ONLY_ONES.exec(line);
    if (ones && ones.index === match.index) return VAGUE.test(ones[1]!) || PLACE_AFTER.test(line.slice(ones.index + ones[0].length)) ? null : { kinds: kindsIn(ones[1]!) };
    const labelled = LABEL_ONLY.exec(line);
    // "Personal data: see section 4 only" names no kind of data.
    if (labelled && labelled.index === match.index) return VAGUE.test(labelled[1]!) || kindsIn(labelled[1]!).length === 0 ? null : { kinds: kindsIn(labelled[1]!) };
    const categories = CATEGORIES.exec(line);
    // A person's "names" in a list of categories of personal data are their display names.
    const named = categories ? kindsIn(categories[1]!.replace(/\bnames?\b/gi, 'display name')) : [];
    if (categories && categories.index === match.index) return VAGUE.test(categories[1]!) || OPEN_LIST.test(categories[1]!) || named.length === 0 ? null : { kinds: named };
    const listed = LISTED.exec(line);
    // "... holds error codes only" names no personal data, and "stores settings in Forge only" says where: neither is a list of personal data.
    if (listed && listed.index === match.index) {
      // "Only these are kept, and nothing more:" closes a list that follows it.
      const kinds = kindsIn([listed[1]!, ...(/:\s*$/.test(line) ? followingLines(sentence) : [])].join('\n'));
      return VAGUE.test(listed[1]!) || WHERE.test(listed[1]!) || placeIn(listed[1]!) || LOGS.test(line) || (kinds.length === 0 && !/\bno\s+other\b|\bnothing\s+(?:else|more)\b/i.test(listed[0])) ? null : { kinds };
    }
    // A heading's list: short items, one a line, not a paragraph of prose.
    if (LIST_HEADING.test(line)) {
      const items = followingLines(sentence);
      return items.length > 0 && items.every((item) => item.split(/\s+/).length <= 15) && !items.some((item) => VAGUE.test(item)) ? { kinds: kindsIn(items.join('\n')) } : null;
    }
    // What follows the verb is the list; "personal data" before it only says what kind of list ("The only personal data we keep is ...").
    // "..., and no other personal data" closes the list, and names no data of its own.
    const list = line.slice(match.index + match[0].length).replace(NO_OTHER, '');
    // "it only saves a mood summary in an issue property": what it keeps there, as "Account IDs are the only data we store in Forge storage" is.
    if (VAGUE.test(list) || WHERE.test(list) || placeIn(list)) return null;
    // "We store only the following:" or "Only these data points are kept, and nothing more:", then the list: the items name the data.
    const items = /:\s*$/.test(line) ? followingLines(sentence) : [];
    if (items.some((item) => VAGUE.test(item))) return null;
    return { kinds: kindsIn([line, ...items].join('\n')) };
  },
  examples: ['We only collect Atlassian account IDs and worklog hours.', 'The app stores only the account ID of each voter.'],
  messages: {
    verified: 'The personal data the app keeps is what the statement lists{{kept}}.',
    more: 'The app also keeps {{kinds}} ({{where}}).',
    incomplete: 'The app keeps no other personal data Candor can see, but {{where}} could not be read.',
  },
  verify(params, { facts }) {
    const allowed = new Set(Array.isArray(params.kinds) ? params.kinds : []);
    const kept = personalDataKept(facts);
    const extra = kept.filter((u) => !allowed.has(u.kind));
    if (extra.length > 0) {
      const evidence = extra.map((u) => u.evidence);
      return outcome('contradicted', 'more', evidence, { kinds: joinWords([...new Set(extra.map((u) => u.kind))]), where: places(evidence) });
    }
    const unread = unreadSources(facts);
    if (unread.length > 0) return outcome('unverified', 'incomplete', unread, { where: places(unread) });
    const kinds = [...new Set(kept.map((u) => u.kind))];
    return outcome('verified', 'verified', kept.map((u) => u.evidence), { kept: kinds.length > 0 ? ` (${joinWords(kinds)})` : '' });
  },
});
