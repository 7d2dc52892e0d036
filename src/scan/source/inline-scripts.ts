import egressDefaults from '../../data/forge-egress-defaults.json' with { type: 'json' };
import connectJs from '../../data/connect-js.json' with { type: 'json' };
/** Pages and server-side templates whose inline `<script>` blocks are the app's front-end code (Connect iframes). */
export const MARKUP = /\.(html?|hbs|handlebars|ejs|njk|mustache)$/i;

/**
 * Pages a server's own language writes (PHP's `panel.php`, Rails's `panel.html.erb`): read as pages for their HTML and scripts, the
 * server's code in them as template tags (see `serverCodeAsTags`). Their server code is the foreign code the scan warns of.
 */
export const SERVER_PAGE = /\.(?:php|erb)$/i;
const PHP_CODE = /<\?(?:php\b|=)?[\s\S]*?(?:\?>|$)/g;

/**
 * A PHP page's code (`<?php ... ?>`, `<?= $title ?>`, and a block left open to the end of the file) as EJS's template tags of the
 * same length, its code blanked (`<%         %>`): a value the page's scripts are given, at the page's own lines. ERB's tags are EJS's.
 */
export function serverCodeAsTags(page: string): string {
  if (!page.includes('<?')) return page;
  return page.replace(PHP_CODE, (code) => (code.length < 4 ? blank(code) : `<%${blank(code.slice(2, -2))}%>`));
}

const SCRIPT = /(<script\b([^>]*)>)([\s\S]*?)<\/script\s*>/gi;
const SCRIPT_TAG = /<script\b([^>]*)>/gi;
/** A script element (whose `<!--` is JavaScript, as old pages hid their code) or an HTML comment. */
const SCRIPT_OR_COMMENT = /<script\b[^>]*>[\s\S]*?<\/script\s*>|<!--[\s\S]*?(?:-->|$)/gi;
/** A `type` that is not JavaScript (JSON data, templates). */
const NOT_JS = /\btype\s*=\s*["']?(?!(?:text|application)\/(?:java|ecma)script|module\b)[^"'\s>]+/i;
const TEMPLATE_TAG = /\{\{\{?[\s\S]*?\}?\}\}|<%[\s\S]*?%>/g;
/** What a template tag in a script stands for: an unknown value. */
const VALUE = '__template__';

/**
 * The JavaScript of a page's inline scripts, on the lines it has in the page (everything else blanked, line
 * breaks kept, so evidence points into the page); null when the page has none. A template tag in a script
 * is an unknown value: in a string (`'/rest/api/3/issue/{{key}}'`) it is spliced in (`' + __template__ + '`);
 * elsewhere it becomes a comment, or, with `asValues`, that value (`var data = {{{json}}};`).
 */
export function inlineScripts(page: string, asValues = false): string | null {
  let out = '';
  let at = 0;
  let found = false;
  for (const match of page.matchAll(SCRIPT)) {
    const [, open = '', attributes = '', body = ''] = match;
    if (/\bsrc\s*=/i.test(attributes) || NOT_JS.test(attributes) || body.trim() === '') continue;
    const start = match.index + open.length;
    out += blank(page.slice(at, start)) + fillTags(body, asValues);
    at = start + body.length;
    found = true;
  }
  return found ? out + blank(page.slice(at)) : null;
}

/** The page with its HTML comments blanked (`<!-- <script src="https://cdn.example.com/d3.js"></script> -->` loads nothing), lines kept. */
export function withoutComments(page: string): string {
  if (!page.includes('<!--')) return page;
  return page.replace(SCRIPT_OR_COMMENT, (match) => (match.startsWith('<!--') ? blank(match) : match));
}

function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

function fillTags(script: string, asValues: boolean): string {
  return script.replace(TEMPLATE_TAG, (tag, offset: number) => {
    const newlines = tag.replace(/[^\n]/g, '');
    const quote = openQuote(script, offset);
    if (quote === '`') return `\${${VALUE}}${newlines}`;
    if (quote) return `${quote} + ${VALUE} + ${quote}${newlines}`;
    return asValues ? `${VALUE}${newlines}` : `/*${blank(tag.slice(2, -2)).replace(/\n/g, '')}*/${newlines}`;
  });
}

/** The quote of the string literal open at `offset` of the script, on its line; null outside strings. */
function openQuote(script: string, offset: number): string | null {
  let quote: string | null = null;
  for (let i = script.lastIndexOf('\n', offset - 1) + 1; i < offset; i++) {
    const c = script[i]!;
    if (quote !== null && c === '\\') i++;
    else if (quote === null && (c === '"' || c === "'" || c === '`')) quote = c;
    else if (c === quote) quote = null;
    else if (quote === null && c === '/' && script[i + 1] === '/') return null;
  }
  return quote;
}

/**
 * `src="{{furl '/js/addon.js'}}"`: the helper atlassian-connect-express's template registers for its pages, which gives a
 * static file's path with a fingerprint for caching (static-expiry's `furl`): the file is the one the path names.
 */
const FURL_SRC = /\bsrc\s*=\s*(["'])\{\{\s*furl\s+(["'])([^"'?#]+)[^"']*\2\s*\}\}\1/i;

/** `<script src="/js/app.js?v=2">`: the app's own scripts a page loads (not another site's, not a template tag's), their paths as written. */
export function scriptSources(page: string): string[] {
  const out: string[] = [];
  for (const match of page.matchAll(SCRIPT_TAG)) {
    const src = (FURL_SRC.exec(match[1] ?? '')?.[3] ?? /\bsrc\s*=\s*["']([^"'?#]+)/i.exec(match[1] ?? '')?.[1])?.trim();
    if (src && !/^([a-z][\w+.-]*:|\/\/)/i.test(src) && !src.includes('{{') && !src.includes('<%')) out.push(src);
  }
  return out;
}

/**
 * `<script src="https://unpkg.com/axios/dist/axios.min.js">`: scripts a page loads from another site, which the
 * user's browser fetches from it. Atlassian's own (the Connect JavaScript API, AUI) are the platform's, not the app's.
 */
/**
 * Images a front end loads from another site, named in its markup with a constant address: `<img src="https://...">`, and
 * UI Kit's `<Image src="https://..." />` in JSX (attributes before `src` holding no `>`). The browser fetches them: egress
 * Forge allows through `permissions.external.images`.
 */
export function externalImages(text: string): Array<{ url: string; host: string; offset: number }> {
  const out: Array<{ url: string; host: string; offset: number }> = [];
  if (!text.includes('<img') && !text.includes('<Image')) return out;
  for (const match of text.matchAll(IMAGE_TAG)) {
    const address = addressOf(match[2]!);
    if (address) out.push({ ...address, offset: match.index });
  }
  return out;
}

/** An absolute or protocol-relative address with its host, or null when it is no URL. */
function addressOf(src: string): { url: string; host: string } | null {
  const url = src.startsWith('//') ? `https:${src}` : src;
  try {
    return { url, host: new URL(url).hostname.toLowerCase() };
  } catch {
    return null;
  }
}

const IMAGE_TAG = /<(?:img|Image)\b[^>]*?\ssrc\s*=\s*\{?\s*(["'`])((?:https?:)?\/\/[^"'`\s$]+)\1/g;

const LINK_TAG = /<link\b([^>]*)>/gi;

/**
 * `<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">`: style sheets a page loads from another site,
 * which the user's browser fetches from it (Forge allows them through `permissions.external.styles`); Atlassian's are the platform's.
 */
export function externalStylesheets(page: string): Array<{ url: string; host: string; offset: number }> {
  const out: Array<{ url: string; host: string; offset: number }> = [];
  if (!page.includes('<link')) return out;
  for (const match of page.matchAll(LINK_TAG)) {
    const attributes = match[1] ?? '';
    if (!/\brel\s*=\s*["']?stylesheet\b/i.test(attributes)) continue;
    const href = /\bhref\s*=\s*["']((?:https?:)?\/\/[^"'\s]+)/i.exec(attributes)?.[1];
    const address = href && !href.includes('{{') && !href.includes('<%') ? otherSiteScript(href) : null;
    if (address) out.push({ ...address, offset: match.index });
  }
  return out;
}

export function externalScripts(page: string): Array<{ url: string; host: string; offset: number }> {
  const out: Array<{ url: string; host: string; offset: number }> = [];
  for (const match of page.matchAll(SCRIPT_TAG)) {
    const src = /\bsrc\s*=\s*["']((?:https?:)?\/\/[^"'\s]+)/i.exec(match[1] ?? '')?.[1];
    if (!src || src.includes('{{') || src.includes('<%')) continue;
    const address = otherSiteScript(src);
    if (address) out.push({ ...address, offset: match.index });
  }
  return out;
}

/** The address of a script another site serves (absolute or protocol-relative, not Atlassian's); null for any other `src`. */
export function otherSiteScript(src: string): { url: string; host: string } | null {
  if (!/^(?:https?:)?\/\//i.test(src) || isConnectScript(src)) return null;
  const address = addressOf(src);
  return address && !egressDefaults.atlassianDomains.some((d) => address.host === d || address.host.endsWith(`.${d}`)) ? address : null;
}

/** `{baseUrl}/atlassian-connect/all.js`: the Connect JavaScript API's script, which the product serves from its own base URL, whatever that is. */
export function isConnectScript(src: string): boolean {
  const path = src.split(/[?#]/, 1)[0]!;
  return connectJs.scriptPaths.some((p) => path.endsWith(p));
}

/** A `src` that is only a template tag writing a value (`{{cdn}}`, `{{{ cdn }}}`, `<%= cdn %>`, `<%- locals.cdn %>`): the value's name. */
const TEMPLATED_SRC = /\bsrc\s*=\s*["']?\s*(?:\{\{\{?\s*([\w$]+(?:\.[\w$]+)?)\s*\}?\}\}|<%[=-]\s*([\w$]+(?:\.[\w$]+)?)\s*%>)\s*["'\s>]/i;

const JSX_SCRIPT = /<script\b[^>]*?\ssrc=\{\s*(?:this\.)?(?:props\.)?([\w$]+)\s*\}/g;

/** `<script src={props.reactSource} />` of a JSX view a server renders (express-react-views): as `templateScripts`, the prop's name. */
export function jsxTemplateScripts(text: string): Array<{ name: string; offset: number }> {
  if (!text.includes('<script')) return [];
  return [...text.matchAll(JSX_SCRIPT)].map((match) => ({ name: match[1]!, offset: match.index }));
}

/** `<script src="{{reactSource}}">` of a server's template: scripts whose address is a value the template is given, by the value's name. */
export function templateScripts(page: string): Array<{ name: string; offset: number }> {
  const out: Array<{ name: string; offset: number }> = [];
  if (!page.includes('{{') && !page.includes('<%')) return out;
  for (const match of page.matchAll(SCRIPT_TAG)) {
    const tag = TEMPLATED_SRC.exec(`${match[1] ?? ''}>`);
    const name = (tag?.[1] ?? tag?.[2])?.replace(/^(?:locals|this)\./, '');
    if (name && !name.includes('.')) out.push({ name, offset: match.index });
  }
  return out;
}
