import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, it } from 'node:test';
import { scan } from '../src/scan/index.ts';
import type { Facts } from '../src/scan/facts.ts';

const repo = path.resolve(import.meta.dirname, '..');
const NODE = process.execPath;

/** The facts without the scan's own figures, which differ from run to run. */
function comparable(facts: Facts): unknown {
  return JSON.parse(JSON.stringify({ ...facts, stats: { ...facts.stats, durationMs: 0 } }));
}

/** Runs a module (`DIST` stands for the build's URL) in a fresh Node process and returns what it prints. */
function runModule(code: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-dist-'));
  try {
    const file = path.join(dir, 'run.mjs');
    fs.writeFileSync(file, code.replaceAll('DIST', pathToFileURL(path.join(repo, 'dist')).href));
    return execFileSync(NODE, [file], { encoding: 'utf8', env: { ...process.env, CANDOR_CACHE: 'off' }, maxBuffer: 64 * 1024 * 1024 });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// An installed Candor runs `dist/`, the type-stripped build `npm pack` makes: it must work as the sources do.
describe('the published package', () => {
  before(() => {
    execFileSync(NODE, ['scripts/build-dist.ts'], { cwd: repo, stdio: 'ignore' });
  });

  it('holds the build, the generated validator and the data, and none of the repository’s own folders', () => {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repo, encoding: 'utf8' })) as Array<{ files: Array<{ path: string }> }>;
    const files = new Set(packed!.files.map((f) => f.path));
    for (const needed of ['bin/candor.js', 'dist/index.js', 'dist/cli/main.js', 'dist/scan/source/worker.js', 'dist/data/vendors.json', 'dist/data/generated/scope-table.json', 'generated/manifest/index.json', 'generated/manifest/root.js', 'package.json']) {
      assert.ok(files.has(needed), `${needed} is in the package`);
    }
    const stray = [...files].filter((f) => /^(test|bench|scratch|examples|scripts|node_modules|\.ci)\//.test(f));
    assert.deepEqual(stray, []);
  });

  it('scans as the sources do, on the calling thread and in the worker pool', async () => {
    const app = path.join(repo, 'examples/campaign-operations-playbook');
    const fromDist = JSON.parse(runModule(`
      import { scan } from 'DIST/index.js';
      const facts = await scan(${JSON.stringify(app)}, { cache: false });
      console.log(JSON.stringify({ ...facts, stats: { ...facts.stats, durationMs: 0 } }));
    `)) as unknown;
    assert.deepEqual(fromDist, comparable(await scan(app, { cache: false })));

    const pooled = JSON.parse(runModule(`
      import { listFiles } from 'DIST/app/files.js';
      import { runTasks } from 'DIST/scan/source/pool.js';
      const tasks = listFiles(${JSON.stringify(app)}).files.filter((f) => f.source).map((f) => ({ path: f.path, abs: f.abs, size: f.size, kind: 'source', side: 'backend' }));
      const results = await runTasks(tasks, undefined, { parallelFromBytes: 0, batchBytes: 4096 });
      console.log(JSON.stringify({ tasks: tasks.length, sources: results.filter((r) => r.kind === 'source').length }));
    `)) as { tasks: number; sources: number };
    assert.ok(pooled.tasks > 5 && pooled.sources === pooled.tasks, `${pooled.sources} of ${pooled.tasks} files analysed by the pool`);
  });

  it('runs the command from a project that installed it', { skip: os.platform() === 'win32' && 'symlinks' }, () => {
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-installed-'));
    try {
      // The package as npm lays it out: the command under node_modules, its dependencies beside it.
      const installed = path.join(project, 'node_modules', 'candor');
      fs.mkdirSync(installed, { recursive: true });
      // The command is copied: it tells an installed package from the repository by its own path.
      fs.cpSync(path.join(repo, 'bin'), path.join(installed, 'bin'), { recursive: true });
      for (const entry of ['dist', 'generated', 'package.json']) fs.symlinkSync(path.join(repo, entry), path.join(installed, entry));
      for (const dep of fs.readdirSync(path.join(repo, 'node_modules'))) {
        if (dep !== 'candor') fs.symlinkSync(path.join(repo, 'node_modules', dep), path.join(project, 'node_modules', dep));
      }
      const out = execFileSync(NODE, [path.join(installed, 'bin', 'candor.js'), 'scan', path.join(repo, 'examples/handoff-for-jira'), '--format', 'json', '--no-cache'], { cwd: project, encoding: 'utf8' });
      const facts = JSON.parse(out) as Facts;
      assert.equal(facts.app.platform, 'forge');
      assert.ok(facts.restCalls.length > 0);
    } finally {
      fs.rmSync(project, { recursive: true, force: true });
    }
  });
});
