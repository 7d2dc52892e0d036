import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe('an HTTP client a constructor makes with the base URL its builder passes (`this.http = axios.create({ baseURL })`)', () => {
  it('sends each request to the host the builder gives, in the same module and from another', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - https://api.tracker.example', '        - https://eu.billing.example'),
      'package.json': JSON.stringify({ dependencies: { axios: '^1.7.0' } }),
      'src/billing.js': [
        "import axios from 'axios';",
        'export class BillingClient {',
        '  constructor(options) {',
        '    this.http = axios.create({ baseURL: options.region, headers: { Authorization: `Bearer ${options.token}` } });',
        '  }',
        '  invoices() { return this.http.get(\'/v1/invoices\'); }',
        '}',
      ].join('\n'),
      'src/index.js': [
        "import axios from 'axios';",
        "import { BillingClient } from './billing';",
        'class TrackerClient {',
        '  constructor(baseURL, token) {',
        '    this.http = axios.create({ baseURL, headers: { Authorization: `Bearer ${token}` } });',
        '  }',
        '  issue(id) { return this.http.get(`/v2/issues/${id}`); }',
        '}',
        'export const run = async (event) => {',
        "  const tracker = new TrackerClient('https://api.tracker.example', process.env.TRACKER_TOKEN);",
        '  await tracker.issue(event.id);',
        "  const billing = new BillingClient({ region: 'https://eu.billing.example', token: process.env.BILLING_TOKEN });",
        '  await billing.invoices();',
        '};',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.host, c.url, c.carries]), [
      ['eu.billing.example', 'https://eu.billing.example/v1/invoices', ['secret']],
      ['api.tracker.example', 'https://api.tracker.example/v2/issues/{}', ['secret']],
    ]);
    assert.deepEqual(facts.egress.unresolved, []);
    assert.deepEqual(facts.egress.undeclared, []);
  });
});
