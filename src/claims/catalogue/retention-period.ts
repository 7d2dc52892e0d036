import units from '../../data/time-units.json' with { type: 'json' };
import type { StorageOp } from '../../scan/facts.ts';
import { defineClaim, outcome } from '../define.ts';
import { places, unreadSources } from '../evidence.ts';
import { firstLine, gap, NOT, phrase } from '../phrases.ts';
import { storingRemotes } from '../storage.ts';

/**
 * `part`: the sentence keeps other data longer ("Settings stay until you uninstall; cached results expire after 12 hours").
 * `data`: the data it names ("Notes are kept for 30 days": `Notes`).
 */
type Params = { period: string; part?: boolean; data?: string };

const NUMBER = String.raw`(?:\d+|one|two|three|four|five|six|seven|ten|twelve|fourteen|thirty|sixty|ninety)`;
const UNIT = String.raw`(?:minutes?|hours?|days?|weeks?|months?|years?)`;
/** A short unit, as tables and labels write it: "30d", "24h", "12 hrs". */
const SHORT = String.raw`\d{1,4}\s?(?:d|h|hrs?)(?![\w'-])`;
const SPAN = String.raw`(?:${NUMBER}\s*(?:-\s*)?${UNIT}|(?:a|one|an)\s+(?:hour|day|week|month|year)|${SHORT})`;
const SHORT_UNITS: Record<string, string> = { d: 'day', h: 'hour', hr: 'hour', hrs: 'hour' };
/** A period with its unit spelled out: "30d" -> "30 days"; any other as written. */
const spelled = (period: string): string =>
  period.replace(/^(\d+)\s?(d|h|hrs?)$/i, (_, n: string, unit: string) => `${n} ${SHORT_UNITS[unit.toLowerCase()]!}${n === '1' ? '' : 's'}`);
export const PERIOD = new RegExp(String.raw`\b${SPAN}\b`, 'i');
/** Data kept by others or about other events: logs, backups, billing records; what happens on uninstall, at the end of a subscription or when an account closes. */
const OTHER_TOPIC = /\b(?:logs?|logging|backups?|back(?:s|ed|ing)?\s+up|invoices?|billing|uninstall\w*|removal\s+of\s+the\s+app|subscriptions?|licen[cs]es?|cancel\w*|terminat\w*|contracts?|account\s+(?:removal|closure|deletion)|closed\s+accounts?|Atlassian(?![- ]hosted))\b|(?<!\b(?:generated|created|made|produced|built|rendered|exported)\s)\b(?:on|upon|at)\s+(?:your\s+|the\s+customer's\s+|a\s+)?(?:written\s+)?request\b|\bof\s+(?:your|a|the|their)\s+(?:written\s+)?request\b/i;
/**
 * What a vendor offers for a time, not data it keeps: "The app is available for 14 days as a free trial", "Support is available for 12 months",
 * "Older versions remain available for 6 months"; a period said by "available", "stays" or "remains" is about data only when none of these is its topic.
 */
const OFFERED = /\b(?:(?:free\s+)?trials?|free\s+tier|evaluation|support(?:ed)?|maintenance|SLAs?|service[- ]levels?|uptime|warrant(?:y|ies)|refunds?|money[- ]back|releases?|versions?|(?:bug|security)\s+fix(?:es)?|patch(?:es)?|features?|updates?|(?:the|this|our)\s+(?:app|add-?on|plugin|macro|integration)\s+(?:is|stays|remains))\b/i;
/** Data kept all the same: a store it stays in, or its deletion ("Page versions stay in our database for 30 days", "... then they are deleted"). */
const KEPT_DATA = /\b(?:database|storage|store|KVS|bucket|servers?|cache|deleted|purged|removed|erased|expire[sd]?)\b/i;
/** The verbs that say a thing lasts, not that it is kept: "available for", "stays ... for". */
const LASTS = /\bavailable\b|^(?:lives?|stays?|remains?|waits?|sits?)\b/i;
/** A write that sets its own expiry on the line that makes it: Redis `EX`, a TTL, Mongo's `expireAfterSeconds`. */
export const EXPIRES = /\b(?:EX|PX|EXAT|PXAT|ttl|ttlSeconds|expire\w*|expiresIn|expiresAt|expireAfterSeconds)\b/;
const SECONDS: Record<string, number> = units.seconds;
const WORD_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10, twelve: 12, fourteen: 14, thirty: 30, sixty: 60, ninety: 90 };

/** Data kept longer than a period, in another clause: "until you uninstall", "until deleted", "indefinitely", "as long as the app is installed". */
const KEPT_LONGER = /\b(?:until|till)\b[^.;!?]*?\b(?:uninstall\w*|delet\w*|remov\w*)|\b(?:indefinitely|forever)\b|\b(?:kept|stored|retained)\s+permanently\b|\bas\s+long\s+as\b|\bwhile\s+(?:the\s+app\s+is\s+)?installed\b|\bfor\s+the\s+(?:life(?:time)?|duration)\s+of\b/i;

/** A clause that denies keeping data longer: "we never keep data indefinitely", "it is not kept until you uninstall" (not "Settings are not deleted until you uninstall"). */
const NOT_KEPT = phrase`(?:${NOT}|\bnothing\b)\s+(?:(?:data|information|content|it|they|be|been|is|are|ever|\w+ly)\s+){0,3}(?:keeps?|kept|stor(?:e|es|ed)|retain(?:s|ed)?|holds?|held|stays?|remains?|persist(?:s|ed)?|saved?)\b`;

/** The noun the period's verb is said of: "Notes are kept", "Cached previews expire"; not "customer data is kept", which names no store. */
const SUBJECT = /\b([A-Za-z][\w-]*)\s+(?:are|is|get|gets|will\s+be)\s+(?:\w+ly\s+)?$/i;
const EXPIRING = /\b([A-Za-z][\w-]*)\s+$/;
const GENERIC = /^(?:data|information|info|content|everything|anything|it|they|this|these|those|that|which|what)$/i;

/** Words for a store's rows, which the word before them names ("Escalation records", "audit entries"). */
const RECORDS = /^(?:records?|entries|rows|items)$/i;
const DETERMINERS = /^(?:the|all|any|our|your|its|their|these|those|such|old|older|stale)$/i;

/** The data a clause names before the words that give its period; undefined when it names none. */
function subject(line: string, matched: string): string | undefined {
  const at = line.indexOf(matched);
  if (at < 0) return undefined;
  const before = line.slice(0, at);
  let name = (/^expire/i.test(matched) ? EXPIRING : SUBJECT).exec(before)?.[1];
  // "Sessions are kept in Redis and expire after 24 hours", "Summaries are stored in MongoDB and deleted after 90 days": the subject of the clause "and" joins.
  if ((name !== undefined && /^(?:and|or|but|then)$/i.test(name)) || (name === undefined && /\b(?:and|then)\s+$/i.test(before))) name = /\b([A-Za-z][\w-]*)\s+(?:are|is)\b/i.exec(before)?.[1];
  // "Escalation records are deleted ...": records of what the word before names.
  if (name !== undefined && RECORDS.test(name)) {
    const owner = new RegExp(String.raw`\b([A-Za-z][\w-]*)\s+${name}\b`).exec(before)?.[1];
    if (owner !== undefined && !DETERMINERS.test(owner) && !GENERIC.test(owner)) return owner;
  }
  return name === undefined || GENERIC.test(name) ? undefined : name;
}

/** A name's words, singular: `issue_notes` -> issue, note. */
const words = (name: string): string[] => name.split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])/).filter(Boolean).map((w) => w.toLowerCase().replace(/(?<=\w{3})s$/, ''));
/** Whether a store's key names the data a statement names: "Notes" and the table `notes`, `issue_notes`. */
const namesData = (key: string | null, data: string): boolean => key !== null && words(key).includes(words(data)[0] ?? '');
/** A table as its delete and its writes name it: `public.notes` is `notes`. */
const table = (key: string | null): string | undefined => key?.split('.').pop()?.replace(/[`"]/g, '').toLowerCase();

/** A stated period in seconds, a month and a year at their longest ("30 days", "a week", "twelve months"); null when it is not one. */
function periodSeconds(period: string): number | null {
  const m = /^(\w+)\s*(?:-\s*)?(minute|hour|day|week|month|year)s?$/i.exec(period.trim());
  if (!m) return null;
  const count = /^\d+$/.test(m[1]!) ? Number(m[1]) : WORD_NUMBERS[m[1]!.toLowerCase()];
  return count === undefined ? null : count * SECONDS[m[2]!.toLowerCase()]!;
}

/** A TTL in words: "30 days", "12 hours". */
export function duration(seconds: number): string {
  const [unit, size] = Object.entries(SECONDS).filter(([u]) => u !== 'month' && u !== 'year').reverse().find(([, n]) => seconds % n === 0) ?? ['second', 1];
  const count = seconds / size;
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** Configuration and secrets are kept while the app is installed; a cache entry expires by itself. */
export const NOT_DATA = new Set<StorageOp['backend']>(['cache', 'kvs-secret']);

/**
 * "Retention schedule: webhook payloads 12 hours \u00b7 exports 7 days \u00b7 audit entries 1 year", "Retention: cache 24h, exports 30 days":
 * a label, then several kinds of data, each with its own period.
 */
const ITEM = String.raw`(?:[\w'-]+\s+){1,4}?(?:[:=\u2014\u2013-]\s*)?${SPAN}`;
const SCHEDULE = phrase`^(?:data\s+)?retention(?:\s+(?:periods?|schedule|policy))?\s*[:\u2014\u2013]\s*${ITEM}(?:\s*(?:[\u00b7\u2022|,;/]|\s-\s)\s*(?:and\s+)?${ITEM})+\s*[.]?$`;

export default defineClaim<Params>({
  id: 'retention-period',
  title: 'Data kept for a stated period',
  description:
    'Data the app keeps is deleted after the period the statement gives ("kept for 30 days and then deleted", "deleted automatically after 7 days"). Contradicted when the app writes data (outside Forge\'s cache and secrets) and nothing in its code deletes any, nor sets an expiry on the write; verified when every write of data is a Forge KVS write whose time-to-live (`{ ttl: { unit: \'DAYS\', value: 30 } }`) is at most the period, contradicted when each is longer, unverified when only some are (Candor cannot tell which data the statement means); unverified rather than contradicted when the sentence keeps other data longer ("Settings stay until you uninstall; cached results expire after 12 hours": the period is for part of the data; not "we never keep data indefinitely", which keeps nothing longer); verified when the code deletes data once older than an age at most the period (`DELETE \u2026 WHERE created < now() - interval \'30 days\'`, an ORM\'s `deleteMany({ where: { createdAt: { lt: cutoff } } })` with `cutoff = new Date(Date.now() - RETENTION_DAYS * 86400000)`), contradicted when every such age is longer, counting only the deletes of the data the statement names when a store\'s table names it ("Notes are kept \u2026" and `DELETE FROM notes`), and unverified when the app writes to a table no such delete removes; unverified rather than contradicted when the data the statement names ("User sessions are kept \u2026") is in none of the stores Candor sees; unverified when the code deletes data otherwise (Candor cannot tell after how long), or when a Forge remote keeps it; verified when the app stores nothing. Periods for logs, backups, uninstall and closed accounts are other claims.',
  decidedBy: 'code',
  phrasings: [
    phrase`\b(?:kept|retained|stored|held|preserved|cached|available(?:\s+for\s+(?:download|downloading|viewing))?)\s+(?:there\s+)?(?:for\s+)?(?:up\s+to\s+|at\s+most\s+|no\s+(?:longer|more)\s+than\s+|a\s+maximum\s+of\s+|a\s+period\s+of\s+)?${SPAN}\b`,
    // "Cached avatars live for one day at most", "Drafts stay in Forge storage for 14 days": data that lasts a period.
    phrase`\b(?:lives?|stays?|remains?|waits?|sits?)\s+(?:(?:in|on|within)\s+(?:[\w'-]+\s+){1,4}?)?for\s+(?:up\s+to\s+|at\s+most\s+|no\s+(?:longer|more)\s+than\s+)?${SPAN}\b`,
    // "Reports are stored in Forge storage for up to 90 days", "... with a maximum 30-day TTL": the place, then the period.
    phrase`\b(?:kept|retained|stored|held|saved|cached)\s+(?:in|on|within)\s+(?:[\w'-]+\s+){1,5}?for\s+(?:up\s+to\s+|at\s+most\s+|no\s+(?:longer|more)\s+than\s+)?${SPAN}\b|\bwith\s+(?:a\s+)?(?:maximum\s+|max(?:imum)?\s+of\s+)?${SPAN}\s+(?:TTL|expiry|retention)\b`,
    // "... rendered by our service and removed from it after 60 minutes": the store named before, by a pronoun.
    phrase`\b(?:deleted|purged|removed|erased|discarded|destroyed)\s+(?:from\s+(?:(?:(?:our|the|its|your)\s+)?(?:[\w-]+\s+){0,2}?(?:storage|database|servers?|systems?|store|bucket|KVS|service)|it|there)\s+)?(?:automatically\s+|permanently\s+)?(?:after|within|once\s+they\s+are\s+older\s+than|when\s+older\s+than)\s+${SPAN}\b`,
    // "We purge cached issue data every 6 hours", "... removed once downloaded, and at the latest after one hour": the longest a deletion waits.
    phrase`(?<!${NOT}\s{1,3})\b(?:purge[sd]?|delete[sd]?|clear(?:s|ed)?|remove[sd]?|wipe[sd]?|erase[sd]?|discard(?:s|ed)?)\b${gap(60)}\b(?:every|at\s+the\s+latest\s+(?:after|within)|no\s+later\s+than)\s+${SPAN}\b`,
    // "Exports are removed automatically 14 days after they are generated", "deleted from our storage 30 days after ...", "... from our bucket (us-east-2) 14 days after ..."
    phrase`\b(?:deleted|purged|removed|erased|discarded|destroyed)\s+(?:from\s+(?:our|the|its|your)\s+(?:[\w-]+\s+)?(?:storage|database|servers?|systems?|store|bucket)\s+(?:\([^()]{1,30}\)\s+)?)?(?:automatically\s+|permanently\s+)?${SPAN}\s+(?:after|from)\b`,
    // "Cached results expire after 24 hours", "Share links expire 7 days after they are made", "expire from the cache after 2 days"
    phrase`\bexpire[sd]?\s+(?:automatically\s+)?(?:from\s+(?:[\w'-]+\s+){1,3}?)?(?:(?:after|within)\s+${SPAN}|${SPAN}\s+after)\b`,
    // "Entries older than 12 months are deleted every night"
    phrase`\bolder\s+than\s+${SPAN}\s+(?:are|is|get|gets)\s+(?:automatically\s+)?(?:deleted|purged|removed|erased|discarded|destroyed)\b`,
    // "A nightly job deletes snapshots older than 30 days", "the cleanup task purges anything older than 90 days": the same age, in the active voice.
    phrase`\b(?:jobs?|tasks?|triggers?|cleanup|clean-up|process|the\s+app|we)\s+(?:automatically\s+)?(?:deletes?|purges?|removes?|erases?|discards?)\s+(?:[\w'-]+\s+){0,5}?older\s+than\s+${SPAN}\b`,
    // "We keep each export for 14 days", "The app holds drafts for up to a week"; not "Sentry keeps error reports for 30 days", a vendor's own practice.
    phrase`(?:\b(?:we|it)|\bthe\s+(?:app|add-?on|macro|integration))\s+(?:only\s+)?(?:keeps?|retains?|stores?|holds?)\s+(?:[\w'-]+\s+){1,6}?for\s+(?:up\s+to\s+|at\s+most\s+|no\s+(?:longer|more)\s+than\s+)?${SPAN}\b`,
    phrase`\bretention\s+(?:period\s+)?(?:is|of)\s+${SPAN}\b`,
    // "Retention: 30d", "Data retention - 90 days": the label and its period.
    phrase`^(?:data\s+)?retention(?:\s+period)?\s*[:\u2014\u2013-]\s*(?:up\s+to\s+|at\s+most\s+|max(?:imum)?\s+)?${SPAN}`,
    SCHEDULE,
    // "Export files: 7 days max, then auto-deleted", "Drafts: 24h, then purged"
    phrase`${SPAN}(?:\s+(?:max(?:imum)?|at\s+(?:the\s+)?most))?,?\s+(?:and\s+)?then\s+(?:auto(?:matically)?[- ]?|permanently\s+)?(?:deleted|purged|removed|erased|discarded|destroyed)\b`,
  ],
  // "| Backups | Daily, kept for 14 days |", "Audit logs" over "Kept for 90 days.": the period is the backups' or the logs'; the label is that topic
  // alone, not one that names others too ("Logging and data retention") or a thing of its own ("Backup codes").
  notInContext: /^\W*(?:(?:the|our|its|daily|nightly|weekly|encrypted|database|audit|access|application|server|request|error)\s+)*(?:logs?|logging|backups?|invoices?|billing(?:\s+records?)?)\W*$/i,
  params: (sentence, match) => {
    // A schedule keeps no data longer than its longest period, and each kind named for less is a part of the data.
    if (SCHEDULE.test(match[0])) {
      // Logs and backups in the schedule are other claims' ("audit logs 2 years").
      const items = firstLine(sentence).replace(/^[^:\u2014\u2013]*[:\u2014\u2013]/, '').split(/[\u00b7\u2022|,;/]|\s-\s/).filter((item) => !OTHER_TOPIC.test(item));
      const longest = items.flatMap((item) => PERIOD.exec(item)?.[0] ?? []).map(spelled).sort((a, b) => (periodSeconds(b) ?? 0) - (periodSeconds(a) ?? 0))[0];
      return longest ? { period: longest, part: true } : null;
    }
    // The clause that gives the period: "Settings stay until you uninstall; cached results expire after 12 hours" speaks of the cache.
    const clauses = firstLine(sentence).split(';');
    const line = clauses.find((clause) => clause.includes(match[0])) ?? firstLine(sentence);
    if (OTHER_TOPIC.test(line) || (LASTS.test(match[0]) && OFFERED.test(line) && !KEPT_DATA.test(line))) return null;
    const written = PERIOD.exec(line)?.[0];
    if (!written) return null;
    const period = spelled(written);
    const data = subject(line, match[0]);
    // ... and the settings are kept longer: the period is for part of the data.
    const part = clauses.some((clause) => clause !== line && KEPT_LONGER.test(clause) && !NOT_KEPT.test(clause));
    return { period, ...(part ? { part } : {}), ...(data === undefined ? {} : { data }) };
  },
  examples: ['Generated digests are kept for 30 days and then deleted.', 'Drafts are deleted automatically after 7 days.'],
  messages: {
    verified: 'The app keeps no data (an entry in the Forge cache expires by itself).',
    neverDeleted: 'The app keeps data ({{where}}), and nothing in its code deletes it or sets an expiry, so it is not deleted after {{period}}.',
    deletes: 'The app deletes data ({{where}}); Candor cannot tell whether that happens after {{period}}.',
    expires: 'The app sets an expiry on what it writes ({{where}}); Candor cannot tell whether that is {{period}}.',
    remote: 'A Forge remote keeps data ({{where}}); Candor cannot see how long.',
    incomplete: 'The app stores no data Candor can see, but {{where}} could not be read.',
    ttl: 'Every write of data sets a time-to-live of at most {{period}} ({{ttls}}; {{where}}), after which Forge deletes it.',
    ttlLonger: 'The app sets a time-to-live longer than {{period}} on what it writes ({{ttls}}; {{where}}).',
    ttlSome: 'Some of what the app writes has a time-to-live longer than {{period}} ({{ttls}}; {{where}}); Candor cannot tell which data the statement means.',
    ttlPart: 'What the app writes has a time-to-live longer than {{period}} ({{ttls}}; {{where}}), and the statement keeps part of its data longer; Candor cannot tell which data {{period}} is for.',
    ttlFew: 'What the app writes at {{expiring}} expires within {{period}} ({{ttls}}), but what it writes at {{kept}} has no expiry; Candor cannot tell which data the statement means.',
    deletesOlder: 'The app deletes data once it is older than {{ages}} ({{where}}), which is within {{period}}.',
    deletesLater: 'The app deletes data only once it is older than {{ages}}, not after {{period}} ({{where}}).',
    deletesOther: 'The app deletes data once it is older than {{ages}} ({{deleted}}), but not what it writes at {{kept}}; Candor cannot tell whether that is deleted after {{period}}.',
    deletesSomeLater: 'Some of what the app deletes by age is kept {{ages}}, longer than {{period}} ({{where}}); Candor cannot tell which data the statement means.',
    otherData: 'The app keeps data with no expiry ({{where}}), but no store Candor sees holds {{data}}; Candor cannot tell how long those are kept.',
    part: 'The app keeps data with no expiry ({{where}}), and the statement keeps part of its data longer; Candor cannot tell which data {{period}} is for.',
  },
  verify(params, { facts }) {
    const period = String(params.period ?? 'the stated period');
    // Forge deletes a KVS entry when its TTL runs out: writes that all set one say how long data is kept.
    const writes = facts.storage.filter((op) => op.op === 'write' && !NOT_DATA.has(op.backend));
    const stated = periodSeconds(period);
    if (stated !== null && writes.length > 0 && writes.every((op) => typeof op.expiresAfter === 'number') && storingRemotes(facts).length === 0) {
      const longer = writes.filter((op) => op.expiresAfter! > stated);
      const shown = longer.length > 0 ? longer : writes;
      const words = { period, ttls: [...new Set(shown.map((op) => duration(op.expiresAfter!)))].join(', '), where: places(shown.map((op) => op.evidence)) };
      if (longer.length === 0) return outcome('verified', 'ttl', shown.map((op) => op.evidence), words);
      // Some writes expire in time: the statement may speak of those alone ("Drafts are kept for 7 days"); or it keeps other data longer itself.
      if (longer.length < writes.length) return outcome('unverified', 'ttlSome', shown.map((op) => op.evidence), words);
      return outcome(params.part === true ? 'unverified' : 'contradicted', params.part === true ? 'ttlPart' : 'ttlLonger', shown.map((op) => op.evidence), words);
    }
    // Some writes expire in time and others never do ("Drafts expire after 7 days" beside preferences kept till the account closes).
    const timed = stated === null ? [] : writes.filter((op) => typeof op.expiresAfter === 'number' && op.expiresAfter <= stated);
    const untimed = writes.filter((op) => op.expiresAfter === undefined && !EXPIRES.test(op.evidence.excerpt));
    if (timed.length > 0 && untimed.length > 0 && storingRemotes(facts).length === 0) {
      const evidence = [...timed, ...untimed].map((op) => op.evidence);
      return outcome('unverified', 'ttlFew', evidence, { period, ttls: [...new Set(timed.map((op) => duration(op.expiresAfter!)))].join(', '), expiring: places(timed.map((op) => op.evidence)), kept: places(untimed.map((op) => op.evidence)) });
    }
    const deletes = facts.storage.filter((op) => op.op === 'delete' || (op.op === 'write' && (op.expiresAfter !== undefined || EXPIRES.test(op.evidence.excerpt))));
    // `DELETE FROM shifts WHERE ends_at < now() - interval '90 days'`: data deleted once older than an age the code states.
    const ages = stated === null ? [] : deletes.flatMap((op) => (op.olderThan === undefined ? [] : [{ op, age: op.olderThan }]));
    // The statement names the data ("Notes are kept ..."): the deletes of its store decide. Otherwise they must delete all that is written.
    const data = typeof params.data === 'string' ? params.data : null;
    const named = data === null ? [] : ages.filter((a) => namesData(a.op.key, data));
    const aged = named.length > 0 ? named : ages;
    const kept = named.length > 0 ? [] : writes.filter((w) => !ages.some((a) => table(a.op.key) !== undefined && table(a.op.key) === table(w.key)) && !(typeof w.expiresAfter === 'number' && w.expiresAfter <= stated!));
    if (aged.length > 0 && kept.length > 0) {
      const evidence = [...aged.map((a) => a.op.evidence), ...kept.map((op) => op.evidence)];
      return outcome('unverified', 'deletesOther', evidence, { period, ages: [...new Set(aged.map((a) => duration(a.age)))].join(', '), deleted: places(aged.map((a) => a.op.evidence)), kept: places(kept.map((op) => op.evidence)) });
    }
    if (aged.length > 0) {
      const later = aged.filter((a) => a.age > stated!);
      const shown = (later.length > 0 ? later : aged).map((a) => a.op.evidence);
      const words = { period, ages: [...new Set((later.length > 0 ? later : aged).map((a) => duration(a.age)))].join(', '), where: places(shown) };
      if (later.length === 0) return outcome('verified', 'deletesOlder', shown, words);
      return outcome(later.length < aged.length || params.part === true ? 'unverified' : 'contradicted', later.length < aged.length ? 'deletesSomeLater' : 'deletesLater', shown, words);
    }
    if (deletes.length > 0) {
      const evidence = deletes.map((op) => op.evidence);
      // A write that sets its own expiry (`{ ttl: ... }`, Redis `EX`) deletes nothing itself: say which it is.
      return outcome('unverified', deletes.every((op) => op.op === 'write') ? 'expires' : 'deletes', evidence, { period, where: places(evidence) });
    }
    const remotes = storingRemotes(facts);
    if (remotes.length > 0) {
      const evidence = remotes.map((r) => r.evidence);
      return outcome('unverified', 'remote', evidence, { where: places(evidence) });
    }
    if (writes.length > 0) {
      const evidence = writes.map((op) => op.evidence);
      // "User sessions are kept in Redis and expire after 24 hours" while no store Candor sees names sessions: what it sees kept may be other data.
      if (data !== null && !writes.some((w) => namesData(w.key, data))) return outcome('unverified', 'otherData', evidence, { period, data, where: places(evidence) });
      return outcome(params.part === true ? 'unverified' : 'contradicted', params.part === true ? 'part' : 'neverDeleted', evidence, { period, where: places(evidence) });
    }
    const unread = unreadSources(facts);
    if (unread.length > 0) return outcome('unverified', 'incomplete', unread, { where: places(unread) });
    return outcome('verified', 'verified');
  },
});
