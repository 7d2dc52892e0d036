import { accountDataKept } from '../../claims/storage.ts';
import { firstAndRest } from '../group.ts';
import { dataText } from '../words.ts';
import type { CheckDefinition } from '../types.ts';

/**
 * Atlassian's user privacy guide: an app that stores personal data must report the accounts it
 * holds to the Personal Data Reporting API, at least once per cycle (7 days by default).
 * https://developer.atlassian.com/platform/forge/user-privacy-guidelines/; a Connect app calls it from its
 * own server, on each site, signed with the site's JWT: https://developer.atlassian.com/cloud/jira/platform/user-privacy-developer-guide/
 */
const CONNECT_FIX = 'Have your server report the stored account IDs to the Personal Data Reporting API of each site the app is installed on (`POST /app/report-accounts/`, signed with the app\'s JWT, up to 90 accounts a request) at least once per cycle (the `Cycle-Period` header, 7 days by default), then erase `closed` accounts and refresh `updated` ones; or stop storing personal data and fetch it when needed.';

const check: CheckDefinition = {
  id: 'account-ids-without-reporting',
  title: 'Personal data stored without reporting',
  severity: 'error',
  description:
    'Error: the app stores account IDs, emails or names (Forge storage, properties, SQL, an external database or a Forge remote that declares `storage`) but never ' +
    'calls the Personal Data Reporting API (`privacy.reportPersonalData()` or `POST /app/report-accounts/`; Connect\'s older `/rest/atlassian-connect/latest/report-accounts` counts too), or, in a Forge ' +
    'app, calls it only from code that no scheduled trigger reaches, so accounts are never reported each cycle. Atlassian ' +
    'requires apps that store personal data to report it, so that they learn which accounts to erase (closed) or refresh (updated). Values ' +
    'only kept in the Forge cache are not counted.',
  fix: 'Report stored account IDs with `privacy.reportPersonalData()` from a function run by a `scheduledTrigger` (weekly fits the 7-day cycle), then erase `closed` accounts and refresh `updated` ones; or stop storing personal data and fetch it when needed.',
  messages: {
    noReporting: 'The app stores {{data}} here, and nothing in it calls the Personal Data Reporting API.',
    notScheduled: 'The app calls the Personal Data Reporting API here, but no scheduled trigger reaches this call, so the {{data}} it stores are not reported every cycle.',
  },
  run({ facts }) {
    const stored = accountDataKept(facts).filter((u) => u.target !== 'cache');
    if (stored.length === 0) return [];
    const data = dataText(stored.map((u) => u.kind));
    const { calls, triggers } = facts.personalData.reporting;
    // `privacy.reportPersonalData()` is Forge's; a Connect app has no Forge function to call it from.
    if (calls.length === 0) return [{ messageId: 'noReporting', data: { data }, ...firstAndRest(stored.map((u) => u.evidence)), ...(facts.app.platform === 'connect' ? { fix: CONNECT_FIX } : {}) }];
    // A Connect app reports from its own server, whose scheduler Candor does not see.
    if (facts.app.platform === 'connect' || triggers.some((t) => t.kind === 'scheduled')) return [];
    return [{ messageId: 'notScheduled', data: { data }, evidence: calls[0]!, related: [...calls.slice(1), ...stored.map((u) => u.evidence)] }];
  },
};

export default check;
