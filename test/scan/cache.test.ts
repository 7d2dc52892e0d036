import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { after, describe, it } from 'node:test';
import { openCache } from '../../src/scan/cache.ts';
import { validateManifestWith, type Memo } from '../../src/app/manifest-schema.ts';
import { scan } from '../../src/scan/index.ts';
import { runTask, type Task } from '../../src/scan/source/worker-task.ts';
import type { Facts } from '../../src/scan/facts.ts';
import { forgeManifest } from '../helpers/temp-app.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-cache-test-'));
after(() => fs.rmSync(temp, { recursive: true, force: true }));

/** The facts without the scan's own figures, which differ from run to run. */
function comparable(facts: Facts): unknown {
  return JSON.parse(JSON.stringify({ ...facts, stats: { ...facts.stats, cached: 0, durationMs: 0 } }));
}

/** Scans and records the first progress report: files answered from the cache are reported done at once. */
async function scanWith(dir: string, cache: string | false): Promise<{ facts: Facts; first: [number, number] | null }> {
  let first: [number, number] | null = null;
  const facts = await scan(dir, { cache, onProgress: (done, total) => { first ??= [done, total]; } });
  return { facts, first };
}

function apps(): string[] {
  const found = fs.readdirSync(path.join(repo, 'examples')).map((name) => path.join(repo, 'examples', name)).filter((d) => fs.statSync(d).isDirectory());
  const walk = (dir: string, depth: number): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const sub = path.join(dir, entry.name);
      if (['manifest.yml', 'atlassian-connect.json'].some((f) => fs.existsSync(path.join(sub, f)))) found.push(sub);
      else if (depth < 3) walk(sub, depth + 1);
    }
  };
  walk(path.join(repo, 'test/fixtures'), 0);
  return found;
}

describe('analysis cache', () => {
  it('gives the same facts from the cache as without it, for every example and fixture app', async () => {
    const cacheDir = path.join(temp, 'same');
    const list = apps();
    assert.ok(list.length >= 40, `found ${list.length} apps`);
    for (const dir of list) {
      const plain = comparable(await scan(dir, { cache: false }));
      const cold = await scanWith(dir, cacheDir);
      const warm = await scanWith(dir, cacheDir);
      const name = path.relative(repo, dir);
      assert.deepEqual(comparable(cold.facts), plain, `${name}: first scan with the cache`);
      assert.deepEqual(comparable(warm.facts), plain, `${name}: scan answered from the cache`);
      assert.equal(cold.facts.stats.cached, 0, `${name}: nothing cached at first`);
      assert.equal(warm.first?.[0], warm.first?.[1], `${name}: every file reported done at once`);
      assert.equal(warm.facts.stats.cached, warm.facts.stats.sourceFiles, `${name}: every source file came from the cache`);
    }
  });

  it('analyses a changed file again and keeps the unchanged ones', async () => {
    const cacheDir = path.join(temp, 'changed');
    const dir = fs.mkdtempSync(path.join(temp, 'app-'));
    fs.writeFileSync(path.join(dir, 'manifest.yml'), forgeManifest());
    fs.mkdirSync(path.join(dir, 'src'));
    fs.writeFileSync(path.join(dir, 'src/index.js'), "import { helper } from './helper.js';\nexport const run = async (event) => { helper(event); };\n");
    fs.writeFileSync(path.join(dir, 'src/helper.js'), 'export function helper(event) { return event; }\n');
    const first = await scanWith(dir, cacheDir);
    assert.equal(first.facts.logs.length, 0);
    fs.writeFileSync(path.join(dir, 'src/helper.js'), 'export function helper(event) {\n  console.log(event.issue);\n  return event;\n}\n');
    const second = await scanWith(dir, cacheDir);
    assert.deepEqual(second.first, [2, 3], 'manifest.yml (searched for secrets) and index.js from the cache, helper.js analysed again');
    assert.equal(second.facts.stats.cached, 1);
    assert.deepEqual(second.facts.logs.map((l) => `${l.evidence.file}:${l.evidence.line}`), ['src/helper.js:2']);
    assert.deepEqual(comparable(second.facts), comparable(await scan(dir, { cache: false })));
  });

  it("keeps the manifest's schema issues, and checks the manifest again when it changes", async () => {
    const cacheDir = path.join(temp, 'manifest');
    const dir = fs.mkdtempSync(path.join(temp, 'app-'));
    fs.writeFileSync(path.join(dir, 'index.js'), 'export const run = async () => {};\n');
    const schemaErrors = async () => (await scan(dir, { cache: cacheDir })).diagnostics.filter((d) => d.code === 'manifest-schema').map((d) => `${d.file}:${d.line}`);
    const withTypo = forgeManifest('  licensing:', '    enabled: maybe');
    fs.writeFileSync(path.join(dir, 'manifest.yml'), withTypo);
    assert.deepEqual(await schemaErrors(), ['manifest.yml:10']);
    assert.deepEqual(await schemaErrors(), ['manifest.yml:10'], 'from the cache');
    fs.writeFileSync(path.join(dir, 'manifest.yml'), forgeManifest('  licensing:', '    enabled: true'));
    assert.deepEqual(await schemaErrors(), []);
    fs.writeFileSync(path.join(dir, 'manifest.yml'), withTypo);
    assert.deepEqual(await schemaErrors(), ['manifest.yml:10']);

    const kept = new Map<string, string>();
    const memo: Memo = { recall: (name, key) => kept.get(`${name}\0${key}`) ?? null, remember: (name, key, value) => void kept.set(`${name}\0${key}`, value) };
    const doc = { app: { id: 'x' } };
    const issues = await validateManifestWith(memo, doc);
    assert.ok(issues.length > 0 && kept.size === 1, 'a fresh answer is kept');
    kept.set([...kept.keys()][0]!, '[]');
    assert.deepEqual(await validateManifestWith(memo, doc), [], 'a kept answer is not worked out again');
  });

  it('keeps a result under the bytes it analysed, so an edit during the scan is not taken for them', () => {
    const dir = fs.mkdtempSync(path.join(temp, 'race-'));
    const file = path.join(dir, 'index.js');
    const task: Task = { path: 'index.js', abs: file, size: 0, kind: 'source', side: 'backend' };
    fs.writeFileSync(file, 'console.log(1);\n');
    const before = openCache(path.join(temp, 'race'), dir);
    assert.equal(before.get(task), null);
    // The file changes between the look-up and the analysis.
    fs.writeFileSync(file, 'console.log(2);\nconsole.log(3);\n');
    const analysed = runTask({ ...task, hash: true });
    before.set(task, analysed as Exclude<typeof analysed, { kind: 'deep' }>);
    before.save();
    fs.writeFileSync(file, 'console.log(1);\n');
    assert.equal(openCache(path.join(temp, 'race'), dir).get(task), null, 'not the analysis of other bytes');
    fs.writeFileSync(file, 'console.log(2);\nconsole.log(3);\n');
    const kept = openCache(path.join(temp, 'race'), dir).get(task);
    assert.equal(kept?.kind === 'source' ? kept.facts.logs.length : -1, 2);
  });

  it("takes a file whose stamp (inode, size, times) is unchanged for the bytes hashed before, without reading it", () => {
    const dir = fs.mkdtempSync(path.join(temp, 'stamp-'));
    const file = path.join(dir, 'index.js');
    fs.writeFileSync(file, 'console.log(1);\n');
    const stat = fs.statSync(file);
    const task: Task = { path: 'index.js', abs: file, size: stat.size, kind: 'source', side: 'backend', stamp: `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`, changedMs: stat.ctimeMs };
    const settled = Date.now() + 10_000;
    const first = openCache(path.join(temp, 'stamp'), dir, settled);
    assert.equal(first.get(task), null);
    first.set(task, runTask({ ...task, hash: true }) as Exclude<ReturnType<typeof runTask>, { kind: 'deep' }>);
    first.save();
    const gone = { ...task, abs: path.join(dir, 'missing.js') };
    const kept = openCache(path.join(temp, 'stamp'), dir, settled).get(gone);
    assert.equal(kept?.kind === 'source' ? kept.facts.logs.length : -1, 1, 'from the cache, the file not read');
    assert.equal(openCache(path.join(temp, 'stamp'), dir, settled).get({ ...gone, stamp: `${task.stamp}1` }), null, 'another stamp: read, and not there');
  });

  it('does not keep the hash of a file changed within the last seconds under its stamp, as it may change again unseen', () => {
    const dir = fs.mkdtempSync(path.join(temp, 'racy-'));
    const file = path.join(dir, 'index.js');
    fs.writeFileSync(file, 'console.log(1);\n');
    const stat = fs.statSync(file);
    const task: Task = { path: 'index.js', abs: file, size: stat.size, kind: 'source', side: 'backend', stamp: `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`, changedMs: stat.ctimeMs };
    const first = openCache(path.join(temp, 'racy'), dir, stat.ctimeMs + 1000);
    assert.equal(first.get(task), null);
    first.set(task, runTask({ ...task, hash: true }) as Exclude<ReturnType<typeof runTask>, { kind: 'deep' }>);
    first.save();
    assert.ok(openCache(path.join(temp, 'racy'), dir, stat.ctimeMs + 1000).get(task), 'read: the same bytes');
    assert.equal(openCache(path.join(temp, 'racy'), dir, stat.ctimeMs + 1000).get({ ...task, abs: path.join(dir, 'missing.js') }), null, 'its stamp alone is not trusted');
  });

  it('writes again only the parts of the cache that hold a changed file, and drops the results of removed files', async () => {
    const cacheDir = path.join(temp, 'parts');
    const dir = fs.mkdtempSync(path.join(temp, 'app-'));
    fs.writeFileSync(path.join(dir, 'manifest.yml'), forgeManifest());
    fs.mkdirSync(path.join(dir, 'src'));
    for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(dir, `src/f${i}.js`), `export const f${i} = () => console.log('${i}');\n`);
    // Files changed seconds ago: their hashes are kept under their stamps at once, not by a later scan.
    await new Promise((resolve) => setTimeout(resolve, 3100));
    await scan(dir, { cache: cacheDir });
    const [folder] = fs.readdirSync(cacheDir).map((name) => path.join(cacheDir, name));
    const parts = (): Map<string, number> => new Map(fs.readdirSync(folder!).map((name) => [name, fs.statSync(path.join(folder!, name)).mtimeMs]));
    const old = new Date(Date.now() - 3600_000);
    for (const name of parts().keys()) fs.utimesSync(path.join(folder!, name), old, old);
    const before = parts();
    assert.ok(before.size > 10, `results spread over ${before.size} parts`);

    fs.appendFileSync(path.join(dir, 'src/f7.js'), 'console.log(7);\n');
    assert.equal((await scan(dir, { cache: cacheDir })).stats.cached, 39);
    const after = parts();
    assert.equal([...after].filter(([name, at]) => before.get(name) !== at).length, 1, 'one part written again');

    // Results and values, not the files' stamps.
    const kept = (): number => fs.readdirSync(folder!).reduce((n, name) => n + [...(v8.deserialize(fs.readFileSync(path.join(folder!, name))) as { entries: Map<string, string> }).entries.keys()].filter((key) => !key.startsWith('\0stamp\0')).length, 0);
    assert.equal(kept(), 43, 'the manifest (searched for secrets, its YAML and its schema issues) and 40 source files; the result of f7.js before the change is gone');
    fs.rmSync(path.join(dir, 'src/f7.js'));
    assert.equal((await scan(dir, { cache: cacheDir })).stats.cached, 39);
    assert.equal(kept(), 42);
  });

  it('starts afresh from a damaged cache file, and scans when the cache folder cannot be written', async () => {
    const dir = path.join(repo, 'examples/handoff-for-jira');
    const expected = comparable(await scan(dir, { cache: false }));
    const cacheDir = path.join(temp, 'damaged');
    await scan(dir, { cache: cacheDir });
    const [folder] = fs.readdirSync(cacheDir);
    for (const part of fs.readdirSync(path.join(cacheDir, folder!))) fs.writeFileSync(path.join(cacheDir, folder!, part), 'not a cache\u0000\u00ff');
    const damaged = await scanWith(dir, cacheDir);
    assert.deepEqual(comparable(damaged.facts), expected);
    assert.equal(damaged.facts.stats.cached, 0, 'nothing came from the damaged file');
    assert.equal((await scan(dir, { cache: cacheDir })).stats.cached, damaged.facts.stats.sourceFiles, 'rewritten');

    const notAFolder = path.join(temp, 'a-file');
    fs.writeFileSync(notAFolder, '');
    assert.deepEqual(comparable(await scan(dir, { cache: notAFolder })), expected);
  });

  it('is off with CANDOR_CACHE=off, and CANDOR_CACHE_DIR says where it goes', async () => {
    const dir = path.join(repo, 'examples/bulk-page-cloner');
    const saved = { cache: process.env.CANDOR_CACHE, at: process.env.CANDOR_CACHE_DIR };
    const cacheDir = path.join(temp, 'env');
    try {
      process.env.CANDOR_CACHE_DIR = cacheDir;
      process.env.CANDOR_CACHE = 'off';
      await scan(dir);
      assert.equal(fs.existsSync(cacheDir), false);
      process.env.CANDOR_CACHE = '';
      await scan(dir);
      const apps = fs.readdirSync(cacheDir).filter((f) => f.endsWith('.candor-cache'));
      assert.equal(apps.length, 1);
      const folder = path.join(cacheDir, apps[0]!);
      for (const at of [cacheDir, folder]) assert.equal(fs.statSync(at).mode & 0o777, 0o700, 'the folders are the user\'s only');
      const parts = fs.readdirSync(folder);
      assert.ok(parts.length > 0);
      for (const part of parts) assert.equal(fs.statSync(path.join(folder, part)).mode & 0o777, 0o600, 'excerpts of the code are the user\'s only');
    } finally {
      for (const [key, value] of [['CANDOR_CACHE', saved.cache], ['CANDOR_CACHE_DIR', saved.at]] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });

  it('removes caches unused for a month and keeps at most 200', async () => {
    const cacheDir = path.join(temp, 'prune');
    fs.mkdirSync(cacheDir);
    const old = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    for (let i = 0; i < 210; i++) {
      const file = path.join(cacheDir, `other-app-${i}.candor-cache`);
      fs.writeFileSync(file, '');
      const at = i < 5 ? old : new Date(Date.now() - i * 1000);
      fs.utimesSync(file, at, at);
    }
    fs.writeFileSync(path.join(cacheDir, 'notes.txt'), 'not ours');
    for (const name of ['other.tmp', 'x.candor-cache.123.ab.tmp']) {
      fs.writeFileSync(path.join(cacheDir, name), '');
      fs.utimesSync(path.join(cacheDir, name), old, old);
    }
    await scan(path.join(repo, 'examples/bulk-page-cloner'), { cache: cacheDir });
    const left = fs.readdirSync(cacheDir);
    assert.equal(left.filter((f) => f.endsWith('.candor-cache')).length, 200);
    assert.ok(left.includes('notes.txt') && left.includes('other.tmp'), 'other files are left alone');
    assert.ok(!left.includes('x.candor-cache.123.ab.tmp'), 'a write of its own left over is removed');
    assert.ok(left.includes('other-app-5.candor-cache') && !left.includes('other-app-0.candor-cache') && !left.includes('other-app-209.candor-cache'));
  });
});
