import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { listSnapshots, makeSnapshot, readSnapshot, SnapshotError, snapshotPath, takeSnapshot, writeSnapshot } from '../../src/release/snapshot.ts';
import { makeFacts } from '../checks/facts-builder.ts';

const V100 = path.join(import.meta.dirname, '../fixtures/release/issue-notes/v1.0.0');
let tmp: string;

describe('release snapshots', () => {
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-snapshot-test-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('gives the same snapshot for two scans of the same code', async () => {
    const date = new Date('2026-05-01T00:00:00Z');
    const a = await takeSnapshot(V100, { version: '1.0.0', date, commit: null });
    const b = await takeSnapshot(V100, { version: '1.0.0', date, commit: null });
    assert.equal(JSON.stringify(a), JSON.stringify(b));
    assert.equal(a.facts.stats.durationMs, 0);
  });

  it('leaves out what the scan reads from the snapshots themselves', async () => {
    const app = path.join(tmp, 'with-history');
    fs.cpSync(V100, app, { recursive: true });
    const old = makeSnapshot(makeFacts({ logs: [] }), { version: '0.9', date: new Date('2026-01-01T00:00:00Z'), commit: null });
    // An excerpt of an earlier scan that holds a credential: the snapshot is Candor's output, not the app's code.
    (old.facts as unknown as { note: string }).note = "const key = 'AKIAIOSFODNN7EXAMPLF';";
    writeSnapshot(snapshotPath(app, '0.9'), old);
    const now = await takeSnapshot(app, { version: '1.0.0', commit: null });
    assert.deepEqual(now.facts.secrets, []);
  });

  it('names the file by the version, made safe for a file name', () => {
    assert.equal(snapshotPath('app', '1.2.0'), path.join('app', '.candor/snapshots/1.2.0.json'));
    assert.equal(snapshotPath('app', 'release/2026 05'), path.join('app', '.candor/snapshots/release_2026_05.json'));
    assert.equal(snapshotPath('app', '../x'), path.join('app', '.candor/snapshots/__x.json'));
  });

  it('reads snapshots back, oldest commit first, and names a file it cannot read', () => {
    const app = path.join(tmp, 'listed');
    const facts = makeFacts();
    const commit = (date: string) => ({ sha: 'a'.repeat(40), short: 'aaaaaaa', date, dirty: false });
    writeSnapshot(snapshotPath(app, '1.10.0'), makeSnapshot(facts, { version: '1.10.0', date: new Date('2026-03-01T00:00:00Z'), commit: commit('2026-02-01T00:00:00Z') }));
    // Taken later, but of an older commit: a back-filled release.
    writeSnapshot(snapshotPath(app, '1.9.0'), makeSnapshot(facts, { version: '1.9.0', date: new Date('2026-04-01T00:00:00Z'), commit: commit('2026-01-01T00:00:00Z') }));
    writeSnapshot(snapshotPath(app, '1.11.0'), makeSnapshot(facts, { version: '1.11.0', date: new Date('2026-03-02T00:00:00Z'), commit: null }));
    fs.writeFileSync(snapshotPath(app, 'broken'), '{ "format": ');
    const { snapshots, errors } = listSnapshots(app);
    assert.deepEqual(snapshots.map((s) => s.version), ['1.9.0', '1.10.0', '1.11.0']);
    assert.equal(errors.length, 1);
    assert.match(errors[0]!.message, /broken\.json cannot be read as JSON/);
    assert.equal(readSnapshot(snapshotPath(app, '1.9.0')).version, '1.9.0');
    fs.writeFileSync(path.join(tmp, 'other.json'), JSON.stringify({ format: 'candor-snapshot', formatVersion: 7 }));
    assert.throws(() => readSnapshot(path.join(tmp, 'other.json')), (e: Error) => e instanceof SnapshotError && /snapshot format 7; this Candor reads format 1/.test(e.message));
  });
});
