/**
 * How much of a cold scan is V8 warming up? Scans one app several times in one process, every file
 * analysed each time (no cache), and prints each run's wall time: the first run is the cold scan the
 * bench measures, the later ones what the same work costs once the parser's deserializer, the walk and
 * the detectors are compiled and optimised.
 *
 *   node bench/warm.ts bench/.work/app-100k [--runs 10]
 */
import { parseArgs } from 'node:util';
import { scan } from '../src/index.ts';
import { median } from './measure.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '10' } } });
const dir = positionals[0];
const runs = Number(values.runs);
if (!dir || !(runs >= 2)) throw new Error('usage: node bench/warm.ts <app-dir> [--runs 10] (at least 2 runs)');

console.log(`node bench/warm.ts ${dir} --runs ${runs}`);
const times: number[] = [];
for (let run = 1; run <= runs; run++) {
  const started = performance.now();
  const facts = await scan(dir, { cache: false });
  const ms = performance.now() - started;
  times.push(ms);
  const heap = process.memoryUsage().heapUsed / 1024 / 1024;
  console.log(`run ${String(run).padStart(2)}: ${Math.round(ms).toString().padStart(5)} ms  (${facts.stats.sourceFiles} files, heap ${Math.round(heap)} MB)`);
}
const warm = times.slice(Math.floor(runs / 2));
console.log(`cold ${Math.round(times[0]!)} ms; warm (last ${warm.length} runs) median ${Math.round(median(warm))} ms, best ${Math.round(Math.min(...warm))} ms`);
