/** A hole in an evaluated string: a part whose value is not known statically. */
export const HOLE = '\u0000';
const OPEN = '\u0001';
const CLOSE = '\u0002';

/**
 * A value imported from another module of the app, in an evaluated string: `\u0001./constants#API_BASE\u0002`
 * (`module#name`, object members and calls of key builders after the name: `ENDPOINTS.issue`, `issueKey()`).
 * Within its file it is a hole; the scan fills it in once every file is read.
 */
export const IMPORTED = new RegExp(`${OPEN}([^${OPEN}${CLOSE}]*)${CLOSE}`, 'g');

/** After `module#name` in a mark: the origin (`https://host`) of the imported URL, not all of it. */
export const ORIGIN = '|origin';
const IMPORTED_AT_START = new RegExp(`^${OPEN}([^${OPEN}${CLOSE}]*)${CLOSE}`);

/**
 * After a name a module exports (`eventType()|choices`): the constant strings a function of it may return, one per branch
 * (`if (kind === 'build') return 'builds'; return 'deployments';`), joined by `CHOICE`, for the scan to make a request of each.
 */
export const CHOICES = '|choices';
export const CHOICE = '\u0008';

/**
 * After a call in a mark (`./api#postoptions()|url`): where a request given what the call returns goes, the `url` or `uri` of the
 * options it makes (`{ method: 'POST', uri }`), else what it returns when that is a string.
 */
export const REQUEST_URL = '|url';

/** The mark of an imported value `module#name` (see `IMPORTED`). */
export function importedMark(ref: string): string {
  return OPEN + ref + CLOSE;
}
/**
 * In a `call:`, `param:` or `invoke:` flow, before the name of a field of that value (`call:./confluence#fetchPage\u0005title`),
 * or `WITHOUT` and the fields left out of it (`invoke:save\u0005-apiToken,owner` for `const { apiToken, owner, ...rest } = payload`).
 */
export const FIELD = '\u0005';
export const WITHOUT = '-';
/** In the fields of an object the app stores (`boundColumns`): a spread (`{ ...member, phone }`), which may give any field but those named after it. */
export const SPREAD_FIELDS = '...';
/**
 * After the name in a `handler:` flow: a parameter of the function other than where an HTTP router hands the request (`res` and
 * `next` of `(req, res, next)`, `err` of `(err, req, res, next)`), which holds none of it when the function answers a route.
 */
export const NOT_REQUEST = '\u000e';
/** After a `call:`, `param:`, `invoke:` or `returned:` flow: a field of it that holds no user (`issue.fields.summary`), so none of the people a product's answer holds. */
export const NO_ONE = '\u0006';
/** After such a flow: a field of it that holds a user and nothing else (`issue.fields.assignee`), so only the people of a product's answer. */
export const ONLY_PEOPLE = '\u0007';

/** Whether a flow is a value a function, a caller or a front end's `invoke` gives (`call:`, `param:`, `invoke:`, `returned:`), known once files are linked. */
export function hasValueSource(flow: string): boolean {
  return flow.startsWith('call:') || flow.startsWith('param:') || flow.startsWith('invoke:') || flow.startsWith('returned:');
}

/** Whether a flow is a `call:`, `param:` or `invoke:` value not yet narrowed to one of its fields. */
export function takesField(flow: string): boolean {
  return hasValueSource(flow) && !flow.includes(FIELD);
}

/**
 * After a field's name (`search()`): what calling that function of the object gives back, recorded when the object is one a
 * function returns with functions it declares; a call of another field is none of the object's data.
 */
export const CALLED = '()';

/** In a record of what an object's fields hold, what its spreads give: any field it does not name. */
export const SPREAD = '...';

/** The values of a record of fields a part names (see `FIELD`): that field's, or all but the fields left out. */
export function partOf<T>(fields: Readonly<Record<string, T>>, part: string): T[] {
  if (!part.startsWith(WITHOUT)) return Object.hasOwn(fields, part) ? [fields[part]!] : Object.hasOwn(fields, SPREAD) ? [fields[SPREAD]!] : [];
  const left = new Set(part.slice(1).split(','));
  return Object.entries(fields).filter(([key]) => !left.has(key)).map(([, value]) => value);
}
/** Around `fn:index` in a string evaluated with `strParams`: the value a caller passes for that parameter. */
export const PARAM = '\u0003';

const HOLES = new RegExp(`${HOLE}+`, 'g');
/** Nothing known: holes only, or empty. */
const ONLY_HOLES = new RegExp(`^${HOLE}*$`);
/** Any hole or mark: the string is not a constant. */
const MARKS = new RegExp(`[${HOLE}${OPEN}${CLOSE}${PARAM}]`);
/** An evaluated string's marks of imported values and parameters, and the runs between them. */
const UNMARKED = new RegExp(`${OPEN}[^${CLOSE}]*${CLOSE}|${PARAM}[^${PARAM}]*${PARAM}|[^${OPEN}${PARAM}]+`, 'g');
const PARAMS = new RegExp(`${PARAM}[^${PARAM}]*${PARAM}`, 'g');

/** Whether an evaluated string knows nothing: holes only, or empty. */
export function onlyHoles(value: string): boolean {
  return ONLY_HOLES.test(value);
}

/** Whether an evaluated string holds known characters other than digits, besides its holes and marks (`/items?page=` of `${API}/items?page=`). */
export function hasText(value: string | null): boolean {
  return value !== null && /\D/.test(value.replace(IMPORTED, '').replace(PARAMS, '').replace(HOLES, ''));
}

/** Whether an evaluated string has a hole or a mark in it: it is not a constant. */
export function hasMarks(value: string): boolean {
  return MARKS.test(value);
}

/** `encodeURI(url)`: the known parts encoded, a hole, a parameter and another module's value kept as they are. */
export function encodeKnown(value: string, encode: (text: string) => string): string {
  return value.replace(UNMARKED, (part) => (part[0] === OPEN || part[0] === PARAM ? part : part.split(HOLE).map(encode).join(HOLE)));
}

/** `method.toUpperCase()`: the known parts change case; a caller's or another module's value keeps its own. */
export function withCase(value: string, casing: 'toLowerCase' | 'toUpperCase'): string {
  return value.replace(UNMARKED, (part) => (part[0] === OPEN || part[0] === PARAM ? part : casing === 'toLowerCase' ? part.toLowerCase() : part.toUpperCase()));
}

/** `/path?` and a hole when every value is a URL or path with that same path and a query; else null. */
export function samePath(values: Array<string | null>): string | null {
  if (values.length < 2) return null;
  let path: string | null = null;
  for (const value of values) {
    const at = value?.indexOf('?') ?? -1;
    if (at <= 0) return null;
    const head = value!.slice(0, at + 1);
    if (path !== null && head !== path) return null;
    path = head;
  }
  return path === null ? null : path + HOLE;
}

export function joinParts(a: string | null, b: string | null): string | null {
  if (a === null && b === null) return null;
  return (a ?? HOLE) + (b ?? HOLE);
}

export function resolveUrl(path: string, base: string): string {
  const origin = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)/i.exec(base)?.[1];
  if (path.startsWith('/') && origin) return origin + path;
  // `new URL('/rest/x', API_BASE)` with the base from another module: the origin of its value, once the scan knows it.
  const imported = path.startsWith('/') ? IMPORTED_AT_START.exec(base)?.[1] : undefined;
  if (imported !== undefined) return importedMark(imported + ORIGIN) + path;
  return base.replace(/\/?$/, '/') + path.replace(/^\.?\//, '');
}

/** An evaluated string with its parameter marks as holes: what is known before callers are looked at. */
function withoutParams(value: string): string {
  return value.includes(PARAM) ? value.replace(PARAMS, HOLE) : value;
}

/** An evaluated string with each run of holes written `{}`, as in path templates. */
export function withBraces(value: string): string {
  return value.replace(HOLES, '{}');
}

/** The parameters of a path's or URL's query, each as its name and value (`expand=lead` as `['expand', 'lead']`), in order. */
export function queryPairs(path: string): Array<[name: string, value: string]> {
  const at = path.indexOf('?');
  if (at < 0) return [];
  return path.slice(at + 1).split('#')[0]!.split('&').map((pair) => {
    const eq = pair.indexOf('=');
    return eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
  });
}

const UNKNOWN_PART = new RegExp(`^(?:${HOLE}|\\{\\}|=)+$`);

/**
 * A query built at run time (`?${query}`, `?${qs}&maxResults=50`) names no parameter a path can show: its unknown parts are
 * left out, and so is a query with nothing known (`/rest/api/3/search`, not `/rest/api/3/search?{}`). Holes are marks or `{}`.
 */
export function withoutUnknownQuery(value: string): string {
  const at = value.indexOf('?');
  if (at < 0 || !(value.includes(HOLE, at) || value.includes('{}', at))) return value;
  const known = value.slice(at + 1).split('&').filter((part) => !UNKNOWN_PART.test(part));
  return known.length === 0 ? value.slice(0, at) : `${value.slice(0, at)}?${known.join('&')}`;
}

/** Whether a query has parts built at run time that `withoutUnknownQuery` leaves out (`?${params}`): parameters no path shows. */
export function hasUnknownQuery(value: string): boolean {
  const at = value.indexOf('?');
  if (at < 0 || !(value.includes(HOLE, at) || value.includes('{}', at))) return false;
  return value.slice(at + 1).split('&').some((part) => UNKNOWN_PART.test(part));
}

/** A storage read's key in its `store:` flow: what other modules give it stays marked, for the scan to fill in. */
export function storeKey(value: string | null): string {
  return value === null ? '' : withBraces(withoutParams(value));
}

/** Whether an evaluated string has a value imported from another module in it. */
export function hasImported(value: string | null): boolean {
  return value !== null && value.includes(OPEN);
}

/** The evaluated string as its own file knows it: imported values and parameters' values are holes. */
export function settle(value: string | null): string | null {
  if (value === null) return null;
  return withoutParams(hasImported(value) ? value.replace(IMPORTED, HOLE) : value);
}

/** Whether an evaluated string has a parameter's value in it (`strParams`). */
export function hasParam(value: string | null): boolean {
  return value !== null && value.includes(PARAM);
}

/** The evaluated string with holes as spaces, for reading its words. */
export function withSpaces(value: string): string {
  return value.split(HOLE).join(' ');
}

/**
 * A name its file evaluates (a resolver function's, `Actions.SaveNote`): the constant, or one made of values other
 * modules export, left marked for the scan to fill in (see `filledName`); null when any part of it is unknown.
 */
export function constantName(value: string | null): string | null {
  if (value === null || hasParam(value)) return null;
  return (hasImported(value) ? value.replace(IMPORTED, '') : value).includes(HOLE) ? null : value;
}
