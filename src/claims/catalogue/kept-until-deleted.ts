import { defineClaim, outcome } from '../define.ts';
import { places, unreadSources } from '../evidence.ts';
import { firstLine, phrase } from '../phrases.ts';
import { storingRemotes } from '../storage.ts';
import { duration, EXPIRES, NOT_DATA, PERIOD } from './retention-period.ts';

/** Who deletes: the customer, a user or an admin; not "the app", nor a time. */
// "a team admin", "the board owner": the person named by what they own or run.
const WHO = String.raw`(?:you|(?:(?:the|a|an|your)\s+)?(?:(?:site|Jira|Confluence|project|space|org(?:anization)?|team|board|workspace)\s+)?(?:customers?|users?|owners?|admins?|administrators?|team))`;
/** Deleting the data, not the app ("until you remove the app" is uninstalling: data-deleted-on-uninstall). */
const DELETES = String.raw`(?:delete|remove|erase|clear|purge)s?(?!\s+(?:the\s+|this\s+|our\s+)?(?:app|add-?on|integration|macro|plugin)\b)`;
const UNTIL_DELETED = String.raw`until\s+(?:${WHO}\s+(?:chooses?\s+to\s+|decides?\s+to\s+)?${DELETES}\b|(?:it\s+is|they\s+are)?\s*(?:deleted|removed|erased)\s+by\s+${WHO})`;

/**
 * Data the product keeps, not the app: "Files stay in Jira until a user deletes the issue", "Attachments remain on the page until
 * you delete it"; not the app's own storage in the product ("stored in Jira's app storage", "in issue properties"), and only when
 * the product's content is the subject: "Your settings are kept in your Jira instance until you delete them" is the app's.
 */
const PRODUCT_CONTENT = /^\s*(?:(?:the|your|any|all|its|their)\s+)?(?:(?:Jira|Confluence|issue|page)\s+)?(?:files?|attachments?|comments?|issues?|pages?|blog\s*posts?|work\s+items?|tickets?|spaces?|projects?)\s+(?:is|are|stay|stays|remain|remains|will)\b/i;
const PRODUCT_KEEPS = phrase`\b(?:in|on|within)\s+(?:the\s+|your\s+)?(?:Atlassian\s+)?(?:Jira|Confluence|site|instance|issues?|pages?|spaces?|projects?|tickets?)\b(?!'s\s+(?:app\s+)?storage|\s+(?:(?:app|issue|page|content|entity)\s+)?(?:storage|propert(?:y|ies)|KVS)\b)|\buntil\s+${WHO}\s+(?:chooses?\s+to\s+|decides?\s+to\s+)?${DELETES}\s+(?:the|this|that|its|their|your)\s+(?:(?:Jira|Confluence)\s+)?(?:issues?|pages?|spaces?|projects?|tickets?|work\s+items?|attachments?|comments?|blog\s*posts?)\b`;

const productKeeps = (line: string): boolean => PRODUCT_CONTENT.test(line) && PRODUCT_KEEPS.test(line);

export default defineClaim({
  id: 'kept-until-deleted',
  title: 'Data kept until the customer deletes it',
  description:
    'What the app keeps stays until the customer (a user, an admin) deletes it: the app sets no expiry of its own. Contradicted when every write of data (outside Forge\'s cache and secrets) is a Forge KVS write with a time-to-live, so Forge deletes it without the customer; unverified when only some writes expire (Candor cannot tell which data the statement means) or one sets an expiry of another kind, when the code deletes data (Candor cannot tell whether only at the customer\'s request), and when a Forge remote keeps data; verified when no write of data expires and the code deletes nothing. In the profile, every kind of data kept with `retention: until-deleted` states it. A sentence that also gives a period ("until you delete them, or 90 days at most") is `retention-period`; "until you uninstall" is `data-deleted-on-uninstall`; "until a retention policy exists" says no policy exists yet, and is no claim; data the product keeps ("Files stay in Jira until a user deletes the issue") is not the app\'s.',
  decidedBy: 'code',
  phrasings: [
    // "Data is kept until the customer deletes it", "Boards are stored until deleted by an admin"
    phrase`\b(?:kept|retained|stored|held|persisted|saved|preserved|remains?|stays?)\s+(?:(?:in|on|within)\s+(?:[\w'-]+\s+){1,4}?|there\s+)?${UNTIL_DELETED}`,
    // "We keep your data until you delete it", "The app retains each report until a user removes it"
    phrase`(?:\b(?:we|it)|\bthe\s+(?:app|add-?on|macro|integration))\s+(?:keeps?|retains?|stores?|holds?)\s+(?:[\w'-]+\s+){1,6}?${UNTIL_DELETED}`,
  ],
  // A period beside it ("... until you delete them, or for 90 days at most") is retention-period's.
  // The product's own data ("Files stay in Jira until a user deletes the issue") is not what the app keeps.
  params: (sentence) => (PERIOD.test(firstLine(sentence)) || productKeeps(firstLine(sentence)) ? null : {}),
  examples: ['Data is kept until the customer deletes it.', 'We keep your checklists until you delete them.'],
  messages: {
    verified: 'No write of data sets an expiry and no code deletes data: what the app keeps{{where}} stays until it is deleted.',
    expires: 'Every write of data sets a time-to-live ({{ttls}}; {{where}}): Forge deletes it without the customer.',
    expiresSome: 'Some writes of data set a time-to-live ({{ttls}}; {{where}}); Candor cannot tell which data the statement means.',
    expiresOther: 'A write sets an expiry of its own ({{where}}).',
    deletes: 'The app deletes data ({{where}}); Candor cannot tell whether only at the customer\'s request.',
    remote: 'A Forge remote keeps data ({{where}}); Candor cannot see for how long.',
    incomplete: 'No write of data expires, but {{where}} could not be read.',
  },
  verify(_params, { facts }) {
    const writes = facts.storage.filter((op) => op.op === 'write' && !NOT_DATA.has(op.backend));
    const expiring = writes.filter((op) => typeof op.expiresAfter === 'number');
    if (expiring.length > 0) {
      const words = { ttls: [...new Set(expiring.map((op) => duration(op.expiresAfter!)))].join(', '), where: places(expiring.map((op) => op.evidence)) };
      // Forge deletes a KVS entry when its TTL runs out: when every write sets one, nothing waits for the customer.
      const all = expiring.length === writes.length && storingRemotes(facts).length === 0;
      return outcome(all ? 'contradicted' : 'unverified', all ? 'expires' : 'expiresSome', expiring.map((op) => op.evidence), words);
    }
    const other = writes.filter((op) => op.expiresAfter !== undefined || EXPIRES.test(op.evidence.excerpt));
    if (other.length > 0) return outcome('unverified', 'expiresOther', other.map((op) => op.evidence), { where: places(other.map((op) => op.evidence)) });
    const deletes = facts.storage.filter((op) => op.op === 'delete');
    if (deletes.length > 0) return outcome('unverified', 'deletes', deletes.map((op) => op.evidence), { where: places(deletes.map((op) => op.evidence)) });
    const remotes = storingRemotes(facts);
    if (remotes.length > 0) return outcome('unverified', 'remote', remotes.map((r) => r.evidence), { where: places(remotes.map((r) => r.evidence)) });
    const unread = unreadSources(facts);
    if (unread.length > 0) return outcome('unverified', 'incomplete', unread, { where: places(unread) });
    return outcome('verified', 'verified', writes.map((op) => op.evidence).slice(0, 5), { where: writes.length > 0 ? ` (${places(writes.map((op) => op.evidence))})` : '' });
  },
});
