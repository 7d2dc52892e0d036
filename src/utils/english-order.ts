/**
 * `a.localeCompare(b, 'en')` without ICU for printable ASCII: the first collation in a process builds ICU's
 * locale set (about 70 M instructions, 4 % of a small app's scan). English collation ranks space, then
 * punctuation and symbols in this order, digits and letters, case aside; at equal letters the first case
 * difference decides, lower case first. Any other character is left to `localeCompare`.
 */
const ORDER = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz';

const RANK = new Uint8Array(128);
for (let i = 0; i < ORDER.length; i++) RANK[ORDER.charCodeAt(i)] = i + 1;
for (let c = 65; c <= 90; c++) RANK[c] = RANK[c + 32]!;

export function compareEnglish(a: string, b: string): number {
  let caseOrder = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x >= 128 || y >= 128 || RANK[x] === 0 || RANK[y] === 0) return a.localeCompare(b, 'en');
    if (RANK[x] !== RANK[y]) return RANK[x]! - RANK[y]!;
    if (caseOrder === 0 && x !== y) caseOrder = x > y ? -1 : 1;
  }
  for (const rest of [a.slice(n), b.slice(n)]) {
    for (let i = 0; i < rest.length; i++) if (rest.charCodeAt(i) >= 128 || RANK[rest.charCodeAt(i)] === 0) return a.localeCompare(b, 'en');
  }
  return a.length - b.length || caseOrder;
}
