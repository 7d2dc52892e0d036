/**
 * The shell of a standalone HTML page: one file, inline CSS, no scripts, no fonts, images or
 * styles from elsewhere. A Content-Security-Policy that forbids scripts and every external load
 * backs that up, so even text that slipped past escaping could run nothing and fetch nothing.
 * Colours meet WCAG AA contrast; the print style drops the page chrome.
 */
import { GENERATED_META } from '../generated-mark.ts';
import { escapeHtml } from './escape.ts';

export interface PageOptions {
  title: string;
  lang: string;
  /** One-line description for the `<meta name="description">`. */
  description: string;
  /** Body HTML, already escaped. */
  body: string;
}

export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const CSS = `
:root { color-scheme: light; --text: #172b4d; --muted: #44546f; --line: #c1c7d0; --head: #f4f5f7; --link: #0052cc; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: var(--text); font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 2rem; line-height: 1.25; margin: 0 0 1rem; }
h2 { font-size: 1.4rem; margin: 2.25rem 0 0.75rem; padding-top: 0.5rem; border-top: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
p, ul, ol, table, dl, blockquote { margin: 0 0 1rem; }
a { color: var(--link); text-decoration: underline; }
a:focus-visible { outline: 3px solid #4c9aff; outline-offset: 2px; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; background: var(--head); padding: 0.1em 0.3em; border-radius: 3px; overflow-wrap: anywhere; }
.summary { color: var(--muted); }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dl.fields dt { font-weight: 600; }
dl.fields dd { margin: 0; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
th, td { border: 1px solid var(--line); padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
thead th { background: var(--head); }
tbody th { font-weight: 600; }
blockquote.template { border-left: 4px solid var(--line); padding: 0.5rem 1rem; background: #fafbfc; }
blockquote.template p { margin: 0 0 0.5rem; }
@media (max-width: 40rem) { dl.fields { grid-template-columns: 1fr; } dl.fields dd { margin-bottom: 0.5rem; } }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
  h2 { break-after: avoid; }
  table, blockquote { break-inside: avoid; }
}
`.trim();

export function renderPage(options: PageOptions): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(options.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="description" content="${escapeHtml(options.description)}">`,
    `${GENERATED_META}">`,
    `<title>${escapeHtml(options.title)}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    options.body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
