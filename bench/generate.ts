/**
 * Generates deterministic Forge apps of 10k, 100k and 1M lines for the benchmark, into
 * `bench/.work/app-<size>/` (gitignored). The same size always gives the same bytes; an app is
 * rebuilt only when the generator's own source changes.
 *
 *   node bench/generate.ts [--sizes 10k,100k,1M] [--force] [--check]
 *
 * `--check` parses every generated source file with oxc-parser and validates the manifest against
 * the schema `@forge/manifest` ships, so the apps stay well-formed as the generator evolves, and
 * counts the exported functions no file imports (a few percent, as in real apps).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { deadExports, summary } from './dead-exports.ts';
import { buildApp } from './gen/app.ts';
import { createRandom, hash } from './gen/random.ts';

export const SIZES: Record<string, number> = { '10k': 10_000, '100k': 100_000, '1M': 1_000_000 };
export const WORK_DIR = path.join(import.meta.dirname, '.work');
const SEED = 0x0c4d02;

export interface GeneratedApp {
  size: string;
  dir: string;
  lines: number;
  files: number;
  sourceFiles: number;
  bytes: number;
  generator: string;
}

/** A hash of the generator's code: a change to it regenerates the apps. */
function generatorVersion(): string {
  const genDir = path.join(import.meta.dirname, 'gen');
  const sources = [path.join(import.meta.dirname, 'generate.ts'), ...fs.readdirSync(genDir).sort().map((f) => path.join(genDir, f))];
  return hash(sources.map((f) => fs.readFileSync(f, 'utf8')).join('\0')).toString(16);
}

/** Read once, when the generator's modules are loaded, so the stamp always matches the code that ran. */
const GENERATOR = generatorVersion();

export function parseSize(size: string): number {
  const lines = SIZES[size] ?? Number(size.replace(/k$/i, '000').replace(/M$/, '000000'));
  if (!Number.isInteger(lines) || lines < 1000) throw new Error(`Unknown size "${size}": use 10k, 100k, 1M or a line count ≥ 1000.`);
  return lines;
}

export function ensureApp(size: string, force = false): GeneratedApp {
  const dir = path.join(WORK_DIR, `app-${size}`);
  const stampFile = path.join(WORK_DIR, `app-${size}.json`);
  const generator = GENERATOR;
  if (!force && fs.existsSync(stampFile) && fs.existsSync(dir)) {
    const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8')) as GeneratedApp;
    if (stamp.generator === generator) return { ...stamp, dir };
  }
  const files = buildApp(createRandom(SEED ^ parseSize(size)), parseSize(size));
  fs.rmSync(dir, { recursive: true, force: true });
  let lines = 0;
  let bytes = 0;
  let sourceFiles = 0;
  for (const [rel, text] of files) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    if (/(^|\/)build\//.test(rel)) continue; // gitignored build output: not the app's code
    lines += text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    bytes += Buffer.byteLength(text);
    if (/\.[cm]?[jt]sx?$/.test(rel)) sourceFiles++;
  }
  const app: GeneratedApp = { size, dir, lines, files: files.size, sourceFiles, bytes, generator };
  fs.writeFileSync(stampFile, `${JSON.stringify({ ...app, dir: path.basename(dir) }, null, 2)}\n`);
  return app;
}

/** Parses every source file and validates the manifest; returns the problems found. */
export async function checkApp(app: GeneratedApp): Promise<string[]> {
  const { parseSync } = await import('oxc-parser');
  const { parse: parseYaml } = await import('yaml');
  const problems: string[] = [];
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  for (const file of walk(app.dir)) {
    if (!/\.[cm]?[jt]sx?$/.test(file) || file.includes(`${path.sep}build${path.sep}`)) continue;
    // Create React App (and Forge's Custom UI templates) put JSX in `.js` files.
    const result = parseSync(file, fs.readFileSync(file, 'utf8'), { showSemanticErrors: true, ...(file.endsWith('.js') ? { lang: 'jsx' as const } : {}) });
    for (const e of result.errors) problems.push(`${path.relative(app.dir, file)}: ${e.message}`);
  }
  const manifest = parseYaml(fs.readFileSync(path.join(app.dir, 'manifest.yml'), 'utf8')) as unknown;
  const schemaFile = path.join(import.meta.dirname, '..', 'node_modules', '@forge', 'manifest', 'out', 'schema', 'manifest-schema.json');
  const { Ajv } = await import('ajv');
  const ajv = new Ajv({ strict: false, allErrors: true });
  const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as object);
  if (!validate(manifest)) {
    for (const e of validate.errors ?? []) problems.push(`manifest.yml${e.instancePath}: ${e.message}`);
  }
  return problems;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { sizes: { type: 'string', default: '10k,100k,1M' }, force: { type: 'boolean', default: false }, check: { type: 'boolean', default: false } },
  });
  let failed = false;
  for (const size of values.sizes.split(',').map((s) => s.trim())) {
    const started = performance.now();
    const app = ensureApp(size, values.force);
    const ms = Math.round(performance.now() - started);
    console.log(`${size}: ${app.lines} lines, ${app.sourceFiles} source files (${app.files} files, ${(app.bytes / 1e6).toFixed(1)} MB) in ${path.relative(process.cwd(), app.dir)} [${ms} ms]`);
    if (values.check) {
      const problems = await checkApp(app);
      for (const p of problems.slice(0, 30)) console.log(`  ${p}`);
      console.log(problems.length === 0 ? '  check: every source file parses, the manifest matches the schema' : `  check: ${problems.length} problems`);
      console.log(`  ${summary(await deadExports(app.dir))}`);
      failed ||= problems.length > 0;
    }
  }
  process.exitCode = failed ? 1 : 0;
}
