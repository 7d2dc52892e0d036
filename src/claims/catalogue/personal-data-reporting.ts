import { cadenceOf, INTERVALS } from '../cadence.ts';
import { defineClaim, outcome } from '../define.ts';
import { manifestAnchor, places } from '../evidence.ts';
import { firstLine, gap, NOT, phrase } from '../phrases.ts';
import { accountDataKept } from '../storage.ts';

type Params = { cadence?: string };

const DENIED = phrase`${NOT}${gap(30)}\b(?:use|call|need|implement|support|report)\w*\b${gap(40)}\b(?:Personal\s+Data\s+Reporting|user\s+privacy\s+API|personal\s+data\s+report)`;

export default defineClaim<Params>({
  id: 'personal-data-reporting',
  title: 'Personal data reporting',
  description:
    "The app reports the account IDs it stores (itself, or in a Forge remote that declares `storage`) to Atlassian's Personal Data Reporting API (`privacy.reportPersonalData` or `/app/report-accounts/`, or Connect's older `/rest/atlassian-connect/latest/report-accounts`); with no reporting call, contradicted when the app stores account IDs, unverified otherwise. The app must declare the scope the call needs (`report:personal-data`), and with a cadence (\"weekly\"), a scheduled trigger with that interval (`week`) must reach the reporting call.",
  decidedBy: 'code',
  phrasings: [
    phrase`\bPersonal\s+Data\s+Reporting(?:\s+API)?\b`,
    phrase`\buser\s+privacy\s+API\b`,
    phrase`\breports?\b${gap(60)}\baccount\s+IDs?\b${gap(40)}\bAtlassian\b`,
    phrase`\baccount\s+IDs?\b${gap(40)}\b(?:is|are)\s+(?:regularly\s+|periodically\s+)?reported\s+to\s+Atlassian\b`,
    phrase`\b(?:weekly|daily|hourly)\s+personal[- ]data\s+report`,
    // "The personal data report to Atlassian now runs every night"
    phrase`\bpersonal[- ]data\s+report\b${gap(40)}\b(?:runs?|is\s+(?:sent|made|run)|goes\s+out)\b`,
    // "Personal data report to Atlassian: daily", "Personal data reporting: weekly"
    phrase`\bpersonal[- ]data\s+report(?:ing)?\b(?:\s+to\s+Atlassian)?\s*:\s*(?:daily|nightly|weekly|hourly|every\b|once\b)`,
  ],
  params: (text) => {
    const sentence = firstLine(text);
    // "The app does not use the Personal Data Reporting API" says it does not report: no claim that it does.
    if (DENIED.test(sentence)) return null;
    const cadence = cadenceOf(sentence);
    return cadence ? { cadence } : {};
  },
  examples: [
    "A weekly Forge scheduled trigger reports all stored account IDs to Atlassian's Personal Data Reporting API \u2014 handling automatic erasure when an account is closed and display name refresh when a user updates their profile",
  ],
  messages: {
    verified: 'The app reports personal data ({{where}}).',
    verifiedCadence: 'A scheduled trigger with interval {{interval}} reaches the reporting call ({{where}}).',
    noCall: 'The app stores personal data ({{where}}) but never calls the Personal Data Reporting API.',
    noCallNoData: 'No call to the Personal Data Reporting API found.',
    ownScheduler: "The app's server makes the reporting call ({{where}}); how often its own scheduler runs it, Candor cannot tell: keep the job's schedule as the record of {{cadence}}.",
    noTrigger: 'The reporting call ({{where}}) is reached by no scheduled trigger, so nothing reports {{cadence}}.',
    wrongInterval: 'The scheduled trigger reaching the reporting call runs every {{actual}}, not {{cadence}} ({{where}}).',
    scopeMissing: 'The reporting call ({{where}}) needs {{scope}}, which the app does not declare, so it fails and nothing is reported.',
  },
  verify(params, { facts }) {
    const { calls, triggers } = facts.personalData.reporting;
    if (calls.length === 0) {
      const stored = accountDataKept(facts).map((u) => u.evidence);
      if (stored.length > 0) return outcome('contradicted', 'noCall', stored, { where: places(stored) });
      const anchor = manifestAnchor(facts);
      return outcome('unverified', 'noCallNoData', anchor ? [anchor] : []);
    }
    // Without its scope the call fails (401/403) however often it runs.
    const missing = facts.scopes.missing.filter((need) => need.reason === 'personal-data-reporting');
    if (missing.length > 0) return outcome('contradicted', 'scopeMissing', calls, { scope: [...new Set(missing.map((m) => m.scope))].join(', '), where: places(calls) });
    const cadence = typeof params.cadence === 'string' ? params.cadence.toLowerCase() : null;
    const interval = cadence ? INTERVALS[cadence] : undefined;
    if (!cadence || !interval) return outcome('verified', 'verified', calls, { where: places(calls) });
    const scheduled = triggers.filter((t) => t.kind === 'scheduled');
    if (scheduled.length === 0) {
      // A Connect app's server schedules its own jobs (cron, a queue's repeat): nothing Candor reads says how often.
      if (facts.app.platform === 'connect') return outcome('unverified', 'ownScheduler', calls, { cadence, where: places(calls) });
      return outcome('contradicted', 'noTrigger', calls, { cadence, where: places(calls) });
    }
    const matching = scheduled.filter((t) => t.interval === interval);
    if (matching.length === 0) {
      return outcome('contradicted', 'wrongInterval', scheduled.map((t) => t.evidence), { cadence, actual: scheduled.map((t) => t.interval ?? 'unknown').join(', '), where: places(scheduled.map((t) => t.evidence)) });
    }
    return outcome('verified', 'verifiedCadence', [...matching.map((t) => t.evidence), ...calls], { interval, where: places(matching.map((t) => t.evidence)) });
  },
});
