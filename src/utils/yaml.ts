import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The `yaml` package (some seventy modules), loaded on first use: a scan whose YAML is all in its cache needs none of it. */
export function yamlLib(): typeof import('yaml') {
  return require('yaml') as typeof import('yaml');
}
