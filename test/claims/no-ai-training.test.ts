import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/no-ai-training.ts';
import { recogniseClaims, recogniseText } from '../../src/claims/recognise.ts';
import { readStatement } from '../../src/statement/read.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { at, call, makeFacts, sdkCall, storageWrite, thirdParty } from './facts-builder.ts';

const openai = thirdParty('openai', 'OpenAI', 'ai', [{ kind: 'import', detail: 'openai', evidence: at('src/ai.js', 1) }]);

const cases: Case[] = [
  {
    name: 'fine-tuning through the OpenAI SDK',
    facts: makeFacts({ thirdParties: [openai], egress: { sdkCalls: [sdkCall('openai', 'src/ai.js', 8, ['product-content'], 'chat.completions.create'), sdkCall('openai', 'src/events.js', 19, ['other'], 'fineTuning.jobs.create')] } }),
    expect: { verdict: 'contradicted', messageId: 'trains', at: ['src/events.js:19'] },
  },
  {
    name: 'a request to OpenAI\'s fine-tuning endpoint',
    facts: makeFacts({ thirdParties: [openai], egress: { calls: [{ ...call('api.openai.com', 'src/nightly.js', 13, ['other']), url: 'https://api.openai.com/v1/fine_tuning/jobs' }] } }),
    expect: { verdict: 'contradicted', messageId: 'trains', at: ['src/nightly.js:13'] },
  },
  {
    name: 'completions only: what the provider does with them is its terms',
    facts: makeFacts({ thirdParties: [openai], egress: { sdkCalls: [sdkCall('openai', 'src/ai.js', 8, ['product-content'], 'chat.completions.create')] } }),
    expect: { verdict: 'unverified', messageId: 'inference', at: ['src/ai.js:1'] },
  },
  {
    name: 'completions only, and the profile says OpenAI does not train on what it is sent: on the vendor\'s word',
    facts: makeFacts({ thirdParties: [openai], egress: { sdkCalls: [sdkCall('openai', 'src/ai.js', 8, ['product-content'], 'chat.completions.create')] } }),
    profile: { thirdParties: [{ id: 'openai', name: 'OpenAI', trainsOnData: false }] },
    expect: { verdict: 'organisational', messageId: 'providerNoTraining', at: ['src/ai.js:1'] },
  },
  {
    name: 'completions only, and the profile says OpenAI may train on what it is sent',
    facts: makeFacts({ thirdParties: [openai], egress: { sdkCalls: [sdkCall('openai', 'src/ai.js', 8, ['product-content'], 'chat.completions.create')] } }),
    profile: { thirdParties: [{ name: 'OpenAI', trainsOnData: true }] },
    expect: { verdict: 'contradicted', messageId: 'providerTrains', at: ['src/ai.js:1'] },
  },
  {
    name: 'two providers, the profile speaks for one: unverified, naming the other',
    facts: makeFacts({ thirdParties: [openai, thirdParty('anthropic', 'Anthropic', 'ai', [{ kind: 'import', detail: '@anthropic-ai/sdk', evidence: at('src/claude.js', 1) }])] }),
    profile: { thirdParties: [{ id: 'openai', name: 'OpenAI', trainsOnData: false }] },
    expect: { verdict: 'unverified', messageId: 'inference', at: ['src/claude.js:1'] },
  },
  {
    name: 'no AI, but board content goes to Slack',
    facts: makeFacts({ egress: { calls: [call('hooks.slack.com', 'src/index.js', 27, ['product-content'])] } }),
    expect: { verdict: 'unverified', messageId: 'elsewhere', at: ['src/index.js:27'] },
  },
  {
    name: 'no AI, and the vendor\'s own database keeps End-User Data',
    facts: makeFacts({ storage: [storageWrite('external-db', ['account-id'], 'src/server.js', 29)] }),
    expect: { verdict: 'unverified', messageId: 'elsewhere', at: ['src/server.js:29'] },
  },
  { name: 'no AI, and nothing leaves Atlassian', facts: makeFacts({ storage: [storageWrite('kvs', ['product-content'], 'src/index.js', 9)] }), expect: { verdict: 'verified', messageId: 'verified', at: [] } },
];

const source = { kind: 'statement' as const, file: 'statement.txt', line: 1, column: 1, text: '' };
const ids = (sentence: string): string[] => recogniseText(sentence, { ...source, text: sentence }).map((r) => r.claim.id);

describe('no-ai-training', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));

  it('reads vendors\' wordings of the claim', () => {
    for (const sentence of [
      'Your Jira data is never used to train AI models.',
      'Customer content is not used to train or fine-tune AI models.',
      'Your data is never used to train machine learning models.',
      'We do not use your data to train models.',
      'Your retrospective notes are not used for AI training.',
      'Anthropic does not train its models on data sent through its API.',
      'Your prompts are never stored or used for training.',
      "We don't use customer data to train or improve our AI features.",
    ]) assert.ok(ids(sentence).includes('no-ai-training'), sentence);
  });

  it('does not read a statement about training people or a use of AI', () => {
    for (const sentence of [
      'Employees complete security awareness training at onboarding and at least annually.',
      'We use OpenAI models to draft release notes.',
      'If the app uses any data for product analytics or model training, state that explicitly here.',
      'Your feedback is never used to improve our support process.',
    ]) assert.ok(!ids(sentence).includes('no-ai-training'), sentence);
  });

  it('reads a questionnaire\'s "No" to "Is my data used to train AI models?"', () => {
    const found = recogniseClaims(readStatement('faq.txt', 'FAQ\n\nQ: Is my data used to train AI models?\nA: No.\n'));
    assert.deepEqual(found.map((r) => r.claim.id), ['no-ai-training']);
  });
});
