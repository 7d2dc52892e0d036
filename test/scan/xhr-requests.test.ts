import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

// A Connect macro's page script that talks to servers with XMLHttpRequest, as older apps do.
const descriptor = JSON.stringify({
  key: 'chart-macro', baseUrl: 'https://charts.example.com', authentication: { type: 'jwt' }, scopes: ['READ'],
  modules: { dynamicContentMacros: [{ key: 'chart', url: '/chart.html', name: { value: 'Chart' } }] },
});

describe('XMLHttpRequest', () => {
  it('a request opened on a new XMLHttpRequest is egress, with its method and URL', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'public/js/chart.js': [
        "var RENDER = 'https://render.chartsvc.example/v2/png';",
        'function render(source) {',
        '  var xhr = new XMLHttpRequest();',
        "  xhr.open('GET', RENDER + '?q=' + encodeURIComponent(source));",
        '  xhr.send();',
        '}',
        'function remember(id) {',
        '  var request = new XMLHttpRequest();',
        "  request.open('post', '/charts/' + id);",
        '  request.send();',
        '}',
        'AP.context.getContext(function (context) { render(context.macro.body); remember(context.macro.id); });',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.client, c.method, c.host, c.side, `${c.evidence.file}:${c.evidence.line}`]), [
      ['XMLHttpRequest', 'GET', 'render.chartsvc.example', 'frontend', 'public/js/chart.js:4'],
      ['XMLHttpRequest', 'POST', 'self', 'frontend', 'public/js/chart.js:12'],
    ]);
  });

  it('carries what `send` is given on the same request, not what another request sends', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'public/js/feedback.jsx': [
        "import React, { useState } from 'react';",
        'export default function Feedback() {',
        "  const [text, setText] = useState('');",
        '  const send = () => {',
        '    const ping = new XMLHttpRequest();',
        "    ping.open('GET', '/ping');",
        '    const xhr = new XMLHttpRequest();',
        "    xhr.open('POST', '/feedback');",
        "    xhr.setRequestHeader('Content-Type', 'application/json');",
        '    xhr.send(JSON.stringify({ text }));',
        '    ping.send();',
        '  };',
        '  return <form onSubmit={send}><textarea value={text} onChange={(e) => setText(e.target.value)} /></form>;',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.method, c.url, c.carries, c.evidence.line]), [
      ['GET', '/ping', ['literal'], 6],
      ['POST', '/feedback', ['resolver-payload'], 8],
    ]);
  });
});
