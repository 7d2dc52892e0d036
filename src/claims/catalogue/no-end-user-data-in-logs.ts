import { END_USER_DATA, type DataKind } from '../../scan/facts.ts';
import { defineClaim, outcome } from '../define.ts';
import { places, unreadSources } from '../evidence.ts';
import { aboutData, denies, PHONE_NUMBERS } from '../frames.ts';
import { firstLine, gap, NOT, phrase } from '../phrases.ts';

/** Credentials: "GitHub tokens and client secrets", "authentication tokens", "passwords". */
const SECRETS = String.raw`(?:(?:[A-Z][\w-]*\s+)?(?:(?:authentication|access|refresh|API|OAuth|bearer|session)\s+)?tokens|(?:client\s+|shared\s+)?secrets|credentials|passwords|API\s+keys)`;
const ONE = String.raw`(?:${SECRETS}|End[- ]User\s+Data|(?:(?:webhook|event|request)\s+)?payloads\s+(?:we|the\s+app)\s+receives?|(?:webhook|event)\s+payloads?|personal\s+(?:data|information)|user\s+data|customer\s+(?:data|content)|PII|(?:[a-z-]+\s+){1,2}content|(?:page|issue|ticket|comment|request)\s+(?:text|titles?|summar(?:y|ies)|bod(?:y|ies))|(?:the\s+)?contents?\s+of\s+(?:the\s+|your\s+|an?\s+)?(?:issues?|pages?|tickets?|requests?|comments?|documents?)|user\s+information|account\s+(?:IDs?|identifiers)|(?:user|personal)\s+identifiers|e-?mail\s+addresses|${PHONE_NUMBERS}|(?:display|user|customer)\s*names|IP\s+addresses|(?<=(?:\b(?:never|no|nor|or|and|the)|,)\s)(?:the\s+)?(?:names|e-?mails)(?:\s+of\s+(?:the\s+)?(?:users|persons|people))?)`;
/** One kind of data or a list of them: "account IDs and e-mail addresses". */
const DATA = String.raw`${ONE}(?:\s*(?:,|or|and|nor)\s+${ONE})*`;
/** Any data the sentence names other than credentials. */
const NAMES_DATA = new RegExp(ONE.replace(String.raw`${SECRETS}|`, ''), 'i');
/** Any data the sentence names other than IP addresses: one that names IP addresses alone speaks of those. */
const NOT_IP = new RegExp(ONE.replace(String.raw`|IP\s+addresses`, ''), 'i');

/** "The app does not produce application logs": no log at all, whatever it holds. */
const NO_LOGS = phrase`(?:${NOT}${gap(20)}\b(?:produce|write|emit|generate|keep)s?\s+(?:any\s+)?(?:application\s+|app\s+)?logs|\b(?:write|produce|emit|keep)s?\s+no\s+(?:application\s+|app\s+)?logs)(?:\s+(?:at\s+all|whatsoever|of\s+any\s+kind))?\s*(?:[.;!?]|$)`;

/** Content the sentence names: "attachment contents", "page content", "issue summaries". */
const CONTENT_WORDS = /\b(?:contents?|payloads?|(?:page|issue|ticket|comment|request)\s+(?:text|titles?|summar(?:y|ies)|bod(?:y|ies)))\b/i;
/** Data about people, or End-User Data at large: "personal data", "user data", "customer content", "names". */
const BEYOND_CONTENT = /\b(?:End[- ]User|personal|PII|user\s+(?:data|information)|customer\s+(?:data|content)|account|identifiers?|e-?mails?|names|(?:phone|mobile)\s+numbers|IP\s+addresses)\b/i;

type Params = { kinds?: DataKind[]; none?: boolean };

function kindsIn(sentence: string): Params {
  const line = firstLine(sentence);
  if (NO_LOGS.test(line)) return { none: true };
  // "GitHub tokens and client secrets are never written to logs": credentials; with End-User Data, both.
  const secrets = new RegExp(`\\b${SECRETS}\\b`, 'i').test(line);
  const rest = line.replace(new RegExp(`\\b${SECRETS}\\b`, 'gi'), ' ');
  if (secrets) return NAMES_DATA.test(rest) ? { kinds: [...END_USER_DATA, 'secret'] } : { kinds: ['secret'] };
  // "We do not log attachment contents or page content": the product's content (or what a user or the app's front end sent, which may be it), not who made a request.
  if (CONTENT_WORDS.test(line) && !BEYOND_CONTENT.test(line)) return { kinds: ['product-content', 'resolver-payload'] };
  return /\bIP\s+addresses\b/i.test(line) && !NOT_IP.test(line) ? { kinds: ['ip-address'] } : {};
}

export default defineClaim<Params>({
  id: 'no-end-user-data-in-logs',
  title: 'No End-User Data in logs',
  description:
    'No log call in the app\'s back end (console, pino, winston\u2026, access-log middleware) receives End-User Data: product content, data a user sent, account IDs, emails, names or clients\' IP addresses (or IP addresses only, when the sentence names those alone; product content and data sent to the app only, when it names content alone: "We do not log page content"; secrets, when it names tokens, secrets, credentials or passwords: "Tokens are never written to logs"). "The app does not produce application logs" is contradicted by any back-end log call. A log in the browser only stays in the user\'s own console, so it makes the claim unverified rather than false.',
  decidedBy: 'code',
  phrasings: [
    // Not "Users never log in with passwords": signing in, not a log.
    phrase`${NOT}${gap(30)}\blog(?:s|ged|ging)?\b(?!\s+(?:in|on|out)(?:\s+(?:with|as|to|using|via|through|again|once)\b|\s*[;,.]|\s*$)|\s+into\b)${gap(30)}\b${DATA}`,
    phrase`\bno\s+${DATA}\s+(?:is\s+|are\s+)?(?:ever\s+)?(?:in|written\s+to|stored\s+in|sent\s+to)\s+(?:the\s+|our\s+|app\s+)?logs\b`,
    phrase`\bno\s+${DATA}\s+(?:is|are)\s+(?:ever\s+)?logged\b`,
    phrase`\blogs?\s+(?:do\s+not|don't|never|will\s+not)\s+(?:contain|include|hold)\b${gap(20)}\b${DATA}`,
    phrase`\blogs?\s+(?:contains?|includes?|holds?)\s+no\b${gap(20)}\b${DATA}`,
    // "Application logs exclude personal data and ticket content"
    phrase`\blogs?\s+(?:(?:always|strictly)\s+)?(?:exclude|omit|leave\s+out)s?\s+(?:all\s+|any\s+)?${DATA}`,
    // "Our logs record only the request ID and the status - never issue content."
    phrase`\blog(?:s|\s+(?:entries|lines|records|messages))?(?:\s+(?:of|from)\s+(?:the|our|this)\s+(?:app|add-on|plugin|application))?\s+(?:contains?|includes?|holds?|records?|captures?|keeps?)\b${gap(80)}\b(?:never|no)\s+${DATA}`,
    // "Logs: error codes and timings, zero user data": a label's list of what is logged, closed by what is not.
    phrase`^(?:application\s+|app\s+)?logs?\s*:[^.;:]{1,60}?(?:,|;|\u2014|\s-)\s*(?:no|zero|never)\s+${DATA}\s*\.?$`,
    // "We log only error codes and timings, never page text or names."
    phrase`\b(?:log(?:s|ged)?\s+only|only\s+log(?:s|ged)?)\b${gap(80)}\b(?:never|not|no)\s+(?:any\s+)?${DATA}`,
    // "Our logs are limited to request IDs and timings; they never include personal data."
    phrase`\blogs?\b${gap(80)};\s*(?:they|these)\s+(?:never|do\s+not|don't|will\s+not)\s+(?:contain|include|hold)\b${gap(20)}\b${DATA}`,
    // "We keep logs, but none of them contains user data"; "The app logs no user content."
    phrase`\blogs?\b${gap(80)}\bnone\s+of\s+(?:them|these|which)\s+(?:contains?|includes?|holds?)\b${gap(20)}\b${DATA}`,
    phrase`\blogs?\s+no\s+${DATA}`,
    // Not logs "outside of Atlassian" (the Marketplace's question): the app may still log within Forge.
    phrase`${NOT}${gap(30)}\b(?:(?:write|send|record|put|store|keep|include)s?|process(?:es)?)(?:\s+(?:and\/or|and|or)\s+(?:stores?|keeps?|writes?))?\s+${DATA}\s+(?:to|in|into)\s+(?:(?:the|our|its|app|any|application)\s+){0,2}logs\b(?![^.;!?]*\boutside\b)`,
    phrase`\b${DATA}\b${gap(60)}\b(?:is|are)\s+(?:never|not)\s+(?:ever\s+)?(?:logged|(?:(?:written|sent)\s+to|(?:stored|kept|included)\s+in)\s+(?:(?:the|our|app|any)\s+){0,2}logs)\b`,
    NO_LOGS,
    // "Logs: error codes only." - a label, then what the logs hold, none of it End-User Data nor a period.
    phrase`^(?:application\s+|app\s+)?log(?:s|ging)\s*:\s*(?![^.;]*\b${ONE})(?![^.;]*\b(?:kept|retained|stored|deleted|days?|hours?|weeks?|months?|years?|none|no)\b)(?:only\s+[a-z][a-z ,-]{1,60}?|[a-z][a-z ,-]{1,60}?\s+only)\s*\.?$`,
    // "Logs record only the number of objects created, updated or failed in each run.": what they hold, none of it End-User Data nor a period.
    // "Error logs contain only HTTP status codes."
    phrase`^(?:(?:our|the|its|app|application|error|request|audit)\s+){0,2}logs\s+(?:only\s+)?(?:record|contain|hold|capture|include)\s+(?:only\s+)?(?<=\bonly\s+(?:[a-z]+\s+)?)(?![^.;]*\b${ONE})(?![^.;]*\b(?:kept|retained|stored|deleted|days?|hours?|weeks?|months?|years?|none|no|names?|titles?|text|messages?|details|data|information|values?|payloads?|bod(?:y|ies)|users?|people|persons?|who)\b)[a-z][a-z ,-]{1,100}?\s*\.?$`,
    // "Logs contain error codes only.", "...; logs now hold status codes only": the list closed by "only", none of it End-User Data, an identifier nor a period.
    phrase`(?:^|;\s*)(?:(?:our|the|its|app|application)\s+){0,2}logs\s+(?:now\s+)?(?:record|contain|hold|capture|include)\s+(?![^.;]*\b${ONE})(?![^.;]*\b(?:kept|retained|stored|deleted|days?|hours?|weeks?|months?|years?|none|no|names?|titles?|text|messages?|details|data|information|values?|payloads?|bod(?:y|ies)|users?|people|persons?|who|IDs?|identifiers?|addresses|keys)\b)[a-z][a-z ,-]{1,60}?\s+only\s*\.?$`,
    // "We log request IDs and response times, never IP addresses.": what is logged, then what never is.
    // Not "We log the account ID of each request, never e-mail addresses": what is logged is End-User Data itself.
    phrase`\bwe\s+log\s+(?!no\b)(?:(?!${ONE})[^.;!?]){1,80}?,\s+(?:but\s+)?never\s+(?:any\s+)?${DATA}`,
  ],
  examples: ['The current app version is designed not to log End-User Data.', 'Logs never contain personal data.', 'We do not log IP addresses.'],
  params: kindsIn,
  // "Page text is never written to application logs"; not "... in logs outside of Atlassian", which leaves the platform's own logs open.
  frames: (f, sentence) => (aboutData(f) && !f.places.has('outside') && (denies(f, 'log') || (f.places.has('logs') && denies(f, 'store', 'write', 'contain'))) ? kindsIn(sentence) : null),
  messages: {
    verified: 'No log call receives End-User Data (log calls checked: {{count}}).',
    verifiedIp: 'No log call receives IP addresses (log calls checked: {{count}}).',
    verifiedContent: 'No log call receives product content (log calls checked: {{count}}).',
    verifiedSecret: 'No log call receives a secret (log calls checked: {{count}}).',
    contradicted: '{{kinds}} reaches a log call: {{where}}.',
    frontend: 'Only browser-side logs receive End-User Data ({{where}}); they stay in the user\'s console.',
    incomplete: 'No End-User Data reaches the logs Candor read, but {{where}} could not be read.',
    logs: 'The app logs: {{where}}.',
  },
  verify(params, { facts }) {
    const backendLogs = facts.logs.filter((log) => log.side === 'backend');
    if (params.none === true && backendLogs.length > 0) return outcome('contradicted', 'logs', backendLogs.map((l) => l.evidence), { where: places(backendLogs.map((l) => l.evidence)) });
    const wanted: readonly DataKind[] = Array.isArray(params.kinds) && params.kinds.length > 0 ? params.kinds : END_USER_DATA;
    const withData = facts.logs.filter((log) => log.carries.some((k) => wanted.includes(k)));
    const backend = withData.filter((log) => log.side === 'backend');
    const kinds = (logs: typeof withData) => [...new Set(logs.flatMap((l) => l.carries.filter((k) => wanted.includes(k))))].join(', ');
    if (backend.length > 0) return outcome('contradicted', 'contradicted', backend.map((l) => l.evidence), { kinds: kinds(backend), where: places(backend.map((l) => l.evidence)) });
    if (withData.length > 0) return outcome('unverified', 'frontend', withData.map((l) => l.evidence), { where: places(withData.map((l) => l.evidence)) });
    const unread = unreadSources(facts);
    if (unread.length > 0) return outcome('unverified', 'incomplete', unread, { where: places(unread) });
    return outcome('verified', wanted === END_USER_DATA ? 'verified' : wanted.includes('secret') ? 'verifiedSecret' : wanted.includes('product-content') ? 'verifiedContent' : 'verifiedIp', [], { count: facts.logs.length });
  },
});
