/** A document model as CommonMark with GFM tables. Vendor text is escaped so it stays text. */
import { GENERATED_COMMENT } from '../generated-mark.ts';
import { safeUrl } from '../html/escape.ts';
import type { Block, DocumentModel, Rich } from './model.ts';
import { outline } from './outline.ts';

export function renderDocumentMarkdown(model: DocumentModel): string {
  const out: string[] = [`# ${text(model.title)}`, `_${text(model.summary)}_`];
  if (model.fields.length > 0) out.push(blockMarkdown({ type: 'fields', items: model.fields }));
  for (const block of model.intro) out.push(blockMarkdown(block));
  outline(model, ({ section, heading, depth }, children) => {
    out.push(`${'#'.repeat(depth + 1)} ${text(heading)}`);
    for (const block of section.blocks) out.push(blockMarkdown(block));
    children();
  });
  out.push(GENERATED_COMMENT);
  return `${out.join('\n\n')}\n`;
}

export function blockMarkdown(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return start(inline(block.content));
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${start(inline(item))}`).join('\n');
    case 'table': {
      // Cell text is escaped already (`text` turns | into \|).
      const row = (cells: string[]) => `| ${cells.map((c) => c || ' ').join(' | ')} |`;
      return [row(block.columns.map(text)), row(block.columns.map(() => '---')), ...block.rows.map((r) => row(r.map(inline)))].join('\n');
    }
    case 'fields':
      return block.items.map((f, i) => `**${text(f.label)}:** ${inline(f.value)}${i < block.items.length - 1 ? '\\' : ''}`).join('\n');
    case 'template':
      return block.lines.map((line) => `> ${start(inline(line))}`).join('\n>\n');
  }
}

function inline(rich: Rich): string {
  return rich
    .map((i) => {
      if (typeof i === 'string') return text(i);
      if ('code' in i) return codeSpan(i.code);
      if ('strong' in i) return `**${text(i.strong)}**`;
      const href = safeUrl(i.href);
      if (href === null) return i.text === i.href ? text(i.text) : `${text(i.text)} (${text(i.href)})`;
      return `[${text(i.text)}](<${href.replace(/[<>]/g, encodeURIComponent)}>)`;
    })
    .join('');
}

/**
 * Plain text with Markdown's inline syntax escaped; line breaks become spaces. `<` and `>` become
 * entities, which every Markdown renderer shows as text (a backslash escape is CommonMark only),
 * and so does an `&` that would otherwise start an entity.
 */
function text(value: string): string {
  return value
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;')
    .replace(/[\\`*_[\]|{}!~]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Escapes what would turn the start of a line into a heading, list item or quote. */
function start(line: string): string {
  return line.replace(/^(#{1,6}(?=\s|$)|[-+](?=\s)|>|(\d{1,9})([.)])(?=\s))/, (m, _all, digits: string | undefined, mark: string | undefined) => (digits ? `${digits}\\${mark}` : `\\${m}`));
}

function codeSpan(value: string): string {
  const runs = value.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const body = value.replace(/[\r\n]+/g, ' ');
  return /^`|`$/.test(body) ? `${fence} ${body} ${fence}` : `${fence}${body}${fence}`;
}
