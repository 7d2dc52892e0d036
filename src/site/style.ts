/**
 * The trust center's one stylesheet, inlined into every page (no fonts, images or files from
 * elsewhere). System fonts; text colours meet WCAG AA on their backgrounds; one column on a
 * phone, contents beside the page from 60rem; print drops navigation and shows link targets.
 */
export const SITE_CSS = `
:root {
  color-scheme: light;
  --ink: #172b4d; --muted: #44546f; --faint: #626f86; --line: #dcdfe4; --soft: #f7f8f9; --panel: #ffffff;
  --brand: #0c66e4; --brand-ink: #0055cc; --brand-soft: #e9f2ff;
  --ok: #216e4e; --ok-soft: #dcfff1; --warn: #7f5f01; --warn-soft: #fff7d6; --bad: #ae2e24; --bad-soft: #ffeceb;
  --radius: 10px; --font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--soft); color: var(--ink); font: 16px/1.6 var(--font); min-height: 100vh; display: flex; flex-direction: column; }
.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
a { color: var(--brand-ink); text-underline-offset: 2px; }
a:hover { text-decoration-thickness: 2px; }
a:focus-visible, summary:focus-visible { outline: 3px solid #388bff; outline-offset: 2px; border-radius: 3px; }
.skip { position: absolute; left: -999px; top: 0.5rem; background: var(--panel); padding: 0.5rem 1rem; z-index: 10; }
.skip:focus { left: 0.5rem; }
code { font-family: var(--mono); font-size: 0.875em; background: #f1f2f4; border-radius: 4px; padding: 0.1em 0.35em; overflow-wrap: anywhere; }

.site-header { background: var(--panel); border-bottom: 1px solid var(--line); }
.site-header .wrap { display: flex; align-items: center; justify-content: space-between; gap: 1rem; min-height: 4rem; flex-wrap: wrap; }
.brand { display: flex; align-items: center; gap: 0.6rem; color: var(--ink); font-weight: 700; font-size: 1.05rem; text-decoration: none; }
.brand-mark { width: 1.9rem; height: 1.9rem; border-radius: 8px; background: linear-gradient(135deg, #0c66e4, #1d7afc 55%, #4cc9a6); display: inline-grid; place-items: center; color: #fff; font-size: 0.95rem; font-weight: 800; }
.site-header nav ul { display: flex; gap: 1.25rem; list-style: none; margin: 0; padding: 0; font-size: 0.95rem; }
.site-header nav a { color: var(--muted); text-decoration: none; }
.site-header nav a:hover, .site-header nav a[aria-current] { color: var(--ink); text-decoration: underline; }

main.wrap { flex: 1 0 auto; width: 100%; overflow-wrap: break-word; padding-top: 2rem; padding-bottom: 4rem; }
h1, h2, h3 { line-height: 1.25; letter-spacing: -0.01em; }
h1 { font-size: clamp(1.75rem, 4vw, 2.4rem); margin: 0 0 0.5rem; }
h2 { font-size: 1.4rem; margin: 0 0 1rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 0.5rem; }
p, ul, ol, dl, table { margin: 0 0 1rem; }
.lede { color: var(--muted); font-size: 1.1rem; margin: 0 0 1.25rem; max-width: 48rem; }
.muted { color: var(--muted); }
.small { font-size: 0.875rem; }

.crumbs ol { display: flex; flex-wrap: wrap; gap: 0.4rem; list-style: none; padding: 0; margin: 0 0 1.25rem; font-size: 0.9rem; color: var(--muted); }
.crumbs li + li::before { content: "/"; margin-right: 0.4rem; color: var(--faint); }

.hero { background: var(--panel); border: 1px solid var(--line); border-radius: var(--radius); padding: 1.75rem; margin-bottom: 1.5rem; }
.tags { display: flex; flex-wrap: wrap; gap: 0.5rem; list-style: none; padding: 0; margin: 0; }
.tag { display: inline-block; max-width: 100%; overflow-wrap: anywhere; border: 1px solid var(--line); border-radius: 14px; padding: 0.15rem 0.7rem; font-size: 0.85rem; color: var(--muted); background: var(--soft); }
.tag strong { color: var(--ink); font-weight: 600; }

.layout { display: grid; gap: 1.5rem; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 60rem) { .layout { grid-template-columns: 14rem minmax(0, 1fr); align-items: start; } .toc { position: sticky; top: 1rem; } }
.toc { background: var(--panel); border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem 1.1rem; font-size: 0.92rem; }
.toc-title { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 0 0 0.5rem; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc li { margin: 0.15rem 0; }
.toc a { display: block; padding: 0.2rem 0.4rem; border-radius: 6px; color: var(--ink); text-decoration: none; }
.toc a:hover { background: var(--brand-soft); color: var(--brand-ink); }
@media (max-width: 59.99rem) { .toc ol { display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; } .toc a { border: 1px solid var(--line); padding: 0.2rem 0.6rem; } }

.panel { background: var(--panel); border: 1px solid var(--line); border-radius: var(--radius); padding: 1.5rem; margin-bottom: 1.5rem; scroll-margin-top: 1rem; }
.panel > h2 { display: flex; align-items: baseline; justify-content: space-between; gap: 0.75rem; flex-wrap: wrap; }
.panel > :last-child { margin-bottom: 0; }

.cards { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(8.5rem, 1fr)); margin: 0 0 1.25rem; padding: 0; list-style: none; }
.card { border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem 1.1rem; background: var(--panel); }
.card .label { display: block; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); }
.card .value { display: block; font-size: 1.35rem; font-weight: 700; margin-top: 0.2rem; overflow-wrap: normal; }
@media (max-width: 40rem) { .card { padding: 0.85rem 0.9rem; } .card .value { font-size: 1.1rem; } }
.card .note { display: block; color: var(--muted); font-size: 0.88rem; margin-top: 0.2rem; }

.checks { list-style: none; padding: 0; margin: 0 0 1rem; display: grid; gap: 0.5rem; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); }
.checks li { display: flex; gap: 0.6rem; align-items: flex-start; padding: 0.6rem 0.8rem; border-radius: 8px; background: var(--ok-soft); color: #164b35; }
.checks li::before { content: ""; flex: none; width: 0.5rem; height: 0.9rem; margin: 0.15rem 0.3rem 0 0.25rem; border: solid var(--ok); border-width: 0 3px 3px 0; transform: rotate(45deg); }

.src { display: inline-block; font-size: 0.75rem; font-weight: 600; letter-spacing: 0.02em; border-radius: 999px; padding: 0.1rem 0.55rem; white-space: nowrap; vertical-align: middle; }
.src-code { background: var(--ok-soft); color: #164b35; }
.src-vendor { background: var(--brand-soft); color: #09326c; }
.chg { display: inline-block; min-width: 4.6rem; text-align: center; font-size: 0.75rem; font-weight: 700; border-radius: 4px; padding: 0.05rem 0.45rem; margin-right: 0.25rem; }
.chg-added { background: var(--brand-soft); color: #09326c; }
.chg-removed { background: #f1f2f4; color: var(--muted); }
.chg-changed { background: var(--warn-soft); color: var(--warn); }

.table-wrap { overflow-x: auto; margin: 0 0 1rem; border: 1px solid var(--line); border-radius: 8px; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; margin: 0; }
caption { text-align: left; font-weight: 600; padding: 0.7rem 0.9rem; border-bottom: 1px solid var(--line); background: var(--soft); }
th, td { padding: 0.6rem 0.9rem; text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); }
tbody tr:last-child > * { border-bottom: 0; }
thead th { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); background: var(--panel); white-space: nowrap; }
tbody th { font-weight: 600; }

dl.fields { display: grid; grid-template-columns: minmax(9rem, max-content) 1fr; gap: 0.4rem 1.25rem; }
dl.fields dt { color: var(--muted); }
dl.fields dd { margin: 0; }
@media (max-width: 40rem) {
  .stack table, .stack tbody, .stack tr, .stack th, .stack td, .stack caption { display: block; width: 100%; }
  .stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .stack tr { padding: 0.75rem 0.9rem; border-bottom: 1px solid var(--line); }
  .stack tbody tr:last-child { border-bottom: 0; }
  .stack th, .stack td { border: 0; padding: 0.15rem 0; }
  .stack td::before { content: attr(data-label); display: block; margin-top: 0.35rem; font-size: 0.72rem; font-weight: 600; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); }
}
@media (max-width: 40rem) { .doc th, .doc td { padding: 0.45rem 0.55rem; font-size: 0.9rem; } }
@media (max-width: 40rem) { dl.fields { grid-template-columns: 1fr; gap: 0.1rem; } dl.fields dd { margin-bottom: 0.6rem; } .hero, .panel { padding: 1.1rem; } }

.timeline { list-style: none; margin: 0; padding: 0; border-left: 2px solid var(--line); }
.timeline > li { position: relative; padding: 0 0 1.25rem 1.25rem; }
.timeline > li::before { content: ""; position: absolute; left: -0.45rem; top: 0.45rem; width: 0.7rem; height: 0.7rem; border-radius: 50%; background: var(--panel); border: 2px solid var(--brand); }
.timeline h3 { margin: 0 0 0.25rem; }
.timeline ul { list-style: none; padding: 0; }
.timeline ul li { margin: 0.35rem 0; }
.timeline .aspect { color: var(--muted); }

.apps { list-style: none; padding: 0; margin: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(19rem, 1fr)); }
.app-card { display: flex; flex-direction: column; gap: 0.5rem; height: 100%; background: var(--panel); border: 1px solid var(--line); border-radius: var(--radius); padding: 1.25rem; }
.app-card h3 { font-size: 1.2rem; margin: 0; }
.app-card h3 a { color: var(--ink); text-decoration: none; }
.app-card h3 a:hover { color: var(--brand-ink); text-decoration: underline; }
.app-card p { margin: 0; }
.app-card .checks { grid-template-columns: 1fr; margin: 0.25rem 0 0; font-size: 0.9rem; }
.app-card .checks li { padding: 0.35rem 0.6rem; }
.app-card .more { margin-top: auto; padding-top: 0.5rem; font-weight: 600; }

.docs { list-style: none; padding: 0; margin: 0 0 1rem; display: grid; gap: 0.75rem; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); }
.docs li { border: 1px solid var(--line); border-radius: 8px; padding: 0.8rem 1rem; }
.docs a { font-weight: 600; }
.docs p { margin: 0.25rem 0 0; color: var(--muted); font-size: 0.9rem; }
.doc { max-width: 58rem; }
.doc h2 { margin-top: 2rem; padding-top: 1.25rem; border-top: 1px solid var(--line); }
.doc section:first-of-type > h2 { margin-top: 1rem; }
.doc h3 { margin-top: 1.25rem; }
.doc blockquote { margin: 0 0 1rem; border-left: 4px solid var(--line); padding: 0.5rem 1rem; background: var(--soft); }

.site-footer { border-top: 1px solid var(--line); background: var(--panel); color: var(--muted); font-size: 0.9rem; }
.site-footer .wrap { padding-top: 1.25rem; padding-bottom: 1.5rem; }
.site-footer p { margin: 0.25rem 0; }

@media print {
  body { background: #fff; font-size: 10.5pt; }
  .skip, .site-header nav, .toc, .crumbs { display: none; }
  .site-header, .site-footer { border: 0; }
  .layout { display: block; }
  .panel, .hero, .card, .app-card { border: 0; padding: 0; margin-bottom: 1.25rem; break-inside: avoid-page; }
  .panel > h2 { break-after: avoid; }
  .table-wrap { overflow: visible; border: 0; }
  th, td { border: 1px solid #999; }
  a { color: inherit; }
  main a[href^="http"]::after, main a[href^="mailto"]::after { content: " <" attr(href) ">"; font-size: 0.85em; color: #444; overflow-wrap: anywhere; }
  .checks li, .src, .chg { background: none; border: 1px solid #999; color: #000; }
}
`.trim();
