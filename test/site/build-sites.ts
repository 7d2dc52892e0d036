import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeSnapshot, takeSnapshot, writeSnapshot } from '../../src/release/snapshot.ts';
import { buildSite, type SiteResult } from '../../src/site/build.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const SITE = path.join(ROOT, 'test/fixtures/site');
const RELEASE = path.join(ROOT, 'test/fixtures/release/issue-notes');
export const DATE = '2026-05-01';

/**
 * Issue Notes with three release snapshots (1.0.0, 1.0.1, 1.1.0 from the release fixtures),
 * copied to a temporary folder as `candor snapshot` would leave them in `.candor/snapshots/`.
 */
export async function issueNotesWithHistory(tmp: string): Promise<string> {
  const app = path.join(tmp, 'issue-notes');
  fs.cpSync(path.join(SITE, 'issue-notes'), app, { recursive: true });
  const days = { '1.0.0': '2026-02-02', '1.0.1': '2026-03-09', '1.1.0': '2026-04-20' } as const;
  for (const [version, day] of Object.entries(days)) {
    const snapshot = await takeSnapshot(path.join(RELEASE, `v${version}`), { version, date: new Date(`${day}T10:00:00Z`), commit: null });
    writeSnapshot(path.join(app, `.candor/snapshots/${version}.json`), snapshot);
  }
  return app;
}

/** The hostile apps, each with two snapshots whose version and stored keys carry the payload too. */
export async function hostileApps(tmp: string): Promise<string[]> {
  const apps: string[] = [];
  for (const name of ['hostile', 'hostile-markup']) {
    const app = path.join(tmp, name);
    fs.cpSync(path.join(SITE, name), app, { recursive: true });
    const now = await takeSnapshot(app, { version: '<script>window.__pwned=1</script>2.0', date: new Date('2026-04-01T00:00:00Z'), commit: null });
    const earlier = makeSnapshot({ ...now.facts, storage: [], scopes: { ...now.facts.scopes, declared: [] } }, { version: '1.0<img src=x onerror=window.__pwned=1>', date: new Date('2026-03-01T00:00:00Z'), commit: null });
    writeSnapshot(path.join(app, '.candor/snapshots/2.0.json'), now);
    writeSnapshot(path.join(app, '.candor/snapshots/1.0.json'), earlier);
    apps.push(app);
  }
  return apps;
}

export async function buildShowcase(tmp: string): Promise<{ out: string; result: SiteResult }> {
  const out = path.join(tmp, 'showcase');
  const apps = [await issueNotesWithHistory(tmp), ...['handoff-for-jira', 'skyline', 'campaign-operations-playbook'].map((e) => path.join(ROOT, 'examples', e))];
  return { out, result: await buildSite(apps, { out, date: DATE }) };
}

export async function buildHostile(tmp: string): Promise<{ out: string; result: SiteResult }> {
  const out = path.join(tmp, 'hostile-site');
  return { out, result: await buildSite(await hostileApps(tmp), { out, date: DATE }) };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'candor-site-test-'));
}
