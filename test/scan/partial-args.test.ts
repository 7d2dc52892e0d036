import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';
import { templateUses } from '../../src/scan/source/template-prints.ts';

describe('a Handlebars partial handed hash arguments ({{> integrationCard source=integration}})', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/ace/partial-args'));
  });

  it('prints the local a name is handed where the partial prints that name: a secret kept in a field it prints is given away', () => {
    assert.deepEqual((facts.exposedSecrets ?? []).map((e) => `${e.function} ${e.evidence.file}:${e.evidence.line}`), ['GET /team routes/index.js:9']);
  });

  it('names the partial with what each name is handed, a string or number none', () => {
    assert.deepEqual(templateUses('{{> siteCard site=tenant.baseUrl heading="Site" size=2}}{{> footer}}{{#> card item=this}}{{/card}}'), ['siteCard site=tenant.baseUrl heading= size=', 'footer', 'card item=']);
  });
});
