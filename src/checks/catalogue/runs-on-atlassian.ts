import defaults from '../../data/forge-egress-defaults.json' with { type: 'json' };
import { END_USER_DATA, type EgressDeclaration, type Evidence, type Facts } from '../../scan/facts.ts';
import type { Profile } from '../../profile/schema.ts';
import { hostAllowed } from '../../scan/egress.ts';
import { callsThrough } from '../../claims/sent.ts';
import { profileEvidence, type CheckContext, type SeverityReport } from '../context.ts';
import { firstAndRest } from '../group.ts';
import { codeList, dataText } from '../words.ts';
import type { CheckDefinition } from '../types.ts';

/**
 * Runs on Atlassian eligibility criteria, as Atlassian's pages and `forge eligibility` state them:
 * https://developer.atlassian.com/platform/forge/runs-on-atlassian-apps/
 */
const CRITERIA = {
  remotes: 'the app uses Forge remotes ({{keys}}), so it does not run only on Atlassian-hosted compute and storage.',
  connectModules: 'the app has Connect modules ({{keys}}).',
  egress: 'the manifest allows egress to {{addresses}}; only analytics egress without in-scope End-User Data (`category: analytics`, `inScopeEUD: false`) is allowed.',
  egressDefault: 'the manifest lists {{addresses}}, which Forge allows by default; listed, they still count as egress.',
  analyticsEud: 'analytics egress to `{{host}}` carries {{data}}, which is in-scope End-User Data.',
  credentials: 'credentials are exposed in the source ({{count}} found).',
  webTriggers: 'the web triggers {{keys}} do not use `response: type: static`, so their responses can carry data out.',
  sql: 'the app uses Forge SQL; databases provisioned under its EAP or Preview did not support data residency, so run `forge eligibility` to confirm.',
} as const;

type Criterion = keyof typeof CRITERIA;
interface Failure { criterion: Criterion; data: Record<string, string | number>; places: Evidence[] }

function isDefault(d: EgressDeclaration): boolean {
  const hosts = (defaults.defaultAllowed as Record<string, string[] | undefined>)[d.kind] ?? [];
  return d.host !== null && hosts.some((h) => h === d.host || (h.startsWith('*.') && hostAllowed(h, d.host!)));
}

function egressFailures(facts: Facts): Failure[] {
  const failures: Failure[] = [];
  const plain: EgressDeclaration[] = [];
  const byDefault: EgressDeclaration[] = [];
  for (const d of facts.egress.declared) {
    if (d.kind === 'remote') continue;
    if (d.category?.toLowerCase() === 'analytics' && d.inScopeEUD === false) {
      const leaks = callsThrough(d, facts).filter((c) => c.carries.some((k) => END_USER_DATA.includes(k)));
      const kinds = END_USER_DATA.filter((k) => leaks.some((c) => c.carries.includes(k)));
      if (leaks.length > 0) failures.push({ criterion: 'analyticsEud', data: { host: d.host ?? d.address, data: dataText(kinds) }, places: leaks.map((c) => c.evidence) });
    } else (isDefault(d) ? byDefault : plain).push(d);
  }
  if (plain.length > 0) failures.push({ criterion: 'egress', data: { addresses: codeList(plain.map((d) => d.address)) }, places: plain.map((d) => d.evidence) });
  if (byDefault.length > 0) failures.push({ criterion: 'egressDefault', data: { addresses: codeList(byDefault.map((d) => d.address)) }, places: byDefault.map((d) => d.evidence) });
  return failures;
}

function failures(facts: Facts, claimed: boolean): Failure[] {
  const out: Failure[] = [];
  const { remotes } = facts.egress;
  if (remotes.length > 0) out.push({ criterion: 'remotes', data: { keys: codeList(remotes.map((r) => r.key)) }, places: remotes.map((r) => r.evidence) });
  const connect = facts.app.platform === 'connect' || facts.app.platform === 'connect-on-forge'
    ? [...facts.app.modules.filter((m) => m.ui === 'connect'), ...facts.triggers.filter((t) => t.kind === 'connect-webhook' || t.kind === 'connect-lifecycle')]
    : [];
  if (connect.length > 0) out.push({ criterion: 'connectModules', data: { keys: codeList(connect.map((m) => m.key)) }, places: connect.map((m) => m.evidence) });
  out.push(...egressFailures(facts));
  if (facts.secrets.length > 0) out.push({ criterion: 'credentials', data: { count: facts.secrets.length }, places: facts.secrets.map((s) => s.evidence) });
  const web = facts.triggers.filter((t) => t.kind === 'web' && t.response !== 'static');
  if (web.length > 0) out.push({ criterion: 'webTriggers', data: { keys: codeList(web.map((t) => t.key)) }, places: web.map((t) => t.evidence) });
  // Forge SQL's eligibility depends on when its databases were provisioned, which code cannot show: only worth a note when claimed.
  const sql = facts.storage.filter((s) => s.backend === 'sql');
  if (claimed && sql.length > 0) out.push({ criterion: 'sql', data: {}, places: sql.map((s) => s.evidence) });
  return out;
}

/** The profile entry that claims Runs on Atlassian: `{ id: runs-on-atlassian }` or a sentence naming it. */
function claimOf(profile: Profile | null): { index: number; text: string } | null {
  const claims = profile?.claims ?? [];
  for (const [index, claim] of claims.entries()) {
    const text = typeof claim === 'string' ? claim : 'statement' in claim ? claim.statement : claim.id;
    const negated = /\b(not|no|never)\b[^.]*\bruns on atlassian\b/i.test(text);
    if (text === 'runs-on-atlassian' || (/\bruns on atlassian\b/i.test(text) && !negated)) return { index, text };
  }
  return null;
}

const check: CheckDefinition = {
  id: 'runs-on-atlassian',
  title: 'Runs on Atlassian eligibility',
  severity: 'note',
  description:
    'Note, or error when the profile claims Runs on Atlassian (a `claims` entry `runs-on-atlassian` or a sentence naming it): ' +
    'one finding per failed eligibility criterion, with its evidence. The criteria, from Atlassian\'s Runs on Atlassian pages: ' +
    'no Forge remotes; no Connect modules; no egress other than analytics egress without in-scope End-User Data in its requests ' +
    'or in calls through the SDK of the vendor it names (entries ' +
    'Forge allows by default count too); no credentials exposed in the source; only static web triggers; and, when claimed, a ' +
    'reminder that Forge SQL adopted during its EAP or Preview may not support data residency. A Connect app that does not ' +
    'claim the badge is not checked. `forge eligibility` gives Atlassian\'s own verdict for a deployed version.',
  fix: 'Move remote compute and storage into Forge functions and Forge storage, mark analytics egress with `category: analytics` and `inScopeEUD: false` (and send no End-User Data there), remove other egress, make web triggers static, move credentials into encrypted variables; or stop claiming Runs on Atlassian.',
  messages: Object.fromEntries(
    Object.entries(CRITERIA).flatMap(([id, text]) => [
      [id, `Not eligible for Runs on Atlassian: ${text}`],
      [`${id}Claimed`, `The profile claims Runs on Atlassian, but ${text}`],
    ]),
  ),
  run({ facts, profile, profileSource }: CheckContext): SeverityReport[] {
    const claim = claimOf(profile);
    if (!claim && facts.app.platform === 'connect') return [];
    const claimEvidence = claim ? [profileEvidence(profileSource, ['claims', claim.index], claim.text)] : [];
    return failures(facts, claim !== null).map((f) => {
      const { evidence, related } = firstAndRest(f.places);
      const report: SeverityReport = { messageId: claim ? `${f.criterion}Claimed` : f.criterion, data: f.data, evidence, related: [...related, ...claimEvidence] };
      if (claim) report.severity = f.criterion === 'sql' ? 'note' : 'error';
      return report;
    });
  },
};

export default check;
