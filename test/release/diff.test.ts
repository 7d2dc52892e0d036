import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { diffSnapshots, reachesSeverity } from '../../src/release/diff.ts';
import { takeSnapshot, type Snapshot } from '../../src/release/snapshot.ts';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/release/issue-notes');
const DATE = new Date('2026-05-01T12:00:00Z');

async function snap(version: string): Promise<Snapshot> {
  return takeSnapshot(path.join(FIXTURES, `v${version}`), { version, date: DATE, commit: null });
}

describe('release diff', () => {
  it('lists the data-handling changes of 1.1.0, each with its severity, matched by content', async () => {
    const diff = diffSnapshots(await snap('1.0.0'), await snap('1.1.0'));
    assert.deepEqual(
      diff.changes.map((c) => [c.severity, c.change, c.aspect, c.id]),
      [
        ['statement-update', 'added', 'scopes', 'write:jira-work'],
        ['statement-update', 'added', 'egress-declared', 'fetch-backend api.openai.com'],
        ['statement-update', 'added', 'egress-calls', 'backend api.openai.com'],
        ['statement-update', 'added', 'third-parties', 'openai'],
        ['statement-update', 'added', 'llm', 'openai'],
        ['statement-update', 'added', 'stored-data', 'kvs author:{}'],
        ['statement-update', 'added', 'log-leaks', 'src/index.js console.log(\'summarising issue\', issue.fields.summary);'],
        ['statement-update', 'added', 'personal-data', 'account-id stored kvs'],
        ['statement-update', 'changed', 'app-settings', 'runtime'],
        ['review', 'removed', 'scopes', 'read:jira-user'],
        ['review', 'removed', 'personal-data', 'account-id read /rest/api/3/user?accountId={}'],
        ['review', 'removed', 'personal-data', 'display-name read /rest/api/3/user?accountId={}'],
        ['review', 'removed', 'personal-data', 'email read /rest/api/3/user?accountId={}'],
        ['info', 'changed', 'dependencies', '@forge/api'],
      ],
    );
    assert.deepEqual(diff.summary, { 'statement-update': 9, review: 4, info: 1 });
  });

  it('gives each change its evidence in the version that has it', async () => {
    const diff = diffSnapshots(await snap('1.0.0'), await snap('1.1.0'));
    const scope = diff.changes.find((c) => c.id === 'write:jira-work')!;
    assert.deepEqual(scope.evidence.map((e) => `${e.file}:${e.line}`), ['manifest.yml:19']);
    assert.equal(scope.message, "New permission `write:jira-work`: the statement's permissions section (and the profile's `scopes`) must say why the app needs it.");
    const dropped = diff.changes.find((c) => c.id === 'read:jira-user')!;
    assert.deepEqual(dropped.evidence.map((e) => `${e.file}:${e.line}`), ['manifest.yml:19']);
    const runtime = diff.changes.find((c) => c.id === 'runtime')!;
    assert.deepEqual([runtime.before, runtime.after], ['nodejs22.x', 'nodejs24.x']);
    assert.deepEqual(runtime.previous.map((e) => e.file), ['manifest.yml']);
  });

  it('finds no change when code only moved (1.0.0 → 1.0.1: lines shifted, functions reordered)', async () => {
    const diff = diffSnapshots(await snap('1.0.0'), await snap('1.0.1'));
    assert.deepEqual(diff.changes, []);
    assert.equal(reachesSeverity(diff, 'info'), false);
  });

  it('reports the reverse release as removals for review', async () => {
    const diff = diffSnapshots(await snap('1.1.0'), await snap('1.0.0'));
    assert.deepEqual(
      diff.changes.filter((c) => c.change === 'removed').map((c) => [c.severity, c.aspect, c.id]),
      [
        ['review', 'scopes', 'write:jira-work'],
        ['review', 'egress-declared', 'fetch-backend api.openai.com'],
        ['review', 'egress-calls', 'backend api.openai.com'],
        ['review', 'third-parties', 'openai'],
        ['review', 'llm', 'openai'],
        ['review', 'stored-data', 'kvs author:{}'],
        ['review', 'log-leaks', 'src/index.js console.log(\'summarising issue\', issue.fields.summary);'],
        ['review', 'personal-data', 'account-id stored kvs'],
      ],
    );
    assert.equal(reachesSeverity(diff, 'statement-update'), true);
  });
});
