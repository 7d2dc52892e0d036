import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { check } from '../../src/check/index.ts';

// A Connect macro on Cloudflare Pages whose usage events, each user's account ID in the key, go to an R2 bucket
// bound in the dashboard (no Wrangler file says so), through a helper handed the binding.
const APP: Record<string, string> = {
  'atlassian-connect.json': JSON.stringify({
    key: 'diagram-macro', baseUrl: 'https://diagram-macro.pages.dev', authentication: { type: 'jwt' }, scopes: ['READ'],
    modules: { dynamicContentMacros: [{ key: 'diagram', url: '/viewer.html', name: { value: 'Diagram' } }] },
  }),
  'functions/events.ts': [
    'const eventKey = (event) => `events/${event.site}/${event.user_account_id}/${Date.now()}.json`;',
    'const keep = async (bucket, event) => bucket.put(eventKey(event), JSON.stringify(event));',
    'const record = async ({ request, env }) => {',
    '  const event = await request.json();',
    '  return keep(env.EVENT_BUCKET, event);',
    '};',
    'export const onRequest = async (context) => {',
    '  context.waitUntil(record(context));',
    "  return new Response('', { status: 204 });",
    '};',
  ].join('\n'),
  'privacy.md': 'No personally identifiable information is collected by the app.\n',
};

describe('a statement against an app that keeps data in Cloudflare storage', () => {
  it('"no personal information is collected" is contradicted by the account IDs written to R2', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-cf-'));
    try {
      for (const [file, text] of Object.entries(APP)) {
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        fs.writeFileSync(path.join(dir, file), text);
      }
      const run = await check(dir, { statements: [path.join(dir, 'privacy.md')] });
      const results = run.sources[0]!.results.filter((r) => r.claim === 'no-personal-data-stored');
      assert.deepEqual(results.map((r) => [r.verdict, r.evidence.map((e) => `${e.file}:${e.line}`)]), [['contradicted', ['functions/events.ts:2']]]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
