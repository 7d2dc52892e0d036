import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Facts } from '../../src/scan/facts.ts';
import { panelManifest, scanFiles } from '../helpers/temp-app.ts';

const manifest = panelManifest('storage:app', 'read:jira-work', 'read:jira-user');

const logs = (facts: Facts) => facts.logs.map((l) => `${l.evidence.file}:${l.evidence.line} ${l.carries.join(',')}`);

describe('typed resolvers: `makeResolver({ … })` of @forge/resolver and `makeInvoke()` of @forge/bridge', () => {
  it('hands each function of the object its resolver request, and the front end what each returns', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'static/package.json': JSON.stringify({ dependencies: { '@forge/bridge': '5.6.0', react: '18.2.0' } }),
      'static/src/App.js': [
        "import React, { useState } from 'react';",
        "import { makeInvoke } from '@forge/bridge';",
        'const invoke = makeInvoke();',
        'export default function App() {',
        "  const [note, setNote] = useState('');",
        '  const save = async () => {',
        "    await invoke('saveNote', { note });",
        "    console.log('issue', await invoke('getIssue', { key: 'X-1' }));",
        "    console.log('me', await invoke('whoAmI'));",
        '  };',
        '  return (<input onChange={(e) => setNote(e.target.value)} onBlur={save} />);',
        '}',
      ].join('\n'),
      'src/index.js': [
        "import { makeResolver } from '@forge/resolver';",
        "import api, { route, storage } from '@forge/api';",
        'async function getIssue({ payload }) {',
        '  return (await api.asApp().requestJira(route`/rest/api/3/issue/${payload.key}`)).json();',
        '}',
        'export const handler = makeResolver({',
        '  async saveNote(request) {',
        '    console.log(request);',
        "    await storage.set('note', request.payload.note);",
        '  },',
        '  getIssue,',
        '  whoAmI: async () => (await api.asUser().requestJira(route`/rest/api/3/myself`)).json(),',
        '});',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => [s.key, s.carries]), [['note', ['resolver-payload']]]);
    // `getIssue` reads the issue with no fields named: all of them, its assignee, reporter and creator too.
    assert.deepEqual(logs(facts), [
      'src/index.js:8 account-id,resolver-payload',
      'static/src/App.js:8 account-id,display-name,email,product-content',
      'static/src/App.js:9 account-id,display-name,email,product-content',
    ]);
  });
});
