import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Runs the real `candor` command with NO_COLOR, as a user would. */
export function runCli(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/candor.js'), ...args], {
    cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, CI: 'true', ...env },
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Output with the run's timing (and what came from the cache) replaced, so it can be compared with a golden file. */
export function stable(text: string): string {
  return text.replace(/scanned in \d+\.\d+ s( \([^)]* from the cache\))?/g, 'scanned in <time> s');
}

export { ROOT };
