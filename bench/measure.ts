/**
 * Runs one command and measures it: wall time (from spawn to exit, in this process), and from the
 * kernel's rusage of the child: peak RSS, user and system CPU time.
 *
 * With GNU time (`/usr/bin/time -f`), the rusage comes from wait4() on the child, outside it.
 * Without it, a preloaded module (`rusage-hook.ts`) writes `process.resourceUsage()` from inside the
 * child at exit; that adds one tiny module to the child and nothing else.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Measurement {
  wallMs: number;
  userMs: number;
  sysMs: number;
  maxRssMB: number;
  exitCode: number | null;
  /** Last lines of stderr, for a failing run. */
  stderrTail: string;
  /** stdout, when it was captured. */
  stdout: string;
}

export type Method = 'gnu-time' | 'hook';

const TIME = '/usr/bin/time';

export function detectMethod(): Method {
  const probe = spawnSync(TIME, ['-f', '%M', 'true'], { encoding: 'utf8' });
  return probe.status === 0 && /^\d+\s*$/.test(probe.stderr) ? 'gnu-time' : 'hook';
}

export interface RunSpec {
  command: string;
  args: string[];
  cwd: string;
  /** Keep stdout (small outputs only); otherwise it goes to /dev/null. */
  captureStdout?: boolean;
  env?: NodeJS.ProcessEnv;
}

export async function measure(spec: RunSpec, method: Method): Promise<Measurement> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-bench-'));
  const report = path.join(tmp, 'rusage');
  const [command, args] =
    method === 'gnu-time'
      ? [TIME, ['-f', '%e %U %S %M', '-o', report, spec.command, ...spec.args]]
      : [spec.command, ['--import', path.join(import.meta.dirname, 'rusage-hook.ts'), ...spec.args]];
  const env = { ...process.env, ...spec.env, ...(method === 'hook' ? { CANDOR_BENCH_RUSAGE: report } : {}) };
  const started = process.hrtime.bigint();
  const child = spawn(command, args, { cwd: spec.cwd, env, stdio: ['ignore', spec.captureStdout ? 'pipe' : 'ignore', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-4000)));
  let wallMs = NaN;
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      resolve(code);
    }),
  );
  const closed = new Promise((resolve) => child.on('close', resolve));
  const exitCode = await exited;
  await closed;
  let userMs = NaN;
  let sysMs = NaN;
  let maxRssMB = NaN;
  if (fs.existsSync(report)) {
    const text = fs.readFileSync(report, 'utf8').trim();
    if (method === 'gnu-time') {
      // GNU time writes "Command exited with non-zero status N" before the format line.
      const [, user, sys, rss] = (text.split('\n').pop() ?? '').split(' ').map(Number);
      userMs = (user ?? NaN) * 1000;
      sysMs = (sys ?? NaN) * 1000;
      maxRssMB = (rss ?? NaN) / 1024;
    } else {
      const usage = JSON.parse(text) as NodeJS.ResourceUsage;
      userMs = usage.userCPUTime / 1000;
      sysMs = usage.systemCPUTime / 1000;
      maxRssMB = usage.maxRSS / 1024;
    }
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  return { wallMs, userMs, sysMs, maxRssMB, exitCode, stderrTail: stderr.split('\n').slice(-30).join('\n'), stdout };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The command as a person would type it, for the report. */
export function shellLine(command: string, args: readonly string[]): string {
  return [command, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`)).join(' ');
}

/** CPU time all processes of the machine have used since boot (Linux `/proc/stat`), or NaN elsewhere. */
export function machineBusyMs(): number {
  try {
    const cpu = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/).slice(1).map(Number) ?? [];
    // user nice system idle iowait irq softirq steal …; USER_HZ is 100 on Linux.
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0] = cpu;
    return (user + nice + system + irq + softirq) * 10;
  } catch {
    return NaN;
  }
}
