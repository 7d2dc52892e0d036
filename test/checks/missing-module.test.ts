import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import check from '../../src/checks/catalogue/missing-module.ts';
import { storageWrite } from '../claims/facts-builder.ts';
import { reportsOf, type Case } from './check-cases.ts';
import { at, makeFacts } from './facts-builder.ts';

const forgeLlm = { vendor: 'forge-llms', provider: 'Atlassian (Forge LLMs)', api: '@forge/llm', evidence: at('src/summary.js', 1, "import { chat } from '@forge/llm';") };
const module = (type: string, line: number) => ({ type, key: `${type}-main`, ui: 'none' as const, evidence: at('manifest.yml', line) });

const cases: Case[] = [
  {
    name: 'Forge LLMs with the llm module, Forge SQL with the sql module',
    facts: makeFacts({ app: { modules: [module('llm', 4), module('sql', 8)] }, llm: [forgeLlm], storage: [storageWrite('sql', ['other'], 'src/db.js', 7, 'notes')] }),
    expect: [],
  },
  {
    name: 'Forge LLMs without the llm module',
    facts: makeFacts({ app: { modules: [module('sql', 8)] }, llm: [forgeLlm] }),
    expect: [{ messageId: 'missing', at: 'src/summary.js:1' }],
  },
  {
    name: 'Forge SQL in two places without the sql module: one finding, the other related',
    facts: makeFacts({ storage: [storageWrite('sql', ['other'], 'src/db.js', 7, 'notes'), storageWrite('sql', ['other'], 'src/db.js', 12, 'notes'), storageWrite('kvs', ['other'], 'src/db.js', 20, 'x')] }),
    expect: [{ messageId: 'missingMany', at: 'src/db.js:7', related: ['src/db.js:12'] }],
  },
  {
    name: 'the Forge Object Store without the objectStore module',
    facts: makeFacts({ app: { modules: [module('sql', 8)] }, storage: [storageWrite('object-store', ['other'], 'src/files.js', 5, 'exports/{}')] }),
    expect: [{ messageId: 'missing', at: 'src/files.js:5' }],
  },
  {
    name: 'a model of another vendor needs no module',
    facts: makeFacts({ llm: [{ ...forgeLlm, vendor: 'openai', provider: 'OpenAI', api: 'openai' }] }),
    expect: [],
  },
  {
    name: 'a Connect app is not a Forge app',
    facts: makeFacts({ app: { platform: 'connect' }, storage: [storageWrite('sql', ['other'], 'src/db.js', 7, 'notes')] }),
    expect: [],
  },
];

describe('missing-module', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(reportsOf(check, c), c.expect));
});
