import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const MANIFEST = `modules:
  function:
    - key: main
      handler: index.run
app:
  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b11
  runtime:
    name: nodejs24.x
permissions:
  scopes:
    - storage:app
`;

describe('bad input: the scan reports it and goes on', () => {
  let dir: string;
  let facts: Facts;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-bad-input-'));
    fs.mkdirSync(path.join(dir, 'src/nested'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'manifest.yml'), MANIFEST);
    fs.writeFileSync(path.join(dir, 'src/index.js'), "import { kvs } from '@forge/kvs';\nexport async function run() {\n  await kvs.set('last-run', Date.now());\n}\n");
    fs.writeFileSync(path.join(dir, 'src/broken.js'), 'export function broken( {\n  return 1;\n');
    fs.writeFileSync(path.join(dir, 'src/image.js'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    fs.writeFileSync(path.join(dir, 'src/bundle.js'), `// generated\n${'console.log("x");\n'.repeat(150_000)}`);
    fs.symlinkSync('..', path.join(dir, 'src/nested/loop'));
    fs.symlinkSync('missing-target.js', path.join(dir, 'src/dangling.js'));
    facts = await scan(dir);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const codes = () => facts.diagnostics.map((d) => `${d.code} ${d.file}${d.line ? `:${d.line}` : ''}`).sort();

  it('names each problem with its file (and line where there is one)', () => {
    assert.deepEqual(codes(), [
      'binary-file src/image.js',
      'huge-file src/bundle.js',
      'parse-error src/broken.js:2',
      'symlink-loop src/nested/loop',
      'unreadable src/dangling.js',
    ]);
  });

  it('keeps the facts of the good files', () => {
    assert.deepEqual(facts.storage.map((s) => `${s.backend} ${s.op} ${s.key} ${s.evidence.file}:${s.evidence.line}`), ['kvs write last-run src/index.js:3']);
    assert.deepEqual(facts.scopes.missing, []);
    assert.deepEqual(facts.scopes.unused, []);
  });

  it('says how to fix a parse error', () => {
    const d = facts.diagnostics.find((x) => x.code === 'parse-error')!;
    assert.match(d.message, /src\/broken\.js:2:\d+ does not parse/);
    assert.ok(d.hint);
  });
});

describe('no app in the folder', () => {
  it('gives a no-app error and no facts', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-no-app-'));
    fs.writeFileSync(path.join(dir, 'index.js'), 'console.log(1);\n');
    const facts = await scan(dir);
    fs.rmSync(dir, { recursive: true, force: true });
    assert.equal(facts.app.platform, null);
    assert.ok(facts.diagnostics.some((d) => d.code === 'no-app' && d.severity === 'error'));
  });
});

describe('code nested thousands of levels deep', () => {
  it('is analysed on a thread with a larger stack instead of crashing the scan', async () => {
    // Deep enough to overrun the parser's native stack on a normal thread (a segmentation fault).
    const depth = 20_000;
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'src/index.js': [
        "import { kvs } from '@forge/kvs';",
        `const table = ${'['.repeat(depth)}1${']'.repeat(depth)};`,
        `const pick = (a) => ${'a ? '.repeat(depth)}1${' : 2'.repeat(depth)};`,
        'export async function run() {',
        "  await kvs.set('deep-key', pick(table));",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => `${s.backend} ${s.op} ${s.key} ${s.evidence.file}:${s.evidence.line}`), ['kvs write deep-key src/index.js:5']);
    assert.deepEqual(facts.diagnostics, []);
  });

  it('whatever nests: statements and expressions without brackets, chains of calls, members and operators', async () => {
    const n = 20_000;
    const nests: Record<string, string> = {
      labels: `function g() { ${Array.from({ length: n }, (_, i) => `l${i}:`).join(' ')} x(); }`,
      elseIf: `function k(a) { ${'if (a) x(); else '.repeat(n)}x(); }`,
      loops: `function w(a) { ${'while (a) for (;;) '.repeat(n / 2)}x(); }`,
      doWhile: `function d(a) { ${'do '.repeat(n)}x();${' while (a)'.repeat(n)} }`,
      assignments: `let a; a = ${'a = '.repeat(n)}1;`,
      news: `const q = ${'new '.repeat(n)}X;`,
      calls: `const c = x${'()'.repeat(n)};`,
      members: `const m = a${'.b'.repeat(n)};`,
      unary: `const u = ${'!'.repeat(n)}x + ${'typeof '.repeat(n)}x;`,
      yields: `function* y() { ${'yield '.repeat(n)}x; }`,
      jsx: `const j = ${'<a>'.repeat(n)}${'</a>'.repeat(n)};`,
    };
    const files: Record<string, string> = {
      'manifest.yml': MANIFEST,
      'src/index.js': "import { kvs } from '@forge/kvs';\nexport async function run() {\n  await kvs.set('after-deep', 1);\n}\n",
    };
    for (const [name, code] of Object.entries(nests)) files[`src/deep/${name}.jsx`] = `${code}\n`;
    const { facts } = await scanFiles(files);
    assert.deepEqual(facts.storage.map((s) => `${s.key} ${s.evidence.file}:${s.evidence.line}`), ['after-deep src/index.js:3']);
    assert.deepEqual(facts.diagnostics.map((d) => `${d.code} ${d.file}`), [], 'every file read in full');
    assert.equal(facts.stats.sourceFiles, Object.keys(nests).length + 1);
  });
});

describe('file names with control characters', () => {
  it('are shown escaped, so a name cannot drive the terminal or break a line of the report', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'src/index.js': "import { kvs } from '@forge/kvs';\nexport async function run() {\n  await kvs.set('k', 1);\n}\n",
      'src/red\u001b[31m\nname.js': "fetch('https://api.example.com/x');\n",
      'src/broken\u0007.js': 'export function broken( {\n',
    });
    assert.deepEqual(facts.egress.calls.map((c) => c.evidence.file), ['src/red\\u001b[31m\\u000aname.js']);
    assert.deepEqual(facts.diagnostics.map((d) => `${d.code} ${d.file}`), ['parse-error src/broken\\u0007.js']);
    assert.match(facts.diagnostics[0]!.message, /^src\/broken\\u0007\.js:2:1 does not parse/);
  });
});

describe('a symbolic link out of the app folder', () => {
  let base: string;
  let facts: Facts;
  let viaLink: Facts;

  before(async () => {
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-links-'));
    const app = path.join(base, 'app');
    fs.mkdirSync(path.join(app, 'src/helpers'), { recursive: true });
    fs.mkdirSync(path.join(base, 'elsewhere'), { recursive: true });
    fs.writeFileSync(path.join(app, 'manifest.yml'), MANIFEST);
    fs.writeFileSync(path.join(app, 'src/index.js'), "import { kvs } from '@forge/kvs';\nexport async function run() {\n  await kvs.set('last-run', Date.now());\n}\n");
    fs.writeFileSync(path.join(app, 'src/helpers/keep.js'), "import { kvs } from '@forge/kvs';\nexport const keep = (v) => kvs.set('kept', v);\n");
    fs.writeFileSync(path.join(base, 'elsewhere/beacon.js'), "export const send = (body) => fetch('https://collector.example.net/in', { method: 'POST', body });\n");
    fs.symlinkSync('../../elsewhere', path.join(app, 'src/shared'));
    fs.symlinkSync('../../elsewhere/beacon.js', path.join(app, 'src/beacon.js'));
    fs.symlinkSync('helpers/keep.js', path.join(app, 'src/kept.js'));
    fs.symlinkSync('app', path.join(base, 'app-link'));
    facts = await scan(app, { cache: false });
    viaLink = await scan(path.join(base, 'app-link'), { cache: false });
  });
  after(() => fs.rmSync(base, { recursive: true, force: true }));

  it('is named in a diagnostic and not read; a link inside the folder is followed', () => {
    assert.deepEqual(facts.diagnostics.map((d) => `${d.severity} ${d.code} ${d.file}`).sort(), ['warning symlink-outside src/beacon.js', 'warning symlink-outside src/shared']);
    assert.deepEqual(facts.egress.calls, []);
    assert.deepEqual(facts.storage.map((s) => `${s.key} ${s.evidence.file}`), ['kept src/helpers/keep.js', 'last-run src/index.js', 'kept src/kept.js']);
  });

  it('reads the same app when the folder scanned is itself a link to it', () => {
    assert.deepEqual(viaLink.diagnostics.map((d) => `${d.code} ${d.file}`).sort(), ['symlink-outside src/beacon.js', 'symlink-outside src/shared']);
    assert.deepEqual(viaLink.storage.map((s) => s.key), facts.storage.map((s) => s.key));
  });
});
