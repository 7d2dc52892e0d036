import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/encryption-in-transit.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { call, egressEntry, makeFacts } from './facts-builder.ts';

const plain = (host: string, file: string, line: number) => ({ ...call(host, file, line, ['product-content']), url: `http://${host}/render` });

const cases: Case[] = [
  { name: 'no plain-HTTP call: a commitment of the organisation', facts: makeFacts({ egress: { calls: [call('api.acme.io', 'src/sync.js', 8)] } }), expect: { verdict: 'organisational', messageId: 'organisational', at: [] } },
  {
    name: 'pages posted to a render service over http://',
    facts: makeFacts({ egress: { calls: [call('api.acme.io', 'src/sync.js', 8), plain('pdf.render.example', 'src/server.js', 24)] } }),
    expect: { verdict: 'contradicted', messageId: 'plainHttp', at: ['src/server.js:24'] },
  },
  {
    name: 'the manifest allows a host over http://',
    facts: makeFacts({ egress: { declared: [egressEntry('http://images.example.net', 40, 'images')] } }),
    expect: { verdict: 'contradicted', messageId: 'plainHttp', at: ['manifest.yml:40'] },
  },
  {
    name: 'http:// inside the vendor network (localhost, private address, cluster name) is not over the internet',
    facts: makeFacts({ egress: { calls: [plain('localhost', 'src/dev.js', 3), plain('10.0.4.2', 'src/db.js', 9), plain('renderer', 'src/pdf.js', 5), plain('pdf.default.svc', 'src/pdf.js', 6)] } }),
    expect: { verdict: 'organisational', messageId: 'organisational', at: [] },
  },
];

describe('encryption-in-transit', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});
