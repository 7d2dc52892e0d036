import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import check from '../../src/checks/catalogue/undeclared-egress.ts';
import type { EgressCall } from '../../src/scan/facts.ts';
import { reportsOf, type Case } from './check-cases.ts';
import { at, makeFacts } from './facts-builder.ts';

const call = (host: string, file: string, line: number, side: EgressCall['side'] = 'backend', client = 'api.fetch'): EgressCall =>
  ({ client, method: 'POST', url: `https://${host}/v1`, host, side, carries: ['literal'], evidence: at(file, line) });

const cases: Case[] = [
  { name: 'every call is declared', facts: makeFacts({ egress: { calls: [call('api.openai.com', 'src/ai.js', 3)] } }), expect: [] },
  {
    name: 'a back-end call to an undeclared host',
    facts: makeFacts({ egress: { undeclared: [call('api.openai.com', 'src/ai.js', 3)] } }),
    expect: [{ messageId: 'undeclared', at: 'src/ai.js:3' }],
  },
  {
    name: 'calls to one host are one finding; the front end is apart',
    facts: makeFacts({
      egress: {
        undeclared: [
          call('eu.i.posthog.com', 'src/track.js', 5), call('eu.i.posthog.com', 'src/track.js', 15),
          call('eu.i.posthog.com', 'static/app/src/main.js', 8, 'frontend', 'fetch'),
        ],
      },
    }),
    expect: [
      { messageId: 'undeclaredMany', at: 'src/track.js:5', related: ['src/track.js:15'] },
      { messageId: 'undeclared', at: 'static/app/src/main.js:8' },
    ],
  },
  {
    name: 'a remote the manifest does not declare',
    facts: makeFacts({ egress: { undeclared: [{ ...call('remote:backend', 'src/sync.js', 7, 'backend', 'invokeRemote'), url: 'backend' }] } }),
    expect: [{ messageId: 'undeclaredRemote', at: 'src/sync.js:7' }],
  },
];

describe('undeclared-egress', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(reportsOf(check, c), c.expect));
});

// A page's script from a CDN is allowed by `external.scripts` (what the scan compares it with), an image element's address by
// `images`: the finding names that list, not `fetch.client`, which would not let the page load them.
describe('undeclared-egress names the list that allows the call', () => {
  it('scripts for a page\'s script from another site, images for an image element, fetch.client for a request', () => {
    const facts = makeFacts({
      egress: {
        undeclared: [
          call('cdn.jsdelivr.net', 'static/board/index.html', 6, 'frontend', 'script'),
          call('esm.sh', 'static/board/src/main.js', 1, 'frontend', 'import'),
          call('via.placeholder.com', 'static/board/src/main.js', 4, 'frontend', 'img.src'),
          call('api.example-tracker.io', 'static/board/src/main.js', 9, 'frontend', 'fetch'),
        ],
      },
    });
    const lists = check.run({ facts } as Parameters<typeof check.run>[0]).map((r) => (r.data as { list?: string }).list);
    assert.deepEqual(lists, ['scripts', 'scripts', 'images', 'fetch.client']);
  });
});
