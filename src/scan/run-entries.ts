import path from 'node:path';
import tools from '../data/developer-tools.json' with { type: 'json' };
import { escapeRegex } from '../utils/regex.ts';
import type { CallGraph } from './link.ts';
import { dockerEntries } from './dockerfile.ts';

const SOURCE = /\.[cm]?[jt]sx?$/;
const RUNNERS = new Set(tools.runners);
const SERVERLESS = tools.serverlessFolders.map((f) => `${f}/`);
const NETLIFY_FOLDER = /^\s*(?:directory|functions)\s*=\s*["']([^"']+)["']/gm;
const SERVERLESS_HANDLER = /^\s*handler:\s*["']?([\w./-]+)\.[\w$]+["']?\s*$/gm;

/**
 * The app's files a host runs: serverless functions (Vercel's `api/`, Netlify's `netlify/functions/`, Cloudflare Pages'
 * `functions/`, the functions `vercel.json`, `netlify.toml` and `serverless.yml` name) and the files a Procfile's process
 * or a Dockerfile's CMD or ENTRYPOINT runs.
 */
export function hostEntries(paths: readonly string[], packageDirs: readonly string[], read: (file: string) => string | null, graph: CallGraph): Set<string> {
  const out = new Set<string>();
  const roots = [...new Set(['', ...packageDirs.map((d) => (d === '.' ? '' : `${d}/`))])];
  const folders: string[] = roots.flatMap((root) => SERVERLESS.map((f) => root + f));
  for (const file of paths) {
    const name = path.posix.basename(file);
    const dir = path.posix.dirname(file);
    if (name === 'vercel.json') for (const pattern of vercelFunctions(read(file))) addMatching(out, paths, path.posix.join(dir, pattern), graph);
    else if (name === 'netlify.toml') for (const [, folder] of (read(file) ?? '').matchAll(NETLIFY_FOLDER)) folders.push(`${path.posix.join(dir, folder!)}/`);
    else if (name === 'serverless.yml' || name === 'serverless.yaml') {
      for (const [, base] of (read(file) ?? '').matchAll(SERVERLESS_HANDLER)) add(out, graph.resolveModule(file, `./${base!.replace(/^\.\//, '')}`));
    } else if (name === 'Procfile') {
      for (const line of (read(file) ?? '').split('\n')) if (!/^\s*release\s*:/.test(line)) for (const f of scriptFiles(dir, line.replace(/^\s*[\w-]+\s*:/, ''), graph)) out.add(f);
    } else if (name === 'Dockerfile' || name.endsWith('.Dockerfile')) for (const f of dockerEntries(dir, read(file) ?? '', graph)) out.add(f);
  }
  for (const file of paths) if (SOURCE.test(file) && folders.some((f) => file.startsWith(f.replace(/^\.\//, '')))) add(out, graph.file(file) ? file : null);
  return out;
}

/**
 * The app's source files a command runs (`node tools/seed.js`, `tsx ./scripts/load.ts && ...`, `nodemon server.js`), from the folder
 * it runs in, or where `at` places the file a word names.
 */
export function scriptFiles(dir: string, command: string, graph: CallGraph, at: (name: string) => string = (name) => path.posix.join(dir, name)): string[] {
  const out: string[] = [];
  for (const part of command.split(/[;&|()]+/)) {
    const words = part.trim().split(/\s+/);
    const runner = words.findIndex((w) => RUNNERS.has(w));
    if (runner < 0) continue;
    for (const word of words.slice(runner + 1)) {
      const name = word.replace(/^["']|["']$/g, '');
      if (!SOURCE.test(name) || name.includes('*')) continue;
      const file = path.posix.normalize(at(name));
      if (graph.file(file)) out.push(file);
    }
  }
  return out;
}

/** The files or globs of a `vercel.json`'s `functions` and its `builds`' `src`. */
function vercelFunctions(text: string | null): string[] {
  try {
    const config = JSON.parse((text ?? '{}').replace(/^\uFEFF/, '')) as { functions?: unknown; builds?: unknown };
    const functions = config.functions && typeof config.functions === 'object' ? Object.keys(config.functions) : [];
    const builds = Array.isArray(config.builds) ? config.builds.flatMap((b: { src?: unknown }) => (typeof b?.src === 'string' ? [b.src] : [])) : [];
    return [...functions, ...builds];
  } catch {
    return [];
  }
}

function addMatching(out: Set<string>, paths: readonly string[], pattern: string, graph: CallGraph): void {
  if (!/[*{]/.test(pattern)) return add(out, graph.file(pattern) ? pattern : null);
  const regex = new RegExp(`^${globSource(pattern)}$`);
  for (const file of paths) if (SOURCE.test(file) && regex.test(file)) add(out, graph.file(file) ? file : null);
}

/** A glob as a regular expression's source: `*`, `**` (also as a whole folder) and `{js,ts}`, the alternatives Vercel's function globs take. */
function globSource(pattern: string): string {
  return pattern.split(/(\*\*\/|\*\*|\*|\{[^{}/]*\})/).map((p) => {
    if (p === '**/') return '(?:.*/)?';
    if (p === '**') return '.*';
    if (p === '*') return '[^/]*';
    return p.startsWith('{') && p.endsWith('}') ? `(?:${p.slice(1, -1).split(',').map(escapeRegex).join('|')})` : escapeRegex(p);
  }).join('');
}

function add(out: Set<string>, file: string | null): void {
  if (file !== null) out.add(file);
}
