#!/usr/bin/env node
// Candor's command line. Runs the TypeScript sources with Node's type stripping (Node >= 22.18).
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';

// V8's code cache, shared with the worker threads, saves most of the load time of the large
// generated manifest validator on every run after the first.
process.env.NODE_COMPILE_CACHE ??= path.join(os.tmpdir(), 'candor-compile-cache');
module.enableCompileCache?.(process.env.NODE_COMPILE_CACHE);
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
