/**
 * Markdown inline syntax -> plain text: emphasis and code marks dropped, links reduced to their
 * text (the URL kept in `links`), known HTML tags removed, entities decoded. Brackets that are not
 * links stay, since an unfilled `[placeholder]` must survive to be found.
 */
import type { TextBuilder } from './builder.ts';
import { decodeEntity } from './entities.ts';
import { Finder } from './finder.ts';

const HTML_TAGS = new Set([
  'a', 'abbr', 'b', 'br', 'code', 'del', 'details', 'div', 'em', 'font', 'hr', 'i', 'img', 'ins', 'kbd', 'mark', 'p', 'q',
  's', 'small', 'span', 'strike', 'strong', 'sub', 'summary', 'sup', 'u', 'center', 'section', 'table', 'tr', 'td', 'th',
]);
const AUTOLINK = /^<((?:https?|mailto|ftp):[^\s<>]{1,2000}|[^\s<>@]{1,200}@[^\s<>@]{1,200})>/;
const TAG = /^<\/?([A-Za-z][A-Za-z0-9]{0,20})\b[^<>]{0,2000}>/;


export function renderInline(out: TextBuilder, s: string, base: number, refs: ReadonlyMap<string, string> = new Map()): void {
  render(out, s, base, 0, s.length, new Finder(s), refs);
}

function render(out: TextBuilder, s: string, base: number, from: number, to: number, find: Finder, refs: ReadonlyMap<string, string>): void {
  let i = from;
  while (i < to) {
    const c = s[i]!;
    if (c === '\\' && i + 1 < to && /[!-/:-@[-`{-~]/.test(s[i + 1]!)) {
      out.char(s[i + 1]!, base + i + 1);
      i += 2;
      continue;
    }
    if (c === '`') {
      i = codeSpan(out, s, base, i, to, find);
      continue;
    }
    if (c === '[' || (c === '!' && s[i + 1] === '[')) {
      const link = parseLink(s, c === '!' ? i + 1 : i, to, find, refs);
      if (link) {
        const before = out.text.length;
        render(out, s, base, link.textStart, link.textEnd, find, refs);
        if (c === '[' && link.url) out.links.push({ text: out.text.slice(before).trim(), url: link.url });
        i = link.end;
        continue;
      }
    }
    if (c === '<') {
      const head = s.slice(i, Math.min(to, i + 2500));
      const auto = AUTOLINK.exec(head);
      if (auto) {
        const url = auto[1]!;
        out.push(url, base + i + 1);
        out.links.push({ text: url, url: url.includes(':') ? url : `mailto:${url}` });
        i += auto[0].length;
        continue;
      }
      const tag = TAG.exec(head);
      if (tag && HTML_TAGS.has(tag[1]!.toLowerCase())) {
        if (tag[1]!.toLowerCase() === 'br') out.lineBreak();
        i += tag[0].length;
        continue;
      }
    }
    if (c === '&') {
      const entity = decodeEntity(s, i);
      if (entity) {
        for (const ch of entity.text) out.char(ch, base + i, entity.length);
        i += entity.length;
        continue;
      }
    }
    if (c === '*' || c === '_' || c === '~') {
      let run = 1;
      while (s[i + run] === c) run++;
      const prev = s[i - 1] ?? ' ';
      const next = s[i + run] ?? ' ';
      const word = /[\p{L}\p{N}]/u;
      const literal = (/\s/.test(prev) && /\s/.test(next)) || (c === '_' && word.test(prev) && word.test(next)) || (c === '~' && run !== 2);
      if (literal) for (let k = 0; k < run; k++) out.char(c, base + i + k);
      i += run;
      continue;
    }
    out.char(c, base + i);
    i++;
  }
}

/** A code span keeps its content as written; an unclosed run of backticks is literal. */
function codeSpan(out: TextBuilder, s: string, base: number, i: number, to: number, find: Finder): number {
  let run = 1;
  while (s[i + run] === '`') run++;
  const close = run === 1 ? find.next('`', i + 1) : s.indexOf('`'.repeat(run), i + run);
  if (close === -1 || close >= to) {
    for (let k = 0; k < run; k++) out.char('`', base + i + k);
    return i + run;
  }
  out.push(s.slice(i + run, close), base + i + run);
  return close + run;
}

interface ParsedLink {
  textStart: number;
  textEnd: number;
  url: string | null;
  end: number;
}

/** `[text](url "title")`, `[text][ref]` or `[text][]`; null for brackets that are not a link. */
function parseLink(s: string, open: number, to: number, find: Finder, refs: ReadonlyMap<string, string>): ParsedLink | null {
  const close = find.next(']', open + 1);
  if (close === -1 || close >= to || close - open > 1000) return null;
  const textStart = open + 1;
  if (s[close + 1] === '(') {
    const end = find.next(')', close + 2);
    if (end === -1 || end >= to || end - close > 2000) return null;
    const target = s.slice(close + 2, end).trim().replace(/^<|>$/g, '').split(/\s+/)[0] ?? '';
    return { textStart, textEnd: close, url: target || null, end: end + 1 };
  }
  if (s[close + 1] === '[') {
    const end = find.next(']', close + 2);
    if (end === -1 || end >= to || end - close > 1000) return null;
    const label = (s.slice(close + 2, end) || s.slice(textStart, close)).toLowerCase();
    const url = refs.get(label);
    return url === undefined ? null : { textStart, textEnd: close, url, end: end + 1 };
  }
  const url = refs.get(s.slice(textStart, close).toLowerCase());
  return url === undefined ? null : { textStart, textEnd: close, url, end: close + 1 };
}
