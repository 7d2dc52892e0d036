import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const DESCRIPTOR = JSON.stringify({
  key: 'story-writer', baseUrl: 'https://stories.example.com', authentication: { type: 'jwt' }, scopes: ['READ'],
  lifecycle: { installed: '/installed' }, modules: {},
});

const apis = (facts: Awaited<ReturnType<typeof scanFiles>>['facts']): string[] => facts.egress.sdkCalls.map((c) => `${c.evidence.line} ${c.api}`);

describe('a method of what an SDK answered is no call of the SDK', () => {
  it('`completion.choices[0].message.content.split(…)`: only the request that made the completion', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': DESCRIPTOR,
      'package.json': JSON.stringify({ main: 'server.js', dependencies: { openai: '^4.0.0', express: '^4.0.0' } }),
      'server.js': [
        "const express = require('express');",
        "const OpenAI = require('openai');",
        'const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });',
        'const app = express();',
        "app.post('/stories', async (req, res) => {",
        "  const completion = await openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: req.body.text }] });",
        "  const stories = completion.choices[0].message.content.split('\\n').filter((line) => line.includes('As a'));",
        '  res.json({ stories });',
        '});',
        'app.listen(3000);',
        '',
      ].join('\n'),
    });
    assert.deepEqual(apis(facts), ['6 chat.completions.create']);
  });

  it("Gemini's `getGenerativeModel` builds the model here; `generateContent` sends the prompt, and the answer's text is read here", async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': DESCRIPTOR,
      'package.json': JSON.stringify({ main: 'server.js', dependencies: { '@google/generative-ai': '^0.21.0', express: '^4.0.0' } }),
      'server.js': [
        "const express = require('express');",
        "const { GoogleGenerativeAI } = require('@google/generative-ai');",
        'const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY);',
        'const app = express();',
        "app.post('/stories', async (req, res) => {",
        "  const model = genAI.getGenerativeModel({ model: 'gemini-1.5-flash' });",
        '  const result = await model.generateContent(`Write stories for: ${req.body.text}`);',
        '  const text = result.response.text();',
        '  res.json(JSON.parse(text.match(/\\{[\\s\\S]*\\}/)[0]));',
        '});',
        'app.listen(3000);',
        '',
      ].join('\n'),
    });
    assert.deepEqual(apis(facts), ['7 GoogleGenerativeAI.getGenerativeModel.generateContent']);
  });
});

describe("Shopify's library object and its webhook check run in the app", () => {
  it('`shopifyApi({ apiSecretKey })` and `shopify.webhooks.validate(…)` send nothing to Shopify', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': DESCRIPTOR,
      'package.json': JSON.stringify({ main: 'server.js', dependencies: { '@shopify/shopify-api': '^12.0.0', express: '^4.0.0' } }),
      'server.js': [
        "const express = require('express');",
        "const { shopifyApi } = require('@shopify/shopify-api');",
        "const shopify = shopifyApi({ apiKey: process.env.SHOPIFY_API_KEY, apiSecretKey: process.env.SHOPIFY_API_SECRET, scopes: ['read_customers'] });",
        'const app = express();',
        "app.post('/webhooks', async (req, res) => {",
        '  const valid = await shopify.webhooks.validate({ rawBody: req.rawBody, rawRequest: req, rawResponse: res });',
        '  res.sendStatus(valid ? 200 : 401);',
        '});',
        'app.listen(3000);',
        '',
      ].join('\n'),
    });
    assert.deepEqual(apis(facts), []);
    assert.deepEqual(facts.thirdParties.map((t) => t.vendor), ['shopify']);
  });
});
