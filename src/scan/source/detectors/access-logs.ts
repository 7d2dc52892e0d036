import data from '../../../data/access-logs.json' with { type: 'json' };
import type { AccessLogField } from '../../facts.ts';
import { isFunction, objectProperty, unwrap, type Node } from '../ast.ts';
import type { CallSite, FileContext } from '../context.ts';
import { returnedObject } from '../constants.ts';
import { strAlternatives } from '../evaluate.ts';
import { hasMarks } from '../string-marks.ts';

interface Middleware {
  calls: string[]; fields?: string[]; format?: string; withoutMeta?: string[]; enabledBy?: string[]; redactedBy?: string[]; offBy?: string[]; optionsIn?: string;
  bodyBy?: BodyOptions;
}
/** express-winston's options: the request's properties it writes, the body's fields it leaves out, the only ones it writes. */
interface BodyOptions { list: string; without: string; only: string }

const MIDDLEWARE = data.middleware as Record<string, Middleware>;
const FORMATS = data.morgan.formats as Record<string, string[]>;
const TOKENS = data.morgan.tokens as Record<string, string>;
const HEADERS = data.morgan.headers as Record<string, string>;
const ORDER = data.fields.names;
const BUNYAN_RECORD = data.expressBunyanLogger.record as Record<string, string[]>;
const WINSTON_REQUEST = data.expressWinston.request as Record<string, string[]>;
const MORGAN_TOKENS = new Set(data.morgan.builtIn);
/** `req.body`, `req.raw.body` used whole in a function's text: not one of its fields (`req.body.issue`) nor a test of it (`req.body && ...`). */
const BODY = /\.\s*body\b(?!\s*(?:\??\.|\[|&&|\|\||\?(?!\.)|===?|!==?))/;
/** `:url`, `:req[authorization]`, express-bunyan-logger's `:req-headers[authorization]` in a format string. */
const STRING_TOKEN = /:([\w-]+)(?:\[([^\]]+)\])?/g;
/** `tokens.url(...)`, `tokens['remote-addr'](...)`, `tokens.req(req, res, 'authorization')` in a format function. */
const FUNCTION_TOKEN = /tokens\s*(?:\.\s*([\w$]+)|\[\s*['"]([\w-]+)['"]\s*\])(?:\s*\(\s*\w+\s*,\s*\w+\s*,\s*['"]([\w-]+))?/g;

/**
 * An HTTP access-log middleware made in the code (`morgan('combined')`, `pinoHttp()`,
 * `expressWinston.logger({ ... })`): a log of every request the server answers, with the fields its
 * format writes. What those fields hold depends on the app (see `src/scan/access-logs.ts`).
 */
export function detectAccessLog(site: CallSite, ctx: FileContext): void {
  const spec = site.module ? MIDDLEWARE[site.module] : undefined;
  if (!spec || site.ref.root !== 'import') return;
  const called = site.ref.steps.map((s) => s.name).join('.');
  // `morgan.token('url', redactJwt)`: the app writes its own value for the token; `morgan.token('body', (req) => JSON.stringify(req.body))`, the request's body.
  if (spec.format === 'morgan' && called === 'token') {
    const name = ctx.scope.str(site.node.arguments[0]);
    if (name === null || site.node.arguments.length < 2) return;
    (ctx.facts.accessTokens ??= []).push(name);
    if (readsBody(ctx, site.node.arguments[1])) (ctx.facts.accessBodies ??= []).push(`morgan:${name}`);
    return;
  }
  // `expressWinston.requestWhitelist.push('body')`: the loggers made without a list of their own write the request's body.
  if (called === 'requestWhitelist.push') {
    if ((site.node.arguments as Node[]).some((a) => ctx.scope.str(a) === 'body')) (ctx.facts.accessBodies ??= []).push(`${site.module}:requestWhitelist`);
    return;
  }
  if (!spec.calls.includes(called)) return;
  const args = site.node.arguments as Node[];
  // A server that logs its requests once given a logger (`Fastify({ logger: true })`): the logger's options say what it writes.
  const given = spec.enabledBy ? loggerOf(ctx, spec.enabledBy, args[0]) : spec.optionsIn ? optionsIn(ctx, spec.optionsIn, args[0]) : args[0];
  if (given === null) return;
  // `pinoHttp({ autoLogging: false })`: no log of each request.
  if (spec.offBy?.some((k) => isLiteral(objectProperty(given ? ctx.scope.object(given) : null, k), false))) return;
  // What the app sets elsewhere may add to what it writes (a morgan token of its own, express-winston's global list): `pending`.
  const pending: string[] = [];
  // The body's fields it leaves out (`redact: ['req.body.sharedSecret']`, `obfuscate: ['body.password']`, `bodyBlacklist: ['password']`),
  // or the only ones it writes (`bodyWhitelist: ['clientKey']`).
  const without: string[] = [];
  const only: string[] = [];
  const fields = spec.format === 'morgan' ? morganFields(ctx, given, pending) : spec.format === 'express-bunyan-logger' ? bunyanLoggerFields(ctx, given, without) : otherFields(ctx, spec, given, pending, { without, only });
  ctx.facts.logs.push({
    logger: site.module!, level: 'access', carries: ['other'], side: ctx.facts.side, evidence: ctx.evidence(site.node),
    access: ORDER.filter((f) => fields.has(f)) as AccessLogField[],
    ...(pending.length > 0 ? { pending: pending.map((name) => `${spec.format ?? site.module}:${name}`) } : {}),
    ...(only.length > 0 ? { bodyOnly: only } : without.length > 0 && (fields.has('body') || pending.length > 0) ? { bodyWithout: without } : {}),
  });
}

/**
 * The logger a server is made with, when it logs requests: its options (`{ level: 'info' }`), or the call itself for
 * `logger: true`, a logger made elsewhere or one chosen at run time; null without one, with `logger: false`, or with
 * `disableRequestLogging: true`.
 */
function loggerOf(ctx: FileContext, keys: string[], given: Node | undefined): Node | undefined | null {
  const options = given ? ctx.scope.object(given) : null;
  const value = keys.map((k) => objectProperty(options, k)).find((v) => v !== null);
  if (!value || isLiteral(value, false) || isLiteral(objectProperty(options, 'disableRequestLogging'), true)) return null;
  return ctx.scope.object(value) ? value : undefined;
}

/**
 * The options a module is given under a key of its own (nestjs-pino's `pinoHttp`, also where `forRootAsync`'s `useFactory`
 * returns them; pino-http's `[options, stream]`): undefined, the middleware's defaults, when the key is not there or not known.
 */
function optionsIn(ctx: FileContext, key: string, given: Node | undefined): Node | undefined {
  let options = given ? ctx.scope.object(given) : null;
  const factory = objectProperty(options, 'useFactory');
  if (factory) options = isFunction(unwrap(factory)) ? returnedObject(ctx.scope, unwrap(factory)) : null;
  const value = objectProperty(options, key);
  const node = value ? unwrap(value) : null;
  return node?.type === 'ArrayExpression' ? node.elements[0] ?? undefined : node ?? undefined;
}

function isLiteral(node: Node | null, value: boolean): boolean {
  return node !== null && unwrap(node).type === 'Literal' && unwrap(node).value === value;
}

/**
 * A named format, a format string of tokens, or a function of the tokens; with no format, morgan's `default`. The tokens it
 * writes that are none of morgan's (`:body`) go to `own`: the app defines them, maybe in another module.
 */
function morganFields(ctx: FileContext, format: Node | undefined, own: string[]): Set<string> {
  if (!format) return new Set(FORMATS.default);
  const node = unwrap(format);
  // `(tokens, req, res) => [tokens.url(req, res), tokens['remote-addr'](req, res), tokens.req(req, res, 'authorization')]`
  if (isFunction(node)) return tokenFields(ctx.mod.text.slice(node.start, node.end), FUNCTION_TOKEN, MORGAN, new Set(), own);
  const out = new Set<string>();
  for (const value of strAlternatives(ctx.scope, node)) {
    // A format the app names (`morgan.format('app', ...)`) or builds: formats write the URL.
    const known = value === null ? null : FORMATS[value] ?? (value.includes(':') ? tokenFields(value, STRING_TOKEN, MORGAN, new Set(), own) : null);
    for (const f of known ?? ['url']) out.add(f);
  }
  return out;
}

/** A logger's tokens: the one that writes the request header it names (`:req[authorization]`), what each other writes, and its built-in names. */
interface Tokens { header: string; writes: Record<string, string | string[]>; builtIn: ReadonlySet<string> }
const MORGAN: Tokens = { header: 'req', writes: TOKENS, builtIn: MORGAN_TOKENS };
const BUNYAN: Tokens = { header: 'req-headers', writes: BUNYAN_RECORD, builtIn: new Set(Object.keys(BUNYAN_RECORD)) };

/** The fields the tokens of a format write, added to `out`; tokens that are none of the logger's (`:body`) go to `own`, when given. */
function tokenFields(text: string, pattern: RegExp, tokens: Tokens, out = new Set<string>(), own?: string[]): Set<string> {
  for (const match of text.matchAll(pattern)) {
    const [token, arg] = match.length > 3 ? [match[1] ?? match[2], match[3]] : [match[1], match[2]];
    const [table, key]: [Record<string, string | string[]>, string] = token === tokens.header && arg ? [HEADERS, arg.toLowerCase()] : [tokens.writes, token!];
    const writes = Object.hasOwn(table, key) ? table[key] : undefined;
    if (typeof writes === 'string') out.add(writes);
    else if (writes) for (const f of writes) out.add(f);
    else if (own && !arg && !tokens.builtIn.has(token!) && !own.includes(token!)) own.push(token!);
  }
  return out;
}

/** A function that reads the request's body (`(req) => JSON.stringify(req.body)`), inline or named. */
function readsBody(ctx: FileContext, arg: Node | undefined): boolean {
  const node = arg ? unwrap(arg) : null;
  const fn = node?.type === 'Identifier' ? ctx.scope.lookup(node.name)?.init ?? null : node;
  return fn !== null && isFunction(unwrap(fn)) && BODY.test(ctx.mod.text.slice(fn.start, fn.end));
}

/**
 * express-winston without `meta` writes its message only; otherwise the middleware's default fields, but for the
 * request serializer the app writes itself (pino-http's `serializers: { req }`: the fields its code reads) and
 * the `Authorization` header when it is left out (pino-http's `redact`, express-winston's `headerBlacklist`, bunyan-middleware's `obscureHeaders`).
 */
function otherFields(ctx: FileContext, spec: Middleware, given: Node | undefined, pending: string[], body: { without: string[]; only: string[] }): Set<string> {
  const { without } = body;
  const options = given ? ctx.scope.object(given) : null;
  const meta = objectProperty(options, 'meta');
  if (meta && unwrap(meta).type === 'Literal' && unwrap(meta).value === false && spec.withoutMeta) return new Set(spec.withoutMeta);
  const serializer = objectProperty(ctx.scope.object(objectProperty(options, 'serializers')), 'req');
  const own = serializer && isFunction(unwrap(serializer)) ? unwrap(serializer) : null;
  const out = own ? serializedFields(ctx, own, spec) : new Set(spec.fields ?? []);
  if (spec.bodyBy) bodyOptions(ctx, options, spec.bodyBy, out, pending, body);
  // pino-http's own `redact`, or that of the pino logger it is given (`pinoHttp({ logger: pino({ redact }) })`).
  const logger = objectProperty(options, 'logger');
  const made = logger ? unwrap(logger) : null;
  const init = made?.type === 'Identifier' ? ctx.scope.lookup(made.name)?.init ?? null : made;
  const loggerOptions = init && unwrap(init).type === 'CallExpression' ? ctx.scope.object(unwrap(init).arguments[0]) : null;
  const left = (spec.redactedBy ?? []).flatMap((name) => [objectProperty(options, name), objectProperty(loggerOptions, name)]).filter((n): n is Node => n !== null);
  if (left.some((n) => /authorization/i.test(ctx.mod.text.slice(n.start, n.end)))) out.delete('headers');
  for (const n of left) bodyKeys(ctx.mod.text.slice(n.start, n.end), without);
  return out;
}

/**
 * express-bunyan-logger: the fields of its record that `excludes` leaves (`'*'` none), and the tokens of its message's `format`
 * (`:remote-address`, `:req-headers[authorization]`), its default format when none is given; a format function writes the URL.
 */
function bunyanLoggerFields(ctx: FileContext, given: Node | undefined, without: string[]): Set<string> {
  const options = given ? ctx.scope.object(given) : null;
  const obfuscate = objectProperty(options, 'obfuscate');
  if (obfuscate) bodyKeys(ctx.mod.text.slice(obfuscate.start, obfuscate.end), without);
  // Fields `obfuscate` hides whole (`['body']`) are as good as left out.
  const excluded = new Set(['excludes', 'obfuscate'].flatMap((name) => {
    const list = objectProperty(options, name);
    return list && unwrap(list).type === 'ArrayExpression' ? (unwrap(list).elements as Array<Node | null>).map((e) => ctx.scope.str(e)) : [];
  }));
  const out = new Set<string>();
  if (!excluded.has('*')) for (const [field, writes] of Object.entries(BUNYAN_RECORD)) if (!excluded.has(field)) for (const f of writes) out.add(f);
  const format = objectProperty(options, 'format');
  if (format && isFunction(unwrap(format))) out.add('url');
  const texts = format ? strAlternatives(ctx.scope, unwrap(format)) : [data.expressBunyanLogger.format];
  for (const text of texts) {
    if (text === null) out.add('url');
    else tokenFields(text, STRING_TOKEN, BUNYAN, out);
  }
  return out;
}

/**
 * What a request serializer of the app writes: what it reads, and what it is given (pino's own serialization of the request)
 * when it hands that back (`req(req) { req.body = req.raw.body; return req; }`).
 */
function serializedFields(ctx: FileContext, fn: Node, spec: Middleware): Set<string> {
  const text = ctx.mod.text.slice(fn.start, fn.end);
  const out = readFields(text);
  const param = (fn.params as Node[])[0];
  if (param?.type === 'Identifier' && new RegExp(`(?:return\\s+|=>\\s*|\\.\\.\\.)${param.name.replaceAll('$', '\\$')}\\s*(?:[;,})]|$)`, 'm').test(text)) for (const f of spec.fields ?? []) out.add(f);
  if (BODY.test(text)) out.add('body');
  return out;
}

/**
 * express-winston writes the request's properties its `requestWhitelist` names, in place of the module's (the module's own
 * list when the logger is given none: `pending`, for the app may add `body` to it elsewhere); the request's body when that
 * list names `body` or its `bodyBlacklist` leaves some of it out, or the body's fields its `bodyWhitelist` names, no others.
 */
function bodyOptions(ctx: FileContext, options: Node | null, by: BodyOptions, out: Set<string>, pending: string[], body: { without: string[]; only: string[] }): void {
  const list = objectProperty(options, by.list);
  const names = stringList(ctx, list);
  if (!list) pending.push(by.list);
  else if (names?.every((n) => n !== null)) {
    out.clear();
    for (const name of names) for (const f of WINSTON_REQUEST[name!] ?? []) out.add(f);
  }
  else if (/['"`]body['"`]/.test(ctx.mod.text.slice(list.start, list.end))) out.add('body');
  const only = stringList(ctx, objectProperty(options, by.only));
  const left = only && only.length > 0 ? null : stringList(ctx, objectProperty(options, by.without));
  if (only && only.length > 0) {
    out.add('body');
    // A field it cannot tell may be any of them.
    if (only.every((n) => n !== null)) body.only.push(...only as string[]);
  }
  else if (left && left.length > 0) {
    out.add('body');
    for (const key of left) if (key !== null) body.without.push(key);
  }
}

/** The strings of an array literal (`['url', 'body']`), null for one not known; null for anything else. */
function stringList(ctx: FileContext, list: Node | null): Array<string | null> | null {
  const node = list ? unwrap(list) : null;
  if (node?.type !== 'ArrayExpression') return null;
  return (node.elements as Array<Node | null>).map((e) => {
    const value = e && e.type !== 'SpreadElement' ? ctx.scope.str(e) : null;
    return value === null || hasMarks(value) ? null : value;
  });
}

/** The body's fields a redaction's paths name (`req.body.sharedSecret`, `body.password`). */
function bodyKeys(text: string, out: string[]): void {
  for (const [, key] of text.matchAll(/\bbody\.([\w$]+)/g)) if (!out.includes(key!)) out.push(key!);
}

/** What a request serializer of the app reads: `req.url`, `req.headers` (or one of them: `req.headers['user-agent']`), `req.remoteAddress`... */
function readFields(text: string): Set<string> {
  const out = new Set<string>();
  for (const [, name, quoted, dotted] of text.matchAll(/\.\s*(url|originalUrl|remoteAddress|ip|ips|headers)\b(?:\s*\[\s*['"]([\w-]+)['"]\s*\]|\s*\??\.\s*([\w$]+))?/g)) {
    const header = quoted ?? dotted;
    // `req.url?.split('?')[0]`: the path without its query.
    if ((name === 'url' || name === 'originalUrl') && dotted === 'split') continue;
    if (name !== 'headers') out.add(name === 'url' || name === 'originalUrl' ? 'url' : 'client-ip');
    else if (!header) out.add('headers');
    else if (HEADERS[header.toLowerCase()]) out.add(HEADERS[header.toLowerCase()]!);
  }
  return out;
}
