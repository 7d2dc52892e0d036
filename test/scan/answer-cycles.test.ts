import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { stopManifestValidator } from '../../src/app/manifest-schema.ts';
import { panelManifest, scanFiles } from '../helpers/temp-app.ts';

after(() => stopManifestValidator());

// The front end reads back a list it saved and adds to it: what is stored holds what it sent, and what it sends is what it
// read. A module that reads the same key for an AI provider must not leave the front end's read of it half worked out.
test('a list the front end saves and reads back carries what it sent, whichever module reads the key first', async () => {
  const { facts } = await scanFiles({
    'manifest.yml': panelManifest('storage:app'),
    'src/index.js': [
      "import Resolver from '@forge/resolver';",
      "import { storage } from '@forge/api';",
      'const resolver = new Resolver();',
      "resolver.define('getLabelsFromStorage', async () => {",
      "  return await storage.get('labels');",
      '});',
      "resolver.define('setLabels', async (req) => {",
      "  storage.set('labels', req.payload);",
      '});',
      'export const handler = resolver.getDefinitions();', '',
    ].join('\n'),
    'src/ai/classify.js': [
      "import api, { storage } from '@forge/api';",
      'export const classify = async (text) => {',
      "  const labels = await storage.get('labels');",
      "  const labelList = labels.join('\\n');",
      '  return prompt(text, labelList);',
      '};',
      'async function send(messages) {',
      "  const res = await api.fetch('https://api.openai.com/v1/chat/completions', { method: 'POST', body: JSON.stringify({ messages }) });",
      '  return res.json();',
      '}',
      'async function prompt(text, labelList) {',
      "  return send([{ role: 'user', content: text + labelList }]);",
      '}', '',
    ].join('\n'),
    'static/src/App.js': [
      "import React, { useState, useEffect } from 'react';",
      "import { invoke } from '@forge/bridge';",
      'export const App = () => {',
      "  const [labels, setLabels] = useState(['todo', 'done']);",
      '  useEffect(async () => {',
      "    let existingLabels = await invoke('getLabelsFromStorage');",
      "    console.log('TAGS:', existingLabels);",
      "    if (!Array.isArray(existingLabels)) await invoke('setLabels', labels);",
      '    else setLabels(existingLabels);',
      '  }, []);',
      '  const add = async (form) => {',
      "    let existingLabels = await invoke('getLabelsFromStorage');",
      '    existingLabels.push(form.label);',
      "    await invoke('setLabels', existingLabels);",
      '    setLabels(existingLabels);',
      '  };',
      '  return <form onSubmit={add}>{labels.length}</form>;',
      '};', '',
    ].join('\n'),
  });
  const log = facts.logs.find((l) => l.side === 'frontend' && l.evidence.line === 7);
  assert.deepEqual(log?.carries, ['resolver-payload']);
});
