/**
 * Vocabulary for the generated apps. REST paths are real operations of the Jira and Confluence
 * Cloud REST APIs (present in the OpenAPI documents the scope table is built from); hosts are the
 * kind of third-party services Forge apps call.
 */
export type Product = 'jira' | 'confluence';

export interface Endpoint {
  product: Product;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path template; `{name}` holes become `${name}` in code. */
  path: string;
  /** Query string appended in code, may hold holes. */
  query?: string;
  /** The value the call returns, for naming the result. */
  noun: string;
  /** Whether the call sends a JSON body. */
  body?: boolean;
  /** Scopes the operation needs, as its OpenAPI document states them; the manifest declares these. */
  scopes: readonly string[];
}

export const ENDPOINTS: readonly Endpoint[] = [
  { product: 'jira', method: 'GET', path: '/rest/api/3/issue/{issueKey}', query: 'fields=summary,status,assignee,labels', noun: 'issue', scopes: ['read:jira-work'] },
  { product: 'jira', method: 'PUT', path: '/rest/api/3/issue/{issueKey}', noun: 'update', body: true, scopes: ['write:jira-work'] },
  { product: 'jira', method: 'POST', path: '/rest/api/3/issue', noun: 'created', body: true, scopes: ['write:jira-work'] },
  { product: 'jira', method: 'GET', path: '/rest/api/3/issue/{issueKey}/comment', query: 'maxResults=50', noun: 'comments', scopes: ['read:jira-work'] },
  { product: 'jira', method: 'POST', path: '/rest/api/3/issue/{issueKey}/comment', noun: 'comment', body: true, scopes: ['write:jira-work'] },
  { product: 'jira', method: 'POST', path: '/rest/api/3/search/jql', noun: 'searchResult', body: true, scopes: ['write:jira-work'] },
  { product: 'jira', method: 'GET', path: '/rest/api/3/project/{projectKey}', noun: 'project', scopes: ['read:jira-work'] },
  { product: 'jira', method: 'GET', path: '/rest/api/3/project/search', query: 'maxResults=50&startAt={startAt}', noun: 'projects', scopes: ['read:jira-work'] },
  { product: 'jira', method: 'GET', path: '/rest/api/3/myself', noun: 'currentUser', scopes: ['read:jira-user'] },
  { product: 'jira', method: 'GET', path: '/rest/api/3/user', query: 'accountId={accountId}', noun: 'user', scopes: ['read:jira-user'] },
  { product: 'jira', method: 'GET', path: '/rest/api/3/field', noun: 'fields', scopes: ['read:jira-work'] },
  { product: 'jira', method: 'GET', path: '/rest/api/3/issue/{issueKey}/transitions', noun: 'transitions', scopes: ['read:jira-work'] },
  { product: 'jira', method: 'POST', path: '/rest/api/3/issue/{issueKey}/transitions', noun: 'transition', body: true, scopes: ['write:jira-work'] },
  { product: 'jira', method: 'PUT', path: '/rest/api/3/issue/{issueKey}/properties/{propertyKey}', noun: 'property', body: true, scopes: ['write:jira-work'] },
  { product: 'jira', method: 'GET', path: '/rest/api/3/issue/{issueKey}/properties/{propertyKey}', noun: 'property', scopes: ['read:jira-work'] },
  { product: 'jira', method: 'GET', path: '/rest/api/3/project/{projectKey}/statuses', noun: 'statuses', scopes: ['read:jira-work'] },
  { product: 'jira', method: 'GET', path: '/rest/api/3/priority', noun: 'priorities', scopes: ['read:jira-work'] },
  { product: 'jira', method: 'GET', path: '/rest/api/3/issue/{issueKey}/worklog', noun: 'worklogs', scopes: ['read:jira-work'] },
  { product: 'jira', method: 'POST', path: '/rest/api/3/issue/{issueKey}/worklog', noun: 'worklog', body: true, scopes: ['write:jira-work'] },
  { product: 'jira', method: 'GET', path: '/rest/api/3/issue/{issueKey}/changelog', query: 'startAt={startAt}', noun: 'changelog', scopes: ['read:jira-work'] },
  { product: 'jira', method: 'GET', path: '/rest/api/3/project/{projectKey}/versions', noun: 'versions', scopes: ['read:jira-work'] },
  { product: 'jira', method: 'GET', path: '/rest/api/3/project/{projectKey}/components', noun: 'components', scopes: ['read:jira-work'] },
  { product: 'jira', method: 'GET', path: '/rest/agile/1.0/board/{boardId}/sprint', query: 'state=active', noun: 'sprints', scopes: ['read:sprint:jira-software'] },
  { product: 'jira', method: 'GET', path: '/rest/agile/1.0/sprint/{sprintId}/issue', noun: 'sprintIssues', scopes: ['read:sprint:jira-software', 'read:issue-details:jira', 'read:jql:jira'] },
  { product: 'jira', method: 'GET', path: '/rest/agile/1.0/board', query: 'projectKeyOrId={projectKey}', noun: 'boards', scopes: ['read:board-scope:jira-software', 'read:project:jira'] },
  { product: 'jira', method: 'GET', path: '/rest/servicedeskapi/request/{issueKey}', noun: 'customerRequest', scopes: ['read:servicedesk-request'] },
  { product: 'jira', method: 'POST', path: '/rest/api/3/issueLink', noun: 'link', body: true, scopes: ['write:jira-work'] },
  { product: 'jira', method: 'GET', path: '/rest/api/3/users/search', query: 'maxResults=100', noun: 'users', scopes: ['read:jira-user'] },
  { product: 'confluence', method: 'GET', path: '/wiki/api/v2/pages/{pageId}', query: 'body-format=storage', noun: 'page', scopes: ['read:page:confluence'] },
  { product: 'confluence', method: 'PUT', path: '/wiki/api/v2/pages/{pageId}', noun: 'updatedPage', body: true, scopes: ['write:page:confluence'] },
  { product: 'confluence', method: 'POST', path: '/wiki/api/v2/pages', noun: 'newPage', body: true, scopes: ['write:page:confluence'] },
  { product: 'confluence', method: 'GET', path: '/wiki/api/v2/spaces', query: 'keys={spaceKey}', noun: 'spaces', scopes: ['read:space:confluence'] },
  { product: 'confluence', method: 'GET', path: '/wiki/api/v2/pages/{pageId}/children', noun: 'children', scopes: ['read:page:confluence'] },
  { product: 'confluence', method: 'GET', path: '/wiki/api/v2/pages/{pageId}/labels', noun: 'labels', scopes: ['read:page:confluence'] },
  { product: 'confluence', method: 'GET', path: '/wiki/api/v2/spaces/{spaceId}/pages', query: 'limit=50', noun: 'spacePages', scopes: ['read:page:confluence'] },
  { product: 'confluence', method: 'GET', path: '/wiki/api/v2/pages/{pageId}/footer-comments', noun: 'footerComments', scopes: ['read:comment:confluence'] },
  { product: 'confluence', method: 'GET', path: '/wiki/api/v2/pages/{pageId}/versions', noun: 'pageVersions', scopes: ['read:page:confluence'] },
  { product: 'confluence', method: 'POST', path: '/wiki/api/v2/footer-comments', noun: 'footerComment', body: true, scopes: ['write:comment:confluence'] },
  { product: 'confluence', method: 'GET', path: '/wiki/rest/api/search', query: 'cql={cql}', noun: 'searchResults', scopes: ['search:confluence'] },
  { product: 'confluence', method: 'GET', path: '/wiki/rest/api/user', query: 'accountId={accountId}', noun: 'confluenceUser', scopes: ['read:confluence-user'] },
  { product: 'confluence', method: 'POST', path: '/wiki/rest/api/content/{pageId}/label', noun: 'addedLabels', body: true, scopes: ['write:confluence-content'] },
];

/** Third-party hosts, each with the paths the generated clients call. */
export const HOSTS: readonly { host: string; paths: readonly string[]; auth: 'bearer' | 'apiKey' | 'none' }[] = [
  { host: 'api.example.com', paths: ['/v1/events', '/v1/reports/{id}', '/v2/sync'], auth: 'bearer' },
  { host: 'hooks.slack.com', paths: ['/services/{id}'], auth: 'none' },
  { host: 'api.openai.com', paths: ['/v1/chat/completions', '/v1/embeddings'], auth: 'bearer' },
  { host: 'api.segment.io', paths: ['/v1/track', '/v1/identify'], auth: 'apiKey' },
  { host: 'api.github.com', paths: ['/repos/{id}/issues', '/repos/{id}/pulls'], auth: 'bearer' },
  { host: 'api.pagerduty.com', paths: ['/incidents', '/services/{id}'], auth: 'apiKey' },
  { host: 'api.hubapi.com', paths: ['/crm/v3/objects/contacts', '/crm/v3/objects/deals/{id}'], auth: 'bearer' },
  { host: 'api.sendgrid.com', paths: ['/v3/mail/send'], auth: 'bearer' },
  { host: 'graph.microsoft.com', paths: ['/v1.0/teams/{id}/channels', '/v1.0/me/events'], auth: 'bearer' },
  { host: 'api.linear.app', paths: ['/graphql'], auth: 'apiKey' },
  { host: 'status.example-saas.io', paths: ['/api/v1/status', '/api/v1/components/{id}'], auth: 'none' },
];

export const ENTITIES = [
  'issue', 'sprint', 'worklog', 'comment', 'page', 'space', 'label', 'release', 'component', 'epic', 'board',
  'approval', 'checklist', 'risk', 'estimate', 'incident', 'ticket', 'review', 'milestone', 'timesheet',
  'template', 'dependency', 'snapshot', 'reminder', 'digest', 'audit', 'budget', 'goal', 'okr', 'retro',
] as const;

export const VERBS = [
  'get', 'load', 'fetch', 'sync', 'update', 'compute', 'build', 'format', 'validate', 'normalize',
  'summarize', 'export', 'archive', 'resolve', 'merge', 'collect', 'group', 'rank', 'score', 'prepare',
] as const;

export const ADJECTIVES = [
  'active', 'pending', 'stale', 'recent', 'weekly', 'daily', 'open', 'blocked', 'overdue', 'shared',
  'default', 'custom', 'visible', 'linked', 'scheduled', 'cached',
] as const;

export const FEATURE_NAMES = [
  'sprint-health', 'release-notes', 'approval-flow', 'time-tracker', 'risk-register', 'page-digest',
  'checklist', 'incident-board', 'okr-tracker', 'retro-board', 'dependency-map', 'budget-planner',
  'review-queue', 'sla-monitor', 'space-audit', 'template-library', 'reminder-bot', 'estimate-poker',
  'milestone-timeline', 'label-manager', 'knowledge-sync', 'handoff', 'capacity-planner', 'status-report',
] as const;

/** UI module types per product; each feature gets one. */
export const UI_MODULES: Record<Product, readonly string[]> = {
  jira: ['jira:issuePanel', 'jira:projectPage', 'jira:adminPage', 'jira:globalPage', 'jira:issueGlance', 'jira:dashboardGadget', 'jira:issueActivity'],
  confluence: ['confluence:globalPage', 'confluence:contentBylineItem', 'confluence:spacePage', 'confluence:contextMenu', 'confluence:homepageFeed'],
};

export const EVENTS: Record<Product, readonly string[]> = {
  jira: ['avi:jira:created:issue', 'avi:jira:updated:issue', 'avi:jira:commented:issue', 'avi:jira:created:worklog', 'avi:jira:deleted:issue'],
  confluence: ['avi:confluence:created:page', 'avi:confluence:updated:page', 'avi:confluence:created:comment', 'avi:confluence:liked:page'],
};

/** Sample values the code logs, stores and sends. */
export const FIELD_NAMES = [
  'summary', 'status', 'assignee', 'priority', 'labels', 'dueDate', 'storyPoints', 'reporter', 'resolution',
  'updated', 'created', 'title', 'version', 'owner', 'score', 'progress', 'category',
] as const;

export function camel(name: string): string {
  return name.replace(/[-_ ]+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

export function pascal(name: string): string {
  const c = camel(name);
  return c.charAt(0).toUpperCase() + c.slice(1);
}

export function title(name: string): string {
  return name.split(/[-_ ]+/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}
