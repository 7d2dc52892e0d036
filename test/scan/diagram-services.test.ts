import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const descriptor = JSON.stringify({
  key: 'flow-macro', baseUrl: 'https://flow.example.com', authentication: { type: 'jwt' }, scopes: ['READ'],
  lifecycle: { installed: '/installed' },
  modules: { staticContentMacros: [{ key: 'flow', name: { value: 'Flow' }, url: '/render?pageId={page.id}', bodyType: 'plain-text' }] },
});

describe('a Connect macro that renders its body on a public diagram service', () => {
  it('sends the page content it reads to WebSequenceDiagrams through its package, and to Kroki by URL', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': JSON.stringify({ dependencies: { 'atlassian-connect-express': '^7.0.0', express: '^4.0.0', websequencediagrams: '^0.1.0' } }),
      'routes.js': [
        "const seq = require('websequencediagrams');",
        'module.exports = (app, addon) => {',
        "  app.get('/render', addon.authenticate(), (req, res) => {",
        "    addon.httpClient(req).get(`/wiki/api/v2/pages/${req.query.pageId}?body-format=storage`, async (err, response, body) => {",
        '      const page = JSON.parse(body);',
        "      seq.diagram(page.body.storage.value, 'rose', 'png', (e, png) => res.type('png').send(png));",
        "      await fetch('https://kroki.io/plantuml/svg', { method: 'POST', body: page.body.storage.value });",
        '    });',
        '  });',
        '};',
      ].join('\n'),
    });
    assert.deepEqual(facts.thirdParties.map((t) => t.vendor).sort(), ['kroki', 'websequencediagrams']);
    assert.deepEqual(facts.egress.sdkCalls.map((c) => [c.vendor, c.carries, c.evidence.line]), [['websequencediagrams', ['product-content'], 6]]);
    assert.deepEqual(facts.egress.calls.map((c) => [c.host, c.carries, c.evidence.line]), [['kroki.io', ['product-content'], 7]]);
  });
});
