import { otherSiteScript } from './source/inline-scripts.ts';
import type { FileFacts } from './source/file-facts.ts';

/**
 * The scripts a server's template loads from an address the server gives it (`res.render('editor', { reactSource:
 * 'https://unpkg.com/...' })` with `<script src="{{reactSource}}">` in `views/editor.hbs`): another site's scripts the
 * user's browser fetches, as if the template named them itself. A view is the template whose path ends with its name.
 */
export function linkRenderedScripts(files: readonly FileFacts[]): void {
  const templates = files.filter((f) => f.templateScripts !== undefined);
  if (templates.length === 0) return;
  for (const file of files) {
    for (const { view, values } of file.renderedViews ?? []) {
      for (const template of templates.filter((t) => isViewFile(view, t.file))) {
        for (const { name: value, evidence } of template.templateScripts!) {
          const address = Object.hasOwn(values, value) ? otherSiteScript(values[value]!) : null;
          if (address === null || template.egress.some((e) => e.client === 'script' && e.url === address.url && e.evidence.line === evidence.line)) continue;
          template.egress.push({ client: 'script', method: 'GET', ...address, side: 'frontend', carries: ['literal'], evidence });
        }
      }
    }
  }
}

/** A view's file without its extension: a template's (`views/board.hbs`, `views/board.pug`), or a JSX view's (`views/board.jsx`). */
const VIEW_FILE = /\.(?:html?|hbs|handlebars|ejs|njk|mustache|pug|jade|[jt]sx)$/i;

/** Whether a template's file is the view `res.render(view)` names (`config` of `views/config.hbs`). */
export function isViewFile(view: string, file: string): boolean {
  const name = viewOf(view.replace(/^\.?\/+/, ''));
  return viewOf(file) === name || viewOf(file).endsWith(`/${name}`);
}

function viewOf(file: string): string {
  return file.replace(VIEW_FILE, '');
}
