import { END_USER_DATA, type Evidence, type Facts } from '../../scan/facts.ts';
import type { ClaimOutcome } from '../types.ts';
import { formatMessage } from '../../utils/format-message.ts';
import { defineClaim, outcome } from '../define.ts';
import { places, writesFirst } from '../evidence.ts';
import { gap, NOT, phrase } from '../phrases.ts';
import { isAtlassianHost } from '../hosts.ts';
import { callsThrough } from '../sent.ts';

/** "is not eligible for Runs on Atlassian", "does not qualify for the Runs on Atlassian badge", "is not Runs on Atlassian eligible". */
const NOT_ELIGIBLE = phrase`${NOT}\s+(?:(?:be|yet|currently)\s+){0,2}(?:eligible\s+for|qualify\s+for|certified\s+(?:for|as)|(?:an?\s+)?)\s*(?:the\s+)?Runs\s+on\s+Atlassian\b(?!\s+(?:cloud|infrastructure|platform|servers?|Forge)\b)`;

const MESSAGES: Record<string, string> = {
  verified: 'Every Runs on Atlassian criterion Candor can check is met.',
  remotes: 'The app uses remotes ({{where}}).',
  connect: 'The app has Connect modules ({{where}}).',
  egress: 'The manifest allows egress ({{where}}).',
  atlassianEgress: "The manifest lists {{hosts}} ({{where}}), Atlassian's own, which takes no data out of Atlassian; but the badge asks for no egress entry, so listed, it still counts.",
  analyticsEud: 'Analytics egress marked `inScopeEUD: false` carries End-User Data ({{where}}).',
  webTriggers: 'Web triggers without a static response ({{where}}).',
  credentials: 'Credentials are exposed in the source ({{where}}).',
  sql: 'The app uses Forge SQL ({{where}}); run `forge eligibility` to confirm its data residency.',
  notEligible: 'The app is not eligible, as the statement says: {{reason}}',
  eligible: 'The statement says the app is not eligible, but it meets every Runs on Atlassian criterion Candor can check; `forge eligibility` decides.',
};

/**
 * Eligibility for the Runs on Atlassian badge, per https://developer.atlassian.com/platform/forge/runs-on-atlassian-apps/
 * (the same criteria as the runs-on-atlassian check).
 */
export default defineClaim<{ eligible?: boolean }>({
  id: 'runs-on-atlassian',
  title: 'Runs on Atlassian',
  description:
    'The app is eligible for the Runs on Atlassian badge (or, said so, is not: then a criterion it fails verifies the claim): no Forge remotes, no Connect modules, no egress in the manifest other than analytics entries marked `category: analytics` and `inScopeEUD: false` whose calls (requests to the host, or calls through the SDK of the vendor it names) carry no End-User Data, only static web triggers, no credentials in the source. Forge SQL leaves it unverified: its residency depends on when it was provisioned.',
  decidedBy: 'code',
  // The badge, not "runs on Atlassian's Forge platform" or "runs on Atlassian cloud".
  // Nor the Codegeist prize ("Best Runs on Atlassian"), nor a comparison or the program's requirements as a topic.
  phrasings: [NOT_ELIGIBLE, phrase`(?:(?<=(?<!${NOT}\s{0,3})\()|(?<!${NOT}${gap(40)}|\bBest\s))\bRuns\s+on\s+Atlassian\b(?![\u2019']s\b|\s+(?:cloud|infrastructure|platform|servers?|Forge|vs\.?|versus|requirements|criteria)\b)`],
  params: (sentence) => ({ eligible: !NOT_ELIGIBLE.test(sentence) }),
  examples: ['The app is Runs on Atlassian eligible.', 'The app is not eligible for Runs on Atlassian, because it uses a remote back end.'],
  messages: MESSAGES,
  verify({ eligible = true }, { facts }) {
    const met = eligibility(facts);
    if (eligible) return met;
    // "Not eligible" is the badge's verdict turned round: a criterion the app fails verifies it.
    if (met.verdict === 'contradicted') return outcome('verified', 'notEligible', met.evidence, { reason: formatMessage(MESSAGES[met.messageId] ?? '', met.data) });
    return met.verdict === 'verified' ? outcome('unverified', 'eligible') : met;
  },
});

function eligibility(facts: Facts): ClaimOutcome {
  const fail = (id: string, evidence: Evidence[]) => outcome('contradicted', id, evidence, { where: places(evidence) });
  if (facts.egress.remotes.length > 0) return fail('remotes', facts.egress.remotes.map((r) => r.evidence));
  const connect = facts.app.platform === 'connect' || facts.app.platform === 'connect-on-forge' ? facts.app.modules.filter((m) => m.ui === 'connect') : [];
  if (connect.length > 0) return fail('connect', connect.map((m) => m.evidence));
  const analytics = (d: (typeof facts.egress.declared)[number]): boolean => d.category?.toLowerCase() === 'analytics' && d.inScopeEUD === false;
  // Any entry counts, an Atlassian host's too (`*.atlassian.net`): the badge asks for none, as the runs-on-atlassian check does.
  const egress = facts.egress.declared.filter((d) => d.kind !== 'remote' && !analytics(d));
  if (egress.length > 0 && egress.every((d) => d.host !== null && isAtlassianHost(d.host))) {
    return outcome('contradicted', 'atlassianEgress', egress.map((d) => d.evidence), { hosts: [...new Set(egress.map((d) => `\`${d.host}\``))].join(', '), where: places(egress.map((d) => d.evidence)) });
  }
  if (egress.length > 0) return fail('egress', egress.map((d) => d.evidence));
  const leaks = facts.egress.declared.filter(analytics).flatMap((d) => callsThrough(d, facts)).filter((c) => c.carries.some((k) => END_USER_DATA.includes(k)));
  if (leaks.length > 0) return fail('analyticsEud', leaks.map((c) => c.evidence));
  const web = facts.triggers.filter((t) => t.kind === 'web' && t.response !== 'static');
  if (web.length > 0) return fail('webTriggers', web.map((t) => t.evidence));
  if (facts.secrets.length > 0) return fail('credentials', facts.secrets.map((s) => s.evidence));
  const sql = writesFirst(facts.storage.filter((op) => op.backend === 'sql'));
  if (sql.length > 0) return outcome('unverified', 'sql', sql.map((op) => op.evidence), { where: places(sql.map((op) => op.evidence)) });
  return outcome('verified', 'verified');
}
