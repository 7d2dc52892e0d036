/**
 * Finds the claims a published statement makes: each sentence (and heading) is tried against every
 * claim's phrasings. A sentence may carry several claims, and a claim made twice is kept twice,
 * each with its own source line. Sentences that only mention a topic do not count: questions,
 * hedged sentences ("may add", "most of our apps"), a clause held to a condition or to consent ("if ...", "without your consent"),
 * instructions ("Do not include passwords"),
 * and, for claims code decides, sentences with an exception ("except where documented"), unless the
 * claim reads the exception itself (`readsExceptions`: "except Stripe" names what it allows).
 */
import { EMOJI_BULLET, readsAsClause, sectionTitle } from '../statement/builder.ts';
import { MAX_SENTENCE_CHARS, readStatement } from '../statement/read.ts';
import { CHECK_ALONE, CROSS_ALONE, holdsTwoControls } from '../statement/sentences.ts';
import type { Block, Sentence, Statement } from '../statement/types.ts';
import { withAntecedent } from './antecedent.ts';
import { undoubled } from './double-negatives.ts';
import { uninverted } from './inverted.ts';
import { PEOPLE_CANNOT, readFrames, type Frame } from './frames.ts';
import { EXCEPTION } from './phrases.ts';
import { findScopes } from './scope-text.ts';
import { CLAIMS } from './registry.ts';
import { denialsByVerb } from './nominal.ts';
import { namesSeveralApps } from './several-apps.ts';
import { mayMatch, Words } from './required-words.ts';
import type { ClaimDefinition, ClaimSource } from './types.ts';
import { vendorsNamedIn } from './vendor-names.ts';
import { thirdPerson } from './verbs.ts';

export interface RecognisedClaim {
  claim: ClaimDefinition;
  params: Record<string, unknown>;
  source: ClaimSource;
}

export interface RecogniseOptions {
  /**
   * Only sentences under a heading that contains this text (any case), e.g. an app's name in a
   * statement that covers several apps: `Handoff for Jira` keeps "5.3 Handoff for Jira - Data Handling".
   */
  section?: string;
  /** The claims to look for; the whole registry by default. */
  claims?: readonly ClaimDefinition[];
}

/** "any other", "no other": beside what the sentence before named. */
const OTHER_THAN_BEFORE = /\b(?:any|no)\s+other\b/i;

interface Candidate {
  text: string;
  /** What the phrasings are tried on, when it is not `text`: a question answered "No", turned into the denial. */
  claim?: string | undefined;
  /** A table row's topic answered "None" ("| Backups | No |"): of the claims its made-up denial makes, only those the bare topic does not. */
  topic?: string;
  line: number;
  column: number;
  heading: boolean;
  /** The sentence and the lines of the list it introduces, one per line. */
  extended: string;
  /** For a block's first sentence, the heading or title line just before it. */
  context?: string | undefined;
  /** A heading's topic denied by the "None." under it: the line of that heading, whose own claims it does not repeat. */
  under?: number;
}

const QUESTION = /\?\s*$/;
// "We do not knowingly collect ..." denies only what the vendor knows of: a hedge, as "might" is; "nothing that could identify a user" hedges nothing.
const HEDGED = /\b(?:might|(?<!\b(?:nothing|anything)\s+that\s+)could|should|would|knowingly)\b|^(?:if|unless|whether(?!\s+or\s+not\b)|in\s+case)\b/i;
/** An incident as the case a notification answers ("If we confirm a security incident ..., we notify you within 72 hours", "In case of a data breach, ..."): the commitment's own trigger, no hedge. */
const INCIDENT_CASE = /^(?:if|in\s+case)\s+(?:of\s+)?(?:(?:we|you)\s+(?:[\w-]+\s+){1,2}?)?(?:an?|any|the)\s+(?:[\w-]+\s+){0,3}?(?:incidents?|breach(?:es)?)\b/i;
/** An aim is no promise about what the code does ("We aim to delete ... where possible"); a response target may be one ("We aim to reply within 3 days"). */
const AIMED = /\b(?:aims?|tr(?:y|ies)|striv(?:e|es)|endeavou?rs?|hopes?)\s+to\b|\b(?:where|wherever|whenever|as\s+far\s+as)\s+(?:possible|practicable|feasible)\b|\bbest[- ]efforts?\b/i;
/** A claim the vendor says it cannot make is denied, not made: "We cannot say that no data leaves Atlassian" (not "We do not claim certifications"). */
const DISCLAIMED = /(?:\bcannot|\bcan\s+not|n't|\bnot)\s+(?:say|claim|guarantee|promise|state|assert|confirm|warrant)\s+(?:that|no|nothing|none|never)\b/i;
// "may" in lower case only: "May 2026" is a date.
const MAY = /\bmay\b/;
/** "... never sees more than the current user may", "only what the user may see": what a user is permitted, no hedge. */
const USER_MAY = /\b(?:users?|viewers?|person|people|they)\s+may(?=\s*(?:[.,;)]|$)|\s+(?:see|view|access|read|open)\b)/g;
/**
 * A claim about most apps or most cases ("The vast majority of our apps do not ...", "We generally do not ...") says nothing for certain of this app;
 * the adverb hedges the claim when it comes with its subject, not in a clause after it ("..., as is usually recommended").
 */
const MOST_CASES = /\b(?:majority|most)\s+of\s+(?:our|these|its)\b|\bin\s+most\s+cases\b|^(?:(?!(?:as|which|that|where|when|than|like)\b)[\w'-]+,?\s+){0,6}?(?:generally|usually|typically|normally|mostly|largely)\b/i;
/** An instruction to the reader ("Do not paste secrets ..."), not a reassurance before a claim ("Don't worry, no data leaves Atlassian"). */
const INSTRUCTION = /^(?:(?:do\s+not|don't)(?!\s+(?:worry|fret|panic)\b)|please|never\s+(?:include|send|share))\b/i;
/** A plan, or what is not done yet, says what the app will do: "We plan to ...", "Nothing is stored in the EU region yet", "We are working towards ...", "We are planning an EU region", "... is on our roadmap". */
const PLANNED = /(?:\bnot|n't)\s+(?:\w+\s+)?yet\b|\byet[.!]?\s*$|\bworking\s+towards?\b|\b(?:we(?:'re|\s+are)?|it\s+is)\s+(?:also\s+)?(?:plan(?:ning|ned)?|intend(?:ing|ed)?)\s+to\b|\b(?:we(?:'re|\s+are)|it\s+is)\s+(?:also\s+)?planning\s+(?:an?|the|our)\b|\bin\s+a\s+(?:future|later|coming)\s+(?:release|version|update)\b|\bon\s+(?:our|the)\s+road\s*map\b/i;
/** A label of what is to come holds all that follows it: "Coming in 3.0: ...", "Coming soon: ...", "Planned for 2027: ...", "Roadmap: ...". */
const COMING = /^\W*(?:coming\s+(?:soon|in|with|next)\b|planned\b|road\s*map\s*:)/i;
/** Boilerplate about the document itself: "Nothing in this policy limits your rights under the GDPR", "This statement does not cover ...". */
const ABOUT_DOCUMENT = /^(?:nothing\s+in\s+)?(?:this|these)\s+(?:(?:privacy|security|data)\s+)?(?:policy|policies|terms|agreement|notice|statement|document|section)\s+(?:(?:does|do)\s+not\s+|doesn't\s+|don't\s+)?(?:limits?|restricts?|excludes?|affects?|prejudices?|appl(?:y|ies)|covers?|governs?)\b/i;
/** A sentence about the vendor's website or support desk, or about Atlassian's own practice, says nothing of the app's code. */
const NOT_THE_APP = /^(?:(?:our|the)\s+)?(?:(?:marketing|company|public|corporate|documentation)\s+)?(?:web\s*site|(?:marketing|documentation)\s+site|blog|newsletter|(?:support|sales|service)\s+(?:desk|team|portal|staff|engineers)|help\s*(?:desk|cent(?:re|er)))\b/i;
/**
 * Another edition of the app, named as the sentence's label or opening phrase: "Data Center: the plugin ... never phones home", "For Data Center
 * customers, the app makes no outbound connections", "On Server, ...", both joined ("Data Center and Server: ..."); not a label "Server:" alone, which may name where the Cloud app runs.
 * What the self-hosted edition does is no claim about the Cloud app's code.
 */
const DC_AND_SERVER = String.raw`(?:Data\s+Cent(?:er|re)(?:\s*(?:and|or|&|\/)\s*Server)?|Server\s*(?:and|or|&|\/)\s*Data\s+Cent(?:er|re))`;
const OTHER_EDITION = new RegExp(String.raw`^(?:(?:for|on|in|with)\s+(?:the\s+)?(?:Jira\s+|Confluence\s+|Bitbucket\s+)?(?:${DC_AND_SERVER}|Server)(?:\s+(?:customers|editions?|versions?|users|instances?))?\s*[,:\u2014\u2013]|(?:(?:Jira|Confluence|Bitbucket)\s+)?(?:${DC_AND_SERVER}(?:\s+(?:editions?|versions?))?|Server\s+(?:edition|version))\s*[:\u2014\u2013])`, 'i');
/** "On the server, ...", "in server, ...": the vendor's own back end, which the Server edition is only when named as such ("On Server, ..."). */
const BACKEND_SERVER = /^(?:[Ff]or|[Oo]n|[Ii]n|[Ww]ith)\s+(?:the\s+[Ss]erver|server)\s*[,:\u2014\u2013]/;
/** Apps at large, not the checked one: "Apps that carry the Runs on Atlassian badge have no remotes", "An app with no back end ...", a programme's rule ("Runs on Atlassian apps must not call external services"). */
const ANY_APP = /^(?:apps|any\s+app|an\s+app|every\s+app)\s+(?:that|which|with|carrying|bearing)\b|^(?:(?:Runs\s+on\s+Atlassian|Forge|Connect|Marketplace|Cloud\s+Fortified|eligible|badged)\s+)+apps\s+(?:must|shall|need\s+to|have\s+to|are\s+(?:required|expected)\s+to|may\s+not|cannot|can't)\b/i;
/** A denial the vendor denies ("It isn't that the app keeps no data - it keeps your settings"): the clause affirms; what follows may claim. */
const DENIED_DENIAL = /\bit(?:\s+is\s+not|['\u2019]s\s+not|\s+isn['\u2019]t)\s+(?:true\s+|the\s+case\s+)?that\b(?=[^,\u2014\u2013;:.]*?(?:\b(?:no|not|never|nothing|none)|n['\u2019]t)\b)[^,\u2014\u2013;:.]*/gi;
const blank = (words: string): string => ' '.repeat(words.length);
/** The denied denial, affirmed: "It isn't that the app keeps no data" reads "the app keeps data"; offsets stay put. */
const undenied = (clause: string): string => clause.replace(/^.*?\bthat\b/i, blank).replace(/\b(?:no|not|never|nothing|none)\b|n['\u2019]t\b/gi, blank);
/** Atlassian's own practice, which no claim of the vendor's is about: "Atlassian stores your Jira data in data centres certified to ISO 27001", "Atlassian holds SOC 2 reports for Forge"; not Atlassian deleting the app's data on uninstall ("Atlassian deletes what the app stored once you uninstall it"), which is the app's claim. */
const ATLASSIAN_DOES = /^Atlassian\s+(?:itself\s+)?(?!(?:deletes?|removes?|purges?|erases?)\b(?=[^.;!?]*\b(?:the\s+app|its)\b)(?=[^.;!?]*\buninstall))(?:never|does|do|is|will|can|has|may|stores?|keeps?|hosts?|encrypts?|shares?|sends?|logs?|holds?|maintains?|operates?|manages?|retains?|deletes?|removes?|purges?|owns?|offers?|provides?)\b/i;
/**
 * "anything it cannot delete", "nothing that we are unable to export": a relative clause that denies narrows what the sentence covers;
 * "Settings that the administrator does not save are lost": the denial is the subject's, and the sentence's verb comes after it.
 */
const NARROWING_RELATIVE = /\b(?:anything|nothing|data|information|content)\s+(?:that\s+|which\s+)?(?:we|it|you|they|the\s+app)\s+(?:(?:are|is)\s+unable\b|cannot\b|can't\b|could\s+not\b|couldn't\b|(?:do|does)\s+not\b|(?:don't|doesn't)\b)|\b(?:that|which)\s+(?:(?:the|a|an|your|our)\s+)?[\w-]+\s+(?:(?:does|do)\s+not|doesn't|don't)\s+[\w-]+\s+(?:are|is|will|get|gets|stay|stays|remain|remains)\b/i;
/** "Since the app can't read attachments, it stores a link": the reason's negation ends at its comma. */
const REASON_FIRST = /^\s*(?:since|because|as|given\s+that|now\s+that|though|although|while|whereas)\b[^,;.!?]*,/i;
// The look-behind keeps a long run of letters from being rescanned from each of its positions.
const URL = /\b(?:https?:\/\/|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
/** "other than Atlassian's APIs", "apart from calls to the Jira REST API", "talks to nothing but Jira": Atlassian's own services, which no claim about leaving Atlassian excepts. */
const ATLASSIAN_EXCEPTION = /\b(?:other\s+than|except(?:\s+for)?|apart\s+from|besides)\s+(?:(?:calls|requests)\s+(?:made\s+)?to\s+)?(?:the\s+)?(?:Atlassian|Forge|Jira|Confluence|Bitbucket)(?:'s)?\s+(?:own\s+)?(?:(?:REST|product)\s+)?(?:APIs?|servers?|infrastructure|platform|cloud|hosts?|endpoints?)\b|\b(?:nothing|none|nobody|no[\s-]?one)\s+but\s+(?:the\s+|your\s+)?(?:Atlassian|Forge|Jira|Confluence|Bitbucket)\b(?:(?:'s)?\s+(?:own\s+)?(?:(?:REST|product)\s+)?(?:APIs?|servers?|infrastructure|platform|cloud|hosts?|endpoints?|site|instance)\b)?(?=\s*(?:[.;:,!)]|$))/gi;
/**
 * A condition or the customer's consent holds the clause it is in to a case: "... doesn't store data if you use the trial", "... stores
 * your e-mail if you do not opt out", "once a site admin switches it on, excerpts go to OpenAI" (an opt-in feature), "We do not send your data to any LLM provider without your consent", "... never writes to Jira without the user's confirmation" (with it, the app may);
 * not the other clauses ("The app does not store personal data, and if you enable sync it sends summaries to Slack").
 */
const CONDITION = /(?<!\beven\s)\bif\s+(?:you|your|the|a|an|they|we|users?|admins?|administrators?|it|no|any)\b|\b(?:once|when|after)\s+(?:(?:a|an|the|your)\s+)?(?:(?:site|org|organi[sz]ation|Jira|Confluence|project)\s+)?(?:you|admins?|administrators?|users?|customers?)\s+(?:(?:has|have)\s+)?(?:enabled?s?|switch(?:es|ed)?\s+(?:it|this|the\s+[\w-]+(?:\s+[\w-]+)?)\s+on|turn(?:s|ed)?\s+(?:it|this|the\s+[\w-]+(?:\s+[\w-]+)?)\s+on|opts?\s+in|opted\s+in|activates?|activated)\b/i;
const CONSENT = /\bwithout\s+(?:(?:your|their|the\s+(?:customer|user|admin(?:istrator)?)'s|(?:explicit|prior|express|written)(?:\s+(?:and|or)\s+\w+)?|(?:an?\s+)?(?:user|customer|admin(?:istrator)?))\s+(?:\w+\s+)?(?:consent|permission|approval|authori[sz]ation|agreement|confirmation|opt[- ]in|sign[- ]off)\b|(?:first\s+)?(?:asking|consulting|prompting)\s+(?:you|them|the\s+(?:customer|user|admin(?:istrator)?)|users?|admins?)\b|(?:you|them|the\s+user|a\s+user|users|an?\s+admin(?:istrator)?)\s+(?:first\s+|explicitly\s+)?(?:confirming|approving|agreeing|choosing|asking|requesting|opting\s+in))/i;
/**
 * A denial by default, or an exception a user's or an admin's choice makes, holds the clause to the setting as shipped: "Customer data is not shared
 * with third parties by default", "Out of the box, nothing leaves Atlassian", "... unless you enable the Slack integration" (not "unless required by
 * law", nor what is there without setup: "Data residency is supported out of the box").
 */
const BY_DEFAULT = /^(?=.*?(?:\b(?:not|no|never|nothing|none|nobody)\b|n't\b)).*?\b(?:by\s+default|out\s+of\s+the\s+box|in\s+(?:its|the)\s+default\s+(?:setup|configuration|settings?))\b|\b(?:unless|until)\s+(?:(?:a|an|the|your)\s+)?(?:(?:site|org|organi[sz]ation|Jira|Confluence|project|space|workspace)\s+)?(?:you|admins?|administrators?|users?|customers?|owners?)\s+(?:(?:explicitly|first)\s+)?(?:enables?|switch(?:es)?|turns?|opts?\s+in|activates?|connects?|configures?|installs?|adds?|sets?\s+up|allows?|grants?)\b/i;
const HELD = new RegExp(`${CONDITION.source}|${CONSENT.source}|${BY_DEFAULT.source}`, 'i');
/** Where a clause of its own starts: "; ", ", and", ", but". */
const CLAUSE = /(?=;|:\s|,\s*(?:and|but)\b)/i;
/** The sentence with its planned clauses blanked out, offsets kept. */
/**
 * A clause about a past version, which the app no longer is: "Before version 3.2 the app kept e-mail addresses ...", "Until release 2.0,
 * ...", "Versions up to 1.8 sent crash reports to Bugsnag"; not "since 3.2", which is the app now, nor an amount ("Up to 1.5 GB of ...").
 */
const PAST_VERSION = /^\s*(?:before|until|till|prior\s+to|up\s+to)\s+(?:(?:(?:the\s+)?(?:version|release)\s+v?|v)\d+(?:\.\d+)*|\d+\.\d+(?:\.\d+)*(?!\s*(?:[KMGT]i?B|bytes?|%|percent|(?:milli)?seconds?|minutes?|hours?|days?|weeks?|months?|years?|[ap]\.?m\.?)(?![\w-])))\b|^\s*(?:(?:in|on)\s+)?(?:(?:all|older|earlier|previous)\s+)?(?:versions?|releases?)\s+(?:up\s+to|before|prior\s+to|older\s+than|earlier\s+than|below|until)\s+v?\d+(?:\.\d+)*\b/i;
/** What the app will do or did once: a plan, or a clause about a past version. */
const NOT_NOW = new RegExp(`${PLANNED.source}|${PAST_VERSION.source}`, 'i');
const withoutPlanned = (text: string): string => text.split(CLAUSE).map((clause) => (NOT_NOW.test(clause) ? ' '.repeat(clause.length) : clause)).join('');
/** The sentence with the clauses held to a case blanked out, offsets kept. */
const withoutHeld = (text: string): string =>
  HELD.test(text) ? text.split(CLAUSE).map((clause) => (HELD.test(clause) ? ' '.repeat(clause.length) : clause)).join('') : text;
/** A sentence that names what it excludes, or what it closes, by what came before it ("No other ...", "It does not call any other ...", "These are the only scopes ..."). */
const REFERS_BACK = /^(?:[\w-]+\s+){0,3}(?:no\s+other|(?:not|never|\w*n't)\s+(?:[\w-]+\s+){1,5}any\s+other)\b|^(?:these|those|they)\s+are\s+the\s+only\b/i;
/**
 * Compatibility forms (full-width letters) and typographic apostrophes, quotes and hyphens ("don\u2019t", \u201c...\u201d, third\u2011party) read as ASCII;
 * the plurals non-native writers give uncountable nouns ("No informations are transferred", "personal datas") read as the noun, and
 * "We have not any server" as "We have no server", "does not sends any data outside from Atlassian" as "does not send any data outside Atlassian".
 */
// A check mark before an item ("\u2705 No tracking or analytics") says yes to it, and nothing more; a cross ("\u2717 Forge remotes") says "No",
// unless the item denies by itself. A footnote mark ("Mixpanel\u00b2") is no part of the word, and a code span's backticks ("`storage:app`") no quote.
// Markdown emphasis pasted into a sentence ("**Egress:** none") is no part of its words; "EUD" and "3rd parties" read spelt out;
// a topic labelled "none" ("Remotes: none.", "Egress: none declared in the manifest") is the topic denied, and "Zero servers." is "No servers.".
const plain = (text: string): string => text.replace(FOOTNOTE_MARK, '').normalize('NFKC').replace(EMPHASIS, '$2').replace(LEADING_MARK, '')
  .replace(CROSS, (_, denies: string | undefined) => (denies ? '' : 'No ')).replace(/->|\u27f6|\u279c|\u21d2/g, '\u2192').replace(/`([^`\s]+)`/g, '$1').replace(KVS_PACKAGE, 'Forge KVS').replace(/[\u2018\u2019\u201a\u201b\u02bc\u2032\u00b4`]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"').replace(/[\u2010\u2011\u2012]/g, '-').replace(/\b(data|information)s\b/gi, '$1').replace(/\b(have|has)\s+not\s+any\b/gi, '$1 no').replace(NON_NATIVE_VERB, '$1 $2').replace(/\b(outside|inside)\s+from\b|\b(inside)\s+of\b/gi, (_, out: string | undefined, inside: string | undefined) => out ?? inside!)
  .replace(/\bEUD\b/g, 'End-User Data').replace(/\b3rd([- ]part(?:y|ies))\b/gi, 'third$1').replace(TOPIC_NONE, 'No $1').replace(/(^|[.!]\s+)zero\s+(?=[a-z])/gi, '$1No ').replace(/([,;]\s+)zero\s+(?=[a-z])/gi, '$1no ').replace(MIDDLE_DOT, ', ');
/** Forge's key-value store named by its package, in a parenthesis after "Forge storage" or alone: "Forge storage (`@forge/kvs`)" is "Forge KVS". */
const KVS_PACKAGE = /(?:\b(?:Atlassian\s+)?Forge(?:'s)?\s+(?:hosted\s+)?storage\s*)?\(\s*@forge\/kvs\s*\)|(?<![\w/])@forge\/kvs\b/gi;
/** "does not sends", "doesn't stores": a verb after a denied "do" takes no ending; "outside from Atlassian" is "outside Atlassian". */
const NON_NATIVE_VERB = /\b((?:does|do|did)\s+not|doesn't|don't|didn't)\s+(send|store|keep|share|collect|transfer|transmit|save|log|sell|track|leave|write|use)s\b/gi;
const EMPHASIS = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g;
/** A middle dot between items ("no remotes \u00b7 no egress \u00b7 no AI"), as a card writes a run: a comma. */
const MIDDLE_DOT = /\s+[\u00b7\u2022]\s+/g;
/**
 * "Remotes: none", "Egress: none declared in the manifest": not an answer's label ("A: None"), which the question before it reads, nor a GDPR
 * record's "Recipients: none", which names no third party (a bare "No recipients" may be an e-mail's).
 */
const TOPIC_NONE = /^(?!(?:answer|response|status|note|reply|recipients)\b)([A-Za-z][\w-]{2,}(?:\s+[\w-]+){0,3}):\s+none\b(?=[.!]?$|\s+(?:declared|used|configured|requested|in\s+use|at\s+all)\b)/i;
/**
 * A data-flow line that starts at the product or the user ("Jira -> our app -> OpenAI (prompt only)"): each arrow is data going to the next hop,
 * when a hop after the first is a vendor, a host or the app's server, and none is a place in the UI: "Jira settings -> Apps -> OpenAI Assistant"
 * and "Jira issue -> OpenAI Assistant panel -> Summarize button" are paths through menus.
 */
const FLOW = /^\s*(?:(?:the|your)\s+)?(?:Jira|Confluence|Bitbucket|Compass|Atlassian|Forge|browser|users?)\b[^\u2192]{0,40}\u2192/i;
const ARROW = /\s*\u2192\s*/g;
const UI_PLACE = /\b(?:settings|apps|panel|button|menu|page|tab|screen|dialog|modal|sidebar|toolbar|integrations|connections|configuration|preferences)\b/i;
const APP_SERVER = /\b(?:our|the\s+app's)\s+(?:[\w-]+\s+)?(?:app|add-?on|servers?|backend|back[\s-]end|worker|service|remote|api)\b|\bback[\s-]?end\b/i;
const HOST_HOP = /\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b/i;
const goesTo = (hop: string): boolean => APP_SERVER.test(hop) || HOST_HOP.test(hop) || vendorsNamedIn(hop).length > 0;
function flowRead(text: string): string {
  if (!FLOW.test(text)) return text;
  const hops = text.split(ARROW).slice(1);
  return hops.some((hop) => UI_PLACE.test(hop)) || !hops.some(goesTo) ? text : text.replace(ARROW, ' goes to ');
}
/** The text the phrasings and frames read. */
const readable = (text: string): string => flowRead(denialsByVerb(uninverted(undoubled(plain(text).replace(ANNEX, '')))));
/** A DPA's annex or schedule before its label: "Annex I, categories of personal data: ...", "Schedule 2 - Sub-processors: ...", a record's title ("DPIA summary \u2014 ..."). */
const ANNEX = /^(?:(?:Annex|Schedule|Appendix|Exhibit)\s+(?:[IVX]+|\d+|[A-Z])\b|(?:DPIA|Data\s+protection\s+impact\s+assessment|Record\s+of\s+processing(?:\s+activities)?|RoPA)(?:\s+(?:summary|extract))?)\s*[,:.\u2014\u2013-]\s*/i;
/** A check mark, an emoji or a bullet before an item ("\u2705 No tracking", "\u{1f512} Nothing leaves your site", "\u2022 Logs: error codes only" read alone), as a statement's reader strips a list item's bullet. */
const LEADING_MARK = new RegExp(String.raw`^\s*(?:\u2713|[\u2022\u25e6\u25aa\u2023\u25cf]|${EMOJI_BULLET})\s*`, 'u');
const FOOTNOTE_MARK = /(?<=[\p{L}\p{N}.,)\]])[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+/gu;
const CROSS = /^\s*[\u2717\u2718\u274C\u2612\u26D4\u{1F6AB}]\uFE0F?\s*(?=((?:no|not|never|none|nothing)\b)?)/iu;
/** How many blocks after a sentence can hold the list it introduces. */
const MAX_LIST = 40;

export function recogniseClaims(statement: Pick<Statement, 'file' | 'blocks' | 'sentences'>, options: RecogniseOptions = {}): RecognisedClaim[] {
  const claims = options.claims ?? CLAIMS;
  const out: RecognisedClaim[] = [];
  const seen = new Set<string>();
  const fromHeading = new Set<RecognisedClaim>();
  let onlyTo = false;
  for (const candidate of candidates(statement, options.section)) {
    const source: ClaimSource = { kind: 'statement', file: statement.file, line: candidate.line, column: candidate.column, text: candidate.text };
    const affirmed = candidate.topic === undefined ? [] : match({ ...candidate, claim: candidate.topic, extended: candidate.topic }, source, claims).map((f) => f.claim);
    const matched = match(candidate, source, claims);
    // "Data is only sent to *.zendesk.com. The app does not communicate with any other external service.": the other is beside the named destination.
    const besides = onlyTo && OTHER_THAN_BEFORE.test(candidate.text);
    onlyTo = matched.some((f) => f.claim.id === 'egress-only-to');
    for (const found of matched.filter((f) => !(besides && f.claim.id === 'no-egress'))) {
      if (affirmed.includes(found.claim)) continue;
      // An answer "No. We keep no personal data." makes its claim once, by the question or by its own words.
      const key = `${found.claim.id}:${candidate.line}`;
      if (seen.has(key) || (candidate.under !== undefined && seen.has(`${found.claim.id}:${candidate.under}`))) continue;
      seen.add(key);
      out.push(found);
      if (candidate.heading || titleAt(statement.blocks, candidate.line)) fromHeading.add(found);
    }
  }
  if (fromHeading.size === 0) return out;
  // "Permissions" over "- read:jira-work: read issues", "- storage:app: ...": an item of the title's own list makes the title's claim in part; the title reads it whole.
  const parts = new Set<RecognisedClaim>();
  for (const found of fromHeading) {
    const index = statement.blocks.findIndex((b) => b.line === found.source.line && isTitle(b));
    const items = new Set(listUnder(statement.blocks, index).filter((b) => b.kind === 'list-item' || b.kind === 'table-row').map((b) => b.line));
    for (const other of out) if (other.claim === found.claim && !fromHeading.has(other) && items.has(other.source.line)) parts.add(other);
  }
  const kept = parts.size === 0 ? out : out.filter((found) => !parts.has(found));
  return kept.filter((found) => !fromHeading.has(found) || !madeBelow(found, kept, fromHeading, statement.blocks));
}

/** A heading, or a title line of plain text ("Personal data reporting", a short line that ends as no sentence does and reads as none). */
const isTitle = (block: Block): boolean =>
  block.kind === 'heading' || (block.kind === 'paragraph' && !/[.!?:;,]\s*$/.test(block.text) && block.text.trim().split(/\s+/).length <= 6 && !readsAsClause(block.text));
const titleAt = (blocks: readonly Block[], line: number): boolean => blocks.some((b) => b.line === line && isTitle(b));

/** A heading's claim that a sentence under it makes again ("Personal data reporting", then "The app reports ... once a day"): the sentence says it, with its details. */
function madeBelow(found: RecognisedClaim, out: readonly RecognisedClaim[], fromHeading: ReadonlySet<RecognisedClaim>, blocks: readonly Block[]): boolean {
  const line = found.source.line;
  const next = blocks.find((b) => b.line > line && isTitle(b))?.line ?? Infinity;
  return out.some((other) => other.claim === found.claim && !fromHeading.has(other) && other.source.line > line && other.source.line < next);
}

/**
 * A question answered on its own line: "Is data encrypted at rest? Yes, by Forge.", "Does the app use sub-processors? No.",
 * "Is my data backed up by you? We hold no copy of your data." (the question asks; only the answer claims).
 */
const ANSWERED_LINE = /^[^?]{8,}\?\s+(?:(?:yes|no|never|none)\b|[A-Z])/;
/**
 * Two questions or more, each answered "Yes" or "No", on one line: the answer is a word alone, the next question starts with a capital and
 * ends at its question mark, with no sentence between ("Is data shared? No personal data leaves Jira. Any vendors? No" answers in a sentence).
 */
const NEXT_QUESTION = String.raw`(?-i:[A-Z])[^?.!;]{7,}\?`;
const ANSWERS_RUN = new RegExp(String.raw`^[^?]{8,}\?\s+(?:yes|no)\b[.,!]?\s+${NEXT_QUESTION}\s+(?:yes|no)\b`, 'i');
/** A question's one-word answer, where the next question starts. */
const AFTER_ANSWER = new RegExp(String.raw`(\?\s+(?:yes|no)\b[.,!]?)\s+(?=${NEXT_QUESTION})`, 'gi');
/** The header of a flattened question table ("Question Answer", "Question | Answer"). */
const QA_HEADER = /^\s*questions?\s*\|?\s*answers?\s+/i;
/** "Forge remotes: none. Egress: none. Web triggers: none.": several short labels, each with its value, on one line. */
const LABELS_LINE = /^(?:[A-Z][\w'/ -]{1,30}:\s+[^.:;?!]{1,80}\.\s+)+[A-Z][\w'/ -]{1,30}:\s+[^.:;?!]{1,80}\.?$/;

/** Claims in one piece of text with no list after it, such as a sentence in the trust profile. */
export function recogniseText(text: string, source: ClaimSource, claims: readonly ClaimDefinition[] = CLAIMS): RecognisedClaim[] {
  // Blanks count as one, as a statement's reader counts them.
  const read = text.replace(/\s+/g, ' ');
  // "Does the app log End-User Data? No." on one line: the question and its answer, as a statement's reader splits them.
  // "DSP-01.1 Yes, ... DSP-04.1 No, ..." on one line: each control's answer read on its own; so is each label of a line of them.
  // "Question Answer Does the app store data outside Atlassian? No Does it use sub-processors? No": a table of questions run into one line, a line each.
  if (ANSWERS_RUN.test(read)) return recogniseClaims(readStatement('answers.txt', read.replace(QA_HEADER, '').replace(AFTER_ANSWER, '$1\n'), { format: 'text' }), { claims }).map((found) => ({ ...found, source }));
  if (ANSWERED_LINE.test(read) || holdsTwoControls(read) || LABELS_LINE.test(read.trim())) return recogniseClaims(readStatement('answer.txt', read, { format: 'text' }), { claims }).map((found) => ({ ...found, source }));
  return match({ text: read, line: source.line, column: source.column, heading: false, extended: read }, source, claims);
}

function match(original: Candidate, source: ClaimSource, claims: readonly ClaimDefinition[]): RecognisedClaim[] {
  if ((original.claim ?? original.text).length > MAX_SENTENCE_CHARS) return [];
  // The list a sentence introduces is read up to as many characters as forty items hold.
  // A heading read as another ("Name" over a column of vendors, as "Sub-processors") keeps the list under it.
  const candidate = { ...original, text: readable(original.claim ?? original.text), extended: readable(original.heading ? original.extended : (original.claim ?? original.extended)).slice(0, MAX_SENTENCE_CHARS * 4) };
  const { text } = candidate;
  if (QUESTION.test(text) || HEDGED.test(text.replace(INCIDENT_CASE, '')) || DISCLAIMED.test(text) || MAY.test(text.replace(USER_MAY, '')) || MOST_CASES.test(text) || INSTRUCTION.test(text) || COMING.test(text) || ABOUT_DOCUMENT.test(text) || ATLASSIAN_DOES.test(text)) return [];
  // A claim that reads its exception ("except Stripe") is still held to a case by a condition or a narrowing relative clause.
  const excepted = EXCEPTION.test(text.replace(ATLASSIAN_EXCEPTION, ''));
  const conditional = NARROWING_RELATIVE.test(text);
  // The vendor's website, what users can do, one of several apps each in its own clause, or an aim: not what the checked app's code does.
  const notTheApp = NOT_THE_APP.test(text) || (OTHER_EDITION.test(text) && !BACKEND_SERVER.test(text)) || ANY_APP.test(text) || PEOPLE_CANNOT.test(text) || namesSeveralApps(text) || AIMED.test(text);
  // Words inside a link (".../security-practices#backups") or an e-mail address are not the sentence's own, and their dots end no clause; offsets stay put.
  // A plan holds its own clause: "Data residency is not supported yet: our database runs in us-east-1 only" says where the database is.
  const planned = NOT_NOW.test(text);
  const unplanned = planned ? withoutPlanned(text) : text;
  if (unplanned.trim() === '') return [];
  // ... and the params too: "We are planning an EU region, and data is stored in the US for now" names the US.
  const unplannedCandidate = planned ? { ...candidate, extended: withoutPlanned(candidate.extended) } : candidate;
  const own = unplanned.replace(URL, (url) => ' '.repeat(url.length)).replace(DENIED_DENIAL, undenied).replace(REASON_FIRST, (reason) => `${reason.slice(0, -1)};`);
  // What the code decides is read without the clauses held to a condition or to consent.
  const unheld = withoutHeld(own);
  // Read once, when a claim first asks; a heading names a topic ("No Backend Storage") and is not read by its parts.
  let frames: Frame[] | null = null;
  let unheldFrames: Frame[] | null = null;
  const framesOf = (read: string): Frame[] => (read === own ? (frames ??= readFrames(own)) : (unheldFrames ??= readFrames(read)));
  const ownWords = new Words(own);
  const unheldWords = unheld === own ? ownWords : new Words(unheld);
  const out: RecognisedClaim[] = [];
  for (const claim of claims) {
    const code = claim.decidedBy === 'code';
    if (code && ((excepted && claim.readsExceptions !== true) || conditional || notTheApp)) continue;
    if (claim.notInContext && candidate.context !== undefined && claim.notInContext.test(candidate.context)) continue;
    // A heading names a topic ("Background Checks"); only a list it introduces can make a claim.
    if (candidate.heading && claim.decidedBy === 'organisational') continue;
    const read = code ? unheld : own;
    let params = paramsOf(claim, unplannedCandidate, read, code ? unheldWords : ownWords);
    if (!params && claim.frames && !candidate.heading) {
      for (const frame of framesOf(read)) {
        params = claim.frames(frame, unplannedCandidate.extended);
        if (params) break;
      }
    }
    if (params) out.push({ claim, params, source });
  }
  // "Except for Slack, to which the app posts ..., the app sends no data to any third party, stores no personal data and makes no
  // changes": a recipient excepted from the sending, not from the clauses that send nothing.
  const unsent = excepted ? clausesBesideRecipient(text) : null;
  if (unsent) {
    const unread = claims.filter((c) => c.decidedBy === 'code' && !out.some((found) => found.claim === c));
    out.push(...match({ ...original, claim: unsent, text: unsent, extended: unsent, context: undefined }, source, unread));
  }
  return out;
}

/**
 * A leading exception of one recipient ("Except for Slack, to which the app posts ...,"), then the app and its clauses; the relative
 * clause says it is a recipient: "Except for AWS, the app stores no data ..." may except a store, "Apart from Sentry, the app logs no ..." a log.
 */
const RECIPIENT_FIRST = /^(?:except(?:\s+for)?|apart\s+from|aside\s+from|besides|with\s+the\s+exception\s+of)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s*,\s+(?:to|with|from)\s+(?:which|whom)\s+[^,;.]{2,120},\s+(the\s+(?:app|add-?on|plugin|macro)|it|we)\s+([^;]+?)\.?$/i;
/** A clause that sends, shares or calls: the one an excepted recipient is the exception of. */
const SENDING_CLAUSE = /\b(?:sends?|shares?|posts?|pass(?:es)?|forwards?|transfers?|transmits?|discloses?|gives?|uploads?|calls?|connects?|talks?|makes?\s+(?:no\s+)?(?:external\s+|outbound\s+)?(?:calls|requests|connections))\b|\bthird[- ]part|\bleaves?\b/i;

/** The clauses after such an exception that send nothing, with their subject: null when none is left, or every clause sends. */
function clausesBesideRecipient(text: string): string | null {
  const m = RECIPIENT_FIRST.exec(text.trim());
  if (!m) return null;
  const clauses = m[2]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+(?=[a-z]+s\b)/);
  const kept = clauses.filter((clause) => !SENDING_CLAUSE.test(clause));
  if (kept.length === 0 || kept.length === clauses.length) return null;
  return `${m[1]} ${kept.join(' and ')}.`;
}

function paramsOf(claim: ClaimDefinition, candidate: Candidate, text: string, words: Words): Record<string, unknown> | null {
  const phrasings = claim.inContext && candidate.context !== undefined && claim.inContext.context.test(candidate.context)
    ? [...claim.phrasings, ...claim.inContext.phrasings]
    : claim.phrasings;
  for (const phrasing of phrasings) {
    if (!mayMatch(phrasing, words)) continue;
    phrasing.lastIndex = 0;
    const m = phrasing.exec(text);
    if (!m) continue;
    if (!claim.params) return {};
    const params = claim.params(candidate.extended, m);
    if (params) return params;
  }
  return null;
}

function candidates(statement: Pick<Statement, 'blocks' | 'sentences'>, section: string | undefined): Candidate[] {
  const { blocks } = statement;
  const wanted = section?.trim().toLowerCase();
  const inSection = (block: Block): boolean =>
    !wanted || [...(block.sections ?? []), ...(block.kind === 'heading' ? [sectionTitle(block.text)] : [])].some((s) => s.toLowerCase().includes(wanted));
  const out: Candidate[] = [];
  const withSentences = new Set(statement.sentences.map((s) => s.block));
  statement.sentences.forEach((sentence, i) => {
    const block = blocks[sentence.block];
    if (!block || !inSection(block)) return;
    // "Coming in 2027:" then "- SOC 2 Type II report": a list of what is to come claims none of it.
    if (block.kind === 'list-item' && COMING.test(introOf(blocks, sentence.block)?.text ?? '')) return;
    // "A: No." in a questionnaire: the answer without its label; a cell or an answer that is a check mark alone says "Yes", a cross "No".
    // A mark under a "Yes" or a "No" column ("| Does the app log personal data? | | \u2713 |") answers with the column's header.
    const marked = markAnswer(byYesNoColumn(block, sentence.text.trim().replace(ANSWER_LABEL, '')));
    // "| Data residency | Available on Premium |": a row's cell in words answers it as a check mark does.
    const answer = block.kind === 'table-cell' && sentence.label !== undefined && sentence.offset === 0 ? cellInWords(marked) : marked;
    // "Yes, for Forge storage only." affirms less than the question asks.
    const reply = ANSWER_NO.test(answer) ? denial : ANSWER_YES.test(answer) && !PARTIAL.test(answer) ? affirmation : null;
    // A table's "Where it is stored" column that names only Atlassian's stores: all the data it lists is kept there.
    const stored = block.kind === 'table-cell' && sentence.offset === 0 ? storedColumn(blocks, sentence.block) : null;
    if (stored) out.push({ text: sentence.text, claim: stored, line: sentence.line, column: sentence.column, heading: false, extended: stored });
    // "| Backend | AWS Frankfurt (eu-central-1) |" under a "Where it runs" column: the component, hosted there.
    const hosted = block.kind === 'table-cell' && sentence.offset === 0 ? hostedColumn(block, sentence.label, answer) : null;
    if (hosted) out.push({ text: sentence.text, claim: hosted, line: sentence.line, column: sentence.column, heading: false, extended: hosted });
    // "| Export files | 7 days |" under a "Retention" column, "- audit events: 90 days" under "Retention:": the period, labelled.
    const kept = sentence.offset === 0 ? retentionOf(blocks, sentence.block, answer) : null;
    if (kept) out.push({ text: sentence.text, claim: kept, line: sentence.line, column: sentence.column, heading: false, extended: kept });
    // "| External calls | None |": the row's topic, denied; "## Data egress" then "None.": the heading's.
    const above = sentence.offset === 0 && block.kind === 'paragraph' && blocks[sentence.block - 1]?.kind === 'heading' ? blocks[sentence.block - 1]! : null;
    // "| Encrypted in transit (TLS 1.2+) | Yes |": the row's topic without its aside.
    const label = sentence.label?.trim().replace(/\s*\([^()]*\)$/, '') ?? (above ? sectionTitle(above.text).trim() : null);
    // "| Issue content | No | No |" under "| Data | Stored by the app | Leaves Atlassian |": the row's data, denied what the column says.
    const byColumn = block.kind === 'table-cell' && sentence.label !== undefined && block.header !== undefined && /^(?:no|never)[.!]?$/i.test(answer) && TOPIC.test(sentence.label.trim()) ? columnDenial(sentence.label.trim(), block.header.trim()) : null;
    if (byColumn) {
      out.push({ text: sentence.text, claim: byColumn, line: sentence.line, column: sentence.column, heading: false, extended: byColumn });
      return;
    }
    // "| Stores data outside Atlassian | \u274c | \u2705 |" under plan columns: one answer when the plans agree, none when they differ.
    if (block.kind === 'table-cell' && sentence.label !== undefined && sentence.offset === 0 && !firstOfPlans(blocks, sentence.block, sentence.label.trim())) return;
    const topic = label != null && NONE.test(answer) && (TOPIC.test(label) || DONE_TOPIC.test(label)) ? `${label}.` : null;
    if (topic) {
      const done = doneTopic(topic);
      const denied = done ?? `No ${topic}`;
      out.push({ text: sentence.text, claim: denied, topic, line: sentence.line, column: sentence.column, heading: false, extended: denied, ...(sentence.label === undefined && above ? { under: above.line } : {}) });
      return;
    }
    if (reply) {
      const previous = statement.sentences[i - 1];
      // "Question:", the question, "Answer:", then "No": the answer's own label stands between it and the question.
      const above = blocks[sentence.block - (ANSWER_LABEL_ALONE.test(blocks[sentence.block - 1]?.text.trim() ?? '') ? 2 : 1)];
      // A table whose columns are the questions ("| Is data encrypted at rest? | Does the app log End-User Data? |", then "| Yes | No |"): the cell's header asks.
      const asks = block.kind === 'table-cell' && sentence.label === undefined && block.header !== undefined && QUESTION.test(block.header) ? block.header : null;
      const question = asks ?? (previous?.block === sentence.block ? previous.text : sentence.offset === 0 && above && QUESTION.test(above.text) ? above.text : null);
      const asked = question ? reply(question.trim().replace(QUESTION_LABEL, '')) : null;
      // "Yes, within 48 hours.": what follows the "Yes" completes the affirmed question.
      const detail = reply === affirmation ? answer.replace(ANSWER_YES, '').trim() : '';
      const claim = asked && detail ? `${asked.replace(/[.!]$/, '')}, ${detail}` : asked;
      if (claim) out.push({ text: `${question} ${sentence.text}`, claim, line: sentence.line, column: sentence.column, heading: false, extended: claim });
      // "No, it runs on Forge.": the rest of the answer may make claims of its own.
      // A bare "None." that no yes-or-no question asked ("Which third parties ...?") is read as an answer to its context below.
      if (!claim && label != null && ANSWER_YES.test(answer) && TOPIC.test(label.replace(/\?$/, ''))) {
        // "| Runs on Atlassian | \u2705 |", "### Encrypted in transit?" then "Yes": the label, affirmed, as "Encryption at rest: Yes" reads.
        const affirmed = `${label.replace(/\?$/, '')}: ${answer}`;
        out.push({ text: sentence.text, claim: affirmed, line: sentence.line, column: sentence.column, heading: false, extended: affirmed });
        return;
      }
      if (/^(?:no|never|yes)[.!]?$/i.test(answer) || (claim && /^none[.!]?$/i.test(answer))) return;
    }
    // "### Penetration testing" then "Annual": a heading answered in a few words, as the label of a "Penetration testing: Annual" line.
    // "| Marketplace licensing | Enforced |" reads so too.
    const shortCell = block.kind === 'table-cell' && sentence.label !== undefined && sentence.offset === 0;
    if (((above && !sentence.label) || shortCell) && TOPIC.test(label ?? '') && SHORT_ANSWER.test(answer) && !PLANNED.test(answer) && answer.length >= block.text.trim().length - 1) {
      const labelled = `${label!}: ${answer}`;
      out.push({ text: sentence.text, claim: labelled, line: sentence.line, column: sentence.column, heading: false, extended: labelled });
    }
    // "The apps do not:" then "- collect or store personal information": each item is denied by the sentence that introduces it.
    const denied = block.kind === 'list-item' && sentence.offset === 0 ? deniedByIntro(blocks, sentence.block, answer) : null;
    if (denied) {
      out.push({ text: sentence.text, claim: denied, line: sentence.line, column: sentence.column, heading: false, extended: denied });
      return;
    }
    const last = sentence.offset + sentence.text.length >= block.text.trimEnd().length - 1;
    // "No other third parties ..." refers back: what came before it in its paragraph says which ones.
    // Alone in its paragraph, it refers to the list or table just above it.
    const back = !REFERS_BACK.test(answer) ? null : sentence.offset > 0 || block.kind === 'table-cell' ? block.text.slice(0, sentence.offset + sentence.text.length) : [...listAbove(blocks, sentence.block), answer].join(' ');
    const extended = back ?? (last && introducesList(answer) ? withList(answer, blocks, sentence.block) : answer);
    // "They are never written to app storage." after "Issue summaries are sent to OpenAI.": the pronoun is the subject before it.
    const previous = statement.sentences[i - 1];
    const resolved = previous?.block === sentence.block ? withAntecedent(answer, previous.text) : null;
    out.push({ text: sentence.text, claim: resolved ?? (answer === sentence.text ? undefined : answer), line: sentence.line, column: sentence.column, heading: false, extended: resolved ?? extended, context: contextOf(blocks, sentence.block, sentence.offset, previous) });
  });
  blocks.forEach((block, index) => {
    // A table's "Sub-processor" column lists the parties, as "Sub-processors:" and its list do.
    const parties = block.kind === 'table-cell' && block.isHeader === true && inSection(block) ? partiesColumn(blocks, index) : null;
    const title = parties?.slice(0, parties.indexOf('\n'));
    if (parties) out.push({ text: block.text.trim(), ...(title === block.text.trim() ? {} : { claim: title }), line: block.line, column: block.column, heading: true, extended: parties });
    // A table whose "Scope" column names the scopes, each row with its purpose, lists them as "Scopes:" and its list do.
    const scopes = block.kind === 'table-cell' && block.isHeader === true && inSection(block) ? scopesColumn(blocks, index) : null;
    if (scopes) out.push({ text: block.text.trim(), claim: 'Scopes', line: block.line, column: block.column, heading: true, extended: scopes });
    if (block.kind !== 'heading' || withSentences.has(index) || !inSection(block)) return;
    const text = sectionTitle(block.text);
    // "Sub-processors", then "We use the following sub-processors:": the sentence, not the heading, introduces the list.
    const introduced = blocks[index + 1] !== undefined && blocks[index + 1]!.kind !== 'heading' && /:\s*$/.test(blocks[index + 1]!.text);
    out.push({ text, line: block.line, column: block.column, heading: true, extended: introduced ? text : (scopesAfterProse(text, blocks, index) ?? withList(text, blocks, index)) });
  });
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** A column's header that says what is done with the row's data: a participle ("Stored by the app", "Sent to OpenAI") or a verb ("Leaves Atlassian"). */
const DONE_TO = /^(?:stored|kept|saved|persisted|cached|logged|sent|shared|transferred|transmitted|forwarded|disclosed|sold|processed|retained|collected|written)\b(?:\s+[\w'-]+){0,4}$/i;
const DOES = /^(?:leaves|reaches|touches|goes\s+to|is\s+sent\s+to)\b(?:\s+[\w'-]+){0,4}$/i;
/** The denial a "No" cell makes of its row's data under such a header: "Issue content is never stored by the app", "Issue content never leaves Atlassian". */
function columnDenial(row: string, header: string): string | null {
  if (DONE_TO.test(header)) return `${row} is never ${header.charAt(0).toLowerCase()}${header.slice(1)}.`;
  if (DOES.test(header)) return `${row} never ${header.charAt(0).toLowerCase()}${header.slice(1)}.`;
  return null;
}

/** A yes or no alone, once check marks and crosses are read as words. */
const YES_NO = /^(?:yes|no)[.!]?$/i;

/**
 * Whether a table cell is to be read for its row: false for a yes or no in a row whose other columns (plans, products: "Standard",
 * "Enterprise", not a question or a deed of the app's) answer the same topic otherwise, or answer it the same in an earlier column.
 */
function firstOfPlans(blocks: readonly Block[], index: number, label: string): boolean {
  const answerOf = (b: Block): string => cellAnswer(b).toLowerCase();
  const cell = blocks[index]!;
  if (!YES_NO.test(cellAnswer(cell))) return true;
  const plan = (b: Block): boolean => b.header === undefined || (!QUESTION.test(b.header) && columnDenial(label, b.header.trim()) === null);
  if (!plan(cell)) return true;
  let row = index - 1;
  while (blocks[row]?.kind === 'table-cell') row--;
  const answers: Block[] = [];
  for (let i = row + 2; blocks[i]?.kind === 'table-cell'; i++) if (plan(blocks[i]!) && YES_NO.test(cellAnswer(blocks[i]!))) answers.push(blocks[i]!);
  if (answers.length < 2) return true;
  return new Set(answers.map(answerOf)).size === 1 && answers[0] === cell;
}

const YES_NO_HEADER = /^(?:yes|no)$/i;
const byYesNoColumn = (block: Block, answer: string): string =>
  block.kind === 'table-cell' && block.header !== undefined && YES_NO_HEADER.test(block.header.trim()) && (CHECK_ALONE.test(answer) || /^x$/i.test(answer)) ? block.header.trim() : answer;
const markAnswer = (answer: string): string => (CHECK_ALONE.test(answer) ? 'Yes' : CROSS_ALONE.test(answer) ? 'No' : answer);

/** A feature table's cell in words: "Supported", "Available on Premium" (a yes, its detail kept), "Not available" (a no); "Planned", "Partial" neither. */
const CELL_YES = /^(?:fully\s+)?(?:supported|available|included|enabled|built[- ]in|offered|provided)(?:\s+(?:on|in|for|with|via|by|from)\b[^.;!?]{1,40})?[.!]?$/i;
const CELL_NO = /^(?:not\s+(?:yet\s+)?(?:supported|available|included|enabled|offered|provided)|unsupported|unavailable)[.!]?$/i;
const cellInWords = (cell: string): string => (CELL_NO.test(cell) ? 'No' : CELL_YES.test(cell) ? `Yes, ${cell.charAt(0).toLowerCase()}${cell.slice(1)}` : cell);
/** A cell's bare yes or no, from a mark or from words, for comparing a row's plans. */
const cellAnswer = (b: Block): string => cellInWords(markAnswer(b.text.trim())).replace(/,.*$|[.!]$/, '');

/**
 * A topic worded as what the app does ("Sends data to third parties", "Edits or deletes pages"), which a "No" denies as the app's:
 * "The app does not send data to third parties". Null for a topic named by a noun ("External calls").
 */
const DOING = /^(stores|keeps|saves|sends|shares|transfers|transmits|uses|collects|tracks|reads|edits|modifies|changes|deletes|creates|writes|calls|contacts|requires|needs|requests|processes|sells|caches|exports|uploads|accesses|logs|trains)(\s+(?:or|and)\s+[a-z]+)?\s+(?=\S)/i;
/** An answer of a few words with no full stop ("Annual", "Inherited from your Atlassian site"). */
const SHORT_ANSWER = /^[\w'-]+(?:,?\s+[\w'-]+){0,5}$/;
/** Such a topic, of a few words more than a noun's ("Sends data to third parties"). */
const DONE_TOPIC = new RegExp(String.raw`${DOING.source}[\w-]+(?:\s+[\w-]+){0,4}$`, 'i');
const baseForm = (verb: string): string => verb.replace(/(ss|sh|ch|x|z)es$/i, '$1').replace(/(?<!s)s$/i, '');
function doneTopic(topic: string): string | null {
  const m = DOING.exec(topic);
  if (!m) return null;
  const second = m[2] ? m[2].replace(/[a-z]+$/i, (verb) => baseForm(verb)) : '';
  return `The app does not ${baseForm(m[1]!).toLowerCase()}${second} ${topic.slice(m[0].length)}`;
}

/** "No" (or "Never", or "None") answering the question before it ("Does the app store personal data? No." or "No, it runs on Forge.", "Does your app use any subprocessors? None."). */
const ANSWER_NO = /^(?:no|never|none)(?:[.!]?$|\s*[,;:\u2014\u2013-])/i;
/** A table cell that says a topic does not apply: "None", "Not used". */
const NONE = /^(?:none|not\s+used|no|never|n\/a|not\s+applicable)[.!]?$/i;
/** A topic, as a table's first cell names it: "External calls", "AI features" (a few words, no question or sentence). */
const TOPIC = /^[A-Za-z][\w-]*(?:\s+[\w-]+){0,5}$/;
/** "Yes" answering it ("Is data encrypted at rest? Yes."). */
const ANSWER_YES = /^yes(?:[.!]?$|\s*[,;:\u2014\u2013-])/i;
/** A "Yes" that affirms only part of the question. */
const PARTIAL = /\b(?:only|partly|partially|some|except|unless|but|not\s+all)\b/i;
/** The label of an answer in a questionnaire: "A:", "Answer:". */
const ANSWER_LABEL = /^(?:A|Ans|Answer|Response)\s*[:.)]\s+/i;
const ANSWER_LABEL_ALONE = /^(?:Ans|Answer|Response)\s*:$/i;
/** The label or number of a question: an FAQ accordion's triangle ("\u25b8 Where is data kept?"), "Q2.", "Q:", "Question 4:", "3.1.", "3.2" (a section's number), or a questionnaire's control ID ("IAM-02.1", "DSP-05:", "CAIQ IVS-07:", CCM v4's "A&A-02.1", "SEF-08 \u2014", SIG's "SIG U.4 \u2014"). */
const QUESTION_LABEL = /^(?:[\u25B6-\u25BF]\uFE0F?|(?:(?:Q|Question)\s*\d*(?:\.\d+)*|\d+(?:\.\d+)*)\s*[:.)]|\d+(?:\.\d+)+|(?:CAIQ|SIG|HECVAT|CCM)?\s*(?:[A-Z]{2,5}|[A-Z]&[A-Z])-\d{1,3}(?:\.\d{1,3})*\s*(?:[:.)]|[\u2014\u2013]|-(?=\s))?|SIG\s+[A-Z]{1,2}\.\d{1,3}(?:\.\d{1,3})*\s*(?:[:.)]|[\u2014\u2013]|-(?=\s))?)\s+/i;

/**
 * The denial a "No" makes of a question, worded for the phrasings (which look for a negation, then
 * the verb): "Does the app log End-User Data?" -> "not: the app log End-User Data"; "Is End-User
 * Data logged?" -> "End-User Data is not logged". Null for a question of another shape.
 */
function denial(question: string): string | null {
  const q = question.trim().replace(/\?+$/, '').replace(VENDORS_OWN, 'our $1');
  const does = /^(does|do|did|will|can)\s+(.+)$/i.exec(q);
  if (does) {
    // "Does the app modify pages?" -> "the app does not modify pages", as a vendor would write it.
    const subject = SUBJECT.exec(does[2]!);
    return subject ? `${subject[1]!} ${does[1]!.toLowerCase()} not ${subject[2]!}` : `not: ${does[2]!}`;
  }
  const is = /^(is|are|was|were)\s+(.+?)\s+(\w+ed|kept|sent|held|sold|shared|written)\b(.*)$/i.exec(q);
  return is ? `${is[2]!} ${is[1]!.toLowerCase()} not ${is[3]!}${is[4]!}` : null;
}

/** A question asks the vendor: "Do you store data on your servers?" means the vendor's servers, as "our servers" in its answer. */
const VENDORS_OWN = /\byour\s+((?:own\s+)?(?:servers?|systems?|infrastructure|databases?|back[- ]?ends?|cloud))\b/gi;

/** The subject of a question about the app or its data: "the app", "your add-on", "it", "customers", "data" ("Does data leave Atlassian?"). */
const SUBJECT = /^((?:the|your|this|our)\s+(?:app|add-?on|application|integration|plugin|service|software)|it|you|we|customers|users|admins|administrators|(?:(?:any|your|our|customer|user|personal)\s+)?(?:data|content|information))\s+(.+)$/i;

/**
 * What a "Yes" affirms: "Does the app support data residency?" -> "the app supports data residency";
 * "Is End-User Data encrypted at rest?" -> "End-User Data is encrypted at rest", "Is the app Runs on Atlassian eligible?" ->
 * "the app Runs on Atlassian is eligible". Questions about what
 * the app does not do ("Does the app avoid ...", "... without ...") affirm nothing Candor reads as a claim.
 */
function affirmation(question: string): string | null {
  const q = question.trim().replace(/\?+$/, '');
  if (/\b(?:not|never|no|without|avoid)\b|n't\b/i.test(q)) return null;
  const does = /^(does|do)\s+(the\s+app|your\s+app|the\s+add-?on|it|you|we)\s+(\w+)\b(.*)$/i.exec(q);
  if (does) {
    const verb = does[1]!.toLowerCase() === 'does' ? thirdPerson(does[3]!) : does[3]!;
    return `${does[2]!} ${verb}${does[4]!}`;
  }
  const is = /^(is|are)\s+(.+?)\s+(\w+ed|kept|sent|held|stored|enforced|supported|eligible|read-only)\b(.*)$/i.exec(q);
  return is ? `${is[2]!} ${is[1]!.toLowerCase()} ${is[3]!}${is[4]!}` : null;
}

/**
 * For a block's first sentence, the heading or short title line just above it ("AI processing
 * details"), the label cell before it in a table row, or the question it answers ("Which external
 * hosts does the app contact?", "Where is data processed?").
 */
function contextOf(blocks: readonly Block[], index: number, offset: number, previous: Sentence | undefined): string | undefined {
  const asked = previous?.block === index ? previous.text : offset === 0 ? blocks[index - 1]?.text : undefined;
  if (asked !== undefined && /^(?:which|what|where|who)\b[^?]*\?$/i.test(asked.trim().replace(QUESTION_LABEL, ''))) return asked.trim().replace(QUESTION_LABEL, '');
  const above = blocks[index - 1];
  // A cell's context is the label cell before it in its row ("Scopes | read:jira-work, storage:app").
  if (offset !== 0 || !above || (above.kind === 'table-cell' && blocks[index]?.kind !== 'table-cell') || /[.!?:;,]$/.test(above.text) || above.text.split(/\s+/).length > 8) return undefined;
  return above.text;
}

/** "Permissions:", "Only four scopes are requested, each with a specific purpose:", "Third-Party Services". */
function introducesList(text: string): boolean {
  return /:\s*$/.test(text) || (!/[.!?]$/.test(text) && text.split(/\s+/).length <= 8);
}

/** "... the following types of information:": what the list holds, named before it. */
const FOLLOWING = String.raw`(?:any\s+of\s+)?the\s+following(?:\s+(?:types?|kinds?|categories)\s+of)?(?:\s+(?:personal\s+)?(?:data|information))?`;
const FOLLOWING_AT_END = new RegExp(String.raw`\s+${FOLLOWING}$`, 'i');
/**
 * A list's introduction that ends in its negation, or in the verb it denies: "The apps do not:", "Our app will never:",
 * "The app does not use:", "We do not collect the following types of information:".
 */
const NEGATED_INTRO = new RegExp(String.raw`(?:\b\w+\s+(?:not|never)|n't)(?:\s+(?:ever|at\s+any\s+time))?(?:\s+[a-z]+(?:\s+(?:on|with|to|in|any))?(?:\s+${FOLLOWING})?)?\s*:\s*$`, 'i');
const NEGATION = /\b(?:not|never|no|nothing|none|neither|nor|without)\b|n't\b/i;

/** "Data we never keep:", "Information the app does not store:": what the items are, named before the one who denies keeping them. */
const WHAT_WE = /^(?:(?:the|any|personal|customer|user)\s+)?(?:data|information|things|content|details)\s+(?:that\s+|which\s+)?(?=(?:we|the\s+app|our\s+app|it)\s)/i;
const LABELLED_ITEM = /^([^:()]{1,40}):\s+([^()]+?)[.;]?$/;

/**
 * What introduces the list a list item at `index` is in: the item it is nested under ("- Data we never keep" over "  - e-mail
 * addresses", an item further left), or the paragraph before the list; null when there is neither.
 */
function introOf(blocks: readonly Block[], index: number): Block | null {
  const column = blocks[index]!.column;
  let i = index - 1;
  while (i >= 0 && blocks[i]!.kind === 'list-item' && index - i <= MAX_LIST) {
    if (blocks[i]!.column < column && blocks[i]!.line < blocks[index]!.line) return blocks[i]!;
    i--;
  }
  const intro = blocks[i];
  return intro?.kind === 'paragraph' ? intro : null;
}

/** For a list item with no negation of its own, under an introduction that ends in one, the two as one sentence: "The apps do not collect or store personal information". */
function deniedByIntro(blocks: readonly Block[], index: number, item: string): string | null {
  if (NEGATION.test(item)) return null;
  const intro = introOf(blocks, index);
  // An item that others are nested under introduces them with or without its colon ("- Data we never keep").
  const text = intro?.kind === 'list-item' ? intro.text.trimEnd().replace(/:?$/, ':') : (intro?.text.trimEnd() ?? '');
  if (!NEGATED_INTRO.test(text)) return null;
  const start = Math.max(text.lastIndexOf('. '), text.lastIndexOf('! '), text.lastIndexOf('? ')) + 1;
  // "Contact details: names, e-mail addresses" is a label and what it holds: the label, then its contents in a parenthesis.
  const named = item.replace(LABELLED_ITEM, '$1 ($2)');
  return `${text.slice(start).trim().replace(/\s*:$/, '').replace(FOLLOWING_AT_END, '').replace(WHAT_WE, '')} ${/^[A-Z][a-z]/.test(named) ? named[0]!.toLowerCase() + named.slice(1) : named}`;
}

/**
 * A column or a list's introduction that gives how long data is kept: "Retention", "Retention period", "Kept for"; not "How long" beside
 * "Where it is kept", Candor's own table, whose periods are the profile's for each store, its third parties' too.
 */
const RETENTION_HEADER = /^(?:(?:data\s+)?retention(?:\s+periods?)?|kept\s+for)$/i;
const RETENTION_INTRO = /^(?:(?:data\s+)?retention(?:\s+(?:periods?|schedule))?|how\s+long\s+(?:we\s+keep(?:\s+(?:data|it|your\s+data))?|(?:data|it)\s+is\s+kept))\s*:$/i;

/**
 * A table cell under a retention column, or a list item under a retention introduction, as a "Retention:" label, its value
 * and what the row or item names ("Retention: 90 days (audit logs)", so that a log's or a backup's period stays theirs); null otherwise.
 */
function retentionOf(blocks: readonly Block[], index: number, text: string): string | null {
  const block = blocks[index]!;
  if (block.kind === 'table-cell') {
    if (block.header === undefined || !RETENTION_HEADER.test(block.header.trim())) return null;
    let row = index - 1;
    while (blocks[row]?.kind === 'table-cell') row--;
    const what = blocks[row]?.cells?.[0];
    return what === undefined || what === text ? `Retention: ${text}` : `Retention: ${text} (${what})`;
  }
  if (block.kind !== 'list-item') return null;
  const intro = introOf(blocks, index);
  if (!intro || !RETENTION_INTRO.test(intro.text.trim())) return null;
  const labelled = /^([^:]{1,40}):\s+(.+)$/.exec(text);
  return labelled ? `Retention: ${labelled[2]!} (${labelled[1]!})` : `Retention: ${text}`;
}

/** A column that says where each row's data is kept: "Where it is stored", "Storage location". */
const WHERE_STORED = /^(?:where\b[^?]*\b(?:stored|kept|held|saved|lives?)\b[^?]*\??|(?:storage|stored\s+in|storage\s+location|location|kept\s+in))$/i;
/** A store of Atlassian's, as a cell names it: "Forge key-value store", "Jira issue properties"; not "our database" beside it. */
const ATLASSIAN_STORE = /^(?:the\s+)?(?:Atlassian(?:'s)?\s+)?(?:Forge|Jira|Confluence|Atlassian)\b(?![^|]*\b(?:our|own|external|vendor|third[- ]part\w*|AWS|Azure|Google|S3|backups?)\b)[^|]*$/i;
/** A second place named beside it: "Forge storage and Supabase", "Jira issue properties, Redis". */
const ANOTHER_PLACE = /(?:\band|[,+/&])\s*(?:(?:the|an?|our)\s+)?(?!(?:Atlassian|Forge|Jira|Confluence)\b)[A-Z]/;

/**
 * For the first cell of a "Where it is stored" column, when every cell of the column names a store of Atlassian's,
 * the claim the column makes: "All data is stored only in Forge key-value store."; null otherwise.
 */
function storedColumn(blocks: readonly Block[], index: number): string | null {
  const header = blocks[index]!.header;
  if (header === undefined || !WHERE_STORED.test(header.trim())) return null;
  const inTable = (b: Block | undefined): boolean => b !== undefined && (b.kind === 'table-row' || b.kind === 'table-cell') && !b.isHeader;
  // Only the first row's cell makes the claim: the row just under the header.
  let row = index - 1;
  while (blocks[row]?.kind === 'table-cell') row--;
  if (blocks[row]?.kind !== 'table-row' || blocks[row - 1]?.isHeader !== true) return null;
  const places: string[] = [];
  for (let i = index; inTable(blocks[i]) && places.length <= MAX_LIST; i++) {
    const block = blocks[i]!;
    if (block.kind !== 'table-cell' || block.header !== header) continue;
    const place = block.text.trim();
    if (!ATLASSIAN_STORE.test(place) || ANOTHER_PLACE.test(place) || vendorsNamedIn(place).length > 0) return null;
    if (!places.includes(place)) places.push(place);
  }
  return places.length > 0 ? `All data is stored only in ${places.join(' and ')}.` : null;
}

/** A column that says where each component runs, beside a row that names one of the app's own. */
const HOSTING_HEADER = /^(?:where\s+(?:it|they)\s+(?:runs?|(?:is|are)\s+hosted|lives?)|(?:hosting\s+)?(?:region|location)s?|hosted\s+(?:in|at)|hosting)$/i;
const COMPONENT = /^(?:(?:our|the|app(?:'s)?)\s+)?(?:back[- ]?end|servers?|databases?|API|(?:app|web)\s+server)(?:\s+(?:and|&)\s+(?:back[- ]?end|servers?|databases?|API))?$/i;
function hostedColumn(block: Block, label: string | undefined, answer: string): string | null {
  if (label === undefined || block.header === undefined || !HOSTING_HEADER.test(block.header.trim()) || !COMPONENT.test(label.trim())) return null;
  return `${label.trim()} is hosted in ${answer.replace(/[.!]$/, '')}.`;
}

/** A table's header that names the parties its column lists ("Sub-processor", "Third party"); a heading that names them ("Vendors"). */
const PARTY = String.raw`(?:sub-?processors?|third[- ]part(?:y|ies)|service\s+providers?)`;
const PARTY_HEADER = new RegExp(String.raw`^${PARTY}$`, 'i');
const PARTIES_NAMED = new RegExp(String.raw`\b(?:${PARTY}|vendors?)\b`, 'i');

/** "| Name | Purpose | Location |": a column of names beside where each one processes data lists parties, when it names a known vendor. */
const NAME_HEADER = /^(?:(?:company|vendor|provider|service)\s+)?name$|^(?:vendor|provider|company)$/i;
const PLACE_HEADER = /^(?:(?:data|processing|hosting|server)\s+)?(?:location|region|country)s?$|^where\b[^?]*\b(?:processed|stored|hosted|located)\??$/i;
/** "| Vendor | Purpose | Data |": a column of vendors beside what each is used for or receives is a sub-processor table too; not a column headed "Name" alone. */
const PURPOSE_HEADER = /^(?:purposes?|role|used\s+for|(?:data|personal\s+data)(?:\s+(?:shared|sent|processed|received))?|what\s+(?:it|they)\s+(?:receives?|gets?|processe?s?))$/i;
const VENDOR_HEADER = /^(?:vendor|provider|company)s?$/i;
function namesVendor(blocks: readonly Block[], index: number, header: string): boolean {
  for (let i = index + 1; i < blocks.length && i - index <= MAX_LIST * 8; i++) {
    const block = blocks[i]!;
    if (block.kind !== 'table-row' && block.kind !== 'table-cell') return false;
    if (block.kind === 'table-cell' && block.header?.trim() === header && vendorsNamedIn(block.text).length > 0) return true;
  }
  return false;
}

/** The column under a party header at `index`, as a heading and the list under it: the header, then one cell a line. */
function partiesColumn(blocks: readonly Block[], index: number): string | null {
  const header = blocks[index]!.text.trim();
  let row = index - 1;
  while (blocks[row]?.kind === 'table-cell') row--;
  const beside = blocks[row]?.cells ?? [];
  const listsVendors = NAME_HEADER.test(header) && (beside.some((cell) => PLACE_HEADER.test(cell.trim())) || (VENDOR_HEADER.test(header) && beside.some((cell) => PURPOSE_HEADER.test(cell.trim()))));
  if (!PARTY_HEADER.test(header) && !(listsVendors && namesVendor(blocks, index, header))) return null;
  // A table that a sentence ("We use the following sub-processors:") or a heading of parties introduces is their list already.
  const above = blocks[row - 1];
  if (above && (/:\s*$/.test(above.text) || (above.kind === 'heading' && PARTIES_NAMED.test(above.text)))) return null;
  const parties: string[] = [];
  for (let i = index + 1; i < blocks.length && parties.length < MAX_LIST; i++) {
    const block = blocks[i]!;
    if ((block.kind !== 'table-row' && block.kind !== 'table-cell') || (block.kind === 'table-row' && block.isHeader === true)) break;
    if (block.kind === 'table-cell' && block.header?.trim() === header && block.text.trim() !== '') parties.push(block.text.trim());
  }
  // A column of names is read as one headed "Sub-processors".
  return parties.length > 0 ? [PARTY_HEADER.test(header) ? header : 'Sub-processors', ...parties].join('\n') : null;
}

/** A header that names a column of scopes. */
const SCOPE_HEADER = /^(?:(?:OAuth|Forge|app)\s+)?(?:scopes?|permissions?)$/i;

/** The table under a scope header at `index`, as "Scopes" and one row a line, when every cell of its column names a scope and no sentence or title introduces the table. */
function scopesColumn(blocks: readonly Block[], index: number): string | null {
  const header = blocks[index]!.text.trim();
  if (!SCOPE_HEADER.test(header)) return null;
  let row = index - 1;
  while (blocks[row]?.kind === 'table-cell') row--;
  const above = blocks[row - 1];
  // A sentence or a title over the table introduces it already ("Permissions and why we need them").
  if (above && (/:\s*$/.test(above.text) || isTitle(above))) return null;
  const rows: string[] = [];
  for (let i = index + 1; i < blocks.length && rows.length < MAX_LIST; i++) {
    const block = blocks[i]!;
    if (block.kind !== 'table-row' && block.kind !== 'table-cell') break;
    if (block.kind === 'table-row' && block.cells) rows.push(block.cells.join(' \u2014 '));
    if (block.kind === 'table-cell' && block.header?.trim() === header && findScopes(block.text).length !== 1) return null;
  }
  return rows.length > 0 ? ['Scopes', ...rows].join('\n') : null;
}

/** The table rows or list items just above `index`, nearest last. */
function listAbove(blocks: readonly Block[], index: number): string[] {
  const lines: string[] = [];
  for (let i = index - 1; i >= 0 && lines.length < MAX_LIST; i--) {
    const block = blocks[i]!;
    if (block.kind === 'table-cell' || block.isHeader) continue;
    if (block.kind !== 'table-row' && block.kind !== 'list-item') break;
    lines.unshift(block.kind === 'table-row' && block.cells ? block.cells.join(' \u2014 ') : block.text);
  }
  return lines;
}

/** The sentence, then the blocks after it up to the next heading or the end of the list (a change of block kind). */
function withList(text: string, blocks: readonly Block[], index: number): string {
  return [text, ...listUnder(blocks, index).map((block) => (block.kind === 'table-row' && block.cells ? block.cells.join(' \u2014 ') : block.text))].join('\n');
}

/**
 * "Permissions", a paragraph on how the app uses them, then the list of scopes ("- read:jira-work - read your issues"): the
 * heading's list is the scopes, past the prose between them.
 */
function scopesAfterProse(text: string, blocks: readonly Block[], index: number): string | null {
  const prose = listUnder(blocks, index);
  if (prose.length === 0 || prose[0]!.kind !== 'paragraph') return null;
  const list = listUnder(blocks, index + prose.length);
  const isScope = (line: string) => (findScopes(line, { connect: true })[0]?.index ?? Infinity) <= 2;
  // The items that name a scope first; an item after them ("5. Licensing", read as one more item) ends the list.
  const end = list.findIndex((b) => !isScope(b.text));
  const scopes = list.slice(0, end === -1 ? list.length : end);
  return scopes.length > 0 && list[0]!.kind === 'list-item' ? [text, ...scopes.map((b) => b.text)].join('\n') : null;
}

/** The blocks after `index` up to the next heading or the end of the list (a change of block kind); under a list item, up to the next item as far left as it. */
function listUnder(blocks: readonly Block[], index: number): Block[] {
  const list: Block[] = [];
  let kind: Block['kind'] | null = null;
  const item = blocks[index]?.kind === 'list-item' ? blocks[index]! : null;
  for (let i = index + 1; i < blocks.length && list.length < MAX_LIST; i++) {
    const block = blocks[i]!;
    if (item && block.kind === 'list-item' && block.column <= item.column) break;
    // A table row is one line of the list ("read:jira-work - read issues"); its cells repeat it.
    if (block.kind === 'table-cell' || block.isHeader) continue;
    if (block.kind === 'heading' || (kind !== null && block.kind !== kind)) break;
    kind = block.kind;
    list.push(block);
  }
  return list;
}
