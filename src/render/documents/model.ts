/**
 * A generated document as data: sections of paragraphs, lists, tables and label/value fields,
 * built once from the profile and the facts, then rendered to Markdown, HTML, JSON and Confluence
 * storage format. Text is plain: every renderer escapes it for its own format.
 */

/** A run of text: plain, a link, code (a scope, a host), or emphasis. */
export type Inline = string | { text: string; href: string } | { code: string } | { strong: string };
export type Rich = Inline[];

export type Block =
  | { type: 'paragraph'; content: Rich }
  | { type: 'list'; ordered: boolean; items: Rich[] }
  /** The first column names the row (rendered as a row header). */
  | { type: 'table'; caption: string; columns: string[]; rows: Rich[][] }
  /** Label and value pairs ("Product: ...", "Provider: ..."). */
  | { type: 'fields'; items: Array<{ label: string; value: Rich }> }
  /** A letter to copy and fill in per use, such as a customer notice; `[...]` marks what to write. */
  | { type: 'template'; lines: Rich[] };

export interface Section {
  title: string;
  blocks: Block[];
  sections?: Section[];
}

export type DocumentKind =
  | 'statement' | 'incident' | 'privacy' | 'security' | 'program' | 'marketplace' | 'questionnaire';

export interface DocumentModel {
  kind: DocumentKind;
  /** File name without extension, e.g. `privacy-policy`. */
  slug: string;
  title: string;
  lang: 'en';
  /** One line saying what the document is, for the HTML description and the Confluence info panel. */
  summary: string;
  fields: Array<{ label: string; value: Rich }>;
  intro: Block[];
  sections: Section[];
  /** Number the top-level sections ("1. Scope of This Statement"). */
  numbered: boolean;
}

export const p = (...content: Inline[]): Block => ({ type: 'paragraph', content });
export const list = (items: Rich[], ordered = false): Block => ({ type: 'list', ordered, items });
export const code = (text: string): Inline => ({ code: text });
export const strong = (text: string): Inline => ({ strong: text });
export const link = (text: string, href: string): Inline => ({ text, href });

/** A section, dropped by `compact` when it has nothing in it. */
export const section = (title: string, blocks: Array<Block | null | false | undefined>, sections: Section[] = []): Section => {
  const kept = blocks.filter((b): b is Block => Boolean(b));
  return sections.length > 0 ? { title, blocks: kept, sections } : { title, blocks: kept };
};

/** Drops empty sections, so a document has only what the profile and facts support. */
export function compact(sections: Array<Section | null | false | undefined>): Section[] {
  return sections
    .filter((s): s is Section => Boolean(s))
    .map((s) => (s.sections ? { ...s, sections: compact(s.sections) } : s))
    .filter((s) => s.blocks.length > 0 || (s.sections?.length ?? 0) > 0)
    .map((s) => (s.sections && s.sections.length === 0 ? { title: s.title, blocks: s.blocks } : s));
}

/** The plain text of a run, as a reader sees it. */
export function plain(rich: Rich): string {
  return rich.map((i) => (typeof i === 'string' ? i : 'code' in i ? i.code : 'strong' in i ? i.strong : i.text)).join('');
}

/** `a, b and c`. */
export function joinWords(words: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)!}`;
}

/** Interleaves inlines with separators: `a, b and c` for inline runs. */
export function joinRich(parts: Inline[], conjunction: 'and' | 'or' = 'and'): Inline[] {
  const out: Inline[] = [];
  parts.forEach((part, i) => {
    if (i > 0) out.push(i === parts.length - 1 ? ` ${conjunction} ` : ', ');
    out.push(part);
  });
  return out;
}
