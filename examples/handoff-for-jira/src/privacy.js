import { privacy } from '@forge/api';
import { getDisplayNameAsApp } from './jira.js';
import {
  deleteIndexEntry,
  getHandoff,
  getTeam,
  listIndexedAccounts,
  saveHandoff,
  saveIndexEntry,
  setTeam,
} from './store.js';

// Weekly personal data reporting (scheduledTrigger `personal-data-report`, interval: week).
// Every account id in the personal data index is reported to Atlassian's Personal Data
// Reporting API; closed accounts are erased, updated ones get their display name refreshed.
// https://developer.atlassian.com/platform/forge/user-privacy-guidelines/

const BATCH_SIZE = 90; // the API accepts at most 90 accounts per request
const FORMER_USER = 'Former user';

function chunk(items, size) {
  const batches = [];
  for (let index = 0; index < items.length; index += size) batches.push(items.slice(index, index + size));
  return batches;
}

/** Removes a closed account from every record the index says holds it. */
async function eraseAccount(entry) {
  for (const ref of entry.refs) {
    if (ref.startsWith('handoff:')) {
      const handoff = await getHandoff(ref.slice('handoff:'.length));
      if (!handoff) continue;
      if (handoff.from?.accountId === entry.accountId) handoff.from = { accountId: null, displayName: FORMER_USER };
      if (handoff.to?.accountId === entry.accountId) handoff.to = { accountId: null };
      if (handoff.acceptedBy === entry.accountId) handoff.acceptedBy = null;
      await saveHandoff(handoff);
    } else if (ref.startsWith('team:')) {
      const projectKey = ref.slice('team:'.length);
      const team = await getTeam(projectKey);
      await setTeam(projectKey, team.members.filter((id) => id !== entry.accountId));
    }
  }
  await deleteIndexEntry(entry.accountId);
}

/** Re-fetches the display name of an updated account and rewrites the copies the app holds. */
async function refreshAccount(entry) {
  const displayName = await getDisplayNameAsApp(entry.accountId);
  if (displayName === null) return;
  for (const ref of entry.refs.filter((key) => key.startsWith('handoff:'))) {
    const handoff = await getHandoff(ref.slice('handoff:'.length));
    if (handoff?.from?.accountId === entry.accountId) await saveHandoff({ ...handoff, from: { ...handoff.from, displayName } });
  }
  await saveIndexEntry({ ...entry, displayName, updatedAt: new Date().toISOString() });
}

export async function run() {
  const entries = await listIndexedAccounts();
  const byId = new Map(entries.map((entry) => [entry.accountId, entry]));
  let erased = 0;
  let refreshed = 0;

  for (const batch of chunk(entries, BATCH_SIZE)) {
    const updates = await privacy.reportPersonalData(
      batch.map(({ accountId, updatedAt }) => ({ accountId, updatedAt })),
    );
    for (const update of updates ?? []) {
      const entry = byId.get(update.accountId);
      if (!entry) continue;
      if (update.status === 'closed') {
        await eraseAccount(entry);
        erased += 1;
      } else if (update.status === 'updated') {
        await refreshAccount(entry);
        refreshed += 1;
      }
    }
  }

  // Counts only: no account ids or names in the logs.
  console.log(`Personal data report: ${entries.length} reported, ${erased} erased, ${refreshed} refreshed`);
}
