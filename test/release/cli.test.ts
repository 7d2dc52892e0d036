import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../cli/run-cli.ts';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/release/issue-notes');
let tmp: string;

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', ['-c', 'user.name=Candor Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
}

function copyVersion(version: string, to: string): void {
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(path.join(FIXTURES, `v${version}`), to, { recursive: true });
}

describe('candor snapshot and diff (CLI)', () => {
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-release-test-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('saves a snapshot under .candor/snapshots, named by the package.json version', () => {
    const app = path.join(tmp, 'snap-app');
    copyVersion('1.0.0', app);
    const { status, stdout } = runCli(['snapshot', app], tmp);
    assert.equal(status, 0);
    assert.equal(stdout, 'Wrote snap-app/.candor/snapshots/1.0.0.json: version 1.0.0\n');
    const saved = JSON.parse(fs.readFileSync(path.join(app, '.candor/snapshots/1.0.0.json'), 'utf8'));
    assert.deepEqual([saved.format, saved.formatVersion, saved.version, saved.commit], ['candor-snapshot', 1, '1.0.0', null]);
    assert.equal(saved.facts.stats.durationMs, 0);
    assert.deepEqual(saved.facts.scopes.declared.map((d: { scope: string }) => d.scope), ['read:jira-work', 'read:jira-user', 'storage:app']);
    assert.equal(runCli(['snapshot', app, '--version', 'v1.0.0-rc/1', '--out', path.join(tmp, 'rc.json')], tmp).status, 0);
    assert.equal(JSON.parse(fs.readFileSync(path.join(tmp, 'rc.json'), 'utf8')).version, 'v1.0.0-rc/1');
    assert.match(runCli(['--version']).stdout, /^\d+\.\d+\.\d+/);
  });

  it('diffs two snapshots, and --fail-on makes it a gate', () => {
    const a = path.join(tmp, 'a.json');
    const b = path.join(tmp, 'b.json');
    assert.equal(runCli(['snapshot', path.join(FIXTURES, 'v1.0.0'), '--out', a]).status, 0);
    assert.equal(runCli(['snapshot', path.join(FIXTURES, 'v1.1.0'), '--out', b]).status, 0);
    const text = runCli(['diff', a, b]);
    assert.equal(text.status, 0);
    assert.match(text.stdout, /^9 need a statement update, 4 need review, 1 for the record\.$/m);
    assert.match(text.stdout, /^ {2}\+ scope write:jira-work\n {4}New permission `write:jira-work`/m);
    assert.match(text.stdout, /^ {2}- scope read:jira-user\n.*\n {4}was at manifest\.yml:19$/m);
    assert.equal(runCli(['diff', a, b, '--fail-on', 'statement-update']).status, 1);
    assert.equal(runCli(['diff', a, a, '--fail-on', 'info']).status, 0);
    assert.match(runCli(['diff', a, a]).stdout, /No data-handling changes\./);
    const md = runCli(['diff', a, b, '--format', 'markdown']).stdout;
    assert.match(md, /^### Needs a statement update$/m);
    assert.match(md, /^\| added \*\*scope write:jira-work\*\* \| New permission `write:jira-work`/m);
    const json = JSON.parse(runCli(['diff', a, b, '--format', 'json']).stdout);
    assert.deepEqual(json.summary, { 'statement-update': 9, review: 4, info: 1 });
  });

  it('diffs two git refs of the app, extracted to a temporary folder and cleaned up', () => {
    const repo = path.join(tmp, 'repo');
    const app = path.join(repo, 'apps/issue-notes');
    fs.mkdirSync(repo, { recursive: true });
    git(repo, 'init', '-q');
    copyVersion('1.0.0', app);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'Issue Notes 1.0.0');
    git(repo, 'tag', 'v1.0.0');
    copyVersion('1.1.0', app);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'Issue Notes 1.1.0');
    // A temporary folder of this run's own: another run's (a suite beside this one) is no leftover of this one.
    const scratch = path.join(tmp, 'scratch');
    fs.mkdirSync(scratch);

    const { status, stdout, stderr } = runCli(['diff', 'v1.0.0', 'HEAD', '--app', app, '--format', 'json', '--fail-on', 'review'], undefined, { TMPDIR: scratch });
    assert.equal(status, 1, stderr);
    const diff = JSON.parse(stdout);
    assert.equal(diff.from.version, 'v1.0.0');
    assert.equal(diff.from.commit.ref, 'v1.0.0');
    assert.equal(diff.to.commit.ref, 'HEAD');
    assert.deepEqual(diff.changes.filter((c: { aspect: string }) => c.aspect === 'scopes').map((c: { change: string; id: string }) => `${c.change} ${c.id}`), ['added write:jira-work', 'removed read:jira-user']);
    assert.deepEqual(diff.changes.find((c: { id: string }) => c.id === 'write:jira-work').evidence[0].file, 'manifest.yml');
    assert.deepEqual(fs.readdirSync(scratch).filter((n) => n.startsWith('candor-ref-')), []);
    assert.equal(runCli(['diff', 'HEAD~1', 'HEAD', '--app', app, '--fail-on', 'none']).status, 0);
  });

  it('exits 2 with one line for what cannot be read', () => {
    const notSnapshot = runCli(['diff', 'package.json', 'package.json']);
    assert.equal(notSnapshot.status, 2);
    assert.match(notSnapshot.stderr, /^candor: package\.json is not a Candor snapshot/);
    const badRef = runCli(['diff', 'no-such-ref-xyz', 'HEAD', '--app', path.join(FIXTURES, 'v1.0.0')]);
    assert.equal(badRef.status, 2);
    assert.match(badRef.stderr, /"no-such-ref-xyz" is neither a snapshot file nor a git ref/);
    assert.equal(runCli(['diff', 'a.json']).status, 2);
    assert.equal(runCli(['diff', 'a', 'b', '--fail-on', 'error']).status, 2);
    assert.equal(runCli(['snapshot']).status, 2);
  });
});
