import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

// A Rovo agent (https://developer.atlassian.com/platform/forge/manifest-reference/modules/rovo-agent/) answers users' chat
// prompts with Atlassian's models and calls the app's actions with input from the chat.
const manifest = (agent: boolean) => [
  'modules:',
  ...(agent ? ['  rovo:agent:', '    - key: triage-agent', '      name: Triage', '      description: Triages issues', '      prompt: Help the user triage issues.', '      actions:', '        - remember-note'] : []),
  '  action:', '    - key: remember-note', '      name: Remember a note', '      function: remember', '      actionVerb: CREATE',
  '      description: Keeps a note the user asks to remember', '      inputs:', '        note:', '          title: Note', '          type: string',
  '          required: true', '          description: The note to keep',
  '  function:', '    - key: remember', '      handler: index.remember',
  'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13', '  runtime:', '    name: nodejs24.x',
  'permissions:', '  scopes:', '    - storage:app', '',
].join('\n');
const code = [
  "import { kvs } from '@forge/kvs';",
  'export async function remember(payload, context) {',
  '  await kvs.set(`note:${context.principal.accountId}`, { note: payload.note });',
  "  return 'Noted';",
  '}',
  '',
].join('\n');

describe('a Rovo agent', () => {
  it("is an AI use run by Atlassian at its module, no third party; its action's input is what the user typed", async () => {
    const { facts } = await scanFiles({ 'manifest.yml': manifest(true), 'src/index.js': code });
    assert.deepEqual(facts.llm.map((l) => [l.vendor, l.provider, l.api, `${l.evidence.file}:${l.evidence.line}`]), [['rovo', 'Atlassian (Rovo)', 'rovo:agent', 'manifest.yml:3']]);
    assert.deepEqual([facts.thirdParties, facts.egress.calls], [[], []]);
    assert.deepEqual(facts.storage.map((s) => [s.backend, s.key, s.carries]), [['kvs', 'note:{}', ['account-id', 'resolver-payload']]]);
  });

  it('an action alone, for the customers\' own agents, is no AI use of the app', async () => {
    const { facts } = await scanFiles({ 'manifest.yml': manifest(false), 'src/index.js': code });
    assert.deepEqual(facts.llm, []);
  });
});
