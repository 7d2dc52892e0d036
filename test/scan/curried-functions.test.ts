import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const manifest = [
  'modules:', '  trigger:', '    - key: created', '      function: main', '      events:', '        - avi:jira:created:issue',
  '  function:', '    - key: main', '      handler: index.run',
  'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13', '  runtime:', '    name: nodejs24.x',
  'permissions:', '  scopes:', '    - read:jira-work', '  external:', '    fetch:', '      backend:', '        - https://tasks.example.com', '',
].join('\n');

describe('a function another function returns (`makeSender(cfg)(card)`)', () => {
  it('sends what the calls of the returned function pass it, also through an object of them another module builds', async () => {
    const sender = [
      "import fetch from 'node-fetch';",
      'const postCard = ({ token }) => async ({ title }) =>',
      "  fetch('https://tasks.example.com/cards', { method: 'POST', headers: { Authorization: token }, body: JSON.stringify({ title }) });",
      'export function makeNote(base) {',
      "  return async (note) => fetch(`${base}/notes`, { method: 'POST', body: JSON.stringify({ text: note.text }) });",
      '}',
      'export const tasks = (cfg) => ({ postCard: postCard(cfg) });',
    ].join('\n');
    const index = [
      "import { makeNote, tasks } from './sender';",
      'export async function run(event) {',
      '  const { summary } = event.issue.fields;',
      '  const { postCard } = tasks({ token: process.env.TASKS_TOKEN });',
      '  await postCard({ title: summary });',
      "  const note = makeNote('https://tasks.example.com');",
      '  await note({ text: summary });',
      "  await makeNote('https://tasks.example.com')({ text: 'created' });",
      '}',
    ].join('\n');
    const { facts } = await scanFiles({ 'manifest.yml': manifest, 'package.json': '{"dependencies":{"node-fetch":"2.7.0"}}', 'src/index.js': index, 'src/sender.js': sender });
    assert.deepEqual(facts.egress.calls.map((c) => [`${c.evidence.file}:${c.evidence.line}`, c.carries.join(',')]), [
      ['src/sender.js:3', 'product-content,secret'],
      // The URL is the caller's: the request is reported where `makeNote` is given it.
      ['src/index.js:6', 'product-content'],
      ['src/index.js:8', 'product-content'],
    ]);
  });
});
