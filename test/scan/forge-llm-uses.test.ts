import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe('a model the app runs on Forge (`@forge/llm`)', () => {
  it('is an AI use of the app, by Atlassian, and no third party', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('  llm:', '    - key: main-llm', '      model:', '        - claude'),
      'package.json': '{"name":"x","dependencies":{"@forge/llm":"^0.3.0"}}',
      'src/index.ts': [
        "import { chat } from '@forge/llm';",
        "import type { ChatResponse } from '@forge/llm';",
        'export async function run(event: { text: string }) {',
        "  const response = await chat({ model: 'claude-haiku-4-5-20251001', messages: [{ role: 'user', content: event.text }] });",
        '  return response.choices[0].message.content;',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.llm.map((l) => ({ vendor: l.vendor, provider: l.provider, api: l.api, at: `${l.evidence.file}:${l.evidence.line}` })), [
      { vendor: 'forge-llms', provider: 'Atlassian (Forge LLMs)', api: '@forge/llm', at: 'src/index.ts:1' },
    ]);
    assert.deepEqual(facts.thirdParties, []);
    assert.deepEqual(facts.egress.calls, []);
  });
});
