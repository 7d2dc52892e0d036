import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './analyze.ts';

describe('personal data and reporting', () => {
  it('records account IDs stored, sent and logged, and user API reads with every kind the answer returns', () => {
    const facts = analyze([
      "import api, { route } from '@forge/api';",
      "import { kvs } from '@forge/kvs';",
      'export async function run(event, context) {',
      '  const accountId = event.user.accountId;',
      "  const user = await (await api.asApp().requestJira(route`/rest/api/3/user?accountId=${accountId}`)).json();",
      '  await kvs.set(`pd:${accountId}`, { displayName: user.displayName });',
      "  console.log('user', user.emailAddress);",
      '}',
    ].join('\n'));
    assert.deepEqual(facts.personalData.map((u) => `${u.kind} ${u.action} ${u.target} ${u.evidence.line}`), [
      'account-id read /rest/api/3/user?accountId={} 5',
      'display-name read /rest/api/3/user?accountId={} 5',
      'email read /rest/api/3/user?accountId={} 5',
      'account-id stored kvs 6',
      'display-name stored kvs 6',
      'email logged console 7',
    ]);
  });

  it("a person's ID in another system (Slack, Stripe, GitHub) is not an Atlassian account ID", () => {
    const facts = analyze([
      "import { kvs } from '@forge/kvs';",
      'export async function link(req) {',
      '  const { slackUserId, stripeCustomerId, githubUserId, assigneeId } = req.payload;',
      "  await kvs.set('links', { slackUserId, stripeCustomerId, githubUserId });",
      "  await kvs.set('assignee', { assigneeId });",
      '}',
    ].join('\n'));
    assert.deepEqual(facts.personalData.map((u) => `${u.kind} ${u.action} ${u.target} ${u.evidence.line}`), [
      'account-id stored kvs 5',
    ]);
    assert.deepEqual(facts.storage.map((s) => s.carries), [['other'], ['account-id']]);
  });

  it('an answer about people (user, myself, participants, members) holds the kinds its operation returns; other answers do not', () => {
    const facts = analyze([
      "import api, { route } from '@forge/api';",
      "import { kvs } from '@forge/kvs';",
      'export async function run(event) {',
      '  const key = event.issue.key;',
      '  const people = await (await api.asApp().requestJira(route`/rest/servicedeskapi/request/${key}/participant`)).json();',
      '  console.log(people);',
      "  const me = await api.asUser().requestConfluence(route`/wiki/rest/api/user/current`);",
      "  await kvs.set('me', await me.json());",
      "  const members = await api.asApp().requestBitbucket(route`/2.0/workspaces/${event.workspace}/members`);",
      '  console.log(await members.json());',
      '  const issue = await (await api.asApp().requestJira(route`/rest/api/3/issue/${key}?fields=summary,status`)).json();',
      '  console.log(issue);',
      '}',
    ].join('\n'));
    // The issue read asks for fields that hold no user.
    assert.deepEqual(facts.logs.map((l) => `${l.evidence.line} ${l.carries.join(',')}`), [
      '6 account-id,display-name,email,product-content',
      '10 account-id,display-name,product-content',
      '12 product-content',
    ]);
    assert.deepEqual(facts.storage.map((s) => s.carries.join(',')), ['account-id,display-name,email,product-content']);
    assert.deepEqual(facts.personalData.filter((u) => u.action === 'read').map((u) => `${u.kind} ${u.target} ${u.evidence.line}`), [
      'account-id /rest/servicedeskapi/request/{}/participant 5',
      'display-name /rest/servicedeskapi/request/{}/participant 5',
      'email /rest/servicedeskapi/request/{}/participant 5',
      'account-id /wiki/rest/api/user/current 7',
      'display-name /wiki/rest/api/user/current 7',
      'email /wiki/rest/api/user/current 7',
      'account-id /2.0/workspaces/{}/members 9',
      'display-name /2.0/workspaces/{}/members 9',
    ]);
  });

  it("people embedded in content count where the code reads their fields; a user's properties and likes' IDs are what their operations return", () => {
    const facts = analyze([
      "import api, { route } from '@forge/api';",
      "import { kvs } from '@forge/kvs';",
      'export async function run(event) {',
      '  const comments = await (await api.asApp().requestJira(route`/rest/api/3/issue/${event.key}/comment`)).json();',
      "  await kvs.set('last', comments);",
      "  await kvs.set('author', comments.comments[0].author.accountId);",
      '  const prefs = await api.asUser().requestJira(route`/rest/api/3/user/properties/prefs?accountId=${event.accountId}`);',
      "  await kvs.set('prefs', await prefs.json());",
      '  const likes = await api.asApp().requestConfluence(route`/wiki/api/v2/pages/${event.page}/likes/users`);',
      "  await kvs.set('likes', await likes.json());",
      '}',
    ].join('\n'));
    assert.deepEqual(facts.storage.map((s) => `${s.evidence.line} ${s.carries.join(',')}`), [
      '5 product-content',
      '6 account-id',
      '8 product-content',
      '10 account-id,product-content',
    ]);
    assert.deepEqual(facts.personalData.map((u) => `${u.kind} ${u.action} ${u.target} ${u.evidence.line}`), [
      'account-id read /wiki/api/v2/pages/{}/likes/users 9',
      'account-id stored kvs 6',
      'account-id stored kvs 10',
    ]);
  });

  it("a request's method picks the operation; a Connect request and a server's own fetch to the product are told by the path", () => {
    const facts = analyze([
      "import api, { route } from '@forge/api';",
      'export async function run(event) {',
      "  const created = await api.asApp().requestJira(route`/rest/api/3/user`, { method: 'POST', body: JSON.stringify(event.user) });",
      "  console.log(await created.json());",
      "  const picked = await fetch(`${event.baseUrl}/rest/api/3/user/picker?query=${event.q}`, { headers: { Authorization: `JWT ${event.jwt}` } });",
      '  console.log(await picked.json());',
      '}',
      "export async function page() { const me = await AP.request('/rest/api/user/current'); console.log(me.body); }",
      "export async function search(q) { const found = await AP.request({ url: `/rest/api/3/user/search?query=${q}`, type: 'GET' }); console.log(found.body); }",
    ].join('\n'));
    assert.deepEqual(facts.logs.map((l) => `${l.evidence.line} ${l.carries.join(',')}`), [
      '4 account-id,display-name,email,product-content',
      '6 account-id,display-name,product-content',
      '8 account-id,display-name,email,product-content',
      '9 account-id,display-name,email,product-content',
    ]);
  });

  it("the callbacks of AP.request and of ACE's client receive the people the answer holds", () => {
    const facts = analyze([
      "import ace from 'atlassian-connect-express';",
      'const addon = ace(app);',
      "AP.request('/rest/api/user/current', { success: (me) => console.log(me) });",
      "AP.request({ url: '/rest/api/3/issue/ABC-1?fields=summary', success: (issue) => console.log(issue) });",
      "addon.httpClient(req).get('/rest/api/3/user/search?query=a', (err, res, body) => console.log(body));",
      "addon.httpClient(req).get({ url: 'rest/api/3/myself' }, (err, res, body) => console.log(body));",
    ].join('\n'));
    assert.deepEqual(facts.logs.map((l) => `${l.evidence.line} ${l.carries.join(',')}`), [
      '3 account-id,display-name,email,product-content',
      '4 product-content',
      '5 account-id,display-name,email,product-content',
      '6 account-id,display-name,email,product-content',
    ]);
  });

  it('an answer of the email API (Jira, Confluence) holds emails, read, logged and stored', () => {
    const facts = analyze([
      "import api, { route } from '@forge/api';",
      "import { kvs } from '@forge/kvs';",
      'export async function notify(event) {',
      '  const id = event.issue.fields.assignee.accountId;',
      "  const res = await api.asApp().requestJira(route`/rest/api/3/user/email?accountId=${id}`);",
      '  const found = await res.json();',
      "  console.log('found', found);",
      "  const bulk = await api.asApp().requestConfluence(route`/wiki/rest/api/user/email/bulk?accountId=${id}`);",
      "  await kvs.set('mails', await bulk.text());",
      '}',
    ].join('\n'));
    assert.deepEqual(facts.logs.map((l) => `${l.evidence.line} ${l.carries.join(',')}`), ['7 account-id,email,product-content']);
    assert.deepEqual(facts.storage.map((s) => s.carries.join(',')), ['account-id,email,product-content']);
    assert.deepEqual(facts.personalData.map((u) => `${u.kind} ${u.action} ${u.target} ${u.evidence.line}`), [
      'account-id read /rest/api/3/user/email?accountId={} 5',
      'email read /rest/api/3/user/email?accountId={} 5',
      'account-id read /wiki/rest/api/user/email/bulk?accountId={} 8',
      'email read /wiki/rest/api/user/email/bulk?accountId={} 8',
      'account-id stored kvs 9',
      'email stored kvs 9',
      'account-id logged console 7',
      'email logged console 7',
    ]);
  });

  it("a repository's, project's or team's full or display name is no person's name; a person's is", () => {
    const facts = analyze([
      "import api, { route } from '@forge/api';",
      'export async function run(event) {',
      '  const repo = await (await api.asApp().requestBitbucket(route`/2.0/repositories/${event.workspace}/${event.repo}`)).json();',
      '  console.log(repo.full_name);',
      '  console.log(event.repository.full_name, event.project.displayName);',
      '  const repoFullName = repo.full_name;',
      '  console.log(repoFullName);',
      '  console.log(repo.owner.display_name, repo.ownerDisplayName);',
      '  console.log(event.user.displayName, event.full_name);',
      '}',
    ].join('\n'));
    assert.deepEqual(facts.logs.map((l) => `${l.evidence.line} ${l.carries.join(',')}`), [
      '4 product-content',
      '5 other',
      '7 product-content',
      '8 display-name',
      '9 display-name',
    ]);
  });

  it('links reporting calls to the exported function that makes them, through local helpers', () => {
    const facts = analyze([
      "import { privacy } from '@forge/api';",
      'async function reportBatch(accounts) {',
      '  return privacy.reportPersonalData(accounts);',
      '}',
      'export const weekly = async () => {',
      '  await reportBatch([]);',
      '};',
    ].join('\n'));
    assert.deepEqual(facts.reporting.map((e) => e.line), [3]);
    assert.deepEqual(facts.functions.map((f) => ({ name: f.name, exports: f.exports, reports: f.reports, calls: f.calls })), [
      { name: 'reportBatch', exports: [], reports: true, calls: ['privacy.reportPersonalData'] },
      { name: 'weekly', exports: ['weekly'], reports: false, calls: ['reportBatch'] },
    ]);
  });

  it('a REST call to /app/report-accounts/ is a reporting call', () => {
    const facts = analyze("import api, { route } from '@forge/api';\nexport async function run() {\n  await api.asApp().requestJira(route`/app/report-accounts/`, { method: 'POST', body });\n}");
    assert.deepEqual(facts.reporting.map((e) => e.line), [3]);
    assert.equal(facts.functions[0]?.reports, true);
  });

  it("a server's own request to the API gateway's /app/report-accounts/ is a reporting call", () => {
    const facts = analyze([
      "const REPORT_URL = 'https://api.atlassian.com/app/report-accounts/';",
      'export async function report(accounts, token) {',
      '  const url = new URL(REPORT_URL);',
      "  await fetch(url, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: JSON.stringify({ accounts }) });",
      '}',
    ].join('\n'));
    assert.deepEqual(facts.reporting.map((e) => e.line), [4]);
    assert.equal(facts.functions[0]?.reports, true);
  });

  it("Connect's older path, /rest/atlassian-connect/latest/report-accounts, through the client of atlassian-connect-express, is a reporting call", () => {
    const facts = analyze([
      'export async function report(addon, clientKey, accounts) {',
      '  const http = addon.httpClient({ clientKey });',
      "  await http.post({ url: '/rest/atlassian-connect/latest/report-accounts', json: { accounts } });",
      "  await http.get({ url: '/rest/atlassian-connect/1/addons/com.example.app' });",
      '}',
    ].join('\n'));
    assert.deepEqual(facts.reporting.map((e) => e.line), [3]);
    assert.equal(facts.functions[0]?.reports, true);
  });

  it('a request to another path of the API gateway is no reporting call', () => {
    const facts = analyze("export async function me(token) {\n  await fetch('https://api.atlassian.com/me', { headers: { Authorization: `Bearer ${token}` } });\n}");
    assert.deepEqual(facts.reporting, []);
  });

  it('exports of CommonJS modules are known', () => {
    const facts = analyze('async function run() {}\nmodule.exports = { run, other: run };\nexports.handler = async () => {};');
    assert.deepEqual(facts.functions.map((f) => [f.name, f.exports]), [['run', ['run', 'other']], ['handler', ['handler']]]);
  });
});
