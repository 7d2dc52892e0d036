/**
 * Times Candor's main job, `candor check <example> --statement <file>`, on every bundled example and
 * its statements: median wall time, best run, CPU and peak memory over several runs, each process
 * cold (no scan cache). The statements are short (2-9 KB, as the seeds are), so most of a check is
 * start-up, the example's scan and reading the statement's claims.
 *
 *   node bench/check.ts [--runs 7] [--json]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { detectMethod, measure, median, shellLine } from './measure.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const NODE = 'node_modules/.bin/node';
const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, json: { type: 'boolean', default: false } } });
const runs = Math.max(1, Number(values.runs));
const method = detectMethod();

interface Row {
  command: string;
  statementKB: number;
  wallMs: number;
  bestWallMs: number;
  cpuMs: number;
  maxRssMB: number;
}

const rows: Row[] = [];
for (const example of fs.readdirSync(path.join(ROOT, 'examples')).sort()) {
  const dir = path.join('examples', example, 'statements');
  if (!fs.existsSync(path.join(ROOT, dir))) continue;
  for (const statement of fs.readdirSync(path.join(ROOT, dir)).sort()) {
    const args = ['bin/candor.js', 'check', path.join('examples', example), '--statement', path.join(dir, statement)];
    const spec = { command: NODE, args, cwd: ROOT, env: { CANDOR_CACHE: 'off', NO_COLOR: '1' } };
    await measure(spec, method); // warms the OS file cache and V8's compile cache
    const list = [];
    for (let i = 0; i < runs; i++) {
      const m = await measure(spec, method);
      // 1 is a check that found a contradiction or a finding, as some examples' statements are written to show.
      if (m.exitCode !== 0 && m.exitCode !== 1) throw new Error(`${shellLine(NODE, args)} exited with ${m.exitCode}:\n${m.stderrTail}`);
      list.push(m);
    }
    const row: Row = {
      command: `CANDOR_CACHE=off ${shellLine('node', args)}`,
      statementKB: Math.round(fs.statSync(path.join(ROOT, dir, statement)).size / 102.4) / 10,
      wallMs: median(list.map((m) => m.wallMs)),
      bestWallMs: Math.min(...list.map((m) => m.wallMs)),
      cpuMs: median(list.map((m) => m.userMs + m.sysMs)),
      maxRssMB: median(list.map((m) => m.maxRssMB)),
    };
    rows.push(row);
    if (!values.json) {
      console.log(row.command);
      console.log(`  statement ${row.statementKB} KB: median ${(row.wallMs / 1000).toFixed(2)} s, best ${(row.bestWallMs / 1000).toFixed(2)} s, CPU ${(row.cpuMs / 1000).toFixed(2)} s, peak ${Math.round(row.maxRssMB)} MB (${runs} runs)`);
    }
  }
}
if (values.json) console.log(JSON.stringify({ runs, rows }, null, 2));
