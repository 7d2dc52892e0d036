import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const page = [
  '<html><head>',
  '<link rel="stylesheet" href="//aui-cdn.atlassian.com/aui-adg/6.0.8/css/aui.min.css" media="all">',
  '<link href="https://fonts.googleapis.com/css?family=Roboto:400,700" rel="stylesheet">',
  '<link rel="stylesheet" href="css/panel.css">',
  '<link rel="preconnect" href="https://cdn.styles.example.org">',
  '<link rel="icon" href="https://cdn.styles.example.org/favicon.ico">',
  '<link rel="stylesheet" href="{{cdnBase}}/theme.css">',
  '</head><body><div id="root"></div></body></html>',
  '',
].join('\n');

const manifest = (styles: string[]) => [
  'modules:',
  '  jira:issuePanel:',
  '    - key: panel',
  '      title: Panel',
  '      resource: main',
  'resources:',
  '  - key: main',
  '    path: static/panel',
  ...(styles.length > 0 ? ['permissions:', '  external:', '    styles:', ...styles.map((s) => `      - ${s}`)] : []),
  'app:',
  '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13',
  '  runtime:',
  '    name: nodejs24.x',
  '',
].join('\n');

describe('style sheets a page loads from another site', () => {
  it('are the browser’s requests to that site, with its vendor; Atlassian’s, the app’s own, a template’s and other links are not', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': JSON.stringify({ key: 'fonts-app', baseUrl: 'https://fonts-app.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], modules: { generalPages: [{ key: 'p', url: '/panel.html', name: { value: 'P' } }] } }),
      'panel.html': page,
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.client, c.method, c.host, c.side, `${c.evidence.file}:${c.evidence.line}`]), [
      ['stylesheet', 'GET', 'fonts.googleapis.com', 'frontend', 'panel.html:3'],
    ]);
    assert.deepEqual(facts.thirdParties.map((t) => t.vendor), ['google-fonts']);
  });

  it('are `styles` egress of a Forge page: undeclared unless `permissions.external.styles` allows the host', async () => {
    const without = await scanFiles({ 'manifest.yml': manifest([]), 'static/panel/index.html': page });
    assert.deepEqual(without.facts.egress.undeclared.map((c) => `${c.client} ${c.host}`), ['stylesheet fonts.googleapis.com']);
    const declared = await scanFiles({ 'manifest.yml': manifest(['https://fonts.googleapis.com']), 'static/panel/index.html': page });
    assert.deepEqual(declared.facts.egress.undeclared, []);
  });
});
