import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const MANIFEST = [
  'modules:', '  jira:issuePanel:', '    - key: panel', '      resource: main', '      render: native', '      resolver:', '        function: resolver',
  '      title: Panel', '      icon: resource:main;icon.svg', '  function:', '    - key: resolver', '      handler: index.handler',
  'resources:', '  - key: main', '    path: src/frontend',
  'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13', '  runtime:', '    name: nodejs24.x',
  'permissions:', '  scopes:', '    - read:jira-work', '    - storage:app', '',
].join('\n');

const RESOLVERS = [
  "import Resolver from '@forge/resolver';",
  "import api, { route } from '@forge/api';",
  "import { kvs } from '@forge/kvs';",
  'const resolver = new Resolver();',
  'async function search() {',
  '  const res = await api.asUser().requestJira(route`/rest/api/3/search/jql`);',
  '  return (await res.json()).issues;',
  '}',
  "resolver.define('getRows', async () => (await search()).map((i) => ({ id: i.key, who: i.fields.reporter.emailAddress, text: i.fields.summary })));",
  'async function listRows() {',
  '  const rows = (await search()).map((i) => ({ id: i.key, who: i.fields.reporter.emailAddress, text: i.fields.summary }));',
  '  return rows;',
  '}',
  "resolver.define('listRows', listRows);",
  "resolver.define('keep-who', async ({ payload }) => { await kvs.set('kept-who', payload); });",
  "resolver.define('keep-id', async ({ payload }) => { await kvs.set('kept-id', payload); });",
  "resolver.define('keep-helper', async ({ payload }) => { await kvs.set('kept-helper', payload); });",
  "resolver.define('keep-listed', async ({ payload }) => { await kvs.set('kept-listed', payload); });",
  "resolver.define('keep-whole', async ({ payload }) => { await kvs.set('kept-whole', payload); });",
  'export const handler = resolver.getDefinitions();',
  '',
].join('\n');

const FRONT_END = [
  "import React, { useEffect, useState } from 'react';",
  "import ForgeReconciler, { Button } from '@forge/react';",
  "import { invoke } from '@forge/bridge';",
  'function App() {',
  '  const [rows, setRows] = useState([]);',
  '  const [listed, setListed] = useState([]);',
  "  useEffect(() => { invoke('getRows').then(setRows); invoke('listRows').then(setListed); }, []);",
  "  const send = (row) => invoke('keep-helper', { value: row.who });",
  '  return (',
  '    <>',
  "      {rows.map((row) => <Button onClick={() => invoke('keep-who', { value: row.who })}>who</Button>)}",
  "      {rows.map((row) => <Button onClick={() => invoke('keep-id', { value: row.id })}>id</Button>)}",
  "      {rows.map((row) => <Button onClick={() => send(row)}>helper</Button>)}",
  "      {listed.map((row) => <Button onClick={() => invoke('keep-listed', { value: row.text })}>text</Button>)}",
  "      {rows.map((row) => <Button onClick={() => invoke('keep-whole', { value: row })}>whole</Button>)}",
  '    </>',
  '  );',
  '}',
  'ForgeReconciler.render(<App />);',
  '',
].join('\n');

describe('a field of a list item a front end sends back to its resolver', () => {
  it('carries what that field of the items holds, not what the item\'s other fields hold', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'src/index.js': RESOLVERS,
      'src/frontend/index.jsx': FRONT_END,
    });
    const kept = facts.storage.filter((s) => s.op === 'write').map((s) => [s.key, s.carries.filter((k) => k !== 'resolver-payload').sort()]);
    assert.deepEqual(kept, [
      ['kept-who', ['email']],
      ['kept-id', []],
      ['kept-helper', ['email']],
      ['kept-listed', ['product-content']],
      ['kept-whole', ['email', 'product-content']],
    ]);
  });
});
