import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runScan } from '../../src/cli/commands/scan.ts';
import { youngGenerationCapped } from '../../src/utils/young-generation.ts';

describe('candor scan (CLI) memory', () => {
  it('prints the facts with the young generation held at the size the scan left it', async () => {
    const write = process.stdout.write;
    const held: boolean[] = [];
    let out = '';
    process.stdout.write = ((chunk: string) => {
      held.push(youngGenerationCapped());
      out += chunk;
      return true;
    }) as typeof process.stdout.write;
    try {
      assert.equal(await runScan(['examples/skyline'], { format: 'json', 'no-cache': true }), 0);
    } finally {
      process.stdout.write = write;
    }
    assert.equal(JSON.parse(out).app.platform, 'connect');
    assert.ok(held.length > 0 && held.every(Boolean));
    assert.equal(youngGenerationCapped(), false);
  });
});
