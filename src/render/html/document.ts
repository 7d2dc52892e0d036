/** A document model as a standalone, accessible HTML page (see page.ts for the shell). */
import type { Block, DocumentModel } from '../documents/model.ts';
import { outline } from '../documents/outline.ts';
import { escapeHtml } from './escape.ts';
import { inlineHtml } from './inline.ts';
import { renderPage } from './page.ts';

export function renderDocumentHtml(model: DocumentModel): string {
  const out: string[] = [`<h1>${escapeHtml(model.title)}</h1>`, `<p class="summary">${escapeHtml(model.summary)}</p>`];
  if (model.fields.length > 0) out.push(blockHtml({ type: 'fields', items: model.fields }));
  for (const block of model.intro) out.push(blockHtml(block));
  outline(model, ({ section, heading, depth, id }, children) => {
    const tag = `h${depth + 1}`;
    out.push(`<section aria-labelledby="${id}">`, `<${tag} id="${id}">${escapeHtml(heading)}</${tag}>`);
    for (const block of section.blocks) out.push(blockHtml(block));
    children();
    out.push('</section>');
  });
  return renderPage({ title: model.title, lang: model.lang, description: model.summary, body: out.join('\n') });
}

export function blockHtml(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlineHtml(block.content)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>\n${block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('\n')}\n</${tag}>`;
    }
    case 'table': {
      const head = `<thead><tr>${block.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`;
      const rows = block.rows.map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${inlineHtml(cell)}</th>` : `<td>${inlineHtml(cell)}</td>`)).join('')}</tr>`);
      return `<div class="table-wrap" role="region" aria-label="${escapeHtml(block.caption)}" tabindex="0"><table>\n<caption>${escapeHtml(block.caption)}</caption>\n${head}\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table></div>`;
    }
    case 'fields':
      return `<dl class="fields">\n${block.items.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${inlineHtml(f.value)}</dd>`).join('\n')}\n</dl>`;
    case 'template':
      return `<blockquote class="template">\n${block.lines.map((line) => `<p>${inlineHtml(line)}</p>`).join('\n')}\n</blockquote>`;
  }
}
