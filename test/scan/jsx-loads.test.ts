import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const DESCRIPTOR = JSON.stringify({
  key: 'standup', baseUrl: 'https://standup.example.com', authentication: { type: 'none' }, scopes: ['READ'],
  modules: { jiraProjectPages: [{ key: 'board', url: '/board', name: { value: 'Board' } }] },
});

const MANIFEST = [
  'modules:',
  '  jira:issuePanel:', '    - key: panel', '      resource: main', '      resolver:', '        function: resolver', '      title: Panel',
  '  function:', '    - key: resolver', '      handler: index.handler',
  'resources:', '  - key: main', '    path: static/build',
  'permissions:', '  external:', '    frames:', "      - 'https://calendar.google.com'",
  'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13', '  runtime:', '    name: nodejs24.x', '',
].join('\n');

const BOARD = [
  "import React from 'react';",
  '',
  'export default function Board({ block, team }) {',
  '  return (',
  '    <div>',
  '      <iframe title="calendar" src="https://calendar.google.com/calendar/embed?mode=AGENDA&src=team%40example.com" />',
  '      <iframe title="page" src={block.src} />',
  '      <iframe title="report" src={`/reports/${team}`} />',
  '    </div>',
  '  );',
  '}',
  '',
].join('\n');

describe('an address JSX gives an iframe (`<iframe src="https://…" />`)', () => {
  it('is the browser\'s egress to the site it names; an address of no named site, or the app\'s own, is none', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': DESCRIPTOR,
      'package.json': JSON.stringify({ dependencies: { react: '^18.0.0', 'react-dom': '^18.0.0' } }),
      'src/Board.jsx': BOARD,
    });
    assert.deepEqual(facts.egress.calls.map((c) => `${c.client} ${c.host} ${c.side} ${c.evidence.line}`), [
      'iframe.src calendar.google.com frontend 6',
    ]);
    assert.ok(facts.thirdParties.some((t) => t.vendor === 'google-workspace'));
  });

  it("in Forge's Custom UI, is what `external.frames` declares", async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'package.json': JSON.stringify({ dependencies: { '@forge/resolver': '^1.0.0' } }),
      'index.js': "import Resolver from '@forge/resolver';\nexport const handler = new Resolver().getDefinitions();\n",
      'static/package.json': JSON.stringify({ dependencies: { react: '^18.0.0', 'react-dom': '^18.0.0', '@forge/bridge': '^4.0.0' } }),
      'static/src/Board.jsx': BOARD,
    });
    assert.equal(facts.egress.calls.length, 1);
    assert.deepEqual(facts.egress.undeclared, []);
  });
});
