import type { StorageOp } from '../../scan/facts.ts';
import { defineClaim, outcome } from '../define.ts';
import { places, unreadSources } from '../evidence.ts';
import { firstLine, phrase } from '../phrases.ts';
import { storingRemotes } from '../storage.ts';

type Params = { period: string };

const NUMBER = String.raw`(?:\d+|one|two|three|four|five|six|seven|ten|twelve|fourteen|thirty|sixty|ninety)`;
const UNIT = String.raw`(?:hours?|days?|weeks?|months?|years?)`;
const SPAN = String.raw`(?:${NUMBER}\s*(?:-\s*)?${UNIT}|(?:a|one|an)\s+(?:hour|day|week|month|year))`;
const PERIOD = new RegExp(String.raw`\b${SPAN}\b`, 'i');
/** Data kept by others or about other events: logs, backups, billing records; what happens on uninstall, at the end of a subscription or when an account closes. */
const OTHER_TOPIC = /\b(?:logs?|logging|backups?|back(?:s|ed|ing)?\s+up|invoices?|billing|uninstall\w*|removal\s+of\s+the\s+app|subscriptions?|licen[cs]es?|cancel\w*|terminat\w*|contracts?|account\s+(?:removal|closure|deletion)|closed\s+accounts?|Atlassian(?![- ]hosted))\b|\b(?:on|upon|at)\s+(?:your\s+|the\s+customer's\s+|a\s+)?(?:written\s+)?request\b|\bof\s+(?:your|a|the|their)\s+(?:written\s+)?request\b/i;
/** A write that sets its own expiry on the line that makes it: Redis `EX`, a TTL, Mongo's `expireAfterSeconds`. */
const EXPIRES = /\b(?:EX|PX|EXAT|PXAT|ttl|ttlSeconds|expire\w*|expiresIn|expiresAt|expireAfterSeconds)\b/;
/** Configuration and secrets are kept while the app is installed; a cache entry expires by itself. */
const NOT_DATA = new Set<StorageOp['backend']>(['cache', 'kvs-secret']);

export default defineClaim<Params>({
  id: 'retention-period',
  title: 'Data kept for a stated period',
  description:
    'Data the app keeps is deleted after the period the statement gives ("kept for 30 days and then deleted", "deleted automatically after 7 days"). Contradicted when the app writes data (outside Forge\'s cache and secrets) and nothing in its code deletes any, nor sets an expiry on the write; unverified when the code deletes data (Candor cannot tell after how long), or when a Forge remote keeps it; verified when the app stores nothing. Periods for logs, backups, uninstall and closed accounts are other claims.',
  decidedBy: 'code',
  phrasings: [
    phrase`\b(?:kept|retained|stored|held|preserved|available)\s+(?:for\s+)?(?:up\s+to\s+|at\s+most\s+|no\s+(?:longer|more)\s+than\s+|a\s+maximum\s+of\s+|a\s+period\s+of\s+)?${SPAN}\b`,
    // "Reports are stored in Forge storage for up to 90 days", "… with a maximum 30-day TTL": the place, then the period.
    phrase`\b(?:kept|retained|stored|held|saved)\s+(?:in|on|within)\s+(?:[\w'-]+\s+){1,5}?for\s+(?:up\s+to\s+|at\s+most\s+|no\s+(?:longer|more)\s+than\s+)?${SPAN}\b|\bwith\s+(?:a\s+)?(?:maximum\s+|max(?:imum)?\s+of\s+)?${SPAN}\s+(?:TTL|expiry|retention)\b`,
    phrase`\b(?:deleted|purged|removed|erased|discarded|destroyed)\s+(?:automatically\s+|permanently\s+)?(?:after|within|once\s+they\s+are\s+older\s+than|when\s+older\s+than)\s+${SPAN}\b`,
    // "Exports are removed automatically 14 days after they are generated"
    phrase`\b(?:deleted|purged|removed|erased|discarded|destroyed)\s+(?:automatically\s+|permanently\s+)?${SPAN}\s+(?:after|from)\b`,
    // "Cached results expire after 24 hours", "Share links expire 7 days after they are made"
    phrase`\bexpire[sd]?\s+(?:automatically\s+)?(?:(?:after|within)\s+${SPAN}|${SPAN}\s+after)\b`,
    // "Entries older than 12 months are deleted every night"
    phrase`\bolder\s+than\s+${SPAN}\s+(?:are|is|get|gets)\s+(?:automatically\s+)?(?:deleted|purged|removed|erased|discarded|destroyed)\b`,
    // "We keep each export for 14 days", "The app holds drafts for up to a week"; not "Sentry keeps error reports for 30 days", a vendor's own practice.
    phrase`(?:\b(?:we|it)|\bthe\s+(?:app|add-?on|macro|integration))\s+(?:only\s+)?(?:keeps?|retains?|stores?|holds?)\s+(?:[\w'-]+\s+){1,6}?for\s+(?:up\s+to\s+|at\s+most\s+|no\s+(?:longer|more)\s+than\s+)?${SPAN}\b`,
    phrase`\bretention\s+(?:period\s+)?(?:is|of)\s+${SPAN}\b`,
  ],
  params: (sentence, match) => {
    // The clause that gives the period: "Settings stay until you uninstall; cached results expire after 12 hours" speaks of the cache.
    const line = firstLine(sentence).split(';').find((clause) => clause.includes(match[0])) ?? firstLine(sentence);
    if (OTHER_TOPIC.test(line)) return null;
    const period = PERIOD.exec(line)?.[0];
    return period ? { period } : null;
  },
  examples: ['Generated digests are kept for 30 days and then deleted.', 'Drafts are deleted automatically after 7 days.'],
  messages: {
    verified: 'The app keeps no data (an entry in the Forge cache expires by itself).',
    neverDeleted: 'The app keeps data ({{where}}), and nothing in its code deletes it or sets an expiry, so it is not deleted after {{period}}.',
    deletes: 'The app deletes data ({{where}}); Candor cannot tell whether that happens after {{period}}.',
    expires: 'The app sets an expiry on what it writes ({{where}}); Candor cannot tell whether that is {{period}}.',
    remote: 'A Forge remote keeps data ({{where}}); Candor cannot see how long.',
    incomplete: 'The app stores no data Candor can see, but {{where}} could not be read.',
  },
  verify(params, { facts }) {
    const period = String(params.period ?? 'the stated period');
    const deletes = facts.storage.filter((op) => op.op === 'delete' || (op.op === 'write' && EXPIRES.test(op.evidence.excerpt)));
    if (deletes.length > 0) {
      const evidence = deletes.map((op) => op.evidence);
      // A write that sets its own expiry (`{ ttl: … }`, Redis `EX`) deletes nothing itself: say which it is.
      return outcome('unverified', deletes.every((op) => op.op === 'write') ? 'expires' : 'deletes', evidence, { period, where: places(evidence) });
    }
    const remotes = storingRemotes(facts);
    if (remotes.length > 0) {
      const evidence = remotes.map((r) => r.evidence);
      return outcome('unverified', 'remote', evidence, { where: places(evidence) });
    }
    const writes = facts.storage.filter((op) => op.op === 'write' && !NOT_DATA.has(op.backend));
    if (writes.length > 0) {
      const evidence = writes.map((op) => op.evidence);
      return outcome('contradicted', 'neverDeleted', evidence, { period, where: places(evidence) });
    }
    const unread = unreadSources(facts);
    if (unread.length > 0) return outcome('unverified', 'incomplete', unread, { where: places(unread) });
    return outcome('verified', 'verified');
  },
});
