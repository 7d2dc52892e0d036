/**
 * HTML character references: numeric ones and the named ones that occur in written prose
 * (https://html.spec.whatwg.org/multipage/named-characters.html). Unknown names stay as written.
 */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: ' ', emsp: ' ', thinsp: ' ', shy: '\u00ad',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', bull: '•', middot: '·', prime: '′', Prime: '″',
  copy: '©', reg: '®', trade: '™', deg: '°', plusmn: '±', times: '×', divide: '÷', minus: '−', le: '≤', ge: '≥',
  ne: '≠', asymp: '≈', frac12: '½', frac14: '¼', frac34: '¾', sup2: '²', sup3: '³', micro: 'µ', para: '¶', sect: '§',
  euro: '€', pound: '£', yen: '¥', cent: '¢', dagger: '†', Dagger: '‡', larr: '←', rarr: '→', uarr: '↑', darr: '↓',
  harr: '↔', check: '✓', zwj: '\u200d', zwnj: '\u200c', iexcl: '¡', iquest: '¿', szlig: 'ß', auml: 'ä', ouml: 'ö',
  uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', eacute: 'é', egrave: 'è', ecirc: 'ê', aacute: 'á', agrave: 'à',
  acirc: 'â', iacute: 'í', oacute: 'ó', uacute: 'ú', ccedil: 'ç', ntilde: 'ñ', Eacute: 'É', aring: 'å', oslash: 'ø',
  aelig: 'æ', colon: ':', sol: '/', lpar: '(', rpar: ')', lsqb: '[', rsqb: ']', lbrack: '[', rbrack: ']', lcub: '{',
  rcub: '}', num: '#', percnt: '%', commat: '@', excl: '!', quest: '?', comma: ',', period: '.', semi: ';', equals: '=',
  plus: '+', ast: '*', verbar: '|', vert: '|', Tab: '\t', NewLine: '\n',
};

/** The reference starting at `s[i]` (`&amp;`, `&#8212;`, `&#x2014;`), or null. */
export function decodeEntity(s: string, i: number): { text: string; length: number } | null {
  const match = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/.exec(s.slice(i, i + 40));
  if (!match) return null;
  if (match[3] !== undefined) {
    const text = NAMED[match[3]];
    return text === undefined ? null : { text, length: match[0].length };
  }
  const code = match[1] !== undefined ? Number(match[1]) : Number.parseInt(match[2]!, 16);
  // Invalid code points (NUL, surrogates, beyond Unicode) become U+FFFD as in browsers.
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return { text: valid ? String.fromCodePoint(code) : '\ufffd', length: match[0].length };
}
