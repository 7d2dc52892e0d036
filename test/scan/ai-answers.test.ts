import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';
import type { Facts } from '../../src/scan/facts.ts';

const MANIFEST = forgeManifest('permissions:', '  scopes:', '    - read:page:confluence', '    - storage:app');

/** What the log calls and storage writes of a file carry, by line. */
function byLine(facts: Facts, file = 'src/index.js'): Record<number, string[]> {
  const out: Record<number, string[]> = {};
  for (const fact of [...facts.logs, ...facts.storage.filter((s) => s.op === 'write')]) if (fact.evidence.file === file) out[fact.evidence.line] = fact.carries;
  return out;
}

const PAGE = [
  "import api, { route, fetch, storage } from '@forge/api';",
  'async function page(id) {',
  '  const res = await api.asApp().requestConfluence(route`/wiki/api/v2/pages/${id}?body-format=storage`);',
  '  return (await res.json()).body.storage.value;',
  '}',
];

describe('the answer of an AI service holds the content it was sent', () => {
  it('through fetch: the answer fields carry the page sent, not the account ID or key sent with it', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'src/index.js': [
        ...PAGE,
        'export async function run(event, context) {',
        '  const text = await page(event.pageId);',
        "  const res = await fetch('https://api.openai.com/v1/chat/completions', {",
        "    method: 'POST', headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}` },",
        "    body: JSON.stringify({ user: context.accountId, messages: [{ role: 'user', content: `Summarise: ${text}` }] }),",
        '  });',
        '  const data = await res.json();',
        '  const summary = data.choices[0].message.content;',
        "  await storage.set(`summary:${event.pageId}`, summary);",
        '  console.log(summary);',
        "  console.log('tokens', data.usage);",
        '  const { choices } = data;',
        '  console.log(choices[0].message);',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(byLine(facts), { 14: ['product-content'], 15: ['product-content'], 16: ['other'], 18: ['product-content'] });
  });

  it('through the SDKs of OpenAI and Anthropic, and Gemini over axios', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'package.json': JSON.stringify({ name: 'x', dependencies: { openai: '^4.0.0', '@anthropic-ai/sdk': '^0.30.0', axios: '^1.0.0' } }),
      'src/index.js': [
        ...PAGE,
        "import OpenAI from 'openai';",
        "import Anthropic from '@anthropic-ai/sdk';",
        "import axios from 'axios';",
        'const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });',
        'const anthropic = new Anthropic();',
        'export async function run(event) {',
        '  const text = await page(event.pageId);',
        "  const completion = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: text }] });",
        '  console.log(completion.choices[0].message.content);',
        '  console.log(completion.usage.total_tokens, completion.model);',
        "  const msg = await anthropic.messages.create({ model: 'claude-haiku-4-5', max_tokens: 512, messages: [{ role: 'user', content: text }] });",
        "  await storage.set('claude', msg.content[0].text);",
        "  const res = await axios.post(`https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent?key=${process.env.GEMINI_API_KEY}`, { contents: [{ parts: [{ text }] }] });",
        "  await storage.set('gemini', res.data.candidates[0].content.parts[0].text);",
        '}',
      ].join('\n'),
    });
    assert.deepEqual(byLine(facts), { 14: ['product-content'], 15: ['other'], 17: ['product-content'], 19: ['product-content'] });
  });

  it('through chat of @forge/llm', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'src/index.js': [
        ...PAGE,
        "import { chat } from '@forge/llm';",
        'export async function run(event) {',
        '  const text = await page(event.pageId);',
        "  const response = await chat({ model: 'claude-haiku-4-5', messages: [{ role: 'user', content: text }] });",
        '  console.log(response?.choices?.[0]?.message?.content);',
        "  console.log('usage', response.usage);",
        '}',
      ].join('\n'),
    });
    assert.deepEqual(byLine(facts), { 10: ['product-content'], 11: ['other'] });
  });

  it('through a helper of another module: what its callers send, not the key they hand it', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'src/ai.js': [
        "import { fetch } from '@forge/api';",
        'export async function summarise(apiKey, text) {',
        "  const res = await fetch('https://api.anthropic.com/v1/messages', {",
        "    method: 'POST', headers: { 'x-api-key': apiKey },",
        "    body: JSON.stringify({ model: 'claude-haiku-4-5', messages: [{ role: 'user', content: text }] }),",
        '  });',
        '  const json = await res.json();',
        '  return json.content[0].text;',
        '}',
      ].join('\n'),
      'src/index.js': [
        ...PAGE,
        "import { summarise } from './ai';",
        'export async function run(event) {',
        "  const key = await storage.getSecret('anthropic-key');",
        '  const summary = await summarise(key, await page(event.pageId));',
        "  await storage.set('summary', summary);",
        '}',
      ].join('\n'),
    });
    assert.deepEqual(byLine(facts), { 10: ['product-content'] });
  });

  it('through a helper that returns the whole response', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'src/index.js': [
        ...PAGE,
        'async function ask(text) {',
        "  const res = await fetch('https://api.openai.com/v1/chat/completions', { method: 'POST', body: JSON.stringify({ messages: [{ content: text }] }) });",
        '  return res.json();',
        '}',
        'export async function run(event) {',
        '  const completion = await ask(await page(event.pageId));',
        "  await storage.set('summary', completion.choices[0].message.content);",
        '}',
      ].join('\n'),
    });
    assert.deepEqual(byLine(facts), { 12: ['product-content'] });
  });

  it('through an AI client another module exports', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'package.json': JSON.stringify({ name: 'x', dependencies: { openai: '^4.0.0' } }),
      'src/lib/openai.js': "import OpenAI from 'openai';\nexport const openai = new OpenAI();\n",
      'src/index.js': [
        ...PAGE,
        "import { openai } from './lib/openai';",
        'export async function run(event) {',
        "  const completion = await openai.chat.completions.create({ messages: [{ role: 'user', content: await page(event.pageId) }] });",
        "  await storage.set('summary', completion.choices[0].message.content);",
        '}',
      ].join('\n'),
    });
    assert.deepEqual(byLine(facts), { 9: ['product-content'] });
  });

  it('not from a host that is no AI service', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'src/index.js': [
        ...PAGE,
        'export async function run(event) {',
        "  const res = await fetch('https://hooks.example.com/pages', { method: 'POST', body: await page(event.pageId) });",
        '  console.log(await res.json());',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(byLine(facts), { 8: ['other'] });
  });
});

describe('an error body holds no End-User Data', () => {
  it('in a failed-response branch, after the body was read, in a catch, for a missing answer', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'package.json': JSON.stringify({ name: 'x', dependencies: { axios: '^1.0.0' } }),
      'src/index.js': [
        ...PAGE,
        "import axios from 'axios';",
        "const URL = 'https://api.openai.com/v1/chat/completions';",
        'export async function run(event) {',
        '  const text = await page(event.pageId);',
        "  const res = await fetch(URL, { method: 'POST', body: JSON.stringify({ messages: [{ content: text }] }) });",
        '  if (!res.ok) console.error(await res.text());',
        '  if (res.status > 299) console.error(await res.json());',
        '  if (res.status === 200) { console.log(await res.json()); } else { console.error(await res.text()); }',
        '  const raw = await res.text();',
        "  if (res.ok === false) { console.error('OpenAI failed', raw.substring(0, 300)); }",
        '  const data = JSON.parse(raw);',
        "  if (!data.choices || data.choices.length === 0) console.error('no answer', JSON.stringify(data));",
        "  try { await axios.post(URL, { messages: [{ content: text }] }); } catch (e) { console.error(e.response.data); }",
        '  console.log(raw);',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(byLine(facts), {
      11: ['other'], 12: ['other'], 13: ['other'], 15: ['other'], 17: ['other'], 18: ['other'], 19: ['product-content'],
    });
    // The success branch of line 13 logs the answer.
    assert.deepEqual(facts.logs.filter((l) => l.evidence.line === 13).map((l) => l.carries), [['product-content'], ['other']]);
  });

  it('not for a product response that lacks a field named as an answer', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        'export async function run(event) {',
        '  const res = await api.asApp().requestConfluence(route`/wiki/api/v2/pages/${event.pageId}`);',
        '  const page = await res.json();',
        "  if (!page.body.content) console.log('empty page', page);",
        '}',
      ].join('\n'),
    });
    // The whole page: its answer holds the account IDs of its author and owner.
    assert.deepEqual(byLine(facts), { 5: ['account-id', 'product-content'] });
  });

  it('of a product request that failed', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        'export async function run(event) {',
        '  const res = await api.asApp().requestConfluence(route`/wiki/api/v2/pages/${event.pageId}`);',
        '  if (!res.ok) {',
        '    const detail = await res.text();',
        '    console.error(`Confluence failed (${res.status}): ${detail}`);',
        '    return;',
        '  }',
        '  console.log(await res.json());',
        '}',
      ].join('\n'),
    });
    // The error answer holds none of the page's people; the page holds its author's and owner's account IDs.
    assert.deepEqual(byLine(facts), { 6: ['other'], 9: ['account-id', 'product-content'] });
  });

  it('of a product request a helper made', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'src/jira.js': "import api from '@forge/api';\nexport const confluenceGet = (path) => api.asApp().requestConfluence(path);\n",
      'src/index.js': [
        "import { route } from '@forge/api';",
        "import { confluenceGet } from './jira';",
        'export async function run(event) {',
        '  const res = await confluenceGet(route`/wiki/api/v2/pages/${event.pageId}`);',
        '  if (res.status >= 400) console.error(await res.text());',
        '  else console.log(await res.json());',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(byLine(facts), { 5: ['other'], 6: ['product-content'] });
  });
});
