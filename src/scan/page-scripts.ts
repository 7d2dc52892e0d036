import path from 'node:path';
import { MARKUP } from './source/inline-scripts.ts';
import type { CallGraph } from './link.ts';
import type { FileFacts } from './source/file-facts.ts';

/**
 * The app's files that pages load (`<script src="/js/editor.js">` in `views/editor.hbs`, served from a
 * static folder such as `public/`), and the modules they import: browser code. A path relative to the
 * page is looked up beside it; one from the site's root, as the end of a file's path. `blind`: the pages
 * that load a script of theirs Candor did not read (a bundle, a `.min.js`, a file too large or that did not parse).
 */
export function pageScripts(pages: Array<{ page: string; scripts: string[] }>, files: FileFacts[], graph: CallGraph): { loaded: Set<FileFacts>; blind: Set<string> } {
  const out = new Set<FileFacts>();
  const blind = new Set<string>();
  if (pages.length === 0) return { loaded: out, blind };
  const queue: FileFacts[] = [];
  const add = (file: FileFacts | undefined): void => {
    if (file && !out.has(file) && !runsOnServer(file)) {
      out.add(file);
      queue.push(file);
    }
  };
  for (const { page, scripts } of pages) {
    for (const src of scripts) {
      let found: FileFacts[];
      if (!src.startsWith('/')) found = [graph.file(path.posix.normalize(path.posix.join(path.posix.dirname(page), src)))].filter((f) => f !== undefined);
      else {
        const tail = src.replace(/^\/+/, '');
        // A file at the app's root is the page's only when the page is there too (a static app); else a static folder's.
        found = files.filter((f) => (f.file === tail && !page.includes('/')) || f.file.endsWith(`/${tail}`));
      }
      if (found.length === 1) add(found[0]);
      if (found.length === 0 || found.some((f) => f.diagnostics.some((d) => d.code === 'parse-error'))) blind.add(page);
    }
  }
  while (queue.length > 0) {
    const file = queue.pop()!;
    for (const { module } of file.imports) if (module.startsWith('.')) add(graph.file(graph.resolveModule(file.file, module) ?? ''));
  }
  return { loaded: out, blind };
}

/** Modules only a server imports: a file importing one is no page's script, whatever loads it. */
const SERVER_MODULES = new Set(['express', 'atlassian-connect-express', '@forge/api', '@forge/resolver', 'fs', 'node:fs', 'http', 'node:http', 'child_process', 'node:child_process']);

function runsOnServer(file: FileFacts): boolean {
  return file.imports.some((i) => SERVER_MODULES.has(i.module));
}

/**
 * Whether each page a Connect app's modules open (`/views/panel.html?issue={issue.key}`) is a page file of its folder, at that
 * path from the folder's root, as a static app serves them, and Candor read every script it loads; false when it has none,
 * one is a route or another site's, or one is `blind` (loads another site's script, Atlassian's aside, or one Candor did not read).
 */
export function pagesInFolder(pages: readonly string[] | null, paths: readonly string[], blind: ReadonlySet<string>): boolean {
  if (!pages || pages.length === 0) return false;
  const here = new Set(paths);
  return pages.every((url) => {
    const file = url.replace(/[?#].*$/, '').replace(/^\/+/, '');
    return MARKUP.test(file) && here.has(file) && !blind.has(file);
  });
}
