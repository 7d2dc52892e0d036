/**
 * Statements that deny sharing data with third parties, checked against fixture apps that send data
 * through vendor SDKs (or only configure them): the contradiction names the SDK call.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { check } from '../../src/check/index.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/third-parties');

async function verdicts(app: string): Promise<string[]> {
  const dir = path.join(FIXTURES, app);
  const run = await check(dir, { statements: [path.join(dir, 'statements/privacy.md')] });
  return run.sources.flatMap((s) => s.results).map((r) => `${r.source.line} ${r.claim} ${r.verdict} @ ${r.evidence.map((e) => `${e.file}:${e.line}`).join(' ')}`);
}

describe('denials of sharing data, against SDK calls', () => {
  it('an email to SendGrid and issue content to OpenAI contradict them, at the SDK calls', async () => {
    assert.deepEqual(await verdicts('sdk-data'), [
      '7 no-end-user-data-to-third-parties contradicted @ src/digest.js:20',
      '8 no-end-user-data-to-third-parties contradicted @ src/digest.js:20 src/index.js:13',
      '9 no-personal-data-stored verified @ ',
    ]);
  });

  it('SDKs configured, imported unused or given event names only leave them true', async () => {
    assert.deepEqual(await verdicts('sdk-config-only'), [
      '3 no-end-user-data-to-third-parties verified @ src/index.js:6 src/index.js:14 static/panel/src/analytics.js:4 static/panel/src/analytics.js:8',
      '4 no-end-user-data-to-third-parties verified @ src/index.js:6 src/index.js:14 static/panel/src/analytics.js:4 static/panel/src/analytics.js:8',
    ]);
  });
});
