import { kvs, WhereConditions } from '@forge/kvs';

// All app state lives in Forge KVS:
//   handoff:<id>             one handoff record (sender name and account id, recipient, note, status)
//   issuehandoffs:<issueKey> ids of the handoffs of one issue, for the issue panel history
//   queue:<projectKey>       ids of the pending handoffs of a project
//   team:<projectKey>        account ids of the people who can receive handoffs
//   pdindex:<accountId>      personal data index: every stored account id, its cached display
//                            name, when it was fetched, and the keys that hold it

export const handoffKey = (id) => `handoff:${id}`;
const issueKey = (key) => `issuehandoffs:${key}`;
const queueKey = (projectKey) => `queue:${projectKey}`;
const teamKey = (projectKey) => `team:${projectKey}`;
export const pdIndexKey = (accountId) => `pdindex:${accountId}`;

export async function getHandoff(id) {
  return kvs.get(handoffKey(id));
}

export async function saveHandoff(handoff) {
  await kvs.set(handoffKey(handoff.id), handoff);
}

export async function getIssueHandoffIds(key) {
  return (await kvs.get(issueKey(key))) ?? [];
}

export async function addIssueHandoff(key, handoffId) {
  const ids = await getIssueHandoffIds(key);
  await kvs.set(issueKey(key), [...ids, handoffId]);
}

export async function getQueue(projectKey) {
  return (await kvs.get(queueKey(projectKey))) ?? { pending: [] };
}

export async function setQueue(projectKey, pending) {
  await kvs.set(queueKey(projectKey), { pending, updatedAt: new Date().toISOString() });
}

export async function getTeam(projectKey) {
  return (await kvs.get(teamKey(projectKey))) ?? { members: [] };
}

export async function setTeam(projectKey, members) {
  await kvs.set(teamKey(projectKey), { members, updatedAt: new Date().toISOString() });
}

/**
 * Records that `ref` (a storage key) holds personal data of `accountId`. `updatedAt` stays the
 * time the oldest copy was fetched, as the Personal Data Reporting API expects.
 */
export async function trackAccount(accountId, ref, displayName = null) {
  const key = pdIndexKey(accountId);
  const entry = (await kvs.get(key)) ?? { accountId, displayName: null, updatedAt: new Date().toISOString(), refs: [] };
  if (displayName && !entry.displayName) entry.displayName = displayName;
  if (!entry.refs.includes(ref)) entry.refs.push(ref);
  await kvs.set(key, entry);
}

export async function getIndexEntry(accountId) {
  return kvs.get(pdIndexKey(accountId));
}

export async function saveIndexEntry(entry) {
  await kvs.set(pdIndexKey(entry.accountId), entry);
}

export async function deleteIndexEntry(accountId) {
  await kvs.delete(pdIndexKey(accountId));
}

/** Every entry of the personal data index, page by page. */
export async function listIndexedAccounts() {
  const entries = [];
  let cursor;
  do {
    let query = kvs.query().where('key', WhereConditions.beginsWith('pdindex:')).limit(100);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany();
    entries.push(...page.results.map((result) => result.value));
    cursor = page.nextCursor;
  } while (cursor);
  return entries;
}
