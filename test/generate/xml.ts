/**
 * A strict XML 1.0 well-formedness check for Confluence storage format, which is XHTML with `ac:`
 * and `ri:` elements. The fragment is checked inside a root that declares those prefixes, as
 * Confluence does. Returns the problems found; empty means well-formed.
 */
const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;
const DECLARED = new Set(['ac', 'ri', 'xml']);

export function xmlProblems(fragment: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let i = 0;
  const text = (chunk: string, at: number) => {
    for (const m of chunk.matchAll(/&([^;\s]{0,12});?/g)) {
      if (!/^&(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});$/.test(m[0])) problems.push(`bad entity ${JSON.stringify(m[0])} at ${at + m.index}`);
    }
    if (chunk.includes('<')) problems.push(`raw < at ${at}`);
    if (chunk.includes(']]>')) problems.push(`]]> in text at ${at}`);
    if (/[^\P{Cc}\t\n\r]/u.test(chunk)) problems.push(`control character at ${at}`);
  };
  while (i < fragment.length) {
    const lt = fragment.indexOf('<', i);
    text(fragment.slice(i, lt === -1 ? fragment.length : lt), i);
    if (lt === -1) break;
    if (fragment.startsWith('<!--', lt)) {
      const end = fragment.indexOf('-->', lt + 4);
      if (end === -1 || fragment.slice(lt + 4, end).includes('--')) problems.push(`malformed comment at ${lt}`);
      i = end === -1 ? fragment.length : end + 3;
      continue;
    }
    const gt = findTagEnd(fragment, lt);
    if (gt === -1) {
      problems.push(`unclosed tag at ${lt}`);
      break;
    }
    const tag = fragment.slice(lt + 1, gt);
    i = gt + 1;
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}> at ${lt}`);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const name = /^\S+/.exec(body)?.[0] ?? '';
    if (!NAME.test(name)) problems.push(`bad element name ${JSON.stringify(name)} at ${lt}`);
    checkPrefix(name, lt, problems);
    const attrs = body.slice(name.length);
    const seen = new Set<string>();
    const rest = attrs.replace(/\s+([^\s=]+)\s*=\s*("[^"]*"|'[^']*')/g, (_m, attr: string, value: string) => {
      if (!NAME.test(attr)) problems.push(`bad attribute name ${JSON.stringify(attr)} at ${lt}`);
      if (seen.has(attr)) problems.push(`duplicate attribute ${attr} at ${lt}`);
      seen.add(attr);
      checkPrefix(attr, lt, problems);
      text(value.slice(1, -1), lt);
      return '';
    });
    if (rest.trim() !== '') problems.push(`malformed attributes ${JSON.stringify(rest.trim())} at ${lt}`);
    if (!selfClosing) stack.push(name);
  }
  if (stack.length > 0) problems.push(`unclosed elements: ${stack.join(', ')}`);
  return problems;
}

function findTagEnd(source: string, lt: number): number {
  let quote: string | null = null;
  for (let j = lt + 1; j < source.length; j++) {
    const c = source[j]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '<') return -1;
    else if (c === '>') return j;
  }
  return -1;
}

function checkPrefix(name: string, at: number, problems: string[]): void {
  const prefix = name.includes(':') ? name.split(':')[0]! : null;
  if (prefix && !DECLARED.has(prefix)) problems.push(`undeclared namespace prefix ${prefix} at ${at}`);
}
