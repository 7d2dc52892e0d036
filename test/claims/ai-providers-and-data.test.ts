import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseText } from '../../src/claims/recognise.ts';
import claim from '../../src/claims/catalogue/ai-providers-and-data.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { at, call, egressEntry, makeFacts, sdkCall, thirdParty } from './facts-builder.ts';

const openaiSdk = thirdParty('openai', 'OpenAI', 'ai', [{ kind: 'import', detail: 'openai', evidence: at('lib/ai.js', 2) }]);
const openaiHttp = thirdParty('openai', 'OpenAI', 'ai', [{ kind: 'egress', detail: 'api.openai.com', evidence: at('lib/ai.js', 30) }]);
const anthropic = thirdParty('anthropic', 'Anthropic', 'ai', [{ kind: 'import', detail: '@anthropic-ai/sdk', evidence: at('lib/ai.js', 1) }]);
const openaiAllowed = thirdParty('openai', 'OpenAI', 'ai', [{ kind: 'declared-egress', detail: 'api.openai.com', evidence: at('manifest.yml', 41) }]);
const generation = ['user prompt', 'image attached by the user to the prompt'];
const forgeLlm = { vendor: 'forge-llms', provider: 'Atlassian (Forge LLMs)', api: '@forge/llm', evidence: at('src/summary.js', 3) };

const cases: Case[] = [
  {
    name: 'prompt sent over HTTP, as listed',
    params: { data: generation },
    facts: makeFacts({ thirdParties: [openaiHttp], egress: { calls: [call('api.openai.com', 'lib/ai.js', 30, ['resolver-payload', 'secret'])] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: ['lib/ai.js:30'] },
  },
  {
    name: 'an account id sent though the list names none',
    params: { data: generation },
    facts: makeFacts({ thirdParties: [openaiHttp], egress: { calls: [call('api.openai.com', 'lib/ai.js', 30, ['resolver-payload', 'account-id'])] } }),
    expect: { verdict: 'contradicted', messageId: 'unlistedData', at: ['lib/ai.js:30'] },
  },
  {
    name: 'issue content through the SDK, as listed',
    params: { data: [...generation, 'issue description'] },
    facts: makeFacts({ thirdParties: [openaiSdk], egress: { sdkCalls: [sdkCall('openai', 'lib/ai.js', 14, ['product-content'], 'chat.completions.create')] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: ['lib/ai.js:14', 'lib/ai.js:2'] },
  },
  {
    name: 'the user\'s email in the messages of an SDK call, though the list names none',
    params: { data: generation },
    facts: makeFacts({ thirdParties: [openaiSdk], egress: { sdkCalls: [sdkCall('openai', 'lib/ai.js', 14, ['resolver-payload', 'email'], 'chat.completions.create')] } }),
    expect: { verdict: 'contradicted', messageId: 'unlistedData', at: ['lib/ai.js:14'] },
  },
  {
    name: 'an SDK imported, no call seen',
    params: { data: generation },
    facts: makeFacts({ thirdParties: [openaiSdk] }),
    expect: { verdict: 'unverified', messageId: 'sdkOnly', at: ['lib/ai.js:2'] },
  },
  {
    name: 'a provider the statement does not name',
    params: { providers: ['OpenAI'] },
    facts: makeFacts({ thirdParties: [openaiSdk, anthropic] }),
    expect: { verdict: 'contradicted', messageId: 'unlisted', at: ['lib/ai.js:1'] },
  },
  {
    name: 'an unnamed provider is shown at its call, then its import, then package.json',
    params: { providers: [] },
    facts: makeFacts({
      thirdParties: [thirdParty('openai', 'OpenAI', 'ai', [{ kind: 'dependency', detail: 'openai', evidence: at('package.json', 13) }, { kind: 'import', detail: 'openai', evidence: at('server/describe.js', 1) }])],
      egress: { sdkCalls: [sdkCall('openai', 'server/describe.js', 7, ['resolver-payload'], 'chat.completions.create')] },
    }),
    expect: { verdict: 'contradicted', messageId: 'unlisted', at: ['server/describe.js:7', 'server/describe.js:1', 'package.json:13'] },
  },
  {
    name: '"We send the following data to OpenAI:" checks the calls to OpenAI, not those to Anthropic, and names no list of providers',
    params: { to: ['OpenAI'], data: ['Issue summary'] },
    facts: makeFacts({
      thirdParties: [openaiSdk, anthropic],
      egress: { sdkCalls: [sdkCall('anthropic', 'lib/ai.js', 40, ['email'], 'messages.create'), sdkCall('openai', 'lib/ai.js', 14, ['product-content'], 'chat.completions.create')] },
    }),
    expect: { verdict: 'verified', messageId: 'verified', at: ['lib/ai.js:14', 'lib/ai.js:2', 'lib/ai.js:1'] },
  },
  {
    name: 'data said to go to Anthropic through a remote, while the code itself sends it to OpenAI: not "no call sends data"',
    params: { to: ['Anthropic'], data: ['Issue summaries and descriptions'] },
    facts: makeFacts({ thirdParties: [openaiHttp], egress: { calls: [call('api.openai.com', 'lib/ai.js', 30, ['product-content'])] } }),
    expect: { verdict: 'unverified', messageId: 'otherProvider', at: ['lib/ai.js:30'] },
  },
  {
    name: '"We send the following data to OpenAI:" and an assignee\'s email in the prompt',
    params: { to: ['OpenAI'], data: ['Issue summary'] },
    facts: makeFacts({ thirdParties: [openaiHttp], egress: { calls: [call('api.openai.com', 'src/digest.js', 6, ['product-content', 'email'])] } }),
    expect: { verdict: 'contradicted', messageId: 'unlistedData', at: ['src/digest.js:6'] },
  },
  {
    name: '"No personal data is sent to external AI services", and an issue summary goes to OpenAI',
    params: { data: [] },
    facts: makeFacts({ thirdParties: [openaiHttp], egress: { calls: [call('api.openai.com', 'src/index.js', 9, ['product-content'])] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: ['src/index.js:9', 'lib/ai.js:30'] },
  },
  {
    name: '"No personal data is sent to external AI services", and an email goes to OpenAI',
    params: { data: [] },
    facts: makeFacts({ thirdParties: [openaiHttp], egress: { calls: [call('api.openai.com', 'src/index.js', 9, ['product-content', 'email'])] } }),
    expect: { verdict: 'contradicted', messageId: 'unlistedData', at: ['src/index.js:9'] },
  },
  { name: 'no AI in the code', params: { providers: ['OpenAI'] }, facts: makeFacts(), expect: { verdict: 'unverified', messageId: 'noAi', at: [] } },
  { name: '"No AI services are used", and none in the code', params: { providers: [] }, facts: makeFacts(), expect: { verdict: 'verified', messageId: 'none', at: [] } },
  {
    name: '"No data is sent to external AI services": the manifest still allows OpenAI, and nothing calls it',
    params: { providers: [] },
    facts: makeFacts({ thirdParties: [openaiAllowed], egress: { declared: [egressEntry('api.openai.com', 41)] } }),
    expect: { verdict: 'verified', messageId: 'none', at: [] },
  },
  {
    name: 'the manifest allows OpenAI, and a Forge fetch Candor cannot resolve may reach it',
    params: { providers: [] },
    facts: makeFacts({ thirdParties: [openaiAllowed], egress: { declared: [egressEntry('api.openai.com', 41)], unresolved: [call(null, 'src/hook.js', 12, ['product-content'])] } }),
    expect: { verdict: 'unverified', messageId: 'onlyAllowed', at: ['manifest.yml:41'] },
  },
  {
    name: 'the manifest allows OpenAI, and a Forge fetch Candor cannot resolve reaches only the other host declared',
    params: { providers: [] },
    facts: makeFacts({ thirdParties: [openaiAllowed], egress: { declared: [egressEntry('hooks.slack.com', 40), egressEntry('api.openai.com', 41, 'fetch-client')], unresolved: [call(null, 'src/hook.js', 12, ['product-content'])] } }),
    expect: { verdict: 'verified', messageId: 'none', at: [] },
  },
  {
    name: '"Summaries come from Forge LLMs. The app does not call any other AI provider.": the platform\'s model is no provider outside Atlassian',
    params: { providers: [] },
    facts: makeFacts({ llm: [{ vendor: 'forge-llms', provider: 'Atlassian (Forge LLMs)', api: '@forge/llm', evidence: at('src/summary.js', 3) }] }),
    expect: { verdict: 'verified', messageId: 'platformOnly', at: ['src/summary.js:3'] },
  },
  {
    name: '"No AI services are used": a model Atlassian hosts for the app is still AI',
    params: { providers: [], any: true },
    facts: makeFacts({ llm: [forgeLlm] }),
    expect: { verdict: 'contradicted', messageId: 'platformAi', at: ['src/summary.js:3'] },
  },
  {
    name: '"The app uses no AI", and a Rovo agent in the manifest',
    params: { providers: [], any: true },
    facts: makeFacts({ llm: [{ vendor: 'rovo', provider: 'Atlassian (Rovo)', api: 'rovo:agent', evidence: at('manifest.yml', 11) }] }),
    expect: { verdict: 'contradicted', messageId: 'platformAi', at: ['manifest.yml:11'] },
  },
  {
    name: '"No AI services are used", and none in the code',
    params: { providers: [], any: true },
    facts: makeFacts({}),
    expect: { verdict: 'verified', messageId: 'none', at: [] },
  },
  {
    name: '"Only the issue summary is sent to OpenAI": the call carries content, and the scan cannot tell the summary from the rest',
    params: { to: ['OpenAI'], data: ['the issue summary'], only: true },
    facts: makeFacts({ thirdParties: [openaiSdk], egress: { sdkCalls: [sdkCall('openai', 'lib/ai.js', 14, ['product-content'], 'chat.completions.create')] } }),
    expect: { verdict: 'unverified', messageId: 'fieldsUnknown', at: ['lib/ai.js:14'] },
  },
  {
    name: '"Only the issue summary is sent to OpenAI", and the call carries the account ID: contradicted',
    params: { to: ['OpenAI'], data: ['the issue summary'], only: true },
    facts: makeFacts({ thirdParties: [openaiSdk], egress: { sdkCalls: [sdkCall('openai', 'lib/ai.js', 14, ['product-content', 'account-id'], 'chat.completions.create')] } }),
    expect: { verdict: 'contradicted', messageId: 'unlistedData', at: ['lib/ai.js:14'] },
  },
  {
    name: '"We never send comments to the AI model", and the model is Forge LLMs: the fields it gets are unknown',
    params: { withheld: ['comments'] },
    facts: makeFacts({ llm: [forgeLlm] }),
    expect: { verdict: 'unverified', messageId: 'fieldsPlatform', at: ['src/summary.js:3'] },
  },
  {
    name: '"Comments are never sent to OpenAI", and the call carries only text the code writes',
    params: { to: ['OpenAI'], withheld: ['Comments'] },
    facts: makeFacts({ thirdParties: [openaiHttp], egress: { calls: [call('api.openai.com', 'lib/ai.js', 30, ['literal', 'secret'])] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: ['lib/ai.js:30'] },
  },
  {
    name: '… and the same sentence with OpenAI called too: contradicted',
    params: { providers: [] },
    facts: makeFacts({ thirdParties: [openaiHttp], llm: [{ vendor: 'forge-llms', provider: 'Atlassian (Forge LLMs)', api: '@forge/llm', evidence: at('src/summary.js', 3) }] }),
    expect: { verdict: 'contradicted', messageId: 'unlisted', at: ['lib/ai.js:30'] },
  },
];

describe('ai-providers-and-data', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));

  const paramsIn = (sentence: string) => recogniseText(sentence, { kind: 'statement', file: 'statement.md', line: 1, column: 1, text: sentence }).find((r) => r.claim.id === 'ai-providers-and-data')?.params ?? null;

  it('reads data denied to AI services outside Atlassian as no AI provider at all', () => {
    assert.deepEqual(paramsIn('No data is sent to external AI services'), { providers: [] });
    assert.deepEqual(paramsIn('We never pass page content to any third-party LLM providers.'), { providers: [] });
    // An exception names a provider: no claim of none.
    assert.equal(paramsIn('No data is sent to external AI services except OpenAI.'), null);
  });

  it('reads providers given as examples of the denied kind as denied, not as the providers used', () => {
    assert.deepEqual(paramsIn('No request data is sent to third-party LLM providers such as OpenAI or Anthropic.'), { providers: [] });
    assert.deepEqual(paramsIn('We never send page content to external AI services, e.g. Gemini.'), { providers: [] });
    // Nor is the kind every third party: Sentry beside it contradicts nothing.
    const ids = recogniseText('No request data is sent to third-party LLM providers such as OpenAI.', { kind: 'statement', file: 'statement.md', line: 1, column: 1, text: '' }).map((r) => r.claim.id);
    assert.deepEqual(ids, ['ai-providers-and-data']);
  });

  it('reads no AI provider into no denial that leaves room for some data or some sending', () => {
    // Training is no-ai-training's topic; a condition or "other" data allows what the app does send.
    assert.equal(paramsIn('No customer data is sent to third-party AI models for training.'), null);
    assert.equal(paramsIn('We do not send your data to any third-party LLM providers without your consent.'), null);
    assert.equal(paramsIn('No other data is sent to external AI services.'), null);
    assert.equal(paramsIn('No sensitive data is sent to external AI services.'), null);
    // The provider the same sentence names is the one used.
    assert.deepEqual(paramsIn('We send issue summaries to OpenAI; no other data is sent to external AI services.'), { to: ['OpenAI'], data: ['issue summaries'] });
  });

  it('reads a denial of AI as such as one of Atlassian\'s models too, and one held to a purpose or to data as no such denial', () => {
    assert.deepEqual(paramsIn('The app does not use any AI or machine learning.'), { providers: [], any: true });
    assert.deepEqual(paramsIn('We do not use AI, ML, or LLMs in the app.'), { providers: [], any: true });
    // A purpose the code cannot show: no claim, so a summariser on @forge/llm (or OpenAI) contradicts nothing.
    assert.equal(paramsIn('The app does not use AI to make decisions about users.'), null);
    assert.equal(paramsIn('No AI services are used for hiring.'), null);
    // AI on the product's data: no provider gets it, and Atlassian's own models are left out of it.
    assert.deepEqual(paramsIn('We do not use AI on your data.'), { providers: [] });
  });

  it('reads personal data denied to AI services as a list of data sent that names no identifier', () => {
    assert.deepEqual(paramsIn('No personal data is sent to external AI services.'), { data: [] });
    assert.deepEqual(paramsIn('We never send PII to third-party LLM providers.'), { data: [] });
  });
});
