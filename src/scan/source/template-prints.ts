/**
 * The values a server's template prints into its page, as dotted paths of the locals it is given (`settings.repo` of
 * `{{settings.repo}}`, `dtoken` of `value="{{dtoken}}"`, `<%= user.name %>`): Handlebars and Mustache (`{{x}}`, `{{{x}}}`),
 * Nunjucks (`{{ x | upper }}`), EJS (`<%= x %>`, `<%- x %>`). A name only tested (`{{#if hasToken}}`, `{% if x %}`,
 * `<% if (x) { %>`) prints nothing; a list a block goes through (`{{#each items}}`, `{% for i in items %}`) is taken as printed.
 */
export function templatePrints(page: string): string[] {
  const out = new Set<string>();
  const add = addPaths(out);
  for (const [, tag] of page.matchAll(/\{\{\{?-?\s*([^}]*?)\s*-?\}?\}\}/g)) {
    const head = tag![0];
    // `{{#each items}}`, `{{#with settings}}`: their insides print the list's or the object's fields.
    if (head === '#') {
      const block = /^#\s*(each|with)\s+([\s\S]*)$/.exec(tag!);
      if (block) add(block[2]!);
    } else if (!'/^!>&'.includes(head) && !/^else\b/.test(tag!)) add(tag!);
  }
  for (const [, tag] of page.matchAll(/\{%-?\s*for\s[^%]*?\bin\s+([^%]*?)-?%\}/g)) add(tag!);
  for (const [, kind, code] of page.matchAll(/<%([=-]?)([\s\S]*?)[-_]?%>/g)) {
    // `<% if (x) { %>`, `<% } else { %>`: a test; `<% items.forEach((i) => { %>`: a list it goes through.
    if (kind || !/^\s*(?:\}|if\b|else\b)/.test(code!)) add(code!);
  }
  return [...out];
}

/**
 * The other templates a template prints through, by the names it gives them: its layout (express-hbs's `{{!< layout}}`,
 * Nunjucks's `{% extends "base.njk" %}`, ejs-mate's `<% layout('layout') %>`, Pug's `extends layout`) and its partials
 * (`{{> header}}`, `{{#> card}}`, `{% include "nav.njk" %}`, EJS's `<%- include('partials/head') %>`, Pug's `include nav`).
 * A name not written as a constant (`{{> (whichPartial)}}`) is not followed.
 */
export function templateUses(page: string): string[] {
  const out = new Set<string>();
  for (const [, name, hash] of page.matchAll(/\{\{(?:!<|#?>)\s*["']?([\w./-]+)["']?([^}]*)\}\}/g)) out.add(name! + partialArgs(hash!));
  for (const [, name] of page.matchAll(/\{%-?\s*(?:extends|include)\s+["']([^"']+)["']/g)) out.add(name!);
  for (const [, name] of page.matchAll(/<%[-=_]?\s*(?:include|layout)\s*\(\s*["']([^"']+)["']/g)) out.add(name!);
  for (const [, name] of page.matchAll(/<%[-_]?\s*include\s+([\w./-]+)\s*[-_]?%>/g)) out.add(name!);
  return [...out];
}

/**
 * A Handlebars partial's hash arguments (`{{> userCard user=currentUser size="large"}}`), which the partial reads as its own
 * names: written after the partial's name as ` user=currentUser size=` (a value that is no local, a string, number or
 * `this`, left empty), for `viewPrints` to read the partial's prints through. Nothing for a partial without them.
 */
function partialArgs(hash: string): string {
  let out = '';
  for (const [, key, value] of hash.matchAll(/([A-Za-z_$][\w$-]*)=("[^"]*"|'[^']*'|[^\s]+)/g)) {
    const path = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/.test(value!) && !WORDS.has(value!.split('.')[0]!) ? value! : '';
    out += ` ${key}=${path}`;
  }
  return out;
}

/** What a Pug template extends and includes (see `templateUses`): `extends layout`, `include includes/nav.pug`. */
export function pugUses(page: string): string[] {
  return [...new Set([...page.matchAll(/^[ \t]*(?:extends|include)(?::[\w-]+)?[ \t]+([^\s]+)[ \t]*$/gm)].map((m) => m[1]!))];
}

/** Pug's (Jade's) templates: read for what they print (`pugPrints`) and searched for secrets, not analysed as pages. */
export const PUG = /\.(?:pug|jade)$/i;

/**
 * What a Pug template prints (see `templatePrints`): `#{x}`, `!{x}`, a tag's `p= x` or `p!= x`, an attribute's `input(value=x)`;
 * the list of `each i in items`. A line's `if x`, `unless x`, `case x` tests.
 */
export function pugPrints(page: string): string[] {
  const out = new Set<string>();
  const add = addPaths(out);
  for (const [, expr] of page.matchAll(/[#!]\{([^}]*)\}/g)) add(expr!);
  for (const [, expr] of page.matchAll(/^[ \t]*(?:[\w.#:-]*(?:\([^)]*\))?)?[ \t]*!?=[ \t]*(.+)$/gm)) add(expr!);
  for (const [, attrs] of page.matchAll(/^[ \t]*[\w.#:-]+\(([^)]*)\)/gm)) {
    for (const [, expr] of attrs!.matchAll(/[\w:@-]+\s*!?=\s*('[^']*'|"[^"]*"|[^\s,'"]+)/g)) add(expr!);
  }
  for (const [, list] of page.matchAll(/^[ \t]*(?:each|for)\s[^\n]*?\bin\s+(.+)$/gm)) add(list!);
  return [...out];
}

/** Adds to a set the dotted paths an expression names outside its strings (`settings.repo` of `settings.repo || 'none'`). */
function addPaths(out: Set<string>): (expr: string) => void {
  return (expr) => {
    for (const [path] of expr.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, ' ').matchAll(PATH)) {
      if (!WORDS.has(path)) out.add(path.replace(/^this\./, ''));
    }
  };
}

const PATH = /(?<![\w$.])[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*/g;
/** Words of the templates' own languages, not locals. */
const WORDS = new Set(['this', 'true', 'false', 'null', 'undefined', 'in', 'of', 'as', 'and', 'or', 'not', 'if', 'else', 'for', 'let', 'const', 'var', 'function', 'return', 'typeof', 'new', 'include', 'locals']);
