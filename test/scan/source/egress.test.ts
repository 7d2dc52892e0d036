import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './analyze.ts';

const cases: Array<{ name: string; code: string; expect: Array<{ client: string; method: string | null; host: string | null; line: number }> }> = [
  { name: 'global fetch with a literal URL', code: "await fetch('https://api.openai.com/v1/chat/completions', { method: 'POST', body });", expect: [{ client: 'fetch', method: 'POST', host: 'api.openai.com', line: 1 }] },
  { name: 'template literal URL with a path hole', code: 'const r = await fetch(`https://hooks.slack.com/services/${id}`);', expect: [{ client: 'fetch', method: 'GET', host: 'hooks.slack.com', line: 1 }] },
  { name: '@forge/api fetch through the default export', code: "import api from '@forge/api';\nawait api.fetch(`${BASE}/v2/track`, { method: 'POST' });\nconst BASE = 'https://eu.i.posthog.com';", expect: [{ client: 'api.fetch', method: 'POST', host: 'eu.i.posthog.com', line: 2 }] },
  { name: '@forge/api fetch destructured from the default export', code: "import api from '@forge/api';\nconst { fetch } = api;\nawait fetch('https://api.linear.app/graphql', { method: 'POST' });", expect: [{ client: 'api.fetch', method: 'POST', host: 'api.linear.app', line: 3 }] },
  { name: 'external authentication provider fetch goes to the named remote', code: "import api from '@forge/api';\nconst google = api.asUser().withProvider('google', 'google-apis');\nconst me = await google.fetch('/userinfo/v2/me');", expect: [{ client: 'withProvider.fetch', method: 'GET', host: 'remote:google-apis', line: 3 }] },
  { name: 'new URL with a base constant', code: "const API = 'https://api.stripe.com';\nconst url = new URL('/v1/checkout/sessions', API);\nawait fetch(url, { method: 'POST' });", expect: [{ client: 'fetch', method: 'POST', host: 'api.stripe.com', line: 3 }] },
  { name: 'config object member', code: "const CONFIG = { api: { base: 'https://api.example.io' } };\nawait fetch(CONFIG.api.base + '/items');", expect: [{ client: 'fetch', method: 'GET', host: 'api.example.io', line: 2 }] },
  { name: 'host from an environment variable is unresolved', code: 'await fetch(`${process.env.BACKEND_URL}/sync`, { method: "PUT" });', expect: [{ client: 'fetch', method: 'PUT', host: null, line: 1 }] },
  {
    name: "a method the caller may choose, else a literal (`method: options.method || 'POST'`), is the literal when no caller chooses",
    code: "import { invokeRemote } from '@forge/api';\nexport async function remote(path, options = {}) {\n  return invokeRemote('backend', { path, method: options.method || 'POST', body: JSON.stringify(options.body) });\n}\nexport const put = (path, opts) => fetch(`https://api.example.io/v1${path}`, { method: opts.method ?? 'PUT' });",
    expect: [{ client: 'invokeRemote', method: 'POST', host: 'remote:backend', line: 3 }, { client: 'fetch', method: 'PUT', host: 'api.example.io', line: 5 }],
  },
  { name: 'node-fetch default import', code: "import fetch from 'node-fetch';\nawait fetch('https://api.github.com/repos');", expect: [{ client: 'node-fetch', method: 'GET', host: 'api.github.com', line: 2 }] },
  { name: 'axios verb and config forms', code: "import axios from 'axios';\nawait axios.post('https://api.sendgrid.com/v3/mail/send', msg);\nawait axios({ url: 'https://api.mailgun.net/v3/x', method: 'post' });", expect: [{ client: 'axios.post', method: 'POST', host: 'api.sendgrid.com', line: 2 }, { client: 'axios', method: 'POST', host: 'api.mailgun.net', line: 3 }] },
  { name: 'axios instance with baseURL', code: "const axios = require('axios');\nconst client = axios.create({ baseURL: 'https://api.hubapi.com' });\nawait client.get('/crm/v3/objects/contacts');", expect: [{ client: 'axios.get', method: 'GET', host: 'api.hubapi.com', line: 3 }] },
  { name: 'got and ky', code: "import got from 'got';\nimport ky from 'ky';\nawait got.post('https://api.segment.io/v1/track', { json });\nawait ky.get('https://api.mixpanel.com/track');", expect: [{ client: 'got.post', method: 'POST', host: 'api.segment.io', line: 3 }, { client: 'ky.get', method: 'GET', host: 'api.mixpanel.com', line: 4 }] },
  { name: 'relative fetch from a Connect iframe is the app itself', code: "await fetch('/api/generate', { method: 'POST' });", expect: [{ client: 'fetch', method: 'POST', host: 'self', line: 1 }] },
  { name: 'sendBeacon', code: "navigator.sendBeacon('https://analytics.example.com/e', data);", expect: [{ client: 'navigator.sendBeacon', method: 'POST', host: 'analytics.example.com', line: 1 }] },
  { name: 'window.fetch', code: "window.fetch('https://cdn.example.net/lib.json');", expect: [{ client: 'fetch', method: 'GET', host: 'cdn.example.net', line: 1 }] },
  { name: 'invokeRemote names a remote', code: "import { invokeRemote } from '@forge/api';\nawait invokeRemote('backend', { path: '/sync', method: 'POST' });", expect: [{ client: 'invokeRemote', method: 'POST', host: 'remote:backend', line: 2 }] },
];

describe('egress in code', () => {
  for (const c of cases) {
    it(c.name, () => {
      const facts = analyze(c.code);
      assert.deepEqual(facts.egress.map((e) => ({ client: e.client, method: e.method, host: e.host, line: e.evidence.line })), c.expect);
    });
  }
  it('a method every object has is no request and no product call (axios.constructor, api.asApp().toString())', () => {
    const facts = analyze("import axios from 'axios';\nimport api from '@forge/api';\nconst Ctor = axios.constructor('https://api.example.org/a');\nconst s = api.asApp().toString();");
    assert.deepEqual([facts.egress, facts.restCalls], [[], []]);
  });
  it('a local fetch function is not egress', () => {
    assert.deepEqual(analyze('const fetch = (x) => x;\nfetch("https://example.com");').egress, []);
  });
  it('a client instance sends the headers it was created with', () => {
    const facts = analyze("import axios from 'axios';\nconst source = axios.create({ baseURL: 'https://source.atlassian.net', headers: { Authorization: `Basic ${process.env.SOURCE_API_TOKEN}` } });\nawait source.get('/wiki/rest/api/space');");
    assert.deepEqual(facts.egress.map((e) => [e.host, e.carries]), [['source.atlassian.net', ['secret']]]);
  });
  it("a JSON Web Token's header names a key, not the secret", () => {
    const facts = analyze("export async function verify(token) {\n  const header = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString());\n  await fetch(`https://connect-install-keys.atlassian.com/${header.kid}`);\n}");
    assert.deepEqual(facts.egress.map((e) => [e.host, e.carries]), [['connect-install-keys.atlassian.com', ['other']]]);
  });
  it('what flows into a request is recorded', () => {
    const facts = analyze("export async function run(event, context) {\n  await fetch('https://api.example.com', { method: 'POST', body: JSON.stringify({ user: context.accountId }) });\n}");
    assert.deepEqual(facts.egress[0]?.carries, ['account-id']);
  });
  it('a wretch chain sends, to the URL its base and `.url` parts make, what its builders set, at its verb', () => {
    const facts = analyze([
      "import wretch from 'wretch';",
      "const api = wretch('https://api.tracker.example').auth(`Bearer ${process.env.TRACKER_TOKEN}`);",
      'export async function save(event, context) {',
      "  const item = await api.url('/v1/items').get().json();",
      "  await api.url('/v1/notes').post({ author: context.accountId, item }).res();",
      '}',
    ].join('\n'));
    assert.deepEqual(facts.egress.map((e) => [e.client, e.method, e.url, e.host, e.carries, e.bearerAuth, e.evidence.line]), [
      ['wretch.get', 'GET', 'https://api.tracker.example/v1/items', 'api.tracker.example', ['secret'], true, 4],
      ['wretch.post', 'POST', 'https://api.tracker.example/v1/notes', 'api.tracker.example', ['account-id', 'secret'], true, 5],
    ]);
  });
});
