import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const descriptor = JSON.stringify({ key: 'ledger-sync', baseUrl: 'https://ledger-sync.example.com', authentication: { type: 'jwt' }, lifecycle: { installed: '/installed' }, scopes: ['READ'], modules: {} });

describe('a proxy the app\'s requests go through, at a URL the environment gives', () => {
  it('names its vendor by the variable (Fixie, QuotaGuard), where the proxy is made, with no request to the proxy\'s host; a variable that names none, or one not given to a proxy, no vendor', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': JSON.stringify({ name: 'ledger-sync', dependencies: { 'https-proxy-agent': '^7', undici: '^6', request: '^2', 'node-fetch': '^3' } }),
      'src/ledger.js': [
        "import { HttpsProxyAgent } from 'https-proxy-agent';",
        "import fetch from 'node-fetch';",
        'const agent = new HttpsProxyAgent(process.env.FIXIE_URL);',                                      // 3
        "export const balances = () => fetch('https://api.ledger.example.com/v1/balances', { agent });",
        "export const corporate = new HttpsProxyAgent(process.env.HTTPS_PROXY);",
        "export const docs = { href: process.env.QUOTAGUARDSTATIC_URL };",
      ].join('\n'),
      'src/bank.js': [
        "const request = require('request');",
        "const { ProxyAgent } = require('undici');",
        'const proxied = request.defaults({ proxy: process.env.QUOTAGUARDSTATIC_URL });',               // 3
        'const fixieUrl = process.env.FIXIE_URL;',
        'const dispatcher = new ProxyAgent({ uri: fixieUrl });',                                         // 5
        "module.exports = { proxied, dispatcher };",
      ].join('\n'),
    });
    const proxies = facts.thirdParties.filter((t) => t.vendor === 'fixie' || t.vendor === 'quotaguard');
    assert.deepEqual(proxies.map((t) => [t.name, t.via.map((v) => `${v.kind} ${v.detail} ${v.evidence.file}:${v.evidence.line}`)]), [
      ['Fixie', ['variable-name FIXIE_URL src/bank.js:5', 'variable-name FIXIE_URL src/ledger.js:3']],
      ['QuotaGuard', ['variable-name QUOTAGUARDSTATIC_URL src/bank.js:3']],
    ]);
    assert.ok(!facts.egress.calls.some((c) => /usefixie|quotaguard/.test(c.host ?? '')));
  });
});
