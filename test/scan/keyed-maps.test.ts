import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const manifest = [
  'modules:',
  '  confluence:pageBanner:',
  '    - key: banner',
  '      resource: main',
  '      resolver:',
  '        function: resolver',
  '      title: Banner',
  '  function:',
  '    - key: resolver',
  '      handler: index.handler',
  'resources:',
  '  - key: main',
  '    path: static/build',
  'permissions:',
  '  scopes:',
  '    - storage:app',
  'app:',
  '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13',
  '  runtime:',
  '    name: nodejs24.x',
  '',
].join('\n');

describe('a map named for what it holds by key (`labelByKey`, `titlesById`)', () => {
  it('holds what its head names, not keys; `countByStatus` and `labelKey` are still counts and keys', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'static/package.json': '{ "dependencies": { "@forge/bridge": "5.0.0", "react": "18.2.0" } }',
      'static/src/App.js': [
        "import React, { useState } from 'react';",
        "import { invoke } from '@forge/bridge';",
        'export default function App({ items }) {',
        '  const [labels, setLabels] = useState({});',
        "  const save = () => invoke('save', { labels: { ...labels } });",
        '  return (<div>',
        '    {items.map((it) => (<input key={it.key} onChange={(e) => setLabels({ ...labels, [it.key]: e.target.value })} />))}',
        '    <button onClick={save}>Save</button>',
        '  </div>);',
        '}',
        '',
      ].join('\n'),
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { storage } from '@forge/api';",
        'const resolver = new Resolver();',
        "resolver.define('save', async ({ payload }) => {",
        '  const labelByKey = payload.labels;',
        "  await storage.set('labels', labelByKey);",
        '  const labelKey = payload.labels;',
        "  await storage.set('label-key', labelKey);",
        '  const countByStatus = payload.labels;',
        "  await storage.set('counts', countByStatus);",
        '});',
        'export const handler = resolver.getDefinitions();',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => [s.key, s.carries]), [
      ['labels', ['resolver-payload']],
      ['label-key', ['other']],
      ['counts', ['other']],
    ]);
  });
});
