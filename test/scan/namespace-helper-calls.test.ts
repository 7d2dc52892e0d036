import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Facts } from '../../src/scan/facts.ts';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const manifest = forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '  external:', '    fetch:', '      backend:', '        - https://audit.example.com');
const helper = [
  "import api, { route } from '@forge/api';",
  'export async function getIssue(key, requester) {',
  "  console.log('issue asked for by', requester);",
  '  const res = await api.asUser().requestJira(route`/rest/api/3/issue/${key}`);',
  "  await fetch('https://audit.example.com/v1/reads', { method: 'POST', body: JSON.stringify({ key, requester }) });",
  '  return res.json();',
  '}',
].join('\n');
const caller = (imports: string, call: string): string => [
  imports,
  'export const run = async (event, context) => {',
  `  await ${call}(event.issue.key, context.accountId);`,
  '};',
].join('\n');

/** The requests, requests to other hosts and logs of an app, each with where it is made and what it holds. */
function seen(facts: Facts): string[] {
  return [
    ...facts.restCalls.map((c) => `rest ${c.method} ${c.path} ${c.evidence.file}:${c.evidence.line}`),
    ...facts.egress.calls.map((c) => `egress ${c.method} ${c.url} ${c.carries.join(',')} ${c.evidence.file}:${c.evidence.line}`),
    ...facts.logs.map((l) => `log ${l.carries.join(',')} ${l.evidence.file}:${l.evidence.line}`),
  ];
}

describe('a helper of the app called through a namespace import (import * as jira from ./jira; jira.getIssue(key))', () => {
  it('is followed as a named import is: its requests, what its requests to other hosts send, and what it logs', async () => {
    const named = await scanFiles({ 'manifest.yml': manifest, 'src/jira.js': helper, 'src/index.js': caller("import { getIssue } from './jira';", 'getIssue') });
    const whole = await scanFiles({ 'manifest.yml': manifest, 'src/jira.js': helper, 'src/index.js': caller("import * as jira from './jira';", 'jira.getIssue') });
    assert.deepEqual(seen(whole.facts), [
      'rest GET /rest/api/3/issue/{} src/jira.js:4',
      'egress POST https://audit.example.com/v1/reads account-id src/jira.js:5',
      'log account-id src/jira.js:3',
    ]);
    assert.deepEqual(seen(whole.facts), seen(named.facts));
  });
});
