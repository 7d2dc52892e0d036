import { isFunction, propertyName, unwrap, type Node } from '../ast.ts';
import { stringified } from '../body-fields.ts';
import { printsSecretPayload } from '../secret-payloads.ts';
import type { LogCall } from '../../facts.ts';
import type { CallSite, FileContext } from '../context.ts';
import type { FunctionInfo } from '../file-facts.ts';
import { LOCAL, normaliseKinds, type Flow } from '../flow.ts';
import { answersWithResponse } from '../http-clients.ts';
import { followRef } from '../ref.ts';
import { chainSecret, printsSentSecret, printsThrownBy } from '../request-errors.ts';
import type { Scope } from '../scope.ts';
import { FIELD } from '../string-marks.ts';

const CONSOLE_METHODS = new Set(['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table']);
/** The process's streams the console writes to, and the console's level for each. */
const STREAMS = new Map([['stdout', 'log'], ['stderr', 'error']]);
const LEVELS = new Set(['log', 'info', 'warn', 'warning', 'error', 'debug', 'trace', 'fatal', 'verbose', 'silly', 'http', 'notice', 'critical']);
const LOGGER_MODULES = new Set(['pino', 'winston', 'bunyan', 'loglevel', 'consola', 'signale', 'log4js', 'roarr', 'tslog', '@forge/util']);
/** Packages whose export makes a function that prints what it is called with: `debug` (`require('debug')('app')`), node-icecream (`const ic = ice(); ic(value)`). */
const FACTORY_LOGGERS = new Set(['debug', 'node-icecream']);
/** A package read as a logger (pino, loglevel, `debug`...): what it is handed is printed, never sent as a request. */
export function isLoggerModule(module: string): boolean {
  return LOGGER_MODULES.has(module) || FACTORY_LOGGERS.has(module);
}

const LOGGER_NAMES = /^(logger|log|LOGGER|LOG|_logger|appLogger)$/;

/** `console.*` and the common loggers (pino, winston, bunyan, ..., or named so: `logger.info`, `addon.logger.warn`), with what flows into each call. */
export function detectLog(site: CallSite, ctx: FileContext): void {
  const { ref, node } = site;
  const steps = ref.steps;
  const last = steps[steps.length - 1]?.name ?? '';
  let logger: string | null = null;
  let level = last;
  let args = node.arguments as Node[];
  let method: string | null = null;
  if (ref.root === 'global' && ref.name === 'console' && steps.length === 1 && CONSOLE_METHODS.has(last)) {
    // `globalThis.console = pino()`, `console.log = () => {}` at the top of the module: its calls are that logger's; a no-op prints nothing.
    const replaced = consoleSetting(ctx, last);
    if (replaced === null) return;
    logger = replaced ?? 'console';
    method = last;
  }
  // `process.stdout.write(JSON.stringify(entry) + '\n')`: a JSON logger of the app's own writes its lines where the console does.
  else if (ref.root === 'global' && ref.name === 'process' && steps.length === 2 && last === 'write' && STREAMS.has(steps[0]!.name)) [logger, level] = ['console', STREAMS.get(steps[0]!.name)!];
  else if (site.module && LOGGER_MODULES.has(site.module) && LEVELS.has(last) && steps.length >= 2) logger = site.module;
  else if (LEVELS.has(last) && isLoggerName(site, ctx)) logger = 'logger';
  else if (site.module && FACTORY_LOGGERS.has(site.module) && isDebugLog(site)) logger = site.module;
  else {
    const indirect = consoleCall(site, ctx);
    if (!indirect) return;
    [logger, level, args, method] = ['console', indirect.level, indirect.args, indirect.level];
  }
  let carries = printedKinds(ctx, args);
  // `console.log(process.env)`: every environment variable, the app's keys and tokens among them.
  // `console.error(e)` of an axios error whose request sent a secret: the error holds the request's config.
  // `console.log('request', req)` of a resolver function that reads `req.payload.apiToken`: the request holds the token.
  if (args.some((arg) => printsEnvironment(ctx.scope, arg) || printsSentSecret(ctx, arg) || printsSecretPayload(ctx.scope, arg))) carries = normaliseKinds(new Set([...carries, 'secret' as const]));
  const log: LogCall = { logger, level: FACTORY_LOGGERS.has(logger) ? 'debug' : level, carries, side: ctx.facts.side, evidence: ctx.evidence(node) };
  // A method of the global console, which a module the app loads first may set for every module (see `console-settings.ts`).
  if (logger === 'console' && method !== null) log.consoleMethod = method;
  // `catch (e) { console.error(e) }` around `await fetchItems()`: the secret that function's error keeps, once the files are linked.
  const thrownBy = carries.includes('secret') ? null : args.map((arg) => printsThrownBy(ctx, arg)).find((t) => t !== null);
  if (thrownBy) log.errorOf = thrownBy;
  // `console.log(message, data)` in `log(message, data)`: what it prints first is a parameter, whole (not `event.issue`).
  const first = ctx.fn && args[0] && carries.some(isParam) ? [...ctx.scope.kinds(args[0])].find((f) => isParam(f) && !f.includes(FIELD) && heldHere(ctx, f)) : undefined;
  if (first) log.byCaller = first;
  // `logJson(res, 'status')` of `logJson(label, value)`: a wrapper reading no body prints a response it is handed as one.
  if (first && !BODY_READ.test(functionText(ctx))) log.printsResponses = true;
  ctx.facts.logs.push(log);
}

/**
 * `request.catch(handler)`: the chain's requests are handled there, not by the function's callers. `request.catch(console.error)`:
 * the console method is handed the error, which it prints whole; a secret the chain's request sent when its client's error keeps
 * it (see `request-errors.ts`).
 */
export function catchLogged(ctx: FileContext, call: Node): void {
  const arg = unwrap(call.arguments[0]);
  const level = consoleMethod(ctx, arg);
  // `.catch(() => [])`, `.catch(onError)` handle the chain's requests too; `.catch((e) => ...)` had them handled where `e` was bound.
  if (!level) {
    if (ctx.facts.egress.length > 0 && !(isFunction(arg) && arg.params[0]?.type === 'Identifier')) chainSecret(ctx, call, arg);
    return;
  }
  const sent = chainSecret(ctx, call);
  ctx.facts.logs.push({ logger: 'console', level, carries: sent?.whole ? ['secret'] : ['other'], side: ctx.facts.side, evidence: ctx.evidence(arg) });
}

/**
 * `request.then(console.log)`: the console method is handed what the chain resolves with, and prints it whole, as `console.log(await request)`:
 * a fetch `Response` as its status, headers and URL, `fetch(url).then((r) => r.json())` as the body.
 */
export function thenLogged(ctx: FileContext, call: Node): void {
  const level = consoleMethod(ctx, unwrap(call.arguments[0]));
  if (level) ctx.facts.logs.push({ logger: 'console', level, carries: printedKinds(ctx, [unwrap(call.callee).object]), side: ctx.facts.side, evidence: ctx.evidence(call.arguments[0]) });
}

/** What printing these values shows: a fetch response as its status, headers and URL, what the request's URL holds, not its body. */
function printedKinds(ctx: FileContext, args: Node[]): ReturnType<FileContext['kindsOf']> {
  const printed = args.map((arg): Node | null => {
    if (isResponseParam(ctx, arg)) return null;
    const url = printedUrl(ctx.scope, arg);
    return url === undefined ? arg : url;
  });
  return printed.some((arg, at) => arg !== args[at]) ? withStatus(ctx.kindsOf(printed)) : ctx.kindsOf(args);
}

/** `console.error` handed as a function: its level, '' for anything else. */
function consoleMethod(ctx: FileContext, arg: Node): string {
  if (arg.type !== 'MemberExpression') return '';
  const ref = followRef(ctx.scope, arg);
  const level = ref.root === 'global' && ref.name === 'console' && ref.steps.length === 1 ? ref.steps[0]!.name : '';
  return CONSOLE_METHODS.has(level) ? level : '';
}

const BODY_READ = /\.\s*(?:json|text|arrayBuffer|blob)\s*\(/;

/**
 * Whether a parameter's mark is of the function the log call is in: one of a function its function declares
 * (`param:run>fail:0`) only in that function's body, not where a value it was pushed into is printed (`steps` of `fail(step)`).
 */
function heldHere(ctx: FileContext, mark: string): boolean {
  return !mark.includes(LOCAL) || mark.slice(mark.indexOf(':') + 1, mark.lastIndexOf(':')) === ctx.local;
}

/**
 * What printing an argument shows when it is a fetch `Response` whose body is not read (`const res = await fetch(url); log(res)`):
 * the URL its request was given (`route\`/rest/api/3/user?accountId=${id}\``: the parts of the path), null when none; undefined for anything else.
 */
export function printedUrl(scope: Scope, arg: Node): Node | null | undefined {
  const request = unreadResponse(scope, arg);
  if (!request) return undefined;
  const url = request.arguments[0] ? unwrap(request.arguments[0]) : null;
  return url?.type === 'TaggedTemplateExpression' ? url.quasi as Node : url;
}

function functionText(ctx: FileContext): string {
  const { lines, text } = ctx.mod;
  return text.slice(lines.starts[ctx.fn!.evidence.line - 1] ?? 0, lines.starts[ctx.fn!.endLine] ?? text.length);
}

const isParam = (flow: string): boolean => flow.startsWith('param:');

/**
 * A console method called another way, with what it prints: `console.log.apply(console, args)`, `console.log.call(console, a)`,
 * one bound to a name (`const out = console.log.bind(console, '[app]'); out(a)`), or chosen at run time (`console[level](a)`).
 */
function consoleCall(site: CallSite, ctx: FileContext): { level: string; args: Node[] } | null {
  const { ref, node } = site;
  const steps = ref.steps;
  if (ref.root === 'global' && ref.name === 'console' && CONSOLE_METHODS.has(steps[0]?.name ?? '')) {
    const how = steps[1]?.name;
    const args = node.arguments as Node[];
    if (steps.length === 2 && how === 'call') return { level: steps[0]!.name, args: args.slice(1) };
    if (steps.length === 2 && how === 'apply') return { level: steps[0]!.name, args: args.slice(1, 2) };
    if (steps.length === 3 && how === 'bind' && steps[1]!.call && steps[2]!.name === '') return { level: steps[0]!.name, args: [...(steps[1]!.call.arguments as Node[]).slice(1), ...args] };
    return null;
  }
  const callee = node.callee;
  if (ref.root !== 'unknown' || callee.type !== 'MemberExpression') return null;
  // `(failed ? process.stderr : process.stdout).write(line)`
  const object = unwrap(callee.object);
  if (!callee.computed && object.type === 'ConditionalExpression' && propertyName(callee.property) === 'write') {
    return isStream(ctx, object.consequent) && isStream(ctx, object.alternate) ? { level: 'log', args: node.arguments as Node[] } : null;
  }
  if (!callee.computed || object.type !== 'Identifier' || object.name !== 'console' || ctx.scope.lookup('console')) return null;
  const named = ctx.scope.str(callee.property);
  return { level: named !== null && CONSOLE_METHODS.has(named) ? named : 'log', args: node.arguments as Node[] };
}

/** `process.stdout`, `process.stderr`. */
function isStream(ctx: FileContext, node: Node): boolean {
  const ref = followRef(ctx.scope, node);
  return ref.root === 'global' && ref.name === 'process' && ref.steps.length === 1 && STREAMS.has(ref.steps[0]!.name);
}

/**
 * A logger of the `debug` package, which writes to stderr for the namespaces `DEBUG` names:
 * `const debug = require('debug')('app:routes'); debug('saved %o', settings)`, and its children, `debug.extend('db')`.
 * https://github.com/debug-js/debug#readme - node-icecream's `ic` is made the same way and prints to the console
 * (https://www.npmjs.com/package/node-icecream).
 */
function isDebugLog(site: CallSite): boolean {
  const { steps } = site.ref;
  if (steps.length < 2 || steps.some((s) => !s.call)) return false;
  const inner = site.ref.imported === 'default' ? steps.slice(1, -1) : steps.slice(0, -1);
  return (site.ref.imported === 'default' ? steps[0]!.name === '' : steps[0]!.name === 'debug')
    && steps[steps.length - 1]!.name === '' && inner.every((s) => s.name === 'extend');
}

function isLoggerName(site: CallSite, ctx: FileContext): boolean {
  const callee = site.node.callee;
  if (callee.type !== 'MemberExpression') return false;
  const object = callee.object;
  // `console` bound by the app (a parameter, `import { logger as console } from './log'`, `const console = makeLogger()`): the
  // logger it is given, not the global console; an object of its own methods (`const console = { log() {} }`) is none.
  if (object.type === 'Identifier') return (LOGGER_NAMES.test(object.name) || boundConsole(ctx, object.name)) && !ctx.scope.lookup(object.name)?.init?.type?.startsWith('Object');
  // `this.logger.info(...)`, and a logger kept on another object: `addon.logger.warn(...)` (atlassian-connect-express), `req.log.info(...)`.
  if (object.type === 'MemberExpression' && !object.computed && object.property.type === 'Identifier') return LOGGER_NAMES.test(object.property.name);
  return false;
}

function boundConsole(ctx: FileContext, name: string): boolean {
  return name === 'console' && (ctx.scope.lookup(name) !== undefined || ctx.mod.imports.has(name));
}

const GLOBAL_OBJECTS = new Set(['globalThis', 'global', 'window', 'self']);
const settings = new WeakMap<object, ConsoleSettings>();

/** What a module sets in place of the global console or its methods, by method (`*` for the whole console): see `consoleSettings`. */
export type ConsoleSettings = Record<string, string | null>;

/** What a call of a console method prints through, once the module has set it: a logger, null for nothing; undefined for the console. */
function consoleSetting(ctx: FileContext, method: string): string | null | undefined {
  const set = consoleSettings(ctx);
  return Object.hasOwn(set, method) ? set[method] : Object.hasOwn(set, '*') ? set['*'] : undefined;
}

/**
 * What the module puts in place of the global console at its top level, run as it loads (not in a branch or a function):
 * the whole console (`globalThis.console = pino()`, `global.console = logger`) under `*`, a method (`console.log = () => {}`,
 * `console.info = (...args) => logger.info(...args)`) under its name. Each is the logger package it makes, `logger` for another
 * value, null for what prints nothing (an object of methods that do nothing, `{ log() {}, error: () => {} }`, or such a function);
 * a method set to another of the console's (`console.debug = console.log`) is left as it is.
 */
export function consoleSettings(ctx: FileContext): ConsoleSettings {
  const program = ctx.mod.program;
  const known = settings.get(program);
  if (known) return known;
  const out: ConsoleSettings = {};
  const own = ctx.mod.imports.has('console') || declaresConsole(program);
  for (const stmt of program.body as Node[]) {
    const expr = stmt.type === 'ExpressionStatement' ? unwrap(stmt.expression) : null;
    if (expr?.type !== 'AssignmentExpression' || expr.operator !== '=') continue;
    const left = unwrap(expr.left);
    const owner = left.type === 'MemberExpression' ? unwrap(left.object) : null;
    if (owner?.type !== 'Identifier') continue;
    const property = propertyName(left.property, left.computed) ?? (left.computed && unwrap(left.property).type === 'Literal' ? String(unwrap(left.property).value) : null);
    const value = unwrap(expr.right);
    if (GLOBAL_OBJECTS.has(owner.name) && property === 'console') {
      const ref = followRef(ctx.scope, value.type === 'CallExpression' || value.type === 'NewExpression' ? value.callee : value);
      out['*'] = value.type === 'ObjectExpression' ? (doesNothing(value) ? null : 'logger') : ref.root === 'import' && ref.module !== null && LOGGER_MODULES.has(ref.module) ? ref.module : 'logger';
    } else if (owner.name === 'console' && !own && property !== null && CONSOLE_METHODS.has(property)) {
      if (value.type === 'MemberExpression' && unwrap(value.object).type === 'Identifier' && unwrap(value.object).name === 'console') continue;
      out[property] = isFunction(value) && emptyFunction(value) ? null : 'logger';
    }
  }
  settings.set(program, out);
  return out;
}

/** A module that binds `console` itself at its top level (`const console = makeLogger()`): its `console.log = ...` is its own object's. */
function declaresConsole(program: Node): boolean {
  return (program.body as Node[]).some((stmt) => {
    const decl = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
    if (decl?.type === 'FunctionDeclaration' || decl?.type === 'ClassDeclaration') return decl.id?.name === 'console';
    return decl?.type === 'VariableDeclaration' && (decl.declarations as Node[]).some((d) => d.id.type === 'Identifier' && d.id.name === 'console');
  });
}

/** An object whose every property is a function with nothing in its body (`{ log() {}, warn: () => undefined }`). */
function doesNothing(object: Node): boolean {
  return (object.properties as Node[]).every((p) => {
    const fn = p.type === 'Property' ? unwrap(p.value) : null;
    return fn !== null && isFunction(fn) && emptyFunction(fn);
  });
}

function emptyFunction(fn: Node): boolean {
  const body = fn.body as Node;
  return body.type === 'BlockStatement' ? body.body.length === 0 : (body.type === 'Identifier' && body.name === 'undefined') || (body.type === 'UnaryExpression' && body.operator === 'void');
}

/** The request whose fetch `Response` an argument is, before its body is read: `const res = await fetch(url); log(res)`. */
function unreadResponse(scope: Scope, arg: Node): Node | null {
  let node = unwrap(arg);
  if (node.type === 'Identifier') {
    const b = scope.lookup(node.name);
    if (!b?.init || b.grown) return null;
    node = unwrap(b.init);
  }
  return node.type === 'CallExpression' && answersWithResponse(followRef(scope, node.callee)) ? node : null;
}

/**
 * A parameter the function reads as a fetch `Response` (`async function parse(response) { const text = await response.text(); ... }`):
 * logged, it prints as one, whatever the callers' requests were.
 */
function isResponseParam(ctx: FileContext, arg: Node): boolean {
  const node = unwrap(arg);
  if (node.type !== 'Identifier' || !ctx.fn || !ctx.scope.lookup(node.name)?.param) return false;
  const body = functionText(ctx);
  return new RegExp(`(?<![\\w$.])${node.name.replace(/\$/g, '\\$')}\\s*\\.\\s*(?:json|text|arrayBuffer|blob)\\s*\\(`).test(body);
}

/**
 * Whether an argument prints the whole environment: `process.env`, a name given it, either as JSON
 * (`JSON.stringify(process.env)`), or in a template (`\`env: ${JSON.stringify(env)}\``); its values
 * (`Object.entries(process.env)`, `Object.values(...)`) or a copy (`{ ...process.env }`). Its names alone
 * (`Object.keys(process.env)`) are no secret.
 */
function printsEnvironment(scope: Scope, arg: Node): boolean {
  const whole = unwrap(arg);
  if (whole.type === 'TemplateLiteral') return (whole.expressions as Node[]).some((e) => e.type !== 'TemplateLiteral' && printsEnvironment(scope, e));
  const node = stringified(scope, whole);
  if (node.type === 'ObjectExpression') return (node.properties as Node[]).some((p) => p.type === 'SpreadElement' && printsEnvironment(scope, p.argument));
  if (node.type === 'CallExpression' && ENV_VALUES.has(staticCall(node.callee))) return (node.arguments as Node[]).some((a) => printsEnvironment(scope, a));
  if (node.type !== 'Identifier' && node.type !== 'MemberExpression') return false;
  const ref = followRef(scope, node);
  return ref.root === 'global' && ref.name === 'process' && ref.steps.length === 1 && ref.steps[0]!.name === 'env' && ref.steps[0]!.call === null;
}

/** What of an object these hand back with its values: `Object.entries(env)`, `Object.values(env)`, `Object.assign({}, env)`. */
const ENV_VALUES = new Set(['Object.entries', 'Object.values', 'Object.assign']);

/** `Object.entries` for a call of a static helper of the language's `Object`, or ''. */
function staticCall(callee: Node): string {
  const node = unwrap(callee);
  if (node.type !== 'MemberExpression' || node.computed) return '';
  const object = unwrap(node.object);
  return object.type === 'Identifier' && object.name === 'Object' && node.property.type === 'Identifier' ? `Object.${node.property.name}` : '';
}

/** The status and headers printed with a response are data of no particular kind. */
function withStatus(kinds: string[]): ReturnType<FileContext['kindsOf']> {
  const known = kinds.filter((k) => k !== 'literal' && k !== 'other');
  return (known.length > 0 ? known : ['other']) as ReturnType<FileContext['kindsOf']>;
}


/**
 * A console method a module exports under a name of its own (`export const warn = console.warn`,
 * `export const log = console.log.bind(console, '[app]')`): a function of the module that logs what its callers in
 * other modules pass, as a wrapper does (`param:warn:0`, every argument from the first on).
 */
export function exportedConsole(ctx: FileContext, id: Node, init: Node, exports: readonly string[]): void {
  const alias = consoleAlias(init);
  if (!alias || ctx.scope.lookup('console')) return;
  const name = id.name as string;
  const evidence = ctx.evidence(id);
  const info: FunctionInfo = { name, exports: [...exports], calls: [], reports: false, returns: [], rest: 0, evidence, endLine: evidence.line };
  ctx.facts.functions.push(info);
  const carries = new Set<Flow>([`param:${name}:0`]);
  for (const k of alias.bound ? ctx.kindsOf(alias.bound) : []) carries.add(k);
  ctx.facts.logs.push({ logger: 'console', level: alias.level, carries: [...carries] as ReturnType<FileContext['kindsOf']>, side: ctx.facts.side, evidence, byCaller: `param:${name}:0` });
}

/** `console.warn`, `console.log.bind(console, '[app]')`: the console method, and what a bound one prints first. */
export function consoleAlias(init: Node): { level: string; bound: Node[] | null } | null {
  const value = unwrap(init);
  const bound = value.type === 'CallExpression' && value.callee.type === 'MemberExpression' && propertyName(value.callee.property) === 'bind' ? value : null;
  const method = bound ? unwrap(bound.callee.object) : value;
  if (method.type !== 'MemberExpression' || method.computed || unwrap(method.object).type !== 'Identifier' || unwrap(method.object).name !== 'console') return null;
  const level = propertyName(method.property);
  return level !== null && CONSOLE_METHODS.has(level) ? { level, bound: bound ? (bound.arguments as Node[]).slice(1) : null } : null;
}
