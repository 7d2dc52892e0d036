import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const DESCRIPTOR = JSON.stringify({
  key: 'jquery-app', name: 'jQuery', baseUrl: 'https://jq.example.com', authentication: { type: 'jwt' }, scopes: ['READ'],
  modules: { generalPages: [{ key: 'main', url: '/main.html', name: { value: 'Main' } }] },
});

const PAGE_SCRIPT = [
  "const params = new URLSearchParams(window.location.search);",
  "const body = JSON.stringify({ issueKey: params.get('issueKey'), note: document.getElementById('note').value });",
  "$.ajax({ type: 'POST', url: 'https://api.vendor.example/suggest', data: body, contentType: 'application/json' });",
  "$.ajax('https://api.vendor.example/items', { method: 'PUT', data: body });",
  "jQuery.get('https://api.vendor.example/status');",
  "$.post('/save', { note: 1 }, () => {});",
  "$.getJSON('/config.json', (config) => console.log(config));",
  "$('#note').val('');",
  '',
].join('\n');

describe('jQuery requests', () => {
  it('are egress: $.ajax with its settings or a URL, $.get, $.post, $.getJSON; other $ calls are not', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': DESCRIPTOR,
      'main.html': '<script src="https://code.jquery.com/jquery-3.7.1.min.js"></script>\n<script src="main.js"></script>\n',
      'main.js': PAGE_SCRIPT,
      'server.js': "import $ from 'jquery';\nimport * as cheerio from 'cheerio';\n$.post('https://hooks.vendor.example/notify', { ok: true });\nconst page = cheerio.load('<p>x</p>');\npage.get(0);\n",
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.client, c.method, c.url, c.side, `${c.evidence.file}:${c.evidence.line}`]), [
      ['script', 'GET', 'https://code.jquery.com/jquery-3.7.1.min.js', 'frontend', 'main.html:1'],
      ['jquery.ajax', 'POST', 'https://api.vendor.example/suggest', 'frontend', 'main.js:3'],
      ['jquery.ajax', 'PUT', 'https://api.vendor.example/items', 'frontend', 'main.js:4'],
      ['jquery.get', 'GET', 'https://api.vendor.example/status', 'frontend', 'main.js:5'],
      ['jquery.post', 'POST', '/save', 'frontend', 'main.js:6'],
      ['jquery.getJSON', 'GET', '/config.json', 'frontend', 'main.js:7'],
      ['jquery.post', 'POST', 'https://hooks.vendor.example/notify', 'backend', 'server.js:3'],
    ]);
  });
});

describe("AUI's jQuery in a script an atlassian-connect-express page loads", () => {
  it('AJS.$.post is a request of the browser, the script being the one `{{furl}}` names', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': DESCRIPTOR,
      'package.json': JSON.stringify({ name: 'jq', dependencies: { 'atlassian-connect-express': '^7.0.0', express: '^4.0.0' } }),
      'app.js': "const express = require('express');\nconst ace = require('atlassian-connect-express');\nconst app = express();\nconst addon = ace(app);\napp.use(express.static('public'));\napp.get('/main', addon.authenticate(), (req, res) => res.render('main'));\n",
      'views/main.hbs': "<script src=\"//aui-cdn.atlassian.com/aui-adg/5.9.21/js/aui.js\"></script>\n<script src=\"{{furl '/js/panel.js'}}\"></script>\n",
      'public/js/panel.js': "function send() {\n  AJS.$.post('https://bin.vendor.example/collect', { repo: AJS.$('#repo').val() });\n  AJS.$('#repo').val('');\n}\n",
    });
    assert.deepEqual(facts.egress.calls.filter((c) => c.client !== 'script').map((c) => [c.client, c.method, c.url, c.side, `${c.evidence.file}:${c.evidence.line}`]), [
      ['jquery.post', 'POST', 'https://bin.vendor.example/collect', 'frontend', 'public/js/panel.js:2'],
    ]);
  });
});

describe('axios loaded by a page from a CDN', () => {
  it('the global axios sends requests like the imported one', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': DESCRIPTOR,
      'main.html': [
        '<script src="https://unpkg.com/axios/dist/axios.min.js"></script>',
        '<script>',
        "AP.request({ url: '/rest/atlassian-connect/1/addons/jquery-app/properties/settings', success: function (text) {",
        '  var settings = JSON.parse(text).value;',
        "  axios.get(settings.url + '/api/items', { params: { token: settings.token } });",
        "  axios.post('https://api.vendor.example/notes', { note: document.getElementById('note').value });",
        '} });',
        '</script>',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.client, c.method, c.url, c.side, `${c.evidence.file}:${c.evidence.line}`]), [
      ['axios.get', 'GET', '{}/api/items', 'frontend', 'main.html:5'],
      ['axios.post', 'POST', 'https://api.vendor.example/notes', 'frontend', 'main.html:6'],
      ['script', 'GET', 'https://unpkg.com/axios/dist/axios.min.js', 'frontend', 'main.html:1'],
    ]);
  });
});
