import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';
import { runChecks } from '../../src/checks/run.ts';

const descriptor = JSON.stringify({
  key: 'summary-helper', name: 'Summary helper', baseUrl: 'https://summary.example.com', authentication: { type: 'jwt' },
  lifecycle: { installed: '/installed' }, scopes: ['READ'],
  modules: { generalPages: [{ key: 'page', location: 'system.top.navigation.bar', name: { value: 'Summary' }, url: '/page' }] },
});
const pkg = JSON.stringify({ dependencies: { express: '^4.0.0', 'atlassian-connect-express': '^10.0.0' } });

// The body a route's response sends reaches whoever requested the route: the page's script in a browser.
describe('a secret a route of the server sends in its response', () => {
  it('is kept where the response sends it, through `res.json`, `res.status(…).send`; not a key that is tested or masked', async () => {
    const server = [
      "const express = require('express');",
      "const ace = require('atlassian-connect-express');",
      'const app = express();',
      'const addon = ace(app);',
      "app.get('/config', addon.checkValidToken(), (req, res) => {",
      '  res.json({ apiKey: process.env.OPENAI_API_KEY, model: "gpt-4o" });',
      '});',
      "app.get('/token', (request, response) => response.status(200).send(process.env.GITHUB_TOKEN));",
      "app.get('/status', (req, res) => res.json({ configured: Boolean(process.env.OPENAI_API_KEY), last4: process.env.OPENAI_API_KEY.slice(-4) }));",
      "app.get('/issue', (req, res) => res.json({ key: req.query.key }));",
    ].join('\n');
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': pkg, 'app.js': server });
    assert.deepEqual(facts.exposedSecrets?.map((s) => [s.function, s.via ?? false, `${s.evidence.file}:${s.evidence.line}`]), [
      ['GET /config', 'route', 'app.js:6'],
      ['GET /token', 'route', 'app.js:8'],
    ]);
    const findings = runChecks({ facts, profile: null }, { only: ['secret-to-front-end'] });
    assert.deepEqual(findings.map((f) => f.message), [
      'The route `GET /config` answers the browser with a secret here.',
      'The route `GET /token` answers the browser with a secret here.',
    ]);
  });
});

// atlassian-connect-express gives each page a token of its own for its requests back to the app's routes.
describe("the page's own token of atlassian-connect-express", () => {
  it('answered to the browser is no secret given away; a token of the app is', async () => {
    const router = [
      "const express = require('express');",
      'const router = express.Router();',
      "router.get('/', (req, res) => res.send({ token: res.locals.token, hostBaseUrl: res.locals.hostBaseUrl }));",
      "router.get('/ctx', (req, res) => res.json({ jwt: req.context.token }));",
      "router.get('/leak', (req, res) => res.json({ token: process.env.GITHUB_TOKEN }));",
      'module.exports = router;',
    ].join('\n');
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': pkg, 'routes/auth.js': router });
    assert.deepEqual(facts.exposedSecrets?.map((s) => `${s.function} ${s.evidence.file}:${s.evidence.line}`), ['GET /leak routes/auth.js:5']);
  });
});
