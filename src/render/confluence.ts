/**
 * A document model in Confluence storage format (XHTML with `ac:` macros), for publishing to a
 * Confluence space with the REST API (`representation: storage`). Well-formed XML: only XML's own
 * entities, every element closed. Macros only where they help: a table of contents for long
 * documents and an info panel saying how the page was made.
 * Format reference: https://confluence.atlassian.com/doc/confluence-storage-format-790796544.html
 */
import { GENERATED_COMMENT } from './generated-mark.ts';
import type { Block, DocumentModel } from './documents/model.ts';
import { outline } from './documents/outline.ts';
import { escapeHtml } from './html/escape.ts';
import { inlineHtml } from './html/inline.ts';

export function renderDocumentConfluence(model: DocumentModel): string {
  const out: string[] = [
    `<ac:structured-macro ac:name="info" ac:schema-version="1"><ac:rich-text-body><p>${escapeHtml(model.summary)}</p></ac:rich-text-body></ac:structured-macro>`,
  ];
  if (model.fields.length > 0) out.push(blockStorage({ type: 'fields', items: model.fields }));
  for (const block of model.intro) out.push(blockStorage(block));
  if (model.sections.length >= 4) {
    out.push('<ac:structured-macro ac:name="toc" ac:schema-version="1"><ac:parameter ac:name="maxLevel">2</ac:parameter></ac:structured-macro>');
  }
  outline(model, ({ section, heading, depth }, children) => {
    // The page title is Confluence's own heading, so sections start at h1.
    out.push(`<h${depth}>${escapeHtml(heading)}</h${depth}>`);
    for (const block of section.blocks) out.push(blockStorage(block));
    children();
  });
  out.push(GENERATED_COMMENT);
  return `${out.join('\n')}\n`;
}

function blockStorage(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlineHtml(block.content)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('')}</${tag}>`;
    }
    case 'table': {
      const head = `<tr>${block.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr>`;
      const rows = block.rows.map((row) => `<tr>${row.map((cell) => `<td>${inlineHtml(cell)}</td>`).join('')}</tr>`);
      return `<table><tbody>${head}${rows.join('')}</tbody></table>`;
    }
    case 'fields':
      return `<table><tbody>${block.items.map((f) => `<tr><th>${escapeHtml(f.label)}</th><td>${inlineHtml(f.value)}</td></tr>`).join('')}</tbody></table>`;
    case 'template':
      return `<ac:structured-macro ac:name="panel" ac:schema-version="1"><ac:rich-text-body>${block.lines.map((line) => `<p>${inlineHtml(line)}</p>`).join('')}</ac:rich-text-body></ac:structured-macro>`;
  }
}
