import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence } from '../../src/scan/facts.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const fixture = path.join(import.meta.dirname, '../fixtures/app/next-wrapped-inline-routes');

describe('a route file whose export a wrapper makes of a function written in the call (`export default withTenant(async (req, res, tenant) => ...)`)', () => {
  it('gives the function the request the route receives, and in the other parameters what the app\'s wrapper passes', async () => {
    const facts = await scan(fixture);
    const user = (carries: readonly string[]): boolean => carries.includes('resolver-payload');
    assert.deepEqual(facts.egress.sdkCalls.map((c) => [c.vendor, at(c.evidence), user(c.carries)]), [
      // `request.json()` of an App Router route the app's `withTenantRoute` makes.
      ['openai', 'app/api/translate/route.js:9', true],
      // `req.body.text` of a pages route the app's `withTenant` makes, through the app's function.
      ['openai', 'lib/ai.js:6', true],
      // `req.query.cursor`: the token S3 gave out with the previous page, no data of the user's.
      ['aws-s3', 'pages/api/library.js:8', false],
      ['sentry', 'pages/api/upload.js:6', false],
      // A library's wrapper: its first parameters are the request and response, what it passes after them is not known.
      ['aws-s3', 'pages/api/upload.js:7', true],
      ['aws-s3', 'pages/api/upload.js:8', false],
    ]);
    // The tenant the wrapper reads from the app's own table holds nothing the caller sent.
    assert.deepEqual(facts.storage.map((s) => [s.op, s.key, at(s.evidence), user(s.carries)]), [
      ['write', 'translations', 'app/api/translate/route.js:10', false],
      ['write', 'usage', 'lib/db.js:6', false],
      ['read', 'tenants', 'lib/tenant.js:4', false],
      // `export default withTenant(saveTitle)`: a function the wrapper is given by name gets the same.
      ['write', 'plans', 'pages/api/title.js:5', false],
      ['write', 'titles', 'pages/api/title.js:6', true],
    ]);
  });
});
