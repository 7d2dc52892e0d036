import type { DependencyFact } from './facts.ts';
import { dirOf } from '../utils/folders.ts';

/** Dependencies of a page's bundle: a package with one of them renders in the browser. */
const BROWSER = new Set(['react-dom', 'react-scripts', '@vitejs/plugin-react', 'vue', '@angular/core', 'svelte']);
/** Dependencies of a server: a package with one of them runs one, whatever pages it also builds. */
const SERVER = new Set([
  'express', 'koa', 'fastify', 'hapi', '@hapi/hapi', 'restify', '@nestjs/core', 'next', 'nuxt', 'atlassian-connect-express',
  'atlassian-connect-auth', '@forge/api', '@forge/resolver', 'http-server', 'serve', 'aws-lambda', '@netlify/functions',
]);

/**
 * The folders of a Connect app's packages that are a front end only (`frontend/package.json` with react-dom and no
 * server): their code runs in the product's iframe, whatever it imports.
 */
export function browserPackageDirs(dependencies: readonly DependencyFact[]): string[] {
  const byManifest = new Map<string, string[]>();
  for (const d of dependencies) {
    if (d.dev) continue;
    const list = byManifest.get(d.evidence.file) ?? [];
    list.push(d.name);
    byManifest.set(d.evidence.file, list);
  }
  const dirs: string[] = [];
  for (const [manifest, names] of byManifest) {
    if (!names.some((n) => BROWSER.has(n)) || names.some((n) => SERVER.has(n))) continue;
    dirs.push(dirOf(manifest));
  }
  return dirs;
}
