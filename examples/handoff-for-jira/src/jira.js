import api, { route } from '@forge/api';

// Every Jira call the app makes. Reads and the audit-trail comment run as the signed-in user,
// so Jira's own permissions apply; the weekly privacy job has no user and refreshes names as the app.

async function json(response, what) {
  if (!response.ok) {
    // Status only: Jira error bodies can echo issue or user data.
    throw new Error(`${what} failed with HTTP ${response.status}`);
  }
  return response.json();
}

/** Queue browsing: the live state of the issues waiting in a project's handoff queue. */
export async function searchQueueIssues(issueKeys) {
  if (issueKeys.length === 0) return [];
  const jql = `key in (${issueKeys.join(',')}) ORDER BY priority DESC, updated DESC`;
  const fields = 'summary,status,priority,assignee';
  const response = await api.asUser().requestJira(route`/rest/api/3/search/jql?jql=${jql}&fields=${fields}&maxResults=100`);
  const body = await json(response, 'Issue search');
  return body.issues;
}

export async function getIssue(issueKey) {
  const response = await api.asUser().requestJira(route`/rest/api/3/issue/${issueKey}?fields=summary,project,status`);
  return json(response, 'Issue lookup');
}

export async function getProject(projectKey) {
  const response = await api.asUser().requestJira(route`/rest/api/3/project/${projectKey}`);
  return json(response, 'Project lookup');
}

/** Display name for sender attribution and @mentions. */
export async function getDisplayName(accountId) {
  const response = await api.asUser().requestJira(route`/rest/api/3/user?accountId=${accountId}`);
  const user = await json(response, 'User lookup');
  return user.displayName;
}

/** Same lookup as the app, for the scheduled privacy job (no user context there). */
export async function getDisplayNameAsApp(accountId) {
  const response = await api.asApp().requestJira(route`/rest/api/3/user?accountId=${accountId}`);
  if (response.status === 404) return null;
  const user = await json(response, 'User lookup');
  return user.displayName;
}

/** The audit trail lives on the issue itself: one ADF comment per handoff event. */
export async function addComment(issueKey, adfBody) {
  const response = await api.asUser().requestJira(route`/rest/api/3/issue/${issueKey}/comment`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ body: adfBody }),
  });
  return json(response, 'Comment');
}
