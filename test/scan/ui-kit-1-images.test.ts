import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

const FIXTURE = path.join(import.meta.dirname, '../fixtures/app/ui-kit-1-images');

describe('images of a UI Kit 1 function', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(FIXTURE);
  });

  it('are fetched by the browser the product shows the UI in: each <Image src> from another site, declared or not', () => {
    assert.deepEqual(facts.egress.calls.map((c) => `${c.side} ${c.client} ${c.host} ${c.evidence.file}:${c.evidence.line}`), [
      'frontend img images.unsplash.com src/index.jsx:6',
      'frontend img cdn.badges.example.net src/index.jsx:7',
    ]);
    assert.deepEqual(facts.egress.undeclared.map((c) => c.host), ['cdn.badges.example.net']);
  });

  it('while an image in the HTML a back-end function answers with stays no egress of the app', () => {
    assert.equal(facts.egress.calls.some((c) => c.host === 'mail-assets.example.org'), false);
  });
});
