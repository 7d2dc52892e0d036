import { URL_IMPORT_CLIENT } from '../../egress.ts';
import type { FileContext } from '../context.ts';
import { hostOf } from './egress.ts';

/**
 * `import confetti from 'https://esm.sh/canvas-confetti@1'`, `await import('https://cdn.jsdelivr.net/npm/...')` in a front end: the browser
 * loads the module from that site when the page runs, a script of another site's as `<script src>` is. A bundler resolves such an import
 * in back-end code before it is deployed, so only a page's count.
 */
export function urlImports(ctx: FileContext): void {
  if (ctx.facts.side !== 'frontend' && !ctx.facts.browser) return;
  for (const { module, offset, types } of ctx.mod.specifiers) {
    if (types || !/^https?:\/\/[^/]/i.test(module)) continue;
    const host = hostOf(module);
    if (host === null) continue;
    const evidence = ctx.mod.lines.evidence(ctx.facts.file, offset);
    ctx.facts.egress.push({ client: URL_IMPORT_CLIENT, method: 'GET', url: module, host, side: 'frontend', carries: ['literal'], evidence });
  }
}
