import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runScan } from '../../src/cli/commands/scan.ts';
import { youngGenerationCapped } from '../../src/utils/young-generation.ts';
import { ROOT } from './run-cli.ts';

/** V8's tag of its flags (and version) in a process started with `args`, read as the process exits. */
function flagTag(args: string[]): string {
  const hook = "data:text/javascript,import v8 from 'node:v8'; process.on('exit', () => process.stderr.write('tag=' + v8.cachedDataVersionTag() + '\\n'));";
  const run = spawnSync(process.execPath, ['--import', hook, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CANDOR_CACHE: 'off' } });
  return /tag=(\d+)/.exec(run.stderr)?.[1] ?? run.stderr;
}

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

  it('runs V8 with four concurrent Maglev compiler threads, set before any module loads', () => {
    const scan = flagTag([path.join(ROOT, 'bin/candor.js'), 'scan', 'examples/skyline', '--format', 'json']);
    assert.match(scan, /^\d+$/);
    assert.equal(scan, flagTag(['--concurrent-maglev-max-threads=4', '-e', '0']));
    assert.notEqual(scan, flagTag(['-e', '0']));
  });
});
