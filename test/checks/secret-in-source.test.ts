import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import check from '../../src/checks/catalogue/secret-in-source.ts';
import { reportsOf, type Case } from './check-cases.ts';
import { at, makeFacts } from './facts-builder.ts';

const cases: Case[] = [
  { name: 'no secret', facts: makeFacts(), expect: [] },
  {
    name: 'an API key in a source file and a token in .env',
    facts: makeFacts({
      secrets: [
        { rule: 'openai-api-key', description: 'An OpenAI API key', masked: 'sk-p…Q3xT', evidence: at('src/ai.js', 2, "const KEY = 'sk-p…';") },
        { rule: 'slack-bot-token', description: 'A Slack bot token', masked: 'xoxb…9f2a', evidence: at('.env', 1) },
      ],
    }),
    expect: [{ messageId: 'secret', at: 'src/ai.js:2' }, { messageId: 'secret', at: '.env:1' }],
  },
];

describe('secret-in-source', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(reportsOf(check, c), c.expect));
});
