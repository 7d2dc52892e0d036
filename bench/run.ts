/**
 * Candor's benchmark: `candor scan --format json` on generated Forge apps of 10k, 100k and 1M
 * lines, against `@forge/lint`'s client-side linters run offline on the same apps.
 *
 *   npm run bench -- [--sizes 10k,100k,1M] [--runs 5] [--lint-runs 3] [--lint-heap <MB>] [--no-lint]
 *                    [--json] [--openapi <dir>] [--profile <size>]
 *
 * Each figure is the median of the runs, after one untimed run of Candor that also checks its
 * output. Candor is measured twice: analysing every file (`--no-cache`, the figure compared with
 * forge lint), and again with no file changed, every file's analysis from its cache. Peak memory is the child's max RSS; CPU is user+sys of the child over its wall time
 * (above 1.0 means more than one core worked). `--profile 100k` adds a `--cpu-prof` run of Candor
 * and lists where its time goes. At the end it says how much CPU other processes took meanwhile
 * (from /proc/stat): on a shared machine, compare the best runs and CPU times rather than medians.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureApp, WORK_DIR, type GeneratedApp } from './generate.ts';
import { detectMethod, machineBusyMs, measure as measureOnce, median, shellLine, type Measurement, type Method, type RunSpec } from './measure.ts';
import { summarizeProfiles, type ProfileSummary } from './profile.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const NODE = 'node_modules/.bin/node';
const TARGETS = { wallMs100k: 1000, rssMB100k: 300, speedup: 30, memoryShare: 1 / 5 };

/** CPU used by the children we measured, to tell how much other processes took from the cores meanwhile. */
let childCpuMs = 0;
async function measure(spec: RunSpec, m: Method): Promise<Measurement> {
  const r = await measureOnce(spec, m);
  childCpuMs += (r.userMs || 0) + (r.sysMs || 0);
  return r;
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10k,100k,1M' },
    runs: { type: 'string', default: '5' },
    'lint-runs': { type: 'string' },
    'lint-heap': { type: 'string' },
    'no-lint': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    openapi: { type: 'string', default: path.join(ROOT, '..', 'shared', 'atlassian', 'openapi') },
    profile: { type: 'string' },
  },
});
const runs = Math.max(1, Number(values.runs));
/** forge lint takes minutes on 1M lines (or runs out of heap): one run there unless asked for more. */
const lintRunsFor = (lines: number) => Math.max(1, Number(values['lint-runs'] ?? (lines >= 500_000 ? 1 : 3)));
const say = (line = '') => {
  if (!values.json) process.stdout.write(`${line}\n`);
};

interface Series {
  command: string;
  runs: Omit<Measurement, 'stdout' | 'stderrTail'>[];
  wallMs: number;
  /** The fastest run: the best estimate of an undisturbed run when other processes share the cores. */
  bestWallMs: number;
  maxRssMB: number;
  /** user+sys of the child; less sensitive than wall time to other processes on the machine. */
  cpuMs: number;
  cpuPerWall: number;
  exitCodes: number[];
}

function series(command: string, list: Measurement[]): Series {
  return {
    command,
    runs: list.map(({ stdout: _stdout, stderrTail, ...m }) => (m.exitCode === 0 ? m : { ...m, stderrTail })),
    wallMs: median(list.map((m) => m.wallMs)),
    bestWallMs: Math.min(...list.map((m) => m.wallMs)),
    maxRssMB: median(list.map((m) => m.maxRssMB)),
    cpuMs: median(list.map((m) => m.userMs + m.sysMs)),
    cpuPerWall: median(list.map((m) => (m.userMs + m.sysMs) / m.wallMs)),
    exitCodes: [...new Set(list.map((m) => m.exitCode ?? -1))],
  };
}

interface SizeResult {
  size: string;
  app: Omit<GeneratedApp, 'dir' | 'generator'> & { dir: string };
  /** Every file analysed (`--no-cache`): the first scan of an app, or the scan of a clean CI machine. */
  candor: Series & { msPer10kLines: number; facts: Record<string, number> | { error: string } };
  /** Every file's analysis from the cache: a scan again with no file changed (statement edits, a second CI job). */
  cached: Series;
  /** One source file changed since the last scan, the others from the cache: a push. */
  oneChanged: Series;
  forgeLint?: (Series & { details: unknown }) | { skipped: string } | { failed: string; command: string; run: Measurement };
  /** `lowerBound`: forge lint did not finish, so the true speedup is larger and the memory share smaller. */
  ratio?: { speedup: number; memoryShare: number; lowerBound: boolean };
}

/** Counts from Candor's JSON facts: a scan that found nothing would be fast for the wrong reason. */
function factCounts(stdout: string): Record<string, number> | { error: string } {
  try {
    const f = JSON.parse(stdout) as Record<string, any>;
    return {
      sourceFiles: f['stats']?.sourceFiles ?? NaN,
      lines: f['stats']?.lines ?? NaN,
      modules: f['app']?.modules?.length ?? NaN,
      restCalls: f['restCalls']?.length ?? NaN,
      missingScopes: f['scopes']?.missing?.length ?? NaN,
      unusedScopes: f['scopes']?.unused?.length ?? NaN,
      egressCalls: f['egress']?.calls?.length ?? NaN,
      storage: f['storage']?.length ?? NaN,
      logs: f['logs']?.length ?? NaN,
      diagnostics: f['diagnostics']?.length ?? NaN,
    };
  } catch (error) {
    return { error: `output is not JSON: ${(error as Error).message}` };
  }
}

async function candorSeries(app: GeneratedApp, method: Method): Promise<SizeResult['candor']> {
  const rel = path.relative(ROOT, app.dir);
  const args = ['bin/candor.js', 'scan', rel, '--format', 'json', '--no-cache'];
  const check = await measure({ command: NODE, args, cwd: ROOT, captureStdout: true }, method);
  if (check.exitCode !== 0) throw new Error(`candor scan ${rel} exited with ${check.exitCode}:\n${check.stderrTail}`);
  const list: Measurement[] = [];
  for (let i = 0; i < runs; i++) list.push(await measure({ command: NODE, args, cwd: ROOT }, method));
  const s = series(`${shellLine(NODE, args)} > /dev/null`, list);
  return { ...s, msPer10kLines: (s.wallMs / app.lines) * 10_000, facts: factCounts(check.stdout) };
}

/** The same scan with the cache, in a folder of the bench's own, filled by one untimed run whose facts must match. */
async function cachedSeries(app: GeneratedApp, method: Method, facts: SizeResult['candor']['facts']): Promise<{ cached: Series; oneChanged: Series }> {
  const cacheDir = path.join(WORK_DIR, `cache-${app.size}`);
  fs.rmSync(cacheDir, { recursive: true, force: true });
  const env = { CANDOR_CACHE_DIR: cacheDir };
  const args = ['bin/candor.js', 'scan', path.relative(ROOT, app.dir), '--format', 'json'];
  await measure({ command: NODE, args, cwd: ROOT, env }, method);
  const check = await measure({ command: NODE, args, cwd: ROOT, env, captureStdout: true }, method);
  const cached = JSON.parse(check.stdout) as { stats: { cached: number; sourceFiles: number } };
  if (cached.stats.cached !== cached.stats.sourceFiles) throw new Error(`only ${cached.stats.cached} of ${cached.stats.sourceFiles} files came from the cache`);
  if (JSON.stringify(factCounts(check.stdout)) !== JSON.stringify(facts)) throw new Error('the scan from the cache found other facts than the scan without it');
  const list: Measurement[] = [];
  for (let i = 0; i < runs; i++) list.push(await measure({ command: NODE, args, cwd: ROOT, env }, method));
  const command = `CANDOR_CACHE_DIR=${path.relative(ROOT, cacheDir)} ${shellLine(NODE, args)} > /dev/null`;

  // Before each run one back-end file gets a new line; it is put back as it was at the end.
  const edited = path.join(app.dir, largestBackendFile(app.dir));
  const original = fs.readFileSync(edited);
  const changedRuns: Measurement[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      fs.appendFileSync(edited, `\nconsole.log('bench edit ${i}');\n`);
      changedRuns.push(await measure({ command: NODE, args, cwd: ROOT, env }, method));
    }
  } finally {
    fs.writeFileSync(edited, original);
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
  return { cached: series(command, list), oneChanged: series(`${command}, after a line is added to ${path.relative(app.dir, edited)}`, changedRuns) };
}

/** The largest source file under the app's `src/`: the one a push is most likely to touch. */
function largestBackendFile(dir: string): string {
  let best = { file: '', size: -1 };
  const walk = (rel: string): void => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const sub = path.join(rel, entry.name);
      if (entry.isDirectory()) walk(sub);
      else if (/\.[jt]sx?$/.test(entry.name)) {
        const size = fs.statSync(path.join(dir, sub)).size;
        if (size > best.size) best = { file: sub, size };
      }
    }
  };
  walk('src');
  return best.file;
}

async function forgeLintSeries(app: GeneratedApp, method: Method): Promise<NonNullable<SizeResult['forgeLint']>> {
  if (!fs.existsSync(path.join(ROOT, 'bench', 'forge-lint', 'node_modules', '@forge', 'lint'))) {
    return { skipped: '@forge/lint is not installed: npm i --ignore-scripts --prefix bench/forge-lint @forge/lint' };
  }
  if (!fs.existsSync(path.join(values.openapi, 'jira-platform.json'))) {
    return { skipped: `no OpenAPI documents in ${values.openapi} (--openapi <dir>): the permission linter would download them` };
  }
  const heap = values['lint-heap'] ? [`--max-old-space-size=${values['lint-heap']}`] : [];
  const args = [...heap, 'bench/forge-lint.ts', path.relative(ROOT, app.dir), '--openapi', path.relative(ROOT, values.openapi)];
  const list: Measurement[] = [];
  for (let i = 0; i < lintRunsFor(app.lines); i++) {
    const m = await measure({ command: NODE, args, cwd: ROOT, captureStdout: true }, method);
    if (m.exitCode !== 0) {
      const why = /heap out of memory/.test(m.stderrTail)
        ? 'JavaScript heap out of memory (V8 heap limit; --lint-heap <MB> raises it)'
        : `exit ${m.exitCode}: ${m.stderrTail.split('\n').slice(-12).join('\n')}`;
      return { failed: why, command: shellLine(NODE, args), run: { ...m, stdout: '' } };
    }
    list.push(m);
  }
  const details = JSON.parse(list[list.length - 1]?.stdout ?? '{}') as unknown;
  return { ...series(shellLine(NODE, args), list), details };
}

async function profileCandor(app: GeneratedApp): Promise<ProfileSummary> {
  const dir = path.join(WORK_DIR, 'profiles', app.size);
  fs.rmSync(dir, { recursive: true, force: true });
  const args = ['--cpu-prof', '--cpu-prof-dir', dir, 'bin/candor.js', 'scan', path.relative(ROOT, app.dir), '--format', 'json', '--no-cache'];
  say(`profiling: ${shellLine(NODE, args.map((a) => (a === dir ? path.relative(ROOT, dir) : a)))} > /dev/null`);
  await measure({ command: NODE, args, cwd: ROOT }, 'hook');
  return summarizeProfiles(dir, ROOT);
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
const pad = (cells: string[], widths: number[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  return [pad(header, widths), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map((r) => pad(r, widths))];
}

/** Least squares wall = fixed + perLine · lines over the sizes measured. */
function fit(points: { lines: number; ms: number }[]): { fixedMs: number; msPer10k: number } | null {
  if (points.length < 2) return null;
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.lines, 0) / n;
  const my = points.reduce((s, p) => s + p.ms, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.lines - mx) ** 2, 0);
  const slope = points.reduce((s, p) => s + (p.lines - mx) * (p.ms - my), 0) / sxx;
  return { fixedMs: my - slope * mx, msPer10k: slope * 10_000 };
}

const method = detectMethod();
if (!fs.existsSync(path.join(ROOT, 'bin', 'candor.js'))) {
  console.error('bin/candor.js is missing: nothing to measure.');
  process.exit(2);
}
say(`Candor benchmark · ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'cpu'}) · Node ${process.versions.node} · ${runs} runs (forge lint ${values['lint-runs'] ?? '3, 1 from 500k lines'})`);
const loadBefore = os.loadavg()[0] ?? 0;
const busyBefore = machineBusyMs();
const selfBefore = process.cpuUsage();
say(`memory and CPU from ${method === 'gnu-time' ? "GNU time (/usr/bin/time -f '%e %U %S %M')" : 'process.resourceUsage() written by a preloaded hook in the child'}`);
say();

const results: SizeResult[] = [];
for (const size of values.sizes.split(',').map((s) => s.trim()).filter(Boolean)) {
  const app = ensureApp(size);
  say(`${size}: ${app.lines} lines in ${app.sourceFiles} source files (${(app.bytes / 1e6).toFixed(1)} MB)`);
  const candor = await candorSeries(app, method);
  say(`  candor:     ${candor.command}`);
  say(`              ${fmt(candor.wallMs)} ms (best ${fmt(candor.bestWallMs)}), ${fmt(candor.maxRssMB)} MB, cpu ${fmt(candor.cpuMs)} ms, cpu/wall ${fmt(candor.cpuPerWall, 2)}`);
  const { cached, oneChanged } = await cachedSeries(app, method, candor.facts);
  say(`  cached:     ${cached.command}`);
  say(`              ${fmt(cached.wallMs)} ms (best ${fmt(cached.bestWallMs)}), ${fmt(cached.maxRssMB)} MB, cpu ${fmt(cached.cpuMs)} ms`);
  say(`              one file changed: ${fmt(oneChanged.wallMs)} ms (best ${fmt(oneChanged.bestWallMs)}), ${fmt(oneChanged.maxRssMB)} MB`);
  const result: SizeResult = { size, app: { ...app, dir: path.relative(ROOT, app.dir) }, candor, cached, oneChanged };
  if (!values['no-lint']) {
    const lint = await forgeLintSeries(app, method);
    result.forgeLint = lint;
    if ('skipped' in lint) say(`  forge lint: skipped: ${lint.skipped}`);
    else if ('failed' in lint) {
      say(`  forge lint: ${lint.command}`);
      say(`              failed after ${fmt(lint.run.wallMs)} ms at ${fmt(lint.run.maxRssMB)} MB: ${lint.failed}`);
      result.ratio = { speedup: lint.run.wallMs / candor.wallMs, memoryShare: candor.maxRssMB / lint.run.maxRssMB, lowerBound: true };
    } else {
      say(`  forge lint: ${lint.command}`);
      say(`              ${fmt(lint.wallMs)} ms (best ${fmt(lint.bestWallMs)}), ${fmt(lint.maxRssMB)} MB, cpu ${fmt(lint.cpuMs)} ms, cpu/wall ${fmt(lint.cpuPerWall, 2)}`);
      result.ratio = { speedup: lint.wallMs / candor.wallMs, memoryShare: candor.maxRssMB / lint.maxRssMB, lowerBound: false };
    }
  }
  results.push(result);
}

let profile: ProfileSummary | undefined;
if (values.profile) {
  const app = ensureApp(values.profile);
  profile = await profileCandor(app);
}

const self = process.cpuUsage(selfBefore);
const elapsedMs = performance.now();
const otherMs = machineBusyMs() - busyBefore - childCpuMs - (self.user + self.system) / 1000;
const other = { coreSeconds: otherMs / 1000, share: otherMs / (elapsedMs * os.cpus().length) };
const linear = fit(results.map((r) => ({ lines: r.app.lines, ms: r.candor.wallMs })));
const r100k = results.find((r) => r.size === '100k');
const targets = r100k
  ? {
      wall100k: { value: r100k.candor.wallMs, target: `≤ ${TARGETS.wallMs100k} ms`, met: r100k.candor.wallMs <= TARGETS.wallMs100k },
      wall100kCached: { value: r100k.cached.wallMs, target: `≤ ${TARGETS.wallMs100k} ms, no file changed`, met: r100k.cached.wallMs <= TARGETS.wallMs100k },
      rss100k: { value: r100k.candor.maxRssMB, target: `≤ ${TARGETS.rssMB100k} MB`, met: r100k.candor.maxRssMB <= TARGETS.rssMB100k },
      ...(r100k.ratio
        ? {
            speedup: { value: r100k.ratio.speedup, target: `≥ ${TARGETS.speedup}×`, met: r100k.ratio.speedup >= TARGETS.speedup },
            memoryShare: { value: r100k.ratio.memoryShare, target: '≤ 1/5', met: r100k.ratio.memoryShare <= TARGETS.memoryShare },
          }
        : {}),
    }
  : undefined;

if (values.json) {
  const machine = { cores: os.cpus().length, cpu: os.cpus()[0]?.model.trim(), node: process.versions.node, method, loadAverageBefore: loadBefore, otherProcesses: other };
  process.stdout.write(`${JSON.stringify({ machine, runs, results, linear, targets, profile }, null, 2)}\n`);
} else {
  say();
  const rows = results.map((r, i) => {
    const prev = results[i - 1];
    // The cost of the lines added since the previous size: flat when the scan is linear.
    const marginal = prev ? ((r.candor.wallMs - prev.candor.wallMs) / (r.app.lines - prev.app.lines)) * 10_000 : NaN;
    const lint = r.forgeLint && 'wallMs' in r.forgeLint ? r.forgeLint : undefined;
    const failed = r.forgeLint && 'failed' in r.forgeLint ? r.forgeLint.run : undefined;
    const bound = r.ratio?.lowerBound ? '>' : '';
    return [
      r.size,
      String(r.app.lines),
      String(r.app.sourceFiles),
      fmt(r.candor.wallMs),
      fmt(r.candor.bestWallMs),
      fmt(r.candor.msPer10kLines, 1),
      fmt(marginal, 1),
      fmt(r.candor.maxRssMB),
      fmt(r.candor.cpuPerWall, 2),
      fmt(r.cached.wallMs),
      fmt(r.oneChanged.wallMs),
      lint ? fmt(lint.wallMs) : failed ? `OOM ${fmt(failed.wallMs)}` : '-',
      lint ? fmt(lint.maxRssMB) : failed ? `${fmt(failed.maxRssMB)}+` : '-',
      r.ratio ? `${bound}${fmt(r.ratio.speedup, 1)}×` : '-',
      r.ratio ? `${r.ratio.lowerBound ? '<' : ''}1/${fmt(1 / r.ratio.memoryShare, 1)}` : '-',
    ];
  });
  for (const line of table(
    ['size', 'lines', 'files', 'candor ms', 'best', 'ms/10k lines', 'marginal', 'peak MB', 'cpu/wall', 'cached ms', '1 changed', 'forge lint ms', 'peak MB', 'faster', 'memory'],
    rows,
  ))
    say(line);
  say('(median wall of a scan analysing every file (--no-cache); best = fastest run; ms/10k lines includes the fixed start-up');
  say(' cost, marginal = extra ms per 10k lines since the previous size; cached = median wall of the scan again, no file changed;');
  say(' 1 changed = the same after a line is added to one file;');
  say(' cpu/wall > 1: more than one core worked; faster = forge lint wall / Candor wall (every file analysed);');
  say(' memory = Candor peak / forge lint peak; OOM: forge lint ran out of heap, so the ratios are bounds)');
  if (linear) say(`\nCandor wall ≈ ${fmt(linear.fixedMs)} ms fixed + ${fmt(linear.msPer10k, 1)} ms per 10k lines (least squares over the sizes above).`);
  for (const r of results) {
    const facts = r.candor.facts;
    say(`${r.size} facts: ${'error' in facts ? facts.error : Object.entries(facts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    const lint = r.forgeLint && 'wallMs' in r.forgeLint ? r.forgeLint : undefined;
    if (lint) {
      const d = lint.details as { files: number; errors: number; warnings: number; phasesMs: Record<string, number>; schemaCompilations: { count: number; ms: number } };
      say(
        `${r.size} forge lint: ${d.files} files linted, ${d.errors} errors, ${d.warnings} warnings; phases ms ${Object.entries(d.phasesMs).map(([k, v]) => `${k} ${v}`).join(', ')}; manifest schema compiled ${d.schemaCompilations.count}× (${d.schemaCompilations.ms} ms)`,
      );
    }
  }
  if (other.share > 0.1) {
    say(`\nwarning: other processes used ${fmt(other.coreSeconds, 1)} core-seconds during the bench (${fmt(other.share * 100)}% of the machine): figures are slower than on an idle machine.`);
  }
  if (targets) {
    say('\nTargets (100k lines):');
    for (const [name, t] of Object.entries(targets)) say(`  ${t.met ? 'met ' : 'MISS'} ${name}: ${fmt(t.value, name === 'memoryShare' ? 3 : 1)} (${t.target})`);
  }
  if (profile) {
    say(`\nCPU profile of candor scan (${values.profile}): threads ${profile.threads.map((t) => `${fmt(t.busyMs)}/${fmt(t.durationMs)} ms busy`).join(', ')}`);
    say('  self time by place:');
    for (const p of profile.byPlace) say(`    ${fmt(p.selfMs).padStart(7)} ms  ${p.place}`);
    say('  self time by function:');
    for (const f of profile.byFunction) say(`    ${fmt(f.selfMs).padStart(7)} ms  ${f.name}`);
  }
}
