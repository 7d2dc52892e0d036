import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderScanJson, writeScanJson } from '../../src/render/scan-json.ts';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

/** What the JSON output was before it was written in pieces: one `JSON.stringify`. */
const whole = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

describe('scan JSON', () => {
  it('writes in pieces the same text as one JSON.stringify of the facts', async () => {
    const facts = await scan('examples/skyline', { cache: false });
    const pieces: string[] = [];
    writeScanJson(facts, (text) => pieces.push(text));
    assert.equal(pieces.join(''), whole(facts));
    assert.equal(renderScanJson(facts), whole(facts));
  });

  it('hands a large list on in pieces, each far smaller than the whole', () => {
    const storage = Array.from({ length: 5000 }, (_, i) => ({ op: 'write', key: `item-${i}`, evidence: { file: 'src/index.js', line: i + 1, column: 1, excerpt: `await kvs.set('item-${i}', value);` } }));
    const facts = { schemaVersion: 1, storage } as unknown as Facts;
    const pieces: string[] = [];
    writeScanJson(facts, (text) => pieces.push(text));
    const text = whole(facts);
    assert.equal(pieces.join(''), text);
    assert.ok(pieces.length > 5);
    assert.ok(Math.max(...pieces.map((p) => p.length)) < text.length / 5);
  });

  it('leaves out and nulls what JSON.stringify does, and keeps empty lists, objects and line breaks in strings', () => {
    const facts = {
      schemaVersion: 1,
      gone: undefined,
      fn: () => 1,
      empty: [],
      none: {},
      nested: { list: [[], [1, [2, { a: 'x\ny' }]], {}], holes: [undefined, () => 1, 'kept'], only: { gone: undefined } },
      personalData: { uses: [{ kind: 'email', evidence: { file: 'a.js', line: 1, column: 1, excerpt: 'a\tb "c"' } }], reporting: { calls: [], triggers: [] } },
      date: new Date(0),
      map: new Map([['a', 1]]),
      withJson: { toJSON: () => ({ replaced: true }) },
    } as unknown as Facts;
    const pieces: string[] = [];
    writeScanJson(facts, (text) => pieces.push(text));
    assert.equal(pieces.join(''), whole(facts));
  });
});
