import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const manifest = (scopes: string[], extra: string[] = []) => [
  'modules:', '  macro:', '    - key: signup', '      function: main', '      title: Signup',
  '  function:', '    - key: main', '      handler: index.run', ...extra,
  'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13', '  runtime:', '    name: nodejs24.x',
  'permissions:', '  scopes:', ...scopes.map((s) => `    - ${s}`), '',
].join('\n');

const rows = (facts: Awaited<ReturnType<typeof scanFiles>>['facts']) => facts.storage.map((s) => [s.evidence.line, s.backend, s.op, s.key, s.api, s.carries]);

describe("UI Kit's property hooks", () => {
  it("UI Kit 1: the hook reads the page's property, its setter writes what an updater returns, its deleter deletes; the state holds what is written", async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest(['read:confluence-props', 'write:confluence-props', 'read:jira-user']),
      'package.json': '{ "dependencies": { "@forge/api": "2.19.0", "@forge/ui": "1.9.0", "@forge/ui-confluence": "1.0.0" } }',
      'src/index.jsx': [
        "import ForgeUI, { render, Macro, Form, TextField, useProductContext } from '@forge/ui';",
        "import { useContentProperty } from '@forge/ui-confluence';",
        "import api, { route } from '@forge/api';",
        'const App = () => {',
        '  const { accountId } = useProductContext();',
        "  const [entries, updateEntries, removeEntries] = useContentProperty('entries', []);",
        "  const [theme, setTheme] = useContentProperty('theme', 'light');",
        '  console.log(entries);',
        '  console.log(theme);',
        '  return (',
        '    <Form onSubmit={async (formData) => {',
        '      const me = await (await api.asUser().requestJira(route`/rest/api/3/myself`)).json();',
        '      await updateEntries((prev) => [...prev, { ...formData, name: me.displayName, accountId }]);',
        "      await setTheme('dark');",
        '      await removeEntries();',
        '    }}>',
        '      <TextField name="team" label="Team" />',
        '    </Form>',
        '  );',
        '};',
        'export const run = render(<Macro app={<App />} />);',
      ].join('\n'),
    });
    assert.deepEqual(rows(facts), [
      [6, 'content-property', 'read', 'entries', 'ui-confluence.useContentProperty', []],
      [7, 'content-property', 'read', 'theme', 'ui-confluence.useContentProperty', []],
      [13, 'content-property', 'write', 'entries', 'ui-confluence.useContentProperty.set', ['account-id', 'display-name', 'resolver-payload']],
      [14, 'content-property', 'write', 'theme', 'ui-confluence.useContentProperty.set', ['literal']],
      [15, 'content-property', 'delete', 'entries', 'ui-confluence.useContentProperty.delete', []],
    ]);
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [[8, ['account-id', 'display-name', 'resolver-payload']], [9, ['literal']]]);
    // The hooks' scopes are not documented for UI Kit 1: Confluence's declared scopes are not called unused.
    assert.deepEqual(facts.scopes.unused.map((u) => u.scope), []);
    assert.deepEqual(facts.scopes.unchecked.map((u) => u.scope), ['read:confluence-props', 'write:confluence-props']);
  });

  it('UI Kit: a space property set with a value, and a hook of another module that is no property', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest(['read:space:confluence', 'write:space:confluence'], [
        '  confluence:spacePage:', '    - key: votes', '      resource: main', '      render: native', '      title: Votes', '      route: votes',
      ]).replace('app:', 'resources:\n  - key: main\n    path: src/frontend/index.jsx\napp:'),
      'package.json': '{ "dependencies": { "@forge/react": "10.0.0", "react": "18.2.0" } }',
      'src/index.js': 'export const run = () => null;',
      'src/frontend/index.jsx': [
        "import React from 'react';",
        "import ForgeReconciler, { Button, useProductContext, useSpaceProperty } from '@forge/react';",
        "import { useContentProperty } from './local-hooks';",
        'const App = () => {',
        '  const context = useProductContext();',
        "  const [voters, setVoters] = useSpaceProperty('voters', []);",
        "  const [draft, setDraft] = useContentProperty('draft', '');",
        '  const vote = async () => { await setVoters([...voters, context.accountId]); setDraft(context.accountId); };',
        '  return <Button onClick={vote}>Vote</Button>;',
        '};',
        'ForgeReconciler.render(<App />);',
      ].join('\n'),
      'src/frontend/local-hooks.js': "import { useState } from 'react';\nexport const useContentProperty = (key, initial) => useState(initial);",
    });
    assert.deepEqual(rows(facts), [
      [6, 'content-property', 'read', 'voters', 'useSpaceProperty', []],
      [8, 'content-property', 'write', 'voters', 'useSpaceProperty.set', ['account-id']],
    ]);
    // UI Kit's hooks read and write through the space's properties API, as the user: its scopes are used.
    assert.deepEqual(facts.scopes.unused.map((u) => u.scope), []);
    assert.deepEqual(facts.scopes.missing.map((m) => m.scope), []);
  });

  it("UI Kit: a page property hook needs the page scopes; a Confluence scope nothing uses is still unused", async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest(['write:confluence-content'], [
        '  confluence:contentBylineItem:', '    - key: votes', '      resource: main', '      render: native', '      title: Votes',
      ]).replace('app:', 'resources:\n  - key: main\n    path: src/frontend/index.jsx\napp:'),
      'package.json': '{ "dependencies": { "@forge/react": "10.0.0", "react": "18.2.0" } }',
      'src/index.js': 'export const run = () => null;',
      'src/frontend/index.jsx': [
        "import React from 'react';",
        "import ForgeReconciler, { Button, useContentProperty } from '@forge/react';",
        'const App = () => {',
        "  const [count, setCount] = useContentProperty('count', 0);",
        '  return <Button onClick={() => setCount((c) => c + 1)}>{count}</Button>;',
        '};',
        'ForgeReconciler.render(<App />);',
      ].join('\n'),
    });
    assert.deepEqual([...new Set(facts.scopes.missing.map((m) => m.scope))].sort(), ['read:page:confluence', 'write:page:confluence']);
    assert.deepEqual(facts.scopes.unused.map((u) => u.scope), ['write:confluence-content']);
  });

  it("UI Kit: the setter and deleter of an app's own hook in another module that returns a property hook's", async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest(['read:jira-work', 'write:jira-work'], [
        '  jira:issuePanel:', '    - key: notes', '      resource: main', '      render: native', '      title: Notes',
      ]).replace('app:', 'resources:\n  - key: main\n    path: src/frontend/index.jsx\napp:'),
      'package.json': '{ "dependencies": { "@forge/react": "10.0.0", "react": "18.2.0" } }',
      'src/index.js': 'export const run = () => null;',
      'src/frontend/use-notes.js': "import { useIssueProperty } from '@forge/react';\nexport const useNotes = () => useIssueProperty('team-notes', []);",
      'src/frontend/index.jsx': [
        "import React, { useState } from 'react';",
        "import ForgeReconciler, { Button, Textfield } from '@forge/react';",
        "import { useNotes } from './use-notes';",
        'const App = () => {',
        '  const [notes, saveNotes, clearNotes] = useNotes();',
        "  const [text, setText] = useState('');",
        '  return (<>',
        '    <Textfield onChange={(e) => setText(e.target.value)} />',
        '    <Button onClick={() => saveNotes((list) => [...list, text])}>Add</Button>',
        '    <Button onClick={() => clearNotes()}>Clear</Button>',
        '  </>);',
        '};',
        'ForgeReconciler.render(<App />);',
      ].join('\n'),
    });
    assert.deepEqual(rows(facts), [
      [9, 'issue-property', 'write', 'team-notes', 'useIssueProperty.set', ['resolver-payload']],
      [10, 'issue-property', 'delete', 'team-notes', 'useIssueProperty.delete', []],
      [2, 'issue-property', 'read', 'team-notes', 'useIssueProperty', []],
    ]);
    // Writing the property is what Jira's write scope is for.
    assert.deepEqual(facts.scopes.unused.map((u) => u.scope), []);
  });
});
