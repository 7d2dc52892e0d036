import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Evidence } from '../../src/scan/facts.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const descriptor = JSON.stringify({ key: 'k', baseUrl: 'https://app.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], lifecycle: { installed: '/installed' }, modules: {} });

describe('what the product answers a server that calls its REST API with its own client', () => {
  it('is product content, also in the fields of a helper\'s result', async () => {
    const confluence = [
      'export async function pageText(site, token, pageId) {',
      '  const res = await fetch(`${site.baseUrl}/wiki/api/v2/pages/${pageId}?body-format=storage`, { headers: { Authorization: `JWT ${token}` } });',
      '  const page = await res.json();',
      '  return { title: page.title, body: page.body.storage.value };',
      '}',
      'export async function author(site, accountId) {',
      '  const res = await fetch(`${site.baseUrl}/wiki/rest/api/user?accountId=${accountId}`);',
      '  return res.json();',
      '}',
      'export async function ping(site) {',
      '  const res = await fetch(`${site.statusUrl}/health`);',
      '  return res.json();',
      '}',
    ].join('\n');
    const summarise = [
      "import OpenAI from 'openai';",
      "import { author, pageText, ping } from './confluence.js';",
      'const openai = new OpenAI();',
      'export async function summarise(site, token, pageId) {',
      '  const page = await pageText(site, token, pageId);',
      "  await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: page.body }] });",
      '  const health = await ping(site);',
      "  console.log('health', health.status);",
      "  console.log('by', (await author(site, 'x')).displayName);",
      '}',
    ].join('\n');
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': '{"dependencies":{"openai":"4.0.0"}}', 'confluence.js': confluence, 'summarise.js': summarise });
    assert.deepEqual(facts.egress.sdkCalls.map((c) => [c.vendor, c.carries, at(c.evidence)]), [['openai', ['product-content'], 'summarise.js:6']]);
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [['summarise.js:8', ['other']], ['summarise.js:9', ['display-name']]]);
  });
});

describe('what the product answers a Connect back end\'s own JWT-signed request', () => {
  it('is product content, whatever path its callers give the helper', async () => {
    const client = [
      "const jwt = require('atlassian-jwt');",
      'async function request(installation, path) {',
      "  const token = jwt.encodeSymmetric({ iss: 'k', qsh: jwt.createQueryStringHash(jwt.fromMethodAndUrl('GET', path)) }, installation.sharedSecret);",
      '  const res = await fetch(`${installation.baseUrl}${path}`, { headers: { Authorization: `JWT ${token}` } });',
      '  return res.json();',
      '}',
      'async function other(url) {',
      '  const res = await fetch(url, { headers: { Authorization: `Bearer ${process.env.TOKEN}` } });',
      '  return res.json();',
      '}',
      'async function exportIssues(installation) {',
      "  const found = await request(installation, '/rest/api/3/search/jql?jql=project%3DDEMO');",
      "  console.log('found', found.issues);",
      "  console.log('status', (await other('https://status.example.com/v1')).state);",
      '}',
      'module.exports = { exportIssues };',
    ].join('\n');
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': '{}', 'client.js': client });
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, at(c.evidence)]), [['GET', '/rest/api/3/search/jql?jql=project%3DDEMO', 'client.js:12']]);
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [['client.js:13', ['product-content']], ['client.js:14', ['other']]]);
  });
});

describe('the body read from the response of a fetch module (node-fetch, undici)', () => {
  it('holds what the request answers, as the global fetch\'s does: a Connect back end\'s product reply is product content', async () => {
    const client = [
      "import jwt from 'atlassian-jwt';",
      "import fetch from 'node-fetch';",
      "import { fetch as undiciFetch } from 'undici';",
      'export async function confluenceGet(install, path) {',
      "  const token = jwt.encodeSymmetric({ iss: 'k', qsh: jwt.createQueryStringHash(jwt.fromMethodAndUrl('GET', path)) }, install.sharedSecret);",
      '  const res = await fetch(`${install.baseUrl}${path}`, { headers: { Authorization: `JWT ${token}` } });',
      '  return res.json();',
      '}',
      'export async function archive(install, spaceKey) {',
      '  const pages = await confluenceGet(install, `/wiki/rest/api/space/${spaceKey}/content?expand=body.storage`);',
      '  const bodies = pages.page.results.map((p) => p.body.storage.value);',
      "  await fetch('https://render.example.com/pdf', { method: 'POST', body: JSON.stringify({ bodies }) });",
      '  const res = await undiciFetch(`${install.baseUrl}/wiki/api/v2/pages`, { headers: { Authorization: `JWT ${install.token}` } });',
      '  console.log(await res.json());',
      "  console.log((await (await fetch('https://status.example.com/v1')).json()).state);",
      '}',
    ].join('\n');
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': '{"type":"module","dependencies":{"atlassian-jwt":"2.0.3","node-fetch":"3.3.2","undici":"6.0.0"}}', 'client.js': client });
    assert.deepEqual(facts.egress.calls.map((c) => [c.host, c.carries, at(c.evidence)]), [['render.example.com', ['product-content'], 'client.js:12'], ['status.example.com', ['literal'], 'client.js:15']]);
    // The v2 pages, whole, hold their authors' and owners' account IDs.
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [['client.js:14', ['account-id', 'product-content']], ['client.js:15', ['other']]]);
  });
});
