import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * oxc-parser, loaded on first use: its native binding takes start-up time that a scan answered from the
 * cache, which parses no source, does not need.
 */
export function oxc(): typeof import('oxc-parser') {
  return require('oxc-parser') as typeof import('oxc-parser');
}
