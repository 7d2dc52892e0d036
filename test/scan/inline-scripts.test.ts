import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Evidence } from '../../src/scan/facts.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const descriptor = JSON.stringify({ key: 'k', baseUrl: 'https://app.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], modules: { generalPages: [{ key: 'p', url: '/p', name: { value: 'P' } }] } });

describe('Inline scripts of pages and templates', () => {
  it('are front-end code at their lines in the page, template tags read as unknown values', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': '{}',
      'views/panel.hbs': [
        '{{!< layout}}',
        '<script src="https://connect-cdn.atl-paas.net/all.js"></script>',
        '<script type="application/json" id="data">{"url": "/rest/api/3/project"}</script>',
        '<script>',
        "  var config = {{{json config}}};",
        "  AP.request('/rest/api/3/issue/{{issueKey}}/comment', {",
        '    success: function (body) { console.log(body); }',
        '  });',
        '  {{#if admin}}',
        '  AP.request(`/rest/api/3/project/{{projectKey}}/role`);',
        '  {{/if}}',
        '</script>',
      ].join('\n'),
      'public/index.html': '<html><body><script type="module">\nAP.request({ url: "/rest/api/3/myself" });\n</script></body></html>',
      'public/plain.html': '<html><body><p>No script here.</p></body></html>',
    });
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, at(c.evidence)]), [
      ['GET', '/rest/api/3/myself', 'public/index.html:2'],
      ['GET', '/rest/api/3/issue/{}/comment', 'views/panel.hbs:6'],
      ['GET', '/rest/api/3/project/{}/role', 'views/panel.hbs:10'],
    ]);
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.side, l.carries]), [['views/panel.hbs:7', 'frontend', ['product-content']]]);
    assert.deepEqual(facts.diagnostics.filter((d) => d.severity !== 'info'), []);
    assert.equal(facts.stats.sourceFiles, 2);
  });
});

describe('scripts a page loads from another site', () => {
  it('are the browser’s requests to that site, with its vendor; Atlassian’s own, the app’s and a template’s are not', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': JSON.stringify({ key: 'cdn-app', baseUrl: 'https://cdn-app.example.com', authentication: { type: 'none' }, scopes: ['READ'], modules: { generalPages: [{ key: 'p', url: '/panel.html', name: { value: 'P' } }] } }),
      'panel.html': [
        '<html><head>',
        '<script src="https://connect-cdn.atl-paas.net/all.js"></script>',
        '<script src="//aui-cdn.atlassian.com/aui-adg/5.9.12/js/aui.min.js"></script>',
        '<script src="https://unpkg.com/axios/dist/axios.min.js"></script>',
        '<script src="//ajax.googleapis.com/ajax/libs/jquery/1.8.3/jquery.min.js"></script>',
        '<script src="{{hostBaseUrl}}/atlassian-connect/all.js"></script>',
        '<script src="/js/panel.js"></script>',
        '</head><body></body></html>',
        '',
      ].join('\n'),
      'js/panel.js': "AP.request({ url: '/rest/api/3/myself' });\n",
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.client, c.method, c.url, c.host, c.side, `${c.evidence.file}:${c.evidence.line}`]), [
      ['script', 'GET', 'https://unpkg.com/axios/dist/axios.min.js', 'unpkg.com', 'frontend', 'panel.html:4'],
      ['script', 'GET', 'https://ajax.googleapis.com/ajax/libs/jquery/1.8.3/jquery.min.js', 'ajax.googleapis.com', 'frontend', 'panel.html:5'],
    ]);
    assert.deepEqual(facts.thirdParties.map((t) => t.vendor), ['google-hosted-libraries', 'unpkg']);
    assert.deepEqual(facts.restCalls.map((r) => `${r.method} ${r.path} ${r.evidence.file}`), ['GET /rest/api/3/myself js/panel.js']);
  });
});

describe('HTML comments of pages', () => {
  it('load nothing: a commented-out script is no egress and no code, a script hiding its code in a comment still runs', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'public/panel.html': [
        '<html><head>',
        '<!-- <script src="https://charts.example.net/chart.js"></script> -->',
        '<!--',
        '<script>AP.request({ url: "/rest/api/3/project" });</script>',
        '-->',
        '<script src="https://widgets.example.org/w.js"></script>',
        '<script><!--',
        'AP.request({ url: "/rest/api/3/myself" });',
        '//--></script>',
        '</head></html>',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.host, at(c.evidence)]), [['widgets.example.org', 'public/panel.html:6']]);
    assert.deepEqual(facts.restCalls.map((c) => [c.path, at(c.evidence)]), [['/rest/api/3/myself', 'public/panel.html:8']]);
  });
});
