import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const manifest = (images: string[]) => [
  'modules:',
  '  jira:issuePanel:',
  '    - key: panel',
  '      title: Panel',
  '      resource: main',
  '      resolver:',
  '        function: resolver',
  '  function:',
  '    - key: resolver',
  '      handler: index.handler',
  'resources:',
  '  - key: main',
  '    path: static/panel/build',
  ...(images.length > 0 ? ['permissions:', '  external:', '    images:', ...images.map((i) => `      - ${i}`)] : []),
  'app:',
  '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13',
  '  runtime:',
  '    name: nodejs24.x',
  '',
].join('\n');

const files = (images: string[]) => ({
  'manifest.yml': manifest(images),
  'package.json': '{"name":"x","dependencies":{"@forge/resolver":"^1.6.0"}}',
  'src/index.js': [
    "import Resolver from '@forge/resolver';",
    'const resolver = new Resolver();',
    "resolver.define('mail', () => '<p><img src=\"https://cdn.mailer.example.com/logo.png\"></p>');",
    'export const handler = resolver.getDefinitions();',
    '',
  ].join('\n'),
  'static/panel/package.json': '{"name":"panel","dependencies":{"@forge/bridge":"^4.0.0","react":"^18.2.0"}}',
  'static/panel/src/App.jsx': [
    "import React from 'react';",
    'export default function App() {',
    '  return (',
    '    <div>',
    '      <img',
    '        src="https://vulns.example.org/static/logo.png"',
    "        onError={(e) => { e.target.style.display = 'none'; }}",
    '      />',
    '      <img src="https://secure.gravatar.com/avatar/1" alt="" />',
    '      <img src={avatarUrl} alt="" />',
    '    </div>',
    '  );',
    '}',
    '',
  ].join('\n'),
});

describe('images a front end loads from other sites', () => {
  it('are images egress of the browser: undeclared unless `external.images` or Forge\'s defaults allow the host; a server\'s markup is not', async () => {
    const { facts } = await scanFiles(files([]));
    assert.deepEqual(facts.egress.calls.map((c) => `${c.client} ${c.side} ${c.host} ${c.evidence.file}:${c.evidence.line}`), [
      'img frontend vulns.example.org static/panel/src/App.jsx:5',
      'img frontend secure.gravatar.com static/panel/src/App.jsx:9',
    ]);
    assert.deepEqual(facts.egress.undeclared.map((c) => c.host), ['vulns.example.org']);
  });

  it('counts a declared `images` entry as used', async () => {
    const { facts } = await scanFiles(files(['https://vulns.example.org']));
    assert.deepEqual(facts.egress.undeclared, []);
    assert.deepEqual(facts.egress.unused, []);
  });
});
