import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const remotes = (...keys: string[]): string[] => ['remotes:', ...keys.flatMap((k) => [`  - key: ${k}`, `    baseUrl: https://${k}.example.com`, '    operations:', '      - compute'])];
const endpoint = (key: string, remote: string): string[] => [`    - key: ${key}`, `      remote: ${remote}`];
const page = (resolver: string): string[] => ['modules:', '  jira:issuePanel:', '    - key: panel', '      resource: main', '      title: Panel', '      resolver:', `        ${resolver}`];
const resources = ['resources:', '  - key: main', '    path: static/main/build'];

const frontEnd = [
  "import { invokeRemote, requestRemote, view } from '@forge/bridge';",
  'export async function save(note) {',
  '  const context = await view.getContext();',
  "  await invokeRemote({ path: '/api/notes', method: 'POST', body: { note, account: context.accountId } });",
  "  return requestRemote('reports', { path: `/reports/${note.id}`, method: 'GET' });",
  '}',
  '',
].join('\n');

describe("a front end's remote calls (`@forge/bridge`)", () => {
  it('invokeRemote goes to the remote of the endpoint, requestRemote to the remote it names, with method, path and what is sent', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(...page('endpoint: notes-endpoint'), '  endpoint:', ...endpoint('notes-endpoint', 'notes'), ...resources, ...remotes('notes', 'reports')),
      'static/main/src/api.js': frontEnd,
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.client, c.method, c.url, c.host, c.side, c.carries, c.evidence.line]), [
      ['invokeRemote', 'POST', '/api/notes', 'remote:notes', 'frontend', ['account-id'], 4],
      ['requestRemote', 'GET', '/reports/{}', 'remote:reports', 'frontend', ['other'], 5],
    ]);
    assert.deepEqual(facts.egress.undeclared, []);
    assert.deepEqual(facts.egress.unresolved, []);
  });

  it('with endpoints to several remotes, the one invokeRemote reaches is not known', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(...page('endpoint: notes-endpoint'), '  endpoint:', ...endpoint('notes-endpoint', 'notes'), ...endpoint('reports-endpoint', 'reports'), ...resources, ...remotes('notes', 'reports')),
      'static/main/src/api.js': frontEnd,
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.client, c.host]), [['invokeRemote', null], ['requestRemote', 'remote:reports']]);
  });
  it('through a helper that takes the path (`call(path, body)` with `invokeRemote({ path, body })`): once per caller, with the path it gives', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(...page('endpoint: notes-endpoint'), '  endpoint:', ...endpoint('notes-endpoint', 'notes'), ...resources, ...remotes('notes')),
      'static/main/src/api.js': [
        "import { invokeRemote } from '@forge/bridge';",
        "const call = (path, body) => invokeRemote({ path, method: 'POST', body });",
        "export const saveNote = (note) => call('/api/notes', { note });",
        'export const findNotes = (kind, text) => call(`/api/${kind}/search`, { text });',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.client, c.method, c.url, c.host, c.evidence.line]), [
      ['invokeRemote', 'POST', '/api/notes', 'remote:notes', 3],
      ['invokeRemote', 'POST', '/api/{}/search', 'remote:notes', 4],
    ]);
  });
});
