#!/usr/bin/env node
// Candor's command line. Runs the TypeScript sources with Node's type stripping (Node >= 22.18).
import module from 'node:module';

module.enableCompileCache?.();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
