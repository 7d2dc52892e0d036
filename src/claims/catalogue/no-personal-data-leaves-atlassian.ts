import { defineClaim } from '../define.ts';
import { denies, namesAtlassian, personalOnly, type Frame } from '../frames.ts';
import { leavingOutcome } from '../leaving.ts';
import { firstLine, NOT, phrase } from '../phrases.ts';
import { PERSONAL as PERSONAL_WORDS } from '../sharing.ts';
import { PERSONAL_DATA, type DataKind } from '../../scan/facts.ts';
import { kindsIn } from './no-personal-data-stored.ts';

type Params = { kinds?: DataKind[] };

/** "... not passed on to any external system": a system outside Atlassian, whoever runs it; not "our servers" nor a third party by name. */
const EXTERNAL_SYSTEM = /\b(?:(?:any|an|no)\s+(?:other\s+)?)?(?:external|outside)\s+(?:systems?|servers?|services?|hosts?|endpoints?|APIs?)\b/i;

/** "No personal data leaves Atlassian", "Account IDs never leave the Forge platform", "E-mail addresses are not sent anywhere": personal data only, and out of Atlassian; data at large leaving is no-egress. */
const deniesPersonalLeaving = (f: Frame): boolean =>
  personalOnly(f) && !f.places.has('logs') && !f.places.has('third-party') &&
  ((denies(f, 'leave') && namesAtlassian(f)) || (denies(f, 'send') && (f.places.has('outside') || f.places.has('anywhere'))) || (denies(f, 'send', 'share') && EXTERNAL_SYSTEM.test(f.text)));

/**
 * "No PII transmission", "No personal data transfer outside the app.": a bare label that denies personal data's sending as such,
 * which is its leaving the app; not "... to Jira", "... outside the EU" (a region) or "... over unencrypted channels" (a manner).
 */
const NO_TRANSMISSION = phrase`^\s*no\s+${PERSONAL_WORDS}\s+(?:transmission|transfers?)(?:\s+(?:outside|out\s+of|beyond)\s+(?:the\s+|your\s+)?(?:Atlassian|Forge|app|add-?on|platform)(?:'s)?(?:\s+(?:cloud|platform|infrastructure|environment))?|\s+to\s+(?:any\s+)?(?:external|outside|third[- ]party)\s+(?:services?|servers?|systems?|parties|vendors?|hosts?)|\s+to\s+third\s+parties|\s+externally)?\s*(?:[:.!]|$)`;
/** "No PII transmission: the app only uses account IDs": the label the rest of the line explains, which makes no whole denial by itself. */
const EXPLAINED_LABEL = phrase`^\s*no\s+${PERSONAL_WORDS}\s+(?:transmission|transfers?)\s*:`;
/** A denial of personal data as a whole, not "no other personal data": "... and no personal data leaves Atlassian". */
const WHOLE_DENIAL = phrase`(?:${NOT}|\bnone\b)[^.;!?]*?(?<!\bother\s)\b(?:personal\s+(?:data|information|details)|personally\s+identifiable\s+information|PII)\b`;
/** "... only uses Atlassian-generated IDs", "works only with account IDs", "account IDs only": the account ID is the one kind the sentence allows. */
const ONLY_ACCOUNT_IDS = /\bonly\s+(?:[\w-]+\s+){0,2}?(?:the\s+)?(?:(?:opaque\s+)?Atlassian(?:[- ](?:generated|issued|provided|assigned))?\s+(?:account\s+|user\s+)?IDs?|(?:Atlassian\s+)?account\s+IDs?)\b|\b(?:Atlassian[- ](?:generated|issued)\s+|account\s+)IDs?\s+only\b/i;

/** The kinds a sentence denies: those it names, or all but the account ID when it says that is all it uses and denies no personal data as a whole. */
function deniedKinds(sentence: string): Params {
  const named = kindsIn(sentence);
  const line = firstLine(sentence);
  if (named.kinds || !ONLY_ACCOUNT_IDS.test(line)) return named;
  // "The app only uses account IDs, and no personal data leaves Atlassian": the account ID is personal data too.
  const label = EXPLAINED_LABEL.exec(line);
  if (WHOLE_DENIAL.test(label ? line.slice(label[0].length) : line)) return named;
  return { kinds: PERSONAL_DATA.filter((k) => k !== 'account-id') };
}

/** "Only account IDs are used; no other personal data leaves Atlassian": what "other" excludes was named before it. */
const NO_OTHER_LEAVES = phrase`\bno\s+other\s+${PERSONAL_WORDS}\s+(?:ever\s+)?(?:leaves|(?:is|gets)\s+(?:ever\s+)?(?:sent|transferred|transmitted)\s+(?:outside|out\s+of))\s+(?:the\s+)?(?:Atlassian|Forge)\b`;

/** For "no other personal data ...", every kind but those named before it; null when none is named there. */
function otherKinds(sentence: string, match: RegExpExecArray): Params | null {
  if (!NO_OTHER_LEAVES.test(match[0])) return deniedKinds(sentence);
  const before = firstLine(sentence).slice(0, match.index);
  const allowed = kindsIn(before).kinds ?? (ONLY_ACCOUNT_IDS.test(before) ? ['account-id'] : []);
  const kinds = PERSONAL_DATA.filter((k) => !allowed.includes(k));
  return allowed.length > 0 && kinds.length > 0 ? { kinds } : null;
}

export default defineClaim<Params>({
  id: 'no-personal-data-leaves-atlassian',
  title: 'No personal data leaves Atlassian',
  description:
    'No account ID, email address, display name or client IP address (or, when the sentence names some of them, none of those) leaves Atlassian ("No PII transmission" says so too, but not "\u2026 outside the EU" or "\u2026 over unencrypted channels"; "No PII transmission: only uses Atlassian-generated IDs" allows the account ID, unless the sentence also denies personal data as a whole; "Only account IDs are used; no other personal data leaves Atlassian" allows the kinds named before "no other"; data "not passed on to any external system" leaves Atlassian as data "sent outside" it does): no request to a host outside Atlassian or to a Forge remote, and no call through a vendor\'s SDK, carries it. Other data may leave (that is `no-egress`). Unverified when such data goes to a host Candor cannot resolve that the manifest does not bound to Atlassian\'s.',
  decidedBy: 'code',
  phrasings: [phrase`\bno\s+${PERSONAL_WORDS}\s+(?:ever\s+)?leaves\s+(?:the\s+)?(?:Atlassian|Forge)\b`, NO_TRANSMISSION, NO_OTHER_LEAVES],
  params: otherKinds,
  frames: (f, sentence) => (deniesPersonalLeaving(f) ? deniedKinds(sentence) : null),
  examples: ['No personal data leaves Atlassian.', 'User account IDs never leave the Forge platform.'],
  messages: {
    verified: 'No request or SDK call outside Atlassian carries {{what}}.',
    sent: '{{kinds}} leaves Atlassian: sent to {{hosts}} ({{where}}).',
    unresolved: 'No request outside Atlassian carries {{what}} that Candor could resolve, but {{kinds}} is sent to a host it could not resolve ({{where}}).',
    incomplete: 'No personal data leaves Atlassian in the code Candor read, but {{where}} could not be read.',
  },
  verify(params, { facts }) {
    const wanted: readonly DataKind[] = Array.isArray(params.kinds) && params.kinds.length > 0 ? params.kinds : PERSONAL_DATA;
    const what = wanted === PERSONAL_DATA ? 'personal data' : wanted.join(', ');
    return leavingOutcome(facts, wanted, what);
  },
});
