#!/usr/bin/env node
// Candor's command line: the TypeScript sources with Node's type stripping in the repository, the
// built JavaScript (`dist/`, made by `npm pack`) where Candor is installed as a package.
import fs from 'node:fs';
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';

// V8's code cache, shared with the worker threads, saves most of the load time of the large
// generated manifest validator on every run after the first.
process.env.NODE_COMPILE_CACHE ??= path.join(os.tmpdir(), 'candor-compile-cache');
module.enableCompileCache?.(process.env.NODE_COMPILE_CACHE);

// `candor scan … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// Installed into a project that runs an older Node.js, the command still works, more slowly; say so once.
if (Number(process.versions.node.split('.')[0]) < 22) {
  process.stderr.write(`candor: Node.js ${process.versions.node} is older than the 22 Candor is made for; install Node.js 24 LTS for full speed.\n`);
}

const installed = fs.realpathSync(new URL(import.meta.url)).split(path.sep).includes('node_modules');
const { main } = await import(installed ? '../dist/cli/main.js' : '../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
