/**
 * HTML statements, read with a small tokenizer (no DOM): script, style and other raw-text
 * elements, comments and hidden elements are skipped; block elements become blocks; tables keep
 * each cell's column header; links keep their URL. Cloudflare's e-mail obfuscation
 * (`data-cfemail`, shown as "[email protected]" to readers without scripts) is decoded.
 */
import type { LineIndex } from '../utils/lines.ts';
import { TextBuilder, type BlockSink } from './builder.ts';
import { decodeEntity } from './entities.ts';
import { Finder } from './finder.ts';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param']);
const RAW = new Set(['script', 'style', 'template', 'noscript', 'title', 'textarea', 'svg', 'math', 'iframe', 'object', 'canvas']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'ul', 'caption', 'legend', 'option',
]);

const MAX_DEPTH = 500;

interface Cell {
  text: TextBuilder;
  th: boolean;
}

interface Table {
  headers: string[] | null;
  inHead: boolean;
  row: { cells: Cell[]; text: TextBuilder } | null;
  cell: Cell | null;
}

interface Anchor {
  url: string;
  target: TextBuilder;
  from: number;
}

export function readHtml(source: string, lines: LineIndex, sink: BlockSink): void {
  const stack: Array<{ name: string; hidden: boolean }> = [];
  const tables: Table[] = [];
  const anchors: Anchor[] = [];
  let current = new TextBuilder();
  let hidden = 0;
  const find = new Finder(source);

  const targets = (): TextBuilder[] => {
    const table = tables.at(-1);
    if (table?.cell && table.row) return [table.cell.text, table.row.text];
    return [current];
  };
  const emitChar = (ch: string, src: number, width?: number) => {
    if (hidden > 0) return;
    const table = tables.at(-1);
    if (table?.cell && table.row) {
      table.cell.text.char(ch, src, width);
      table.row.text.char(ch, src, width);
    } else current.char(ch, src, width);
  };
  const flush = () => {
    if (current.empty) return;
    const heading = stack.findLast((e) => /^h[1-6]$/.test(e.name) || e.name === 'li' || e.name === 'dt');
    if (heading && /^h[1-6]$/.test(heading.name)) sink.add('heading', current, { level: Number(heading.name[1]) });
    else sink.add(heading?.name === 'li' ? 'list-item' : 'paragraph', current);
    current = new TextBuilder();
  };
  const endCell = (table: Table) => {
    if (table.cell && table.row) table.row.cells.push(table.cell);
    table.cell = null;
  };
  const endRow = (table: Table) => {
    endCell(table);
    const row = table.row;
    table.row = null;
    if (!row || row.cells.length === 0) return;
    const isHeader = table.inHead || (table.headers === null && row.cells.every((c) => c.th));
    const extra = isHeader ? { isHeader: true } : {};
    sink.add('table-row', row.text, { ...extra, cells: row.cells.map((c) => c.text.text) });
    row.cells.forEach((cell, i) => {
      const header = isHeader ? undefined : table.headers?.[i];
      sink.add('table-cell', cell.text, { ...extra, ...(header ? { header } : {}) });
    });
    if (isHeader) table.headers = row.cells.map((c) => c.text.text);
  };

  let i = 0;
  while (i < source.length) {
    const lt = find.next('<', i);
    const textEnd = lt === -1 ? source.length : lt;
    for (let j = i; j < textEnd; j++) {
      if (source[j] === '&') {
        const entity = decodeEntity(source, j);
        if (entity) {
          for (const ch of entity.text) emitChar(ch, j, entity.length);
          j += entity.length - 1;
          continue;
        }
      }
      emitChar(source[j]!, j);
    }
    if (lt === -1) break;
    i = lt;
    if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4);
      i = end === -1 ? source.length : end + 3;
      continue;
    }
    const tag = readTag(source, i, find);
    if (tag === null) {
      emitChar('<', i);
      i++;
      continue;
    }
    i = tag.end;
    if (tag.name === null) continue; // <!doctype>, <?xml?>
    const name = tag.name;
    if (!tag.closing && RAW.has(name)) {
      const close = new RegExp(`</${name}[\\s>/]`, 'ig');
      close.lastIndex = i;
      const m = close.exec(source);
      i = m ? source.indexOf('>', m.index) + 1 || source.length : source.length;
      continue;
    }
    const table = tables.at(-1);
    if (tag.closing) {
      const at = stack.findLastIndex((e) => e.name === name);
      if (at === -1) continue;
      if (name === 'a') closeAnchor(anchors);
      if (table && (name === 'td' || name === 'th')) endCell(table);
      else if (table && name === 'tr') endRow(table);
      else if (table && (name === 'thead')) table.inHead = false;
      else if (name === 'table') {
        if (table) endRow(table);
        tables.pop();
      } else if (BLOCK.has(name) && !table?.cell) flush();
      else if (BLOCK.has(name)) table?.cell?.text.space();
      for (const e of stack.splice(at)) if (e.hidden) hidden--;
      continue;
    }
    const isHidden = tag.attrs.has('hidden') || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(tag.attrs.get('style') ?? '');
    const cfemail = decodeCfEmail(tag.attrs.get('data-cfemail') ?? '');
    if (name === 'br') for (const t of targets()) t.lineBreak();
    else if (name === 'table') {
      if (!table?.cell) flush();
      tables.push({ headers: null, inHead: false, row: null, cell: null });
    } else if (table && name === 'thead') table.inHead = true;
    else if (table && name === 'tr') {
      endRow(table);
      table.row = { cells: [], text: new TextBuilder() };
    } else if (table && (name === 'td' || name === 'th')) {
      endCell(table);
      table.row ??= { cells: [], text: new TextBuilder() };
      if (table.row.cells.length > 0) {
        table.row.text.space();
        table.row.text.char('|', i - 1);
        table.row.text.space();
      }
      table.cell = { text: new TextBuilder(), th: name === 'th' };
    } else if (BLOCK.has(name)) {
      if (table?.cell) table.cell.text.space();
      else flush();
    } else if (name === 'a') {
      const href = tag.attrs.get('href') ?? '';
      const protectedMail = /\/cdn-cgi\/l\/email-protection#([0-9a-f]+)/i.exec(href);
      const mail = cfemail ?? (protectedMail ? decodeCfEmail(protectedMail[1]!) : null);
      anchors.push({ url: mail ? `mailto:${mail}` : href, target: targets()[0]!, from: targets()[0]!.text.length });
    }
    if (cfemail) for (const ch of cfemail) emitChar(ch, tag.start);
    // Unclosed elements pile up on hostile input; past this depth they are read as if void.
    if (VOID.has(name) || stack.length >= MAX_DEPTH) continue;
    const hide = isHidden || cfemail !== null;
    stack.push({ name, hidden: hide });
    if (hide) hidden++;
  }
  for (const table of tables.reverse()) endRow(table);
  flush();
}

function closeAnchor(anchors: Anchor[]): void {
  const anchor = anchors.pop();
  if (!anchor || !anchor.url || /^(?:javascript:|#)/i.test(anchor.url)) return;
  anchor.target.links.push({ text: anchor.target.text.slice(anchor.from).trim(), url: anchor.url });
}

interface Tag {
  name: string | null;
  closing: boolean;
  attrs: Map<string, string>;
  start: number;
  end: number;
}

/** The tag at `source[i] === '<'`, or null when it is not one (then `<` is text, as browsers read it). */
function readTag(source: string, i: number, find: Finder): Tag | null {
  const head = /^<(\/?)([A-Za-z][A-Za-z0-9:-]{0,40})|^<[!?]/.exec(source.slice(i, i + 44));
  if (!head) return null;
  let j = i + head[0].length;
  // Find the closing `>`, skipping quoted attribute values.
  for (;;) {
    const gt = find.next('>', j);
    if (gt === -1) return null;
    const dq = find.next('"', j);
    const sq = find.next("'", j);
    const quote = Math.min(dq === -1 ? Infinity : dq, sq === -1 ? Infinity : sq);
    if (head[2] === undefined || quote > gt) {
      j = gt + 1;
      break;
    }
    const closeQuote = find.next(source[quote]!, quote + 1);
    if (closeQuote === -1) return null;
    j = closeQuote + 1;
  }
  if (head[2] === undefined) return { name: null, closing: false, attrs: new Map(), start: i, end: j };
  const attrs = new Map<string, string>();
  const body = source.slice(i + head[0].length, j - 1);
  for (const m of body.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attrs.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  }
  return { name: head[2].toLowerCase(), closing: head[1] === '/', attrs, start: i, end: j };
}

/** Cloudflare e-mail protection: hex, first byte the XOR key. */
export function decodeCfEmail(hex: string): string | null {
  if (!/^(?:[0-9a-f]{2}){3,}$/i.test(hex)) return null;
  const key = Number.parseInt(hex.slice(0, 2), 16);
  let out = '';
  for (let k = 2; k < hex.length; k += 2) out += String.fromCharCode(Number.parseInt(hex.slice(k, k + 2), 16) ^ key);
  return /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(out) ? out : null;
}
