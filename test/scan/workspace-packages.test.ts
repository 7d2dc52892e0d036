import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const DESCRIPTOR = JSON.stringify({
  key: 'ws-app', name: 'Workspaces', baseUrl: 'https://ws.example.com', authentication: { type: 'jwt' }, scopes: ['READ'],
  modules: { generalPages: [{ key: 'main', url: '/main', name: { value: 'Main' } }] },
});

describe("the app's own workspace packages", () => {
  it('are its code, not third parties, whatever their names; what they depend on still is', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': DESCRIPTOR,
      'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*'], dependencies: { express: '^4.18.0', openai: '*', shared: 'file:packages/shared' } }, null, 2),
      'packages/openai/package.json': JSON.stringify({ name: 'openai', version: '1.0.0', dependencies: { mixpanel: '^0.18.0' } }, null, 2),
      'packages/openai/index.js': "const Mixpanel = require('mixpanel');\nmodule.exports = { track: (e) => Mixpanel.init('t').track(e) };\n",
      'packages/shared/package.json': JSON.stringify({ name: 'shared', version: '1.0.0' }, null, 2),
      'app.js': "const ai = require('openai');\nconst shared = require('shared');\nai.track('x');\n",
    });
    assert.deepEqual(facts.packages.dependencies.map((d) => [d.name, d.version, d.local ?? null, `${d.evidence.file}:${d.evidence.line}`]), [
      ['express', '^4.18.0', null, 'package.json:8'],
      ['openai', '*', 'packages/openai', 'package.json:9'],
      ['shared', 'file:packages/shared', 'packages/shared', 'package.json:10'],
      ['mixpanel', '^0.18.0', null, 'packages/openai/package.json:5'],
    ]);
    assert.deepEqual(facts.thirdParties.map((t) => [t.vendor, t.via.map((v) => `${v.kind} ${v.detail}`)]), [
      ['mixpanel', ['dependency mixpanel', 'import mixpanel']],
    ]);
  });
});
