import type { CallSite, FileContext } from '../context.ts';

const CONSOLE_METHODS = new Set(['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table']);
const LEVELS = new Set(['log', 'info', 'warn', 'warning', 'error', 'debug', 'trace', 'fatal', 'verbose', 'silly', 'http', 'notice', 'critical']);
const LOGGER_MODULES = new Set(['pino', 'winston', 'bunyan', 'loglevel', 'consola', 'signale', 'log4js', 'roarr', 'tslog', '@forge/util']);
const LOGGER_NAMES = /^(logger|log|LOGGER|LOG|_logger|appLogger)$/;

/** `console.*` and the common loggers (pino, winston, bunyan, …, or named so: `logger.info`, `addon.logger.warn`), with what flows into each call. */
export function detectLog(site: CallSite, ctx: FileContext): void {
  const { ref, node } = site;
  const steps = ref.steps;
  const last = steps[steps.length - 1]?.name ?? '';
  let logger: string | null = null;
  if (ref.root === 'global' && ref.name === 'console' && steps.length === 1 && CONSOLE_METHODS.has(last)) logger = 'console';
  else if (site.module && LOGGER_MODULES.has(site.module) && LEVELS.has(last) && steps.length >= 2) logger = site.module;
  else if (LEVELS.has(last) && isLoggerName(site, ctx)) logger = 'logger';
  if (!logger) return;
  const carries = ctx.kindsOf(node.arguments);
  ctx.facts.logs.push({ logger, level: last, carries, side: ctx.facts.side, evidence: ctx.evidence(node) });
}

function isLoggerName(site: CallSite, ctx: FileContext): boolean {
  const callee = site.node.callee;
  if (callee.type !== 'MemberExpression') return false;
  const object = callee.object;
  if (object.type === 'Identifier') return LOGGER_NAMES.test(object.name) && !ctx.scope.lookup(object.name)?.init?.type?.startsWith('Object');
  // `this.logger.info(…)`, and a logger kept on another object: `addon.logger.warn(…)` (atlassian-connect-express), `req.log.info(…)`.
  if (object.type === 'MemberExpression' && !object.computed && object.property.type === 'Identifier') return LOGGER_NAMES.test(object.property.name);
  return false;
}
