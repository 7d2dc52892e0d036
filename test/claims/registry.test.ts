import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { recogniseClaims, recogniseText } from '../../src/claims/recognise.ts';
import { readStatement } from '../../src/statement/read.ts';
import { CLAIMS } from '../../src/claims/registry.ts';
import { CLAIMS_DOC, renderClaimsDoc } from '../../scripts/build-claims-doc.ts';

const CATALOGUE = path.resolve(import.meta.dirname, '../../src/claims/catalogue');
/** Claims whose example sentences introduce a list: a line of one, to put after them. */
const LIST_AFTER: Record<string, string> = { 'exact-scopes': 'storage:app — app state', 'third-parties-exactly': 'Stripe', 'ai-providers-and-data': 'user prompt' };

function idsIn(example: string, list: string | undefined): string[] {
  if (list === undefined) return recogniseText(example, { kind: 'statement', file: 'x.txt', line: 1, column: 1, text: example }).map((r) => r.claim.id);
  return recogniseClaims(readStatement('x.txt', `Statement\n\n${example}\n${list}\n`)).map((r) => r.claim.id);
}

describe('claim registry', () => {
  it('registers every catalogue file, once, in sorted order', async () => {
    const files = fs.readdirSync(CATALOGUE).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();
    assert.deepEqual(CLAIMS.map((c) => c.id), files);
    for (const file of files) {
      const mod = (await import(path.join(CATALOGUE, `${file}.ts`))) as { default: { id: string } };
      assert.equal(mod.default.id, file, `${file}.ts exports the claim ${mod.default.id}`);
      assert.ok(CLAIMS.includes(mod.default as (typeof CLAIMS)[number]), `${file} is not registered`);
    }
  });

  for (const claim of CLAIMS) {
    it(`${claim.id} is documented and recognises its own examples`, () => {
      assert.match(claim.title, /^[A-Z]/);
      assert.ok(claim.description.length >= 60, 'description too short for docs/claims.md');
      assert.ok(claim.phrasings.length > 0 && claim.examples.length > 0);
      assert.ok(Object.keys(claim.messages).length > 0);
      for (const example of claim.examples) {
        const found = idsIn(example, LIST_AFTER[claim.id]);
        assert.ok(found.includes(claim.id), `"${example}" is not recognised as ${claim.id} (found ${found.join(', ') || 'nothing'})`);
      }
    });
  }

  it('docs/claims.md is up to date (node scripts/build-claims-doc.ts)', () => {
    assert.equal(fs.readFileSync(CLAIMS_DOC, 'utf8'), renderClaimsDoc(CLAIMS));
  });
});
