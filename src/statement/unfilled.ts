/**
 * Template text published unfilled: bracketed placeholders (`[tracking system]`), examples left in
 * (`[e.g. 24-72 hours]`), options left to choose (`[Forge / Connect]`), `{{name}}`, `<your
 * company>`, TBD/XXX/lorem ipsum, words standing where a value belongs ("backed up frequency",
 * "objectives of RTO and RPO" with no figures), and the template's own instructions ("This
 * document is a template - replace every bracketed placeholder...").
 *
 * Placeholders under a heading that names a template ("Customer-Facing Incident Template") are
 * meant to be filled per use, not before publishing: they are still reported, with
 * `inTemplateSection: true`, and a checker should treat them as expected rather than unfilled.
 */
import { positionAt, type Sentence, type Statement } from './types.ts';

export type UnfilledKind = 'placeholder' | 'example-left' | 'options-left' | 'missing-value' | 'instruction';

export interface UnfilledText {
  /** The unfilled text as it reads, e.g. `[tracking system]`. */
  text: string;
  line: number;
  column: number;
  kind: UnfilledKind;
  message: string;
  /** Inside a section whose heading names a template (a notice meant to be filled per incident). */
  inTemplateSection: boolean;
  section?: string;
  /** Index of the block in `Statement.blocks` and the offset of `text` in its text. */
  block: number;
  offset: number;
}

interface Hit {
  start: number;
  end: number;
  kind: UnfilledKind;
  message: string;
}

/** More findings than this in one block means the block is not prose; the first ones say enough. */
const MAX_PER_BLOCK = 50;
const TEMPLATE_SECTION = /\b(?:template|sample (?:notice|e-?mail|letter|message))\b/i;
const EXAMPLE = /^(?:e\.?\s?g\.?|for example|for instance|such as|ex\.)[\s,:]/i;
const INSTRUCTION_VERB = /^(?:describe|explain|summari[sz]e|state|list|insert|add|enter|specify|provide|name|include|fill|choose|select|replace|delete|remove)\b/i;
/** Brackets that are not placeholders: citations, footnotes, check boxes, e-mail obfuscation, editorial marks, bare addresses. */
const LEGIT_BRACKET = /^(?:\^?\d{1,3}(?:\s*[,\u2013-]\s*\d{1,3})*|[ xX\u2713\u2714-]?|email(?:\s|\u00a0)protected|at|dot|sic|redacted|\.\.\.|\u2026|(?:https?:\/\/|mailto:)\S+|[^\s@]+@[^\s@]+\.\w+)$/i;
const ANGLE = /<\s*((?:your|insert|enter|add|company|organi[sz]ation|vendor|app|product|customer|name|date|email|e-mail|url|link|address|contact)\b[^<>\n]{0,60}|[A-Z][A-Z_ ]{2,40})\s*>/g;
const TOKENS: Array<[RegExp, UnfilledKind, string]> = [
  [/\{\{[^{}\n]{1,100}\}\}/g, 'placeholder', 'template variable left in: replace it with the actual value'],
  [/\b(?:TBD|TBC|TBA|TODO|FIXME)\b/g, 'placeholder', 'marked as not decided yet: write the actual value'],
  [/\bX{3,}\b/g, 'placeholder', 'XXX stands where a value belongs: write the actual value'],
  [/\blorem ipsum\b/gi, 'placeholder', 'filler text (lorem ipsum) left in: replace it with real content'],
  [/_{3,}/g, 'missing-value', 'blank left to fill in: write the actual value'],
  [/\b(?:X{1,2}|N{1,2}|Y)\s+(?:business\s+|working\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)\b/g, 'missing-value', 'a letter stands where a number belongs: write the actual figure'],
];
const STOP_WORDS = new Set(['we', 'is', 'are', 'was', 'be', 'been', 'will', 'the', 'a', 'an', 'our', 'and', 'or', 'to', 'it', 'they', 'data']);
const FREQUENCY_OK_BEFORE = new Set(['a', 'an', 'the', 'this', 'that', 'our', 'their', 'its', 'same', 'such', 'any', 'each', 'which', 'what', 'whose', 'of', 'at', 'with', 'in', 'by', 'and']);
const FREQUENCY_OK_AFTER = new Set(['of', 'is', 'are', 'was', 'will', 'can', 'may', 'should', 'must', 'depends', 'varies', 'for', 'by', 'to']);
// Three or more alternatives of up to three words, separated by spaced slashes ("Forge platform authentication / Connect JWT / OAuth 2.0").
const OPTION_WORD = String.raw`(?!(?:and|or|as|with|the|a|an|to|of|for|in|on|by|uses?|using|via|is|are)\b)[\p{L}\p{N}][\p{L}\p{N}.+-]*`;
const OPTION = String.raw`${OPTION_WORD}(?: ${OPTION_WORD}){0,2}`;
const SLASH_CHAIN = new RegExp(String.raw`(?<![\p{L}\p{N}.+-])${OPTION}(?: \/ ${OPTION}){2,}`, 'gu');
const DURATION_FIGURE = /\d+(?:\.\d+)?\s*(?:[-\u2013]\s*\d+\s*)?(?:minutes?|mins?|hours?|hrs?|h|days?|d|weeks?)\b/i;

export function findUnfilled(statement: Statement): UnfilledText[] {
  const out: UnfilledText[] = [];
  const sentences = new Map<number, Sentence[]>();
  for (const sentence of statement.sentences) {
    const list = sentences.get(sentence.block);
    if (list) list.push(sentence);
    else sentences.set(sentence.block, [sentence]);
  }
  statement.blocks.forEach((block, index) => {
    if (block.kind === 'table-row') return; // its cells are blocks of their own
    const hits: Hit[] = [];
    const add = (hit: Hit) => {
      if (hits.length < MAX_PER_BLOCK && !hits.some((h) => hit.start < h.end && h.start < hit.end)) hits.push(hit);
    };
    for (const hit of brackets(block.text)) add(hit);
    for (const hit of tokens(block.text)) add(hit);
    for (const hit of missingValues(block.text)) add(hit);
    for (const hit of instructions(sentences.get(index) ?? [])) add(hit);
    const inTemplateSection = (block.sections ?? []).some((title) => TEMPLATE_SECTION.test(title));
    for (const hit of hits) {
      const at = positionAt(block, hit.start);
      out.push({
        text: block.text.slice(hit.start, hit.end), line: at.line, column: at.column, kind: hit.kind, message: hit.message,
        inTemplateSection, ...(block.section !== undefined ? { section: block.section } : {}), block: index, offset: hit.start,
      });
    }
  });
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

function brackets(text: string): Hit[] {
  const hits: Hit[] = [];
  for (let open = text.indexOf('['); open !== -1; open = text.indexOf('[', open + 1)) {
    const close = text.indexOf(']', open + 1);
    if (close === -1) break;
    const inner = text.slice(open + 1, close).trim();
    const nested = inner.includes('[') || inner.includes('\n');
    if (nested || close - open > 300 || text[close + 1] === '(' || LEGIT_BRACKET.test(inner) || /[\w\]]/.test(text[open - 1] ?? ' ')) continue;
    hits.push({ start: open, end: close + 1, ...classify(inner) });
    open = close;
  }
  return hits;
}

function classify(inner: string): Pick<Hit, 'kind' | 'message'> {
  const shown = `[${inner}]`;
  if (EXAMPLE.test(inner)) return { kind: 'example-left', message: `example left in the template's brackets: replace ${shown} with your own value` };
  if (INSTRUCTION_VERB.test(inner)) return { kind: 'placeholder', message: `template instruction left in: write what ${shown} asks for` };
  const slashed = inner.split(/\s+\/\s+|\s*\|\s*/);
  const ored = inner.split(/\s+or\s+/i);
  const options = slashed.length >= 2 ? slashed : ored;
  const maxWords = slashed.length >= 2 ? 6 : 3;
  if (options.length >= 2 && options.every((o) => o.trim() && o.trim().split(/\s+/).length <= maxWords) && !/,\s*(?:etc\.?|\.\.\.|\u2026)/.test(inner)) {
    return { kind: 'options-left', message: `template options left in: keep the one that applies (${options.map((o) => o.trim()).join(' or ')}) and drop the brackets` };
  }
  if (/^(?:and|or)\s/i.test(inner)) return { kind: 'placeholder', message: `optional template text left in: keep it without the brackets, or delete ${shown}` };
  if (/\betc\b|\.\.\.|\u2026|\u2014\s*list\b/i.test(inner)) return { kind: 'placeholder', message: `example list left in: list what actually applies instead of ${shown}` };
  return { kind: 'placeholder', message: `template placeholder left in: replace ${shown} with the actual value (or confirm it and drop the brackets)` };
}

function tokens(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(ANGLE)) {
    hits.push({ start: m.index, end: m.index + m[0].length, kind: 'placeholder', message: `template placeholder left in: replace ${m[0]} with the actual value` });
  }
  for (const [re, kind, message] of TOKENS) for (const m of text.matchAll(re)) hits.push({ start: m.index, end: m.index + m[0].length, kind, message });
  return hits;
}

/** Words standing where a value belongs. */
function missingValues(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(/\bfrequency\b/gi)) {
    const before = wordsBefore(text, m.index, 4);
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (/^\s*:/.test(rest)) continue; // a label: "Review frequency: annually"
    const after = /^\s+([\p{L}]+)/u.exec(rest)?.[1]?.toLowerCase();
    const prev = before.at(-1)?.word.toLowerCase();
    if (!prev || FREQUENCY_OK_BEFORE.has(prev) || FREQUENCY_OK_BEFORE.has(before.at(-2)?.word.toLowerCase() ?? '') || (after && FREQUENCY_OK_AFTER.has(after))) continue;
    if (!/(?:ed|up|s|test|run|perform|review|rotate|conduct|update|scan|patch|audit|check)$/i.test(prev)) continue;
    let first = before.length - 1;
    while (first > 0 && before.length - first < 3 && !STOP_WORDS.has(before[first - 1]!.word.toLowerCase())) first--;
    const start = before[first]!.index;
    hits.push({ start, end: m.index + m[0].length, kind: 'missing-value', message: `"frequency" stands where a frequency belongs ("${text.slice(start, m.index + m[0].length)}"): say how often, e.g. daily` });
  }
  for (const m of text.matchAll(SLASH_CHAIN)) {
    const options = m[0].split(' / ');
    hits.push({ start: m.index, end: m.index + m[0].length, kind: 'options-left', message: `alternatives left as in a template: keep the one that applies (${options.join(', ')})` });
  }
  const objectives = /(?:\b(?:target\s+)?(?:recovery\s+)?objectives?\s+(?:of|for)\s+)?\b(?:RTO|RPO)\b(?:\s*(?:and|&|\/|,)\s*\b(?:RTO|RPO)\b)?(?=\s*(?:[.,;)]|$))/g;
  for (const m of text.matchAll(objectives)) {
    const sentence = sentenceAround(text, m.index);
    if (DURATION_FIGURE.test(sentence)) continue;
    hits.push({ start: m.index, end: m.index + m[0].length, kind: 'missing-value', message: `${m[0]} named without figures: give the recovery time and recovery point objectives, e.g. 4 hours and 1 hour` });
  }
  return hits;
}

function instructions(sentences: Sentence[]): Hit[] {
  const hits: Hit[] = [];
  for (const sentence of sentences) {
    const text = sentence.text;
    const template = /\b(?:this|the)\s+(?:document|policy|page|section|statement|text|form)\s+is\s+an?\s+(?:template|sample)\b/i.test(text)
      || /\breplace\s+(?:every|each|all|any|the|these|this)\s+(?:bracketed\s+)?(?:placeholders?|fields?|values?)\b/i.test(text)
      || /\b(?:delete|remove)\s+(?:this|these)\s+(?:section|paragraph|sentence|note|instructions?)\b/i.test(text)
      || /^(?:(?:if|where|when)\b[^,]{3,200},\s*)?(?:state|describe|list|insert|add|specify|explain|enter|fill\s+in|provide|mention|outline)\b[^.]{0,200}?\b(?:here|below|above|in this section)\b/i.test(text);
    if (template) hits.push({ start: sentence.offset, end: sentence.offset + text.length, kind: 'instruction', message: 'template instruction left in the published text: do what it asks, then remove it' });
  }
  return hits;
}

function wordsBefore(text: string, index: number, count: number): Array<{ word: string; index: number }> {
  const head = text.slice(Math.max(0, index - 120), index);
  const offset = Math.max(0, index - 120);
  return [...head.matchAll(/[\p{L}\p{N}'\u2019-]+/gu)].slice(-count).map((m) => ({ word: m[0], index: offset + m.index }));
}

function sentenceAround(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('. ', index) + 1, 0);
  const end = text.indexOf('. ', index);
  return text.slice(start, end === -1 ? text.length : end);
}

