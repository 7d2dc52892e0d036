import { blockHtml } from '../../render/html/document.ts';
import { inlineHtml } from '../../render/html/inline.ts';
import type { Block, Rich } from '../../render/documents/model.ts';
import { html, trusted, type Html } from '../html.ts';

/** One section of an app page: its anchor, heading (for the contents) and body. */
export interface Panel {
  id: string;
  title: string;
  body: Html;
}

export function renderPanel(panel: Panel, source?: 'code' | 'vendor' | 'both'): Html {
  return html`<section class="panel" id="${panel.id}" aria-labelledby="${panel.id}-title">
<h2 id="${panel.id}-title"><span>${panel.title}</span>${source ? sourceBadge(source) : ''}</h2>
${panel.body}
</section>`;
}

/** Where a piece of information comes from: the app's code (scanned) or the vendor's profile. */
export function sourceBadge(source: 'code' | 'vendor' | 'both'): Html {
  if (source === 'both') return html`<span>${sourceBadge('code')} ${sourceBadge('vendor')}</span>`;
  return source === 'code' ? html`<span class="src src-code">From code</span>` : html`<span class="src src-vendor">Vendor statement</span>`;
}

/** Document blocks and inline runs, rendered (and escaped) by the document HTML renderer. */
export const blocks = (list: readonly Block[]): Html => trusted(list.map(blockHtml).join('\n'));
export const rich = (content: Rich): Html => trusted(inlineHtml(content));

/**
 * A data table; on a phone each row becomes a block with its column names as labels. Explicit
 * roles keep the table semantics that `display: block` would otherwise take from screen readers.
 */
export function table(caption: string, columns: string[], rows: Html[][]): Html {
  return html`<div class="table-wrap stack"><table role="table">
<caption>${caption}</caption>
<thead role="rowgroup"><tr role="row">${columns.map((c) => html`<th scope="col" role="columnheader">${c}</th>`)}</tr></thead>
<tbody role="rowgroup">
${rows.map((row) => html`<tr role="row">${row.map((cell, i) => (i === 0 ? html`<th scope="row" role="rowheader">${cell}</th>` : html`<td role="cell" data-label="${columns[i]}">${cell}</td>`))}</tr>\n`)}</tbody>
</table></div>`;
}

export const muted = (text: string): Html => html`<span class="muted">${text}</span>`;
