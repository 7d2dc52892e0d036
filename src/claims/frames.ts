/**
 * Reads a sentence by its parts, so that a denial worded in a way no phrasing foresaw is still
 * understood: each clause gives a frame of what it denies (the verbs under a negation, by class: store,
 * log, send...), which data it speaks of (personal data, product content, data at large), and where to
 * (third parties, servers of the vendor's own, outside Atlassian, logs). Claims map frames to
 * themselves (`frames` on a definition). Words are read one pass per clause, with no pattern that can
 * backtrack over a long word.
 */
import { PLACE } from './catalogue/data-region.ts';
import { vendorsNamedIn } from './vendor-names.ts';

type VerbClass = 'store' | 'log' | 'send' | 'share' | 'sell' | 'leave' | 'stay' | 'receive' | 'connect' | 'collect' | 'edit' | 'create' | 'delete' | 'write' | 'contain' | 'host' | 'train';
type DataClass = 'any' | 'customer' | 'personal' | 'content' | 'secret';
export type Place = 'third-party' | 'ours' | 'outside' | 'logs' | 'storage' | 'region' | 'atlassian' | 'device' | 'anywhere';
export type ContentObject = 'page' | 'issue';

export interface Frame {
  /** The clause, as written. */
  text: string;
  /** Verb classes under a negation: "does not store or share" denies store and send. */
  denied: ReadonlySet<VerbClass>;
  /** Verb classes the clause says happen: "data stays in your site" affirms stay. */
  affirmed: ReadonlySet<VerbClass>;
  data: ReadonlySet<DataClass>;
  places: ReadonlySet<Place>;
  /** What an edit would change: pages (Confluence) or issues (Jira). */
  objects: ReadonlySet<ContentObject>;
  /** The clause names a server, back end or infrastructure. */
  backend: boolean;
  /** Training or improving AI models. */
  training: boolean;
  /** The clause speaks of requests, calls or processing, which go somewhere, rather than of data kept: "All requests stay within Atlassian". */
  traffic: boolean;
}

const BASES: Array<[VerbClass, string[]]> = [
  ['store', ['store', 'keep', 'retain', 'persist', 'save', 'hold', 'cache', 'archive', 'copy', 'kept', 'held', 'copies', 'copied', 'record']],
  ['log', ['log', 'logged', 'logging']],
  ['send', ['send', 'sent', 'transmit', 'transmitted', 'transfer', 'transferred', 'forward', 'upload', 'export', 'egress', 'sync', 'replicate']],
  ['share', ['share', 'disclose', 'pass', 'provide', 'hand', 'handed', 'give', 'given', 'available']],
  ['sell', ['sell', 'sold', 'rent', 'trade']],
  ['leave', ['leave', 'leaves', 'left', 'go', 'goes', 'travel', 'flow', 'move', 'cross', 'crosses']],
  ['stay', ['stay', 'remain', 'reside', 'sit', 'sat']],
  ['receive', ['receive', 'get', 'gets']],
  ['connect', ['connect', 'contact', 'call', 'calls', 'reach', 'touch', 'talk', 'communicate', 'connection', 'connections', 'traffic']],
  ['collect', ['collect', 'gather', 'capture', 'track', 'harvest']],
  ['edit', ['edit', 'modify', 'modifies', 'modified', 'change', 'changes', 'update', 'alter', 'overwrite', 'overwritten', 'rewrite', 'rewritten']],
  ['create', ['create']],
  ['delete', ['delete', 'remove', 'erase']],
  ['write', ['write', 'writes', 'written', 'wrote', 'writing', 'appear', 'land']],
  ['contain', ['contain', 'include']],
  ['host', ['host', 'run', 'ran', 'operate', 'maintain', 'depend', 'rely', 'relies', 'need', 'require', 'use', 'have', 'has']],
  ['train', ['train', 'fine-tune', 'finetune']],
];

/** Every form of every verb: "stores", "stored", "storing" -> store. */
const VERBS = new Map<string, VerbClass>();
for (const [verbClass, words] of BASES) {
  for (const word of words) {
    const stem = word.endsWith('e') ? word.slice(0, -1) : word;
    const forms = [word, `${word}s`, `${word}es`, `${stem}ed`, `${stem}ing`, word.endsWith('y') ? `${word.slice(0, -1)}ies` : word, word.endsWith('y') ? `${word.slice(0, -1)}ied` : word];
    // A short vowel-consonant ending doubles: "transferred", "logged".
    if (/[aeiou][bdglmnprt]$/.test(word) && !/[aeiou]{2}[a-z]$/.test(word)) forms.push(`${word}${word.at(-1)!}ed`, `${word}${word.at(-1)!}ing`);
    for (const form of forms) if (!VERBS.has(form)) VERBS.set(form, verbClass);
  }
}

/** Whether a word is a form of a verb the frames read: "keeps", "stored", "sends". */
export const isVerb = (word: string): boolean => VERBS.has(word.toLowerCase());

const NEGATIONS = new Set(['not', 'never', 'no', 'none', 'nothing', 'nowhere', 'nobody', 'neither', 'nor', 'without', 'cannot', 'zero']);
/** A negation that stands for the object or the place, after its verb: "stores no data", "keeps nothing", "is sent nowhere". */
const OBJECT_NEGATIONS = new Set(['no', 'none', 'nothing', 'nowhere', 'nobody']);
/** Nobody as the recipient: "... with no one", "... to nobody". */
const NO_ONE = /^(?:no\s+one|nobody)\b/i;
/** Words after which what a clause denies no longer holds: "not stored, only read". */
const CONTRASTS = new Set(['but', 'only', 'however', 'instead', 'rather', 'yet', 'whereas', 'although']);
const SUBJECTS = new Set(['we', 'it', 'they']);
/** Data named just before a subject opens a relative clause: "data it does not store" describes the data, and denies nothing. */
const DATA_NOUNS = new Set(['data', 'information', 'content', 'anything']);
/** A place named just before a subject opens one too: "No content stays on servers we operate" denies the staying, not the servers. */
const PLACE_NOUNS = new Set(['servers', 'server', 'infrastructure', 'systems', 'databases', 'database']);
/** "log" after these, or first in its clause, is a noun: "no external log storage", "the application logs", "written to logs", "Logs never leave". */
const BEFORE_NOUN = new Set(['', 'a', 'an', 'the', 'our', 'its', 'their', 'your', 'any', 'no', 'external', 'app', 'application', 'audit', 'access', 'error', 'system', 'platform', 'server', 'debug', 'diagnostic', 'request', 'activity', 'event', 'crash', 'console', 'runtime', 'function', 'forge', 'usage', 'to', 'in', 'into', 'of', 'from', 'within', 'inside', 'ours']);
const LOG_FORMS = new Set(['log', 'logs', 'logging']);
/** What follows "logs" the noun: "logs that include ...", "logs containing ...". */
const LOGS_THAT = /^\s+(?:that|which|containing|including|with\s+(?:End[- ]User|personal|customer|user))\b/i;
/** What follows a verb of staying that says where: "stays in", "remains entirely within"; read where the verb ends (sticky). */
const STAYS_IN = /\s+(?:(?:entirely|only|solely|exclusively|fully|completely|always)\s+)?(?:in|on|within|inside)\b/iy;
/** "ends up in our logs": arriving somewhere, as a write. */
const END_FORMS = new Set(['end', 'ends', 'ended', 'ending', 'wind', 'winds', 'wound']);
/** What follows "write" the adjective: "write scopes", "write access", "write permissions", and in a run of kinds, "write nor delete scopes". */
const PERMISSION_AFTER = /^(?:\s*(?:,|\/|\bor\b|\band\b|\bnor\b)\s*(?:read|write|delete|admin|manage))*\s+(?:scopes?|permissions?|access|privileges?)\b/i;
const COPY_FORMS = new Set(['copy', 'copies', 'copied', 'copying']);
const OUT_OF = /^\s+(?:out\s+of|off)\b/i;
/** "our only logs", "the only log": a determiner before "only" makes "logs" a noun ("The app only logs errors" is a verb). */
const ONLY_AFTER = new Set(['the', 'our', 'its', 'their', 'your']);
const COPY_DETERMINERS = new Set(['a', 'any', 'one', 'the', 'single']);
/** "We keep End-User Data out of our logs": a keeping that denies the place after it. */
const AWAY = new Set(['out', 'away']);

// Parts of a clause: each is a plain alternation of words, so it never rescans a long word.
/** People's names: not "file names", "page names" nor "the names of your projects". */
export const PEOPLE_NAMES = String.raw`(?<!\b(?:file|page|project|space|issue|field|host|domain|column|board|app)\s)\bnames\b(?!\s+of\s+(?:(?:your|the|its|their|our)\s+)?(?:projects?|pages?|spaces?|issues?|files?|boards?|fields?|columns?|labels?|components?|repositor(?:y|ies)|teams?|workspaces?|apps?|channels?|groups?|documents?|templates?|sites?)\b)`;
/** Personal data by its names; "tracking of users" follows people about (analytics), it names no data of theirs. */
/** Phone numbers by their names: "phone numbers", "mobile number", "telephone numbers". */
export const PHONE_NUMBERS = String.raw`(?:(?:tele|mobile\s+|cell\s*)?phone|mobile)\s+numbers?`;
const PERSONAL = new RegExp(String.raw`\b(?:personal(?:ly)?\s+(?:data|information|info|details|identifiable|identifiers)|PII|e-?mails?|${PHONE_NUMBERS}|account\s+(?:IDs?|identifiers|information|details)|(?<!End[- ])user\s+(?:IDs?|data|information|details|profiles?|identifiers)|profile\s+information|(?:display|user)\s*names?|IP\s+addresses|(?<!\btracking\s)(?:about|of)\s+(?:your\s+|the\s+|its\s+|individual\s+)?users)\b|${PEOPLE_NAMES}`, 'i');
// What an AI makes from the content ("AI output", "model responses") is content to the scan, as a summary is.
const CONTENT = /\b(?:(?:AI|LLM|model|GPT)\s+(?:outputs?|responses?|answers?|completions?|results?)|(?<!\b(?:any|all)\s)content|contents|pages?(?!\s+(?:loads?|views?|visits?|reloads?|refresh(?:es)?|hits?)\b)|issues?|comments?|attachments?|tickets?|work\s+items?|documents?|bod(?:y|ies)|descriptions?|summar(?:y|ies)|text|(?:issue|page|Jira|Confluence|repository|repo|Bitbucket|pull\s+request)\s+data)\b/i;
/** Data at large; "this data", "such data" name what came before. */
const ANY = /(?<!\b(?:personal|user|issue|page|request|repository|commit|usage|analytics|identifiable|profile|account|Jira|Confluence|this|that|such|following|same|said)\s)\b(?:data|information)\b|\b(?:anything|nothing|everything)\b|\b(?:any|all)\s+content\b/i;
/** End-User Data by its names: "customer data", "your content". */
const CUSTOMER = /\b(?:End[- ]User|customer|your|user|users')\s+(?:(?:page|issue|Jira|Confluence)\s+)?(?:data|content|information)\b/i;
const SECRET = /\b(?:credentials?|passwords?|tokens?|secrets?|API\s+keys?)\b/i;

const THIRD = /\bthird[- ]part(?:y|ies)\b(?![- ](?:servers?|endpoints?|hosts?|infrastructure|systems?))|\bsub-?processors?\b|\b(?:outside|other|external)\s+(?:compan(?:y|ies)|organi[sz]ations?|firms?|businesses|part(?:y|ies)|(?:service\s+)?providers?)\b|\bservice\s+providers?\b|\b(?:any|other|a)\s+(?:other\s+)?vendors?\b(?![- ](?:operated|hosted|run|managed))|\bany(?:one|body)\b(?!'s)|\bno(?:\s+one|body)\b|\b(?:analytics|advertising|marketing|tracking|telemetry|(?:error|crash)[- ](?:tracking|reporting))\s+(?:providers?|vendors?|services|tools|companies|partners)\b|\badvertisers\b|\b(?:any\s+|our\s+)?(?:business\s+)?partners?\s+of\s+ours\b|\b(?:any|our)\s+(?:other\s+)?(?:business\s+)?partners?\b/i;
const OURS = /\b(?:our|its|their)\s+(?:own\s+|compan(?:y|y's|ies')\s+)?(?:(?:Postgres(?:QL)?|MySQL|Mongo(?:DB)?|Redis|DynamoDB|Supabase|Firebase|SQL|AWS|Azure|GCP|Heroku)\s+)?(?:servers?|machines?|computers?|systems?|infrastructure|databases?|back[- ]?ends?|cloud|storage|(?:Forge\s+)?remotes?)\b|\b(?:servers?|machines?|computers?|systems?|infrastructure|databases?|back[- ]?ends?|storage)\s+(?:(?:that\s+)?we\s+(?:run|operate|own|manage|control|host)|(?:run|operated|owned|managed|controlled|hosted)\s+by\s+us)\b|\b(?:external|outside|third[- ]party)\s+(?:servers?|systems?|databases?|storage|infrastructure|back[- ]?ends?|services?|hosts?|APIs?|endpoints?)\b(?!\s+providers?)|\bvendor[- ](?:operated|hosted|run|managed)\b|\b(?:the\s+)?vendor(?:'s)?\s+(?:servers?|systems?|infrastructure|databases?)\b|\b(?:servers?|systems?|infrastructure|databases?)\s+of\s+(?:ours|our\s+(?:own\s+)?compan(?:y|ies))\b|\b(?:to|with)\s+us\b|\bourselves\b|\b(?:at|on)\s+our\s+side\b|\b(?:on|to|in|onto|into)\s+own\s+(?:servers?|systems?|infrastructure|databases?|back[- ]?ends?)\b/i;
/** The customer's Atlassian: "Atlassian", "Forge", "your Jira site", and "your site" or "your instance", which in an app's statement is the customer's Atlassian site. */
export const ATLASSIAN_SITE = String.raw`(?:(?:the|your|its)\s+)?(?:(?:customer|app)'s\s+)?(?:Atlassian|Forge|Jira|Confluence)\b|(?:your|the\s+customer's)\s+(?:own\s+)?(?:cloud\s+)?(?:site|instance)\b`;
const OUTSIDE = new RegExp(String.raw`\b(?:outside|beyond|out\s+of|off)\s+(?:of\s+)?(?:${ATLASSIAN_SITE})(?!\s+(?:accounts?|users?|IDs?|identifiers?)\b)|\boff\s+the\s+(?:Atlassian\s+)?platform\b|\b(?:servers?|hosts?|endpoints?|services?)\s+(?:other\s+than|except|besides|apart\s+from)\s+(?:the\s+)?(?:Atlassian|Forge)\b|\b(?:any|no)where\s+else\b|\b(?:any|no)\s+other\s+(?:servers?|systems?|databases?|infrastructure|hosts?|places?|locations?)\b|\binternet\b|\boutbound\b|\bhosts?\s+outside\b`, 'i');
/** A party as the agent of a passive, not its recipient: "not transferred outside the EEA by the Processor or any Sub-processor". */
const BY_PARTY = /\bby\s+(?:(?:the|us|any|a|our|its|or|and|[\w-]+)\s+){0,4}?(?:sub-?processors?|third[- ]part(?:y|ies)|service\s+providers?|vendors?)\b/gi;
/** A place named by what came before: "anywhere else", "elsewhere". */
const ELSE = /\b(?:any|no)where\s+else\b|\belsewhere\b/i;
/** No place at all: "not sent anywhere", "kept nowhere". */
const ANYWHERE = /\b(?:any|no)where\b(?!\s+else\b)/i;
const STORAGE = /\b(?:storage|database|disk|cache)\b/i;
/** Where in the world, or where in Atlassian: "in the EU", "in your Jira site", "in the customer's data residency region". */
const REGION = new RegExp(String.raw`\b(?:regions?|residency|countr(?:y|ies)|data\s+cent(?:er|re)s?|${PLACE})(?![\w-])`);
const DEVICE = /\b(?:devices?|browsers?|local\s+storage|cookies?|computers?|laptops?|removable\s+media|portable\s+(?:media|drives?)|USB)\b/i;
const IN_ATLASSIAN = new RegExp(String.raw`\b(?:in|on|within|inside)\s+(?:${ATLASSIAN_SITE})`, 'i');
/** "in Forge or anywhere else", "neither in Forge nor anywhere else": every place, Atlassian's among them, not a place outside it. */
const ATLASSIAN_OR_ELSE = new RegExp(String.raw`\b(?:in|on|within|inside)\s+(?:${ATLASSIAN_SITE})(?:'s)?(?:\s+[\w-]+){0,2}?\s*,?\s+(?:or|nor)\s+(?:any|no)where\s+else\b`, 'gi');
/** What the app writes back to the product: "written back to the issue as a comment", "saved back to the page". */
const BACK_TO_ITEM = /\b(?:written|saved|stored|posted|put)\s+back\s+(?:to|into|on)\s+(?:the\s+|your\s+)?(?:issue|page|ticket|work\s+item|Jira|Confluence)\b/i;
/** A product's properties are Atlassian's storage: "saved as an issue property", "kept in content properties". */
const PROPERTY = String.raw`(?:as|in|into)\s+(?:an?\s+|the\s+|its\s+)?(?:(?:Jira|Confluence)\s+)?(?:issue|content|page|space|project|entity|user|board|comment|workflow)\s+propert(?:y|ies)\b`;
const AS_PROPERTY = new RegExp(String.raw`\b${PROPERTY}`, 'i');
/** "... is saved in your Jira site", "... lives in Confluence", "... saved as issue properties": data said to be kept in the customer's Atlassian. */
export const KEPT_IN_ATLASSIAN = new RegExp(String.raw`\b(?:saved|stored|kept|held|persisted|lives?|stays?|remains?|resides?)\s+(?:only\s+)?(?:(?:in|on|within|inside)\s+(?:${ATLASSIAN_SITE})|${PROPERTY})`, 'i');
/** The clause names the customer's Atlassian anywhere: "Your data never leaves your Jira site". */
const NAMES_ATLASSIAN = /\b(?:Atlassian|Forge)\b|\b(?:leaves?|left|leaving)\s+(?:Jira|Confluence|Bitbucket|Compass)\b|\b(?:Jira|Confluence)\s+(?:Cloud|site|instance)\b|\b(?:your|the\s+customer's)\s+(?:own\s+)?(?:(?:Jira|Confluence)\b|(?:cloud\s+)?(?:site|instance)\b)/;
/** Requests and calls, not issues raised as requests ("customer requests"). */
/** What the app sends ("All data the app sends stays inside Atlassian"): where it goes, not where it is kept. */
export const SENT_BY_APP = /\b(?:data|information|everything|anything|nothing)\s+(?:that\s+|which\s+)?(?:the\s+app|it|we|our\s+app)\s+(?:ever\s+)?(?:sends|transmits|send|transmit)\b/i;
const TRAFFIC = new RegExp(String.raw`\b(?:(?<!\b(?:customer|service|support|feature|pull|merge|access)\s)requests?|calls|(?:API|network|HTTP)\s+calls?|traffic|processing|communications?|connections)\b|${SENT_BY_APP.source}`, 'i');
/** "for each customer": a server per tenant is still a server. */
const PER_TENANT = /\b(?:for\s+each|per)\s+(?:customer|tenant|site|instance|client)\b/i;
/** "No other Jira data is stored", "nothing else": what it excludes was said before; not "nothing anywhere else", a place. */
const REFERS_BACK = /\b(?:no|nothing|none)\s+(?!anywhere\b)(?:[\w-]+\s+)?(?:other|else)\b/i;
const BACKEND = /\b(?:servers?|back[- ]?ends?|infrastructure|hosting)\b/i;
const TRAINING = /\b(?:train(?:s|ed|ings?)?|fine-?tun(?:e|es|ed|ing))\b|\bimprove\b.*\b(?:AI|models?|LLMs?|machine\s+learning)\b/i;
const PAGE = /\b(?:pages?|blog\s*posts?|Confluence\s+content|(?:Confluence|your)\s+spaces?)\b/i;
/** Not Bitbucket's pull requests nor GitLab's merge requests: no Jira Service Management request. */
const ISSUE = /\b(?:issues?|work\s+items?|tickets?|(?:customer\s+|service\s+)?(?<!\b(?:pull|merge)\s)requests|Jira\s+content)\b/i;
/** The end of the request that used the data, not a time it is kept for: "after the report is drawn", "once the page is rendered", "after use". */
const END_OF_USE = String.raw`(?:\s+[\w']+){0,4}?\s+(?:rendered|drawn|displayed|shown|generated|built|returned|served|answered|delivered|processed|complete[sd]?|finish(?:es|ed)?)\b|\s+(?:(?:the|its)\s+)?(?:use|processing|rendering)\b`;
/** "... once the page is rendered": what the clause says after it is a time, not data it speaks of. */
const ENDS_USE = new RegExp(String.raw`\b(?:after|once)\b(?:${END_OF_USE})`, 'i');
/**
 * A denial held to a time, a manner or a condition denies less than it seems: "not stored longer than
 * 30 days", "no more data than it needs", "not in plain text", "not shared without your consent", "no page is created until you press Publish", "not kept if you opt out".
 */
const LIMITED = new RegExp(String.raw`\b(?:longer|more|later)\s+(?:[\w-]+\s+){0,2}?than\b|\bplain[- ]?text\b|\bunencrypted\b|\bin\s+(?:the\s+)?clear\b|\bwithout\s+(?:your|their|the\s+customer's|explicit|prior)\s+(?:\w+\s+)?(?:consent|permission|approval|authori[sz]ation)\b|\b(?:until|unless)\b|\bbefore\b(?!\s*\/)|(?<!\beven\s)\bif\b|(?<!\/\s*)\b(?:after|once)\b(?!${END_OF_USE})`, 'i');
const PRONOUN = /\b(?:them|it)\b/i;
/** A place named by a pronoun: "written to them", "kept in it". */
const TO_PRONOUN = /\b(?:to|in|into|inside|within)\s+(?:them|it)\b/i;
/** Logs named before, as the subject that holds: "We keep request logs for 30 days; they hold no user content". */
const HOLDING_PRONOUN = /^\s*(?:and\s+)?(?:they|these|those)\s+(?:(?:never|do\s+not|don't)\s+)?(?:hold|contain|include|carry|record)s?\b/i;
/** "... is not changed by Atlassian": what Atlassian does, not the app; "Forge SQL hosted by Atlassian" only says whose the store is. */
const BY_ATLASSIAN = /(?<!\b(?:hosted|operated|run|managed|provided)\s)\bby\s+(?:the\s+)?(?:Atlassian|Jira|Confluence)\b(?!')/i;
/** "Users cannot send pages anywhere from the app": what people can do with the app, not what the app does. */
export const PEOPLE_CANNOT = /^\s*(?:(?:and|or|but|so)\s+)?(?:(?:the|your|our|other)\s+)?(?:users|admins|administrators|customers|you|people|visitors|members|end[- ]users)\s+(?:can(?:\s+not|not|'t)|could(?:\s+not|n't)|are\s+(?:not\s+able|unable|not\s+allowed|not\s+permitted)|aren't\s+(?:able|allowed|permitted))\b/i;

const USER_ACTION = /^\s*([a-z]+ing)\b/i;
const USER_VERBS: ReadonlySet<VerbClass> = new Set(['edit', 'create', 'delete', 'store']);
/** Whether a clause opens with a user's action as its subject: "Deleting a page ...", "Archiving a space ..." (not "Using the app never changes ..."). */
export function opensWithAction(text: string): boolean {
  const verb = USER_ACTION.exec(text)?.[1];
  const verbClass = verb ? VERBS.get(verb.toLowerCase()) : undefined;
  return verbClass !== undefined && USER_VERBS.has(verbClass);
}

/**
 * Clauses end at a stop, a colon or a dash, at a contrast ("..., but ..."), at a reason ("... is not eligible because it
 * uses a remote": the negation stays in its clause), at a consequence ("..., so it sends ..."), at "and" or "or" that opens a denial of its own ("... stored on our servers and nothing is shared ...",
 * "... hosted by our provider in Germany, and customer data is never stored ..."), at "and" before a passive denied ("... saved in Forge storage
 * and are not kept anywhere else"), and at a comma before "all" or
 * "everything" as a new subject ("... does not save user data, all is staying in Jira"), or at "and" before one ("... has no
 * remote back end and all of its data stays in your site"); `predicates` splits them further.
 */
const CLAUSES = /[.;!?:\u2014\u2013()]|\s-\s|,?\s+(?:but|however|whereas|while|although)\s|,?\s+because\s+(?!of\b)|,\s+so\s+(?!that\b)|\s+so\s+(?=(?:it|we|they|the\s+app)\s)|\s(?:and|or)\s+(?=(?:nothing|no|none|never|neither)\s)|,\s+(?:and\s+|or\s+)?(?=(?:(?:does|do|did|is|are|will|can|has|have)(?:\s+not|n't)|never|not)\s)|\s+and\s+(?=(?:(?:is|are|was|were)(?:\s+not|n't|\s+never)|not\s+(?:kept|stored|saved|held|persisted|copied))\s)|,\s+(?:and|or)\s+(?=(?:[\w'-]+\s+){1,4}(?:is|are|was|were|will|does|do|has|have|gets?)(?:\s+not|n't|\s+never)\s)|,\s+and\s+(?=we\s+(?:[\w'-]+\s+)?(?:nothing|no|none|never|not)\b|we\s+(?:do\s+not|don't|never)\s)|,\s+(?=(?:all|everything)\s+(?:is|are|stays?|remains?)\s)|,?\s+and\s+(?=(?:all|everything)\s+(?:of\s+)?(?:(?:its|the|your|our|their|this|that)\s+)?(?:[\w-]+\s+){0,2}?(?:is|are|stays?|remains?|lives?|resides?|goes|go|sits?)\s)|,\s+(?=no\s+(?:[\w-]+\s+)?(?:data|information|content)\s+(?:is|are|was|were|will|ever|gets?)\s)/i;
/** A verb the subject repeats after a comma, with a denial of its own: "..., sets no cookies, and shows no ads". */
const REPEATED = /,\s+(?:and\s+)?(?=[a-z]{2,}s\s+(?:no|nothing|none)\s)|(?<=\b(?:no|nothing|none|never)\b[^,]*?)\s+and\s+(?=[a-z]{2,}s\s+(?:no|nothing|none)\s)/i;

/** A clause's predicates, split where the subject's verb is repeated; not after a subject alone ("Atlassian, stores no more ..."). */
function predicates(clause: string): string[] {
  const out: string[] = [];
  for (const part of clause.split(REPEATED)) {
    const before = out.at(-1);
    if (before !== undefined && !(before.match(WORD) ?? []).some((word) => VERBS.has(word.toLowerCase()))) out[out.length - 1] = `${before}, ${part}`;
    else out.push(part);
  }
  return out;
}
/** "Atlassian, not us, stores ...": a negation set off by commas denies only the party it names; "..., not on our servers, ..." says where. */
const SET_OFF = /,\s+not\s+(?!(?:on|in|to|with|from|at|by|into|onto|outside|inside|within|for|through|beyond)\b)(?:[\w']+\s+){0,2}?[\w']+,/gi;
const WORD = /[a-z0-9]+(?:['-][a-z0-9]+)*/gi;
/**
 * "No personal data (account IDs, names or e-mail addresses) is sent outside Atlassian", "Nothing about your users - names, e-mails - is kept":
 * a parenthesis of nouns, or a pair of dashes around them, is part of its clause.
 */
const ASIDE = /\(([^()]{1,120})\)|\s[\u2014\u2013]\s+([^\u2014\u2013()]{1,120}?)\s+[\u2014\u2013]\s/g;
const asideRead = (whole: string, bracketed: string | undefined, dashed: string | undefined): string => {
  const inner = bracketed ?? dashed ?? '';
  return (inner.match(WORD) ?? []).some((word) => NEGATIONS.has(word.toLowerCase()) || word.toLowerCase().endsWith("n't") || VERBS.has(word.toLowerCase())) ? whole : ` ,${inner}, `;
};

/** The last sentence read and its frames: the recogniser and the claims that read frames themselves ask for the same sentence in turn. */
let last: { sentence: string; frames: Frame[] } | null = null;

/** The frames of a sentence, one per clause; a clause that names no data or object takes its sentence's earlier ones ("..., never stored, and never sent"). */
export function readFrames(sentence: string): Frame[] {
  if (last?.sentence !== sentence) last = { sentence, frames: framesOf(sentence) };
  return last.frames;
}

/** Personal data only: no data at large, End-User Data or content named beside it. */
export const personalOnly = (f: Frame): boolean => f.data.has('personal') && !f.data.has('any') && !f.data.has('customer') && !f.data.has('content');

/** A clause of calls and nothing else ("makes no calls outside Atlassian", "talks to no other server"): its only verb is to connect. */
const callsOnly = (f: Frame): boolean => f.traffic && f.denied.size + f.affirmed.size > 0 && [...f.denied, ...f.affirmed].every((v) => v === 'connect');

function framesOf(sentence: string): Frame[] {
  const frames: Frame[] = [];
  let data: Set<DataClass> = new Set();
  let objects: Set<ContentObject> = new Set();
  let where: Set<Place> = new Set();
  // One space for each run of blanks: the clause patterns start at every blank, and a long run would be rescanned from each.
  for (const clause of sentence.replace(/\s+/g, ' ').replace(SET_OFF, ',').replace(ASIDE, asideRead).split(CLAUSES).flatMap((clause) => (clause ? predicates(clause) : [clause]))) {
    if (!clause || !/\S/.test(clause)) continue;
    const end = clause.search(ENDS_USE);
    const text = end > 0 ? clause.slice(0, end) : clause;
    if (REFERS_BACK.test(text) || LIMITED.test(text) || BY_ATLASSIAN.test(text) || PEOPLE_CANNOT.test(text)) continue;
    // "Reports are in our database, and we keep nothing anywhere else": else than the vendor's own store, which is no place in Atlassian.
    if (ELSE.test(text) && frames.some((f) => f.places.has('ours') || f.places.has('third-party'))) continue;
    const frame = readClause(text);
    // "..., and makes no calls outside Atlassian": calls the clause denies carry no data named before them.
    if (frame.data.size === 0 && !callsOnly(frame)) frame.data = data;
    else if (frame.data.size > 0) data = frame.data;
    if (frame.objects.size === 0 && PRONOUN.test(text)) frame.objects = objects;
    else if (frame.objects.size > 0) objects = frame.objects;
    // "Our logs hold error codes only; no names are ever written to them": the place is the one named before, as logs are to "they hold no ...".
    if (frame.places.size === 0 && (TO_PRONOUN.test(text) || (HOLDING_PRONOUN.test(text) && where.has('logs')))) frame.places = where;
    else if (frame.places.size > 0) where = frame.places;
    frames.push(frame);
  }
  return frames;
}

function staysIn(text: string, at: number): boolean {
  STAYS_IN.lastIndex = at;
  return STAYS_IN.test(text);
}

function readClause(text: string): Frame & { data: Set<DataClass>; objects: Set<ContentObject>; places: Set<Place> } {
  const denied = new Set<VerbClass>();
  const affirmed = new Set<VerbClass>();
  const places = new Set<Place>();
  let negated = false;
  let last: { verb: VerbClass; at: number } | null = null;
  let previous = '';
  let second = '';
  let at = 0;
  let relative = -9;
  for (const m of text.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    if (SUBJECTS.has(word) && (DATA_NOUNS.has(previous) || PLACE_NOUNS.has(previous)) && /\w/.test(text[m.index - 2] ?? '')) {
      // The relative clause's verbs are not under the sentence's negation: "We do not store data we receive".
      relative = at;
      negated = false;
    }
    if ((NEGATIONS.has(word) || word.endsWith("n't")) && at - relative <= 2) {
      // "... to data we do not hold": the negation is the relative clause's.
    } else if (NEGATIONS.has(word) || word.endsWith("n't")) {
      negated = true;
      // "stores no data", "keeps absolutely nothing": the verb before is denied; "shares account details with no one", further on.
      if (OBJECT_NEGATIONS.has(word) && last && (at - last.at <= 2 || (at - last.at <= 6 && NO_ONE.test(text.slice(m.index))))) denied.add(last.verb);
    } else if (CONTRASTS.has(word) || (SUBJECTS.has(word) && (previous === 'and' || previous === 'or'))) {
      negated = false;
    } else if (AWAY.has(previous) && (word === 'of' || word === 'from') && last?.verb === 'store' && at - last.at >= 2) {
      // "keeps End-User Data out of our logs", "held away from third parties": the keeping denies where.
      denied.add('store');
    } else {
      // "log" is a noun after a determiner, a possessive ("the app's logs") or a preposition ("written to logs"), after a keeping verb ("keep logs with user
      // data" says where, not what), or "logs" before a relative ("share logs that include End-User Data"), and then a place;
      // a verb in a list of verbs ("store, log or share").
      const noun = LOG_FORMS.has(word) && (BEFORE_NOUN.has(previous) || previous.endsWith("'s") || (previous === 'only' && ONLY_AFTER.has(second)) || (word === 'logs' && (VERBS.get(previous) === 'store' || LOGS_THAT.test(text.slice(m.index + word.length)))));
      if (noun) places.add('logs');
      // "requests no write scopes", "has no write access", "neither write nor delete scopes": a kind of permission, not a write.
      const permission = (word === 'write' || word === 'read' || word === 'delete') && PERMISSION_AFTER.test(text.slice(m.index + word.length));
      // "copied out of Atlassian": a copy made elsewhere is data leaving, not data kept.
      const copiedOut = COPY_FORMS.has(word) && OUT_OF.test(text.slice(m.index + word.length));
      // "receive a copy of your content": the copy is what is received, no keeping of its own.
      const before = last as { verb: VerbClass; at: number } | null;
      const copyReceived = COPY_FORMS.has(word) && COPY_DETERMINERS.has(previous) && before?.verb === 'receive' && at - before.at <= 3;
      const verb: VerbClass | undefined = noun || permission || copyReceived ? undefined : word === 'up' && END_FORMS.has(previous) ? 'write' : copiedOut ? 'leave' : VERBS.get(word);
      // The negation holds over objects and places too, up to a contrast: "does not send any data to us".
      if (verb) {
        if (negated) denied.add(verb);
        // Staying is being somewhere: "remains in your site", not "remains encrypted in Jira".
        else if (verb !== 'stay' || staysIn(text, m.index + word.length)) affirmed.add(verb);
        last = { verb, at };
      }
    }
    second = previous;
    previous = word;
    at++;
  }
  const data = new Set<DataClass>();
  if (PERSONAL.test(text)) data.add('personal');
  if (CONTENT.test(text)) data.add('content');
  if (ANY.test(text)) data.add('any');
  if (CUSTOMER.test(text)) data.add('customer');
  if (SECRET.test(text)) data.add('secret');
  if (THIRD.test(text.replace(BY_PARTY, (agent) => ' '.repeat(agent.length)))) places.add('third-party');
  if (OURS.test(text)) places.add('ours');
  const everywhere = text.replace(ATLASSIAN_OR_ELSE, (whole: string) => ' '.repeat(whole.length));
  if (everywhere !== text) places.add('anywhere');
  if (OUTSIDE.test(everywhere)) places.add('outside');
  if (STORAGE.test(text)) places.add('storage');
  if (REGION.test(text)) places.add('region');
  if (IN_ATLASSIAN.test(everywhere) || AS_PROPERTY.test(text) || BACK_TO_ITEM.test(text)) places.add('atlassian');
  if (DEVICE.test(text)) places.add('device');
  if (ANYWHERE.test(text)) places.add('anywhere');
  const objects = new Set<ContentObject>();
  // "Deleting a page does not delete its comments": the page is what a user acts on, not what the app is said to leave alone.
  if (!opensWithAction(text)) {
    if (PAGE.test(text)) objects.add('page');
    if (ISSUE.test(text)) objects.add('issue');
  }
  return { text, denied, affirmed, data, places, objects, backend: BACKEND.test(text) && !PER_TENANT.test(text), training: TRAINING.test(text), traffic: TRAFFIC.test(text) };
}

/** Whether a frame names the customer's Atlassian: Atlassian, Forge, Jira, Confluence, "your site". */
export const namesAtlassian = (frame: Frame): boolean => NAMES_ATLASSIAN.test(frame.text);

const ELSEWHERE: readonly Place[] = ['third-party', 'ours', 'outside', 'logs', 'device', 'region'];
/**
 * "Your data stays in your site", "All requests remain within Atlassian": what the clause speaks of stays in the customer's
 * Atlassian, and names no place elsewhere; "stays in the customer's Atlassian data residency region" says where in the world.
 */
export const staysInAtlassian = (frame: Frame): boolean => frame.affirmed.has('stay') && frame.places.has('atlassian') && !ELSEWHERE.some((p) => frame.places.has(p));

/** Requests or calls with no data named beside them: "All requests stay within Atlassian" says where calls go, not where data is kept. */
export const trafficOnly = (text: string): boolean => TRAFFIC.test(text) && !ANY.test(text) && !CUSTOMER.test(text) && !CONTENT.test(text) && !PERSONAL.test(text);

/** Whether a frame denies one of `verbs`. */
export const denies = (frame: Frame, ...verbs: VerbClass[]): boolean => verbs.some((v) => frame.denied.has(v));

/** Whether a frame speaks of End-User Data: data at large, personal data or product content. */
export const aboutData = (frame: Frame): boolean => frame.data.has('any') || frame.data.has('customer') || frame.data.has('personal') || frame.data.has('content');
/** All the data, not one kind of it: "nothing", "any data", "your data", "your page content"; not "issue comments" or "attachments". */
export const allData = (frame: Frame): boolean => frame.data.has('customer') || (frame.data.has('any') && frame.objects.size === 0);

/** End-User Data named as such, not bare "data": "customer data", personal data, page content. */
export const namesData = (frame: Frame): boolean => frame.data.has('customer') || frame.data.has('personal') || frame.data.has('content');

const WHERE: readonly Place[] = ['third-party', 'ours', 'outside', 'logs', 'region', 'atlassian', 'device'];
/** Whether a frame says where: to third parties, servers of the vendor's, outside Atlassian, logs, a region, a place in Atlassian or the user's device. */
export const saysWhere = (frame: Frame): boolean => WHERE.some((p) => frame.places.has(p));

/** Kept for training: "nothing is kept for training" denies the training, not the keeping. */
const FOR_TRAINING = /\b(?:kept|held|retained|stored|saved)\s+for\s+(?:(?:AI|model|LLM)\s+)?(?:training|fine-?tuning)\b/i;
/** Keeping, with its ways of saying so: "stores", "writes to storage", "never written anywhere", "our database contains no ...", "no data sits on servers we run". */
export const deniesKeeping = (frame: Frame): boolean =>
  ((denies(frame, 'store') && !FOR_TRAINING.test(frame.text)) || (denies(frame, 'write', 'contain') && (frame.places.has('storage') || frame.places.has('ours'))) || (denies(frame, 'write') && frame.places.has('anywhere')) || (denies(frame, 'stay') && frame.places.has('ours')))
  && !keptByVendor(frame.text);
/** A vendor as the subject of the denial: "Anthropic does not retain it beyond 30 days", "OpenAI's API never stores prompts". */
const VENDOR_SUBJECT = /^\s*(?:(?:and|but)\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)(?:'s\s+(?:API|service|platform))?\s+(?=(?:does\s+not|doesn't|do\s+not|don't|never|will\s+not|won't)\b)/;
/** A vendor as the agent of a passive denial: "prompts are not stored by OpenAI". */
const VENDOR_AGENT = /\b(?:stored|kept|retained|saved|persisted|cached|logged)\s+(?:\w+\s+)?by\s+([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)/;
/** Whether a clause denies what a third party keeps (its own retention, which its terms decide), not what the app keeps. */
export function keptByVendor(text: string): boolean {
  const name = VENDOR_SUBJECT.exec(text)?.[1] ?? VENDOR_AGENT.exec(text)?.[1];
  return name !== undefined && vendorsNamedIn(name).length > 0;
}
/** A denial of training: "never used to train models", "nothing is kept for training", "does not train on them". */
export const deniesTraining = (frame: Frame): boolean => frame.training && (denies(frame, 'train', 'host') || (denies(frame, 'store') && FOR_TRAINING.test(frame.text)));
