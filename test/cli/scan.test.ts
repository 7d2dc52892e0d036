import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { golden } from './golden.ts';
import { runCli, stable } from './run-cli.ts';

const EXAMPLES = ['campaign-operations-playbook', 'handoff-for-jira', 'bulk-page-cloner', 'skyline'];

describe('candor scan (CLI)', () => {
  for (const name of EXAMPLES) {
    it(`prints the facts of examples/${name}`, () => {
      const { status, stdout } = runCli(['scan', `examples/${name}`]);
      assert.equal(status, 0);
      golden(`scan-${name}.txt`, stable(stdout));
    });
  }

  it('prints JSON with a schema version', () => {
    const { status, stdout } = runCli(['scan', 'examples/handoff-for-jira', '--format', 'json']);
    assert.equal(status, 0);
    const facts = JSON.parse(stdout);
    assert.equal(facts.schemaVersion, 1);
    assert.equal(facts.app.platform, 'forge');
  });

  it('answers from the cache what has not changed, and analyses every file with --no-cache', () => {
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-cli-cache-'));
    try {
      const env = { CANDOR_CACHE: '', CANDOR_CACHE_DIR: cacheDir };
      assert.doesNotMatch(runCli(['scan', 'examples/skyline'], undefined, env).stdout, /from the cache/);
      assert.match(runCli(['scan', 'examples/skyline'], undefined, env).stdout, /scanned in \d+\.\d+ s \(all unchanged from the cache\)/);
      const again = runCli(['scan', 'examples/skyline', '--format', 'json', '--no-cache'], undefined, env);
      assert.equal(JSON.parse(again.stdout).stats.cached, 0);
    } finally {
      fs.rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('exits 2 when the folder holds no app', () => {
    const { status, stdout } = runCli(['scan', 'docs']);
    assert.equal(status, 2);
    assert.match(stdout, /no-app|no Forge manifest|no app/i);
  });

  it('exits 2 with one line for a usage error', () => {
    const { status, stderr } = runCli(['scan']);
    assert.equal(status, 2);
    assert.match(stderr, /scan needs the app folder/);
    assert.equal(runCli(['scan', 'examples/skyline', '--format', 'yaml']).status, 2);
    assert.equal(runCli(['frobnicate']).status, 2);
  });
});
