import { defineClaim, outcome } from '../define.ts';
import { places, unreadSources } from '../evidence.ts';
import type { PersonalDataUse } from '../../scan/facts.ts';
import { denies, deniesKeeping, PEOPLE_NAMES, PHONE_NUMBERS, saysWhere, type Frame } from '../frames.ts';
import { firstLine, gap, NOT, phrase } from '../phrases.ts';
import { personalDataKept } from '../storage.ts';

const PERSONAL = String.raw`(?:personal\s+(?:data|information|info|details)|personally\s+identifiable\s+(?:data|information)|information\s+about\s+(?:individual\s+)?(?:users|people|persons|individuals)|(?:account\s+(?:or|and)\s+)?profile\s+information|PII|user\s+(?:data|information)|account\s+IDs?|user\s+identifiers|e-?mail\s+addresses|display\s+names?|IP\s+addresses|phone\s+numbers)`;

/** Not followed by where the data is not kept ("... on our servers", "... outside Atlassian", "... in logs"): those are other claims. */
const ELSEWHERE = String.raw`(?!${gap(60)}\b(?:outside|external|third[- ]party|servers?|systems?|logs?)\b)`;

/** "... is never written to storage or to logs": storage at large denied beside the logs, no other place named. */
const storageAndLogs = (f: Frame): boolean =>
  f.places.has('storage') && f.places.has('logs') && !(['third-party', 'ours', 'outside', 'region', 'atlassian', 'device'] as const).some((p) => f.places.has(p));

type Kind = PersonalDataUse['kind'];
type Params = { kinds?: Kind[] };

/** The kinds a sentence names when it names only some (`We do not store email addresses`); none for personal data as a whole. */
const NAMED: Array<[Kind, RegExp]> = [
  ['account-id', /\baccount\s+IDs?\b/i],
  ['email', /\be-?mail(?:\s+address(?:es)?|s)\b/i],
  // "names or email addresses": people's names; not "file names", "page names".
  ['display-name', new RegExp(String.raw`\b(?:display|user|full)\s+names?\b|${PEOPLE_NAMES}`, 'i')],
  ['ip-address', /\bIP\s+addresses\b/i],
  ['phone-number', new RegExp(String.raw`\b${PHONE_NUMBERS}\b`, 'i')],
];
const DENIAL = new RegExp(NOT, 'i');
const WHOLE = /\b(?:personal\s+(?:data|information|info|details)|personally\s+identifiable\s+(?:data|information)|information\s+about\s+(?:individual\s+)?(?:users|people|persons|individuals)|profile\s+information|PII|user\s+(?:data|information|details)|user\s+identifiers)\b/i;

/** The kinds a sentence names, or none for personal data as a whole. */
export function kindsIn(sentence: string): Params {
  const line = firstLine(sentence);
  // "We don't store names or email addresses; the app keeps the account ID only": the kinds the denying clause names.
  // "... or display names - only the account ID of each assignee": what the dash keeps is no kind denied.
  const denying = line.split(/[;:]|\.\s|,\s+(?:and|but)\s|\s[\u2014\u2013]\s+(?=(?:only|just|but)\b)/).filter((clause) => DENIAL.test(clause) && NAMED.some(([, re]) => re.test(clause)));
  const head = denying.length > 0 ? denying.join('; ') : line;
  const kinds = WHOLE.test(head) ? [] : NAMED.filter(([, re]) => re.test(head)).map(([kind]) => kind);
  return kinds.length > 0 ? { kinds } : {};
}

export default defineClaim<Params>({
  id: 'no-personal-data-stored',
  title: 'No personal data stored',
  description:
    'The app stores no personal data: no storage write, and no call to a Forge remote that declares the `storage` operation, carries an account ID, an email address, a display name or a client\'s IP address (or, when the sentence names some of them, such as email addresses, none of those).',
  decidedBy: 'code',
  phrasings: [
    // "No PII (Personally Identifiable Information) stored": a gloss in brackets may follow what it names.
    phrase`\bno\s+${PERSONAL}(?:\s*\([^)]{1,60}\))?\s+(?:is\s+|are\s+)?(?:ever\s+)?(?:stored|kept|persisted|saved|retained|collected)\b${ELSEWHERE}`,
    // "We collect no personal data when you use the app."
    phrase`\b(?:collects?|stores?|keeps?|persists?|saves?|retains?)\s+no\s+${PERSONAL}\b${ELSEWHERE}`,
    phrase`(?:${NOT}|\bnone\s+of\b)${gap(20)}\b(?:store|keep|persist|save|retain|collect)s?\s+(?:(?:any|your|our|its|the|their|users'|user's)\s+){0,2}(?:[\w-]+(?:\s+[\w-]+)?(?:\s*,|\s+or|\s+and)\s+){0,4}(?:(?:any|your)\s+)?${PERSONAL}\b${ELSEWHERE}`,
    phrase`\b${PERSONAL}\s+(?:is|are)\s+(?:never|not)\s+(?:ever\s+)?(?:stored|kept|persisted|saved|retained)\b${ELSEWHERE}`,
    // "Account IDs are used only at runtime and never persisted."
    phrase`\b${PERSONAL}(?:\s+(?:and|or)\s+[\w-]+)?\s+(?:is|are)\s+(?:only\s+)?(?:used|read|fetched|processed)\b${gap(50)}\band\s+(?:are\s+|is\s+)?(?:never|not)\s+(?:stored|kept|persisted|saved|retained)\b${ELSEWHERE}`,
  ],
  examples: ['No personal data stored: The app does not store any Confluence page content, user data, or metadata on external servers'],
  messages: {
    verified: 'No storage write carries an account ID, email, name or IP address.',
    verifiedKinds: 'No storage write carries {{kinds}}.',
    contradicted: 'The app stores {{kinds}} ({{where}}).',
    incomplete: 'No personal data stored in the code Candor read, but {{where}} could not be read.',
  },
  params: kindsIn,
  frames: (f, sentence) => ((deniesKeeping(f) || denies(f, 'collect')) && f.data.has('personal') && (!saysWhere(f) || storageAndLogs(f)) ? kindsIn(sentence) : null),
  verify(params, { facts }) {
    const kinds = Array.isArray(params.kinds) && params.kinds.length > 0 ? params.kinds : null;
    const stored = personalDataKept(facts).filter((u) => !kinds || kinds.includes(u.kind));
    if (stored.length > 0) {
      return outcome('contradicted', 'contradicted', stored.map((u) => u.evidence), { kinds: [...new Set(stored.map((u) => u.kind))].join(', '), where: places(stored.map((u) => u.evidence)) });
    }
    const unread = unreadSources(facts);
    if (unread.length > 0) return outcome('unverified', 'incomplete', unread, { where: places(unread) });
    return kinds ? outcome('verified', 'verifiedKinds', [], { kinds: kinds.join(', ') }) : outcome('verified', 'verified');
  },
});
