/**
 * Preloaded into a measured child (`node --import`) when GNU time is not available: at exit it
 * writes the process's own rusage (all threads) to the file named by CANDOR_BENCH_RUSAGE.
 */
import fs from 'node:fs';

const target = process.env['CANDOR_BENCH_RUSAGE'];
if (target) process.on('exit', () => fs.writeFileSync(target, JSON.stringify(process.resourceUsage())));
