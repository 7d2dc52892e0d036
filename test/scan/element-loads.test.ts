import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { panelManifest, scanFiles } from '../helpers/temp-app.ts';

const DESCRIPTOR = JSON.stringify({
  key: 'diagram-embed', name: 'Diagram embed', baseUrl: 'https://static.example-diagrams.com/confluence', authentication: { type: 'none' }, scopes: ['read'],
  modules: {
    dynamicContentMacros: [
      {
        key: 'diagram', name: { value: 'Diagram' }, url: '/view.html?pageId={page.id}&macroId={macro.id}',
        parameters: [
          { identifier: 'server', name: { value: 'Server' }, type: 'string', defaultValue: 'https://app.example-diagrams.com' },
          { identifier: 'board', name: { value: 'Board' }, type: 'string' },
        ],
      },
      { key: 'board', name: { value: 'Board' }, url: '/board.html?pageId={page.id}', parameters: [{ identifier: 'server', name: { value: 'Server' }, type: 'string' }] },
    ],
  },
});
const page = (script: string): string => `<!DOCTYPE html>\n<html>\n<head>\n<script src="https://connect-cdn.atl-paas.net/all.js"></script>\n${script}\n</head>\n<body><form id="open" method="post" target="board"></form><iframe id="frame" name="board"></iframe><img id="preview"></body>\n</html>\n`;
const calls = async (files: Record<string, string>): Promise<string[]> => {
  const { facts } = await scanFiles({ 'atlassian-connect.json': DESCRIPTOR, ...files });
  return facts.egress.calls.map((c) => `${c.client} ${c.method} ${c.host} ${c.url} ${c.side} ${c.evidence.file}:${c.evidence.line}`);
};

describe('an address a Connect page gives an iframe or a form (`frame.src = url`, `form.action = url`)', () => {
  it('is egress of the browser, to a host the user chooses when a macro\'s parameter names it, and to the host written otherwise', async () => {
    assert.deepEqual(await calls({
      'view.html': page('<script src="view.js"></script>'),
      'view.js': [
        'function show(macro) {',
        "  const server = macro.parameters.server ? macro.parameters.server.value : 'https://app.example-diagrams.com';",
        "  const board = macro.parameters.board.value;",
        "  document.getElementById('frame').setAttribute('src', server + '/embed/' + board);",   // 4
        "  const video = document.createElement('iframe');",
        "  video.src = 'https://player.example-videos.com/v/' + board;",                          // 6
        '  document.body.appendChild(video);',
        '}',
        "AP.request({ url: '/rest/api/content/1/history/1/macro/id/2', success: (text) => show(JSON.parse(text)) });",
        '',
      ].join('\n'),
      'board.html': page([
        '<script>',
        'AP.confluence.getMacroData((macro) => {',
        "  const form = document.getElementById('open');",
        "  form.action = macro.server + '/boards';",                                                // 8
        '  form.submit();',
        '});',
        '</script>',
      ].join('\n')),
    }), [
      'form.action null null {}/boards frontend board.html:8',
      'element.src GET null {}/embed/{} frontend view.js:4',
      'iframe.src GET player.example-videos.com https://player.example-videos.com/v/{} frontend view.js:6',
    ]);
  });

  it('is none for the app\'s own pages, Atlassian\'s scripts, the page\'s own data (a blob, a canvas) or a value read from nothing users give', async () => {
    assert.deepEqual(await calls({
      'view.html': page('<script src="view.js"></script>'),
      'view.js': [
        "const loader = document.createElement('script');",
        "loader.src = 'https://connect-cdn.atl-paas.net/all.js';",
        'document.head.appendChild(loader);',
        'function preview(macro, blob, canvas) {',
        "  const img = document.getElementById('preview');",
        '  img.src = URL.createObjectURL(blob);',
        "  img.src = canvas.toDataURL('image/png');",
        "  document.getElementById('frame').src = '/help.html?topic=' + macro.topic;",
        "  document.getElementById('frame').src = 'about:blank';",
        "  const state = { action: macro.server + '/boards' };",
        '  state.action = macro.server;',
        '  return state;',
        '}',
        'AP.confluence.getMacroData(preview);',
        '',
      ].join('\n'),
    }), []);
  });

  it('is none for the Connect JavaScript API the product serves from its own base URL, read from the page\'s query or written in a tag', async () => {
    assert.deepEqual(await calls({
      'view.html': page('<script src="https://wiki.example.org/confluence/atlassian-connect/all.js"></script>\n<script src="view.js"></script>'),
      'view.js': [
        'function query(name) {',
        "  const found = new RegExp('[?&]' + name + '=([^&]*)').exec(window.location.search);",
        '  return found ? decodeURIComponent(found[1]) : null;',
        '}',
        "const base = query('xdm_e') + query('cp');",
        "const api = document.createElement('script');",
        "api.src = base + '/atlassian-connect/all.js';",
        "const debug = document.createElement('script');",
        "debug.src = `${new URLSearchParams(window.location.search).get('xdm_e')}/atlassian-connect/all-debug.js?v=2`;",
        "const other = document.createElement('script');",
        "other.src = query('server') + '/widget.js';",
        '',
      ].join('\n'),
    }), ['script.src GET null {}/widget.js frontend view.js:11']);
  });

  it('is none for a page of the product\'s own site, its base URL read from the page\'s query; a host read elsewhere stays unknown', async () => {
    assert.deepEqual(await calls({
      'view.html': page('<script src="view.js"></script>'),
      'view.js': [
        'const params = new URLSearchParams(window.location.search);',
        "const siteBase = params.get('xdm_e') + params.get('cp');",
        'function open(key) {',
        "  document.getElementById('frame').src = siteBase + '/browse/' + key;",
        "  document.getElementById('preview').src = `${params.get('xdm_e')}/secure/projectavatar?pid=${key}`;",
        "  document.getElementById('frame').src = params.get('server') + '/browse/' + key;",   // 6
        '}',
        "AP.context.getContext((context) => open(context.jira.issue.key));",
        '',
      ].join('\n'),
    }), ['element.src GET null {}/browse/{} frontend view.js:6']);
  });
});

describe('an address a Custom UI page gives an image or an iframe', () => {
  const forgeCalls = async (files: Record<string, string>): Promise<string[]> => {
    const { facts } = await scanFiles({
      'manifest.yml': panelManifest('read:jira-work', 'read:jira-user'),
      'src/index.js': "import Resolver from '@forge/resolver';\nexport const handler = new Resolver().getDefinitions();\n",
      'static/package.json': JSON.stringify({ name: 'panel', dependencies: { '@forge/bridge': '^4.0.0', react: '^18.0.0' } }),
      ...files,
    });
    return facts.egress.calls.map((c) => `${c.client} ${c.host} ${c.url} ${c.carries.join(',')} ${c.evidence.file}:${c.evidence.line}`);
  };

  it('is egress for `new Image()` and a React ref given to an iframe, with what the address holds', async () => {
    assert.deepEqual(await forgeCalls({
      'static/src/pixel.js': [
        "import { view } from '@forge/bridge';",
        'export async function ping() {',
        '  const context = await view.getContext();',
        '  const img = new Image();',
        '  img.src = `https://stats.example-tracker.com/p.gif?u=${context.accountId}`;',                          // 5
        '}',
      ].join('\n'),
      'static/src/Player.jsx': [
        "import React, { useEffect, useRef } from 'react';",
        "import { view } from '@forge/bridge';",
        'export function Player() {',
        '  const frameRef = useRef(null);',
        '  useEffect(() => {',
        "    view.getContext().then((context) => { frameRef.current.src = 'https://embed.example-video.com/player?u=' + context.accountId; });", // 6
        '  }, []);',
        '  return <iframe title="player" ref={frameRef} />;',
        '}',
      ].join('\n'),
    }), [
      'iframe.src embed.example-video.com https://embed.example-video.com/player?u={} account-id static/src/Player.jsx:6',
      'img.src stats.example-tracker.com https://stats.example-tracker.com/p.gif?u={} account-id static/src/pixel.js:5',
    ]);
  });

  it('is none for a page of the product\'s site, from the context\'s `siteUrl`; a host the context does not give stays unknown', async () => {
    assert.deepEqual(await forgeCalls({
      'static/src/Issue.jsx': [
        "import React, { useEffect, useRef } from 'react';",
        "import { view } from '@forge/bridge';",
        'export function Issue({ issueKey }) {',
        '  const frameRef = useRef(null);',
        '  useEffect(() => {',
        "    view.getContext().then((context) => { frameRef.current.src = context.siteUrl + '/browse/' + issueKey; });",
        '    view.getContext().then(({ siteUrl, extension }) => {',
        "      document.getElementById('space').src = `${siteUrl}/wiki/spaces/${issueKey}`;",
        "      document.getElementById('other').src = `${extension.config.server}/browse/${issueKey}`;", // 9
        '    });',
        '  }, []);',
        '  return <iframe title="issue" ref={frameRef} />;',
        '}',
      ].join('\n'),
    }), ['element.src null {}/browse/{} resolver-payload static/src/Issue.jsx:9']);
  });

  it('is egress for each address an element is given in turn (`img.src = a; img.src = b`), not only the first', async () => {
    assert.deepEqual(await forgeCalls({
      'static/src/beacons.js': [
        "import { view } from '@forge/bridge';",
        'export async function track() {',
        '  const { accountId } = await view.getContext();',
        '  const img = new Image();',
        '  img.src = `https://hits.example-counter.com/c.gif?u=${accountId}`;',                              // 5
        '  img.src = `https://beacon.example-funnel.com/b.gif?u=${accountId}`;',                             // 6
        "  const frame = document.createElement('iframe');",
        '  frame.src = `https://sync.example-ads.com/s?u=${accountId}`;',                                  // 8
        '  frame.src = `https://match.example-audience.com/m?u=${accountId}`;',                            // 9
        '}',
      ].join('\n'),
    }), [
      'img.src hits.example-counter.com https://hits.example-counter.com/c.gif?u={} account-id static/src/beacons.js:5',
      'img.src beacon.example-funnel.com https://beacon.example-funnel.com/b.gif?u={} account-id static/src/beacons.js:6',
      'iframe.src sync.example-ads.com https://sync.example-ads.com/s?u={} account-id static/src/beacons.js:8',
      'iframe.src match.example-audience.com https://match.example-audience.com/m?u={} account-id static/src/beacons.js:9',
    ]);
  });

  it('is none for a data, blob or relative address built with holes, or a user\'s avatar URL', async () => {
    assert.deepEqual(await forgeCalls({
      'static/src/avatar.js': [
        "import { requestJira } from '@forge/bridge';",
        'export async function show(issueKey, svg, id, name) {',
        '  const res = await requestJira(`/rest/api/3/issue/${issueKey}?fields=assignee`);',
        '  const issue = await res.json();',
        "  document.getElementById('avatar').src = issue.fields.assignee.avatarUrls['48x48'];",
        "  document.getElementById('svg').src = `data:image/svg+xml;base64,${btoa(svg)}`;",
        "  document.getElementById('blob').src = `blob:${issue.fields.assignee.accountId}`;",
        "  document.getElementById('file').src = `./avatars/${issue.fields.assignee.accountId}.png`;",
        "  document.querySelector('iframe').src = `/embed/${issue.fields.assignee.accountId}`;",
        '}',
      ].join('\n'),
    }), []);
  });

  it('is egress for a script element made through a name that holds `document`, as a vendor\'s loader snippet in a template writes it', async () => {
    assert.deepEqual(await calls({
      'views/layout.hbs': page([
        '<script>',
        "(function(){var w=window;var d=document;var l=function(){var s=d.createElement('script');s.async=true;",
        "s.src='https://widget.chat-vendor.example.com/widget/{{appId}}';var x=d.getElementsByTagName('script')[0];x.parentNode.insertBefore(s,x);};",
        "w.addEventListener('load',l,false);})();",
        '</script>',
      ].join('\n')),
    }), ['script.src GET widget.chat-vendor.example.com https://widget.chat-vendor.example.com/widget/{} frontend views/layout.hbs:7']);
  });
});
