import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { panelManifest, scanFiles } from '../helpers/temp-app.ts';

const RESOLVER = [
  "import Resolver from '@forge/resolver';",
  "import api, { route } from '@forge/api';",
  'const resolver = new Resolver();',
  "resolver.define('getIssue', async ({ context }) => {",
  '  const res = await api.asUser().requestJira(route`/rest/api/3/issue/${context.extension.issue.key}`);',
  '  return res.json();',
  '});',
  'export const handler = resolver.getDefinitions();',
].join('\n');

const app = (component: string[]) => ({
  'manifest.yml': panelManifest('read:jira-work').replace('path: static/build', 'path: static/app/build')
    .replace('permissions:', 'permissions:\n  external:\n    fetch:\n      client:\n        - https://hooks.example-chat.com'),
  'package.json': '{ "dependencies": { "@forge/api": "5.0.0", "@forge/resolver": "1.6.0" } }',
  'src/index.js': RESOLVER,
  'static/app/package.json': '{ "dependencies": { "@forge/bridge": "4.0.0", "react": "18.0.0" } }',
  'static/app/src/App.jsx': component.join('\n'),
});

describe("a React state set from what the app's resolver answers", () => {
  it('holds it where it is logged or sent: the setter handed to then, or called with a field; a state set with constants does not', async () => {
    const { facts } = await scanFiles(app([
      "import React, { useEffect, useState } from 'react';",
      "import { invoke } from '@forge/bridge';",
      'export default function App() {',
      '  const [issue, setIssue] = useState(null);',
      "  const [summary, setSummary] = useState('');",
      "  const [mode, setMode] = useState('list');",
      '  useEffect(() => {',
      "    invoke('getIssue').then(setIssue);",
      "    invoke('getIssue').then((data) => setSummary(data.fields.summary));",
      "    setMode('edit');",
      '  }, []);',
      '  async function share() {',
      '    console.log(issue);',
      '    console.log(summary);',
      '    console.log(mode);',
      "    await fetch('https://hooks.example-chat.com/post', { method: 'POST', body: JSON.stringify({ text: summary }) });",
      '  }',
      '  return <button onClick={share}>{mode}</button>;',
      '}',
    ]));
    // The resolver reads the issue with no fields named: the whole issue holds its user fields, its summary none.
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [[13, ['account-id', 'display-name', 'email', 'product-content']], [14, ['product-content']], [15, ['other']]]);
    assert.deepEqual(facts.egress.calls.map((c) => [c.evidence.line, c.side, c.carries]), [[16, 'frontend', ['product-content']]]);
  });

  it('holds it in the handlers declared above the effect that sets it, and in those after them that read what they set', async () => {
    const { facts } = await scanFiles(app([
      "import React, { useCallback, useEffect, useState } from 'react';",
      "import { invoke } from '@forge/bridge';",
      'export default function App() {',
      '  const [issue, setIssue] = useState(null);',
      '  const [draft, setDraft] = useState(null);',
      "  const [mode, setMode] = useState('list');",
      '  const share = async () => {',
      '    console.log(issue, mode);',
      "    await fetch('https://hooks.example-chat.com/post', { method: 'POST', body: JSON.stringify({ issue }) });",
      '  };',
      '  const copy = useCallback(() => setDraft(issue.fields), [issue]);',
      '  function exportDraft() {',
      '    console.log(draft);',
      '  }',
      '  useEffect(() => {',
      "    invoke('getIssue').then(setIssue);",
      "    setMode('edit');",
      '  }, []);',
      '  return <button onClick={share} onDoubleClick={exportDraft}>{mode}</button>;',
      '}',
    ]));
    // The whole issue and its fields hold its assignee, reporter and creator (the resolver names no fields).
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [[8, ['account-id', 'display-name', 'email', 'product-content']], [13, ['account-id', 'display-name', 'email', 'product-content']]]);
    assert.deepEqual(facts.egress.calls.map((c) => [c.evidence.line, c.carries]), [[9, ['account-id', 'display-name', 'email', 'product-content']]]);
  });

  it('keeps a state given an updater function as it was', async () => {
    const { facts } = await scanFiles(app([
      "import React, { useState } from 'react';",
      'export default function App() {',
      '  const [count, setCount] = useState(0);',
      '  function bump() {',
      '    setCount((n) => n + 1);',
      '    console.log(count);',
      '  }',
      '  return <button onClick={bump}>{count}</button>;',
      '}',
    ]));
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [[6, ['other']]]);
  });
});

describe("a UI Kit 1 state (`useState` of `@forge/ui`) set from what the product answers", () => {
  it('holds it where it is logged, as a React state does', async () => {
    const manifest = [
      'modules:', '  compass:componentPage:', '    - key: details', '      function: page', '      title: Details',
      '  function:', '    - key: page', '      handler: index.run',
      'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13', '  runtime:', '    name: nodejs22.x',
      'permissions:', '  scopes:', '    - read:component:compass', '',
    ].join('\n');
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': '{ "dependencies": { "@forge/ui": "1.11.0", "@atlassian/forge-graphql": "13.0.0" } }',
      'src/index.jsx': [
        "import ForgeUI, { render, Text, useEffect, useProductContext, useState } from '@forge/ui';",
        "import graphqlGateway from '@atlassian/forge-graphql';",
        'const Details = () => {',
        '  const { extensionContext } = useProductContext();',
        '  const [component, setComponent] = useState(null);',
        '  useEffect(async () => {',
        '    const { data } = await graphqlGateway.compass.asApp().getComponent({ componentId: extensionContext.componentId });',
        '    setComponent(data.component);',
        '  }, []);',
        '  if (component) console.log(Object.entries(component));',
        "  return <Text>{component ? component.name : 'Loading'}</Text>;",
        '};',
        'export const run = render(<Details />);',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [[10, ['product-content']]]);
  });
});
