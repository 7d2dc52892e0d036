import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Evidence } from '../../src/scan/facts.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const app = (js: string[]): Record<string, string> => ({
  'atlassian-connect.json': JSON.stringify({ key: 'k', baseUrl: 'https://app.example.com', authentication: { type: 'jwt' }, scopes: ['READ', 'WRITE'], modules: { dynamicContentMacros: [{ key: 'm', url: '/macro', name: { value: 'M' } }] } }),
  'package.json': '{}',
  'public/js/macro.js': js.join('\n'),
});

describe('The Connect JavaScript API in an iframe', () => {
  it('hands product content to the callbacks of its getters and to the success function of AP.request', async () => {
    const { facts } = await scanFiles(app([
      'AP.confluence.getMacroData(function (data) { console.log(data); });',
      "AP.confluence.getContentProperty('diagram', function (property) { console.log(property.value); });",
      "window.AP.request('/rest/api/content/1', { success: function (body) { console.log(body); }, error: function (xhr) { console.log(xhr.status); } });",
      "AP.request({ url: '/rest/api/content/1', success(body) { console.log(JSON.parse(body).title); } });",
      'AP.events.on("changed", function (event) { console.log(event); });',
    ]));
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [
      ['public/js/macro.js:1', ['product-content']],
      ['public/js/macro.js:2', ['product-content']],
      ['public/js/macro.js:3', ['product-content']],
      ['public/js/macro.js:3', ['other']],
      ['public/js/macro.js:4', ['product-content']],
      ['public/js/macro.js:5', ['other']],
    ]);
  });

  it('makes one request per URL a condition chooses, given as the path or in the options, also through a name', async () => {
    const { facts } = await scanFiles(app([
      'async function load(id, draft) {',
      '  const url = draft ? `/rest/api/content/${id}?status=draft` : `/rest/api/content/${id}`;',
      '  await AP.request(url);',
      "  return AP.request({ url: id ? `/rest/api/content/${id}/child/page` : '/rest/api/space', type: 'GET' });",
      '}',
      'load(window.pageId, false);',
    ]));
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, at(c.evidence)]), [
      ['GET', '/rest/api/content/{}?status=draft', 'public/js/macro.js:3'],
      ['GET', '/rest/api/content/{}', 'public/js/macro.js:3'],
      ['GET', '/rest/api/content/{}/child/page', 'public/js/macro.js:4'],
      ['GET', '/rest/api/space', 'public/js/macro.js:4'],
    ]);
    assert.deepEqual(facts.scopes.unused.map((s) => s.scope), ['WRITE']);
  });

  it('reads and writes content properties, the key being the string or the key of the object given', async () => {
    const { facts } = await scanFiles(app([
      "AP.confluence.setContentProperty({ key: 'diagram', value: { code: document.title, author: user.displayName }, version: { number: 2 } }, function () {});",
      "AP.confluence.getContentProperty('diagram', function () {});",
      "AP.confluence.syncPropertyFromServer('diagram', function () {});",
    ]));
    assert.deepEqual(facts.storage.map((s) => [s.backend, s.op, s.key, s.api, s.carries, at(s.evidence)]), [
      ['content-property', 'write', 'diagram', 'AP.confluence.setContentProperty', ['display-name'], 'public/js/macro.js:1'],
      ['content-property', 'read', 'diagram', 'AP.confluence.getContentProperty', [], 'public/js/macro.js:2'],
      ['content-property', 'read', 'diagram', 'AP.confluence.syncPropertyFromServer', [], 'public/js/macro.js:3'],
    ]);
  });
});

describe('The Connect JavaScript API handed around a front end', () => {
  it('is AP as a prop (props.AP), a destructured parameter, or a member of an object handed in (api.AP); another object named ap is not', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': JSON.stringify({ key: 'k', baseUrl: 'https://app.example.com', authentication: { type: 'jwt' }, scopes: ['READ', 'WRITE'], modules: { webPanels: [{ key: 'p', url: '/index.html', location: 'atl.jira.view.issue.right.context', name: { value: 'P' } }] } }),
      'package.json': '{}',
      'src/Panel.tsx': [
        'export function Panel(props: { AP: any; issueKey: string }) {',
        "  props.AP.request(`/rest/api/3/issue/${props.issueKey}/properties/notes`).then((r: any) => JSON.parse(r.body));",
        '  return null;',
        '}',
        'export function Owner({ AP, issueKey }: { AP: any; issueKey: string }) {',
        "  AP.request({ url: `/rest/api/3/issue/${issueKey}/attachments`, type: 'POST', contentType: 'multipart/form-data', data: {} });",
        '  return null;',
        '}',
        "export const store = { AP: (window as any).AP, load(api: { AP: any }) { return api.AP.request('/rest/api/3/myself'); } };",
        "export const other = (client: { ap: { request: (p: string) => void } }) => client.ap.request('/rest/api/3/project');",
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, c.auth, at(c.evidence)]), [
      ['GET', '/rest/api/3/issue/{}/properties/notes', 'connect', 'src/Panel.tsx:2'],
      ['POST', '/rest/api/3/issue/{}/attachments', 'connect', 'src/Panel.tsx:6'],
      ['GET', '/rest/api/3/myself', 'connect', 'src/Panel.tsx:9'],
    ]);
  });
});

describe('AP.request with its type chosen at run time', () => {
  it('is one call per method a condition chooses, so each method\'s scope counts', async () => {
    const { facts } = await scanFiles(app([
      "var mode = document.getElementById('mode').value;",
      "var verb = mode === 'clear' ? 'DELETE' : 'GET';",
      "AP.request({ url: '/rest/api/3/issue/ABC-1/properties/notes', type: verb });",
      "AP.request({ url: '/rest/api/3/project', type: mode });",
    ]));
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, at(c.evidence)]), [
      ['DELETE', '/rest/api/3/issue/ABC-1/properties/notes', 'public/js/macro.js:3'],
      ['GET', '/rest/api/3/issue/ABC-1/properties/notes', 'public/js/macro.js:3'],
      ['GET', '/rest/api/3/project', 'public/js/macro.js:4'],
    ]);
  });
});
