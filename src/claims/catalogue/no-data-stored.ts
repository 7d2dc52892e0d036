import { defineClaim, outcome } from '../define.ts';
import { places, unreadSources } from '../evidence.ts';
import { deniesKeeping, KEPT_IN_ATLASSIAN, keptByVendor, saysWhere } from '../frames.ts';
import { gap, NOT, phrase } from '../phrases.ts';
import { carriesEndUserData, storingRemotes } from '../storage.ts';

/**
 * "... no data on our servers", "... outside Atlassian", "... anywhere else": where data is not kept, which no-customer-content-outside-atlassian decides
 * ("... in logs": no-end-user-data-in-logs);
 * "nothing is kept for training" denies training (no-ai-training).
 */
const NOT_WHERE = String.raw`(?!${gap(60)}\b(?:outside|external|third[- ]party|servers?|databases?|infrastructure|backend|back[- ]end|on\s+our\s+side|anywhere\s+else|elsewhere|beyond|ourselves|(?:in|to|into)\s+(?:(?:the|our|its|any|app|application)\s+)?logs)\b)(?!\s+for\s+(?:(?:AI|model|LLM)\s+)?(?:training|fine-?tuning)\b)`;

/** "We do not store data after uninstall", "... indefinitely post app uninstallation": how long data stays, not that none is kept (data-deleted-on-uninstall). */
const AFTER_UNINSTALL = /\b(?:indefinitely|(?:after|post|following|beyond)\s+(?:the\s+)?(?:app(?:'s)?\s+)?(?:is\s+|has\s+been\s+|you\s+|we\s+)?uninstall(?:s|ed|ing|ation)?)\b/i;

/** "The resolver keeps nothing from the rows": nothing of one thing named, which other data the app keeps does not contradict. */
/** Servers as the place data is kept in: "on servers operated by X", "in any infrastructure". */
const ON_SERVERS = /\b(?:on|in|at|within|inside)\s+(?:(?:the|our|its|any|their|a)\s+)?(?:[\w-]+\s+){0,2}?(?:servers?|back[- ]?ends?|infrastructure|hosting)\b/i;
const NOTHING_OF = /\b(?:nothing|no\s+(?:data|information))\s+(?:from|of|about)\s+(?:the|these|those|this|that|its|your|their|each|any)\b(?!\s+(?:own|kind|sort|type)\b)/i;

export default defineClaim({
  id: 'no-data-stored',
  title: 'No data stored',
  description:
    'The app keeps no data at all: no storage write (Forge storage, product properties or an external database) carries End-User Data, and no Forge remote declares the `storage` operation. A sentence that says where data is not kept ("no data on our servers", "outside Atlassian") is `no-customer-content-outside-atlassian` instead. Writes that carry no End-User Data (settings, job state) make the claim unverified: Candor cannot tell whether the statement counts them.',
  decidedBy: 'code',
  phrasings: [
    // "The app does not store any data.", "Does it store anything? No."
    phrase`${NOT}${gap(20)}\b(?:store|keep|persist|save|retain)s?\s+(?:any\s+)?(?:data|anything|information|End[- ]User\s+Data|customer\s+data)\b(?!\s+(?:about|on|of|from)\b)${NOT_WHERE}`,
    // "The macro keeps no data of its own."
    phrase`\b(?:stores?|keeps?|persists?|saves?|retains?)\s+(?:no\s+(?:data|information)|nothing)\b(?!\s+(?:about|on|from)\b)${NOT_WHERE}`,
    phrase`\b(?:no\s+data(?:\s+(?:of\s+any\s+(?:kind|sort)|whatsoever|at\s+all))?|nothing)\s+(?:is|gets)\s+(?:ever\s+)?(?:stored|persisted|saved|kept|cached)\b${NOT_WHERE}`,
    // "We do not use any databases or persistent storage": no storage of any kind ("no database" alone may mean none of the vendor's own).
    phrase`${NOT}${gap(20)}\b(?:use|need|require|have)s?\s+(?:any\s+|an?\s+)?(?:(?:databases?|data\s*stores?)\s+or\s+)?persistent\s+storage\b${NOT_WHERE}|\bno\s+persistent\s+storage\b${NOT_WHERE}`,
  ],
  // "The app keeps no data of its own; checklists are saved as issue properties": kept, in Atlassian (storage-only-atlassian).
  // "OpenAI's API does not store any data sent to it": the vendor's retention, not the app's.
  params: (sentence) => (KEPT_IN_ATLASSIAN.test(sentence) || keptByVendor(sentence) || AFTER_UNINSTALL.test(sentence) ? null : {}),
  // "Nothing you enter is saved", "Data is never persisted by the app": data at large, no place named.
  // Not "No data is stored on servers operated by GitPulse": servers say where (no-customer-content-outside-atlassian); "stores nothing and has no backend" names none.
  frames: (f, sentence) => (deniesKeeping(f) && (f.data.has('any') || f.data.has('customer')) && !f.data.has('personal') && !f.data.has('content') && !saysWhere(f) && !ON_SERVERS.test(f.text) && !NOTHING_OF.test(f.text) && !KEPT_IN_ATLASSIAN.test(sentence) && !AFTER_UNINSTALL.test(sentence) ? {} : null),
  examples: ['The app does not store any data.', 'The macro keeps no data of its own.', 'Nothing is stored.'],
  messages: {
    verified: 'No storage write: the app keeps no data.',
    contradicted: 'The app stores End-User Data: {{where}}.',
    remote: 'The Forge remote {{remote}} declares the storage operation ({{where}}): it keeps data.',
    settings: 'The app writes to storage ({{where}}), though Candor sees no End-User Data in those writes (settings or job state?).',
    incomplete: 'No storage write in the code Candor read, but {{where}} could not be read.',
  },
  verify(_params, { facts }) {
    const writes = facts.storage.filter((op) => op.op === 'write');
    const data = writes.filter((op) => carriesEndUserData(op.carries));
    if (data.length > 0) return outcome('contradicted', 'contradicted', data.map((op) => op.evidence), { where: places(data.map((op) => op.evidence)) });
    const remotes = storingRemotes(facts);
    if (remotes.length > 0) return outcome('contradicted', 'remote', remotes.map((r) => r.evidence), { remote: remotes.map((r) => r.key).join(', '), where: places(remotes.map((r) => r.evidence)) });
    if (writes.length > 0) return outcome('unverified', 'settings', writes.map((op) => op.evidence), { where: places(writes.map((op) => op.evidence)) });
    const unread = unreadSources(facts);
    if (unread.length > 0) return outcome('unverified', 'incomplete', unread, { where: places(unread) });
    return outcome('verified', 'verified');
  },
});
