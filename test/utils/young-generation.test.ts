import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';

const src = new URL('../../src/', import.meta.url);

/** Parses a TypeScript file in a process of its own, with the cap on or off, and says what Node's compile cache did with the parser's TypeScript deserializer. */
function parseTypeScript(cache: string, capped: boolean): string {
  const script = path.join(cache, 'parse.ts');
  fs.writeFileSync(script, [
    "import module from 'node:module';",
    `module.enableCompileCache(${JSON.stringify(path.join(cache, 'code'))});`,
    `const { capYoungGeneration } = await import(${JSON.stringify(new URL('utils/young-generation.ts', src).href)});`,
    `const { parseModule } = await import(${JSON.stringify(new URL('scan/source/module.ts', src).href)});`,
    capped ? 'capYoungGeneration(0);' : '',
    "parseModule('src/index.ts', 'export const total: number = 1;\\n');",
    '',
  ].join('\n'));
  const run = spawnSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, NODE_DEBUG_NATIVE: 'COMPILE_CACHE', NODE_COMPILE_CACHE: '' } });
  assert.equal(run.status, 0, run.stderr);
  const line = run.stderr.split('\n').find((l) => l.includes('deserialize/ts.js') && / was /.test(l)) ?? '';
  return /was (accepted|rejected|not initialized)/.exec(line)?.[1] ?? line;
}

/** V8's tag of its flags (and version) in a node process started with `args`. */
function flagTag(args: string[]): string {
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout.trim();
}

describe('the young generation cap', () => {
  it('runs four of V8\'s concurrent Maglev jobs while it is on, two (the default) once it is lifted', () => {
    const module = JSON.stringify(new URL('utils/young-generation.ts', src).href);
    const tags = flagTag(['--input-type=module', '-e', `import v8 from 'node:v8'; const y = await import(${module}); y.capYoungGeneration(0); const on = v8.cachedDataVersionTag(); y.releaseYoungGeneration(); console.log(on + ' ' + v8.cachedDataVersionTag());`]).split(' ');
    const set = (flags: string): string => flagTag(['-p', `const v8 = require('node:v8'); v8.setFlagsFromString('${flags}'); v8.cachedDataVersionTag()`]);
    assert.equal(tags[0], set('--semi-space-growth-factor=1 --concurrent-maglev-max-threads=4'));
    assert.notEqual(tags[0], set('--semi-space-growth-factor=1'));
    assert.equal(tags[1], flagTag(['-p', "require('node:v8').cachedDataVersionTag()"]));
  });


  it('leaves the compile cache of modules loaded while it is on usable by runs without it', () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-flags-'));
    try {
      assert.equal(parseTypeScript(cache, true), 'not initialized');
      assert.equal(parseTypeScript(cache, false), 'accepted');
      assert.equal(parseTypeScript(cache, true), 'accepted');
    } finally {
      fs.rmSync(cache, { recursive: true });
    }
  });
});
