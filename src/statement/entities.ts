/**
 * HTML character references: numeric ones and the named ones that occur in written prose
 * (https://html.spec.whatwg.org/multipage/named-characters.html). Unknown names stay as written.
 */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: ' ', emsp: ' ', thinsp: ' ', shy: '\u00ad',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e',
  laquo: '\u00ab', raquo: '\u00bb', lsaquo: '\u2039', rsaquo: '\u203a', bull: '\u2022', middot: '\u00b7', prime: '\u2032', Prime: '\u2033',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0', plusmn: '\u00b1', times: '\u00d7', divide: '\u00f7', minus: '\u2212', le: '\u2264', ge: '\u2265',
  ne: '\u2260', asymp: '\u2248', frac12: '\u00bd', frac14: '\u00bc', frac34: '\u00be', sup2: '\u00b2', sup3: '\u00b3', micro: '\u00b5', para: '\u00b6', sect: '\u00a7',
  euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', cent: '\u00a2', dagger: '\u2020', Dagger: '\u2021', larr: '\u2190', rarr: '\u2192', uarr: '\u2191', darr: '\u2193',
  harr: '\u2194', check: '\u2713', zwj: '\u200d', zwnj: '\u200c', iexcl: '\u00a1', iquest: '\u00bf', szlig: '\u00df', auml: '\u00e4', ouml: '\u00f6',
  uuml: '\u00fc', Auml: '\u00c4', Ouml: '\u00d6', Uuml: '\u00dc', eacute: '\u00e9', egrave: '\u00e8', ecirc: '\u00ea', aacute: '\u00e1', agrave: '\u00e0',
  acirc: '\u00e2', iacute: '\u00ed', oacute: '\u00f3', uacute: '\u00fa', ccedil: '\u00e7', ntilde: '\u00f1', Eacute: '\u00c9', aring: '\u00e5', oslash: '\u00f8',
  aelig: '\u00e6', colon: ':', sol: '/', lpar: '(', rpar: ')', lsqb: '[', rsqb: ']', lbrack: '[', rbrack: ']', lcub: '{',
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
