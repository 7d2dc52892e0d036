import data from '../../../data/log-transports.json' with { type: 'json' };
import { objectProperty, unwrap, type Node } from '../ast.ts';
import type { CallSite, FileContext } from '../context.ts';
import { hasMarks } from '../string-marks.ts';
import { vendorForHost } from '../../vendors.ts';
import { hostOf } from './egress.ts';

interface Transport {
  package: string;
  make?: string[];
  winston?: string[];
  pino?: boolean;
  vendor: string | null;
  host: string | null;
  hostOption?: string;
  sitePrefix?: string;
  regionOption?: string;
  regionHosts?: Record<string, string>;
}

const TRANSPORTS = data.transports as Transport[];
const BY_PACKAGE = new Map(TRANSPORTS.map((t) => [t.package, t]));
/** Winston's transports by their name under `winston.transports` (`Http`, `Papertrail` once winston-papertrail is loaded). */
const WINSTON = new Map(TRANSPORTS.flatMap((t) => (t.winston ?? []).map((name) => [name, t] as const)));
const PINO = new Set(['pino', 'pino-pretty']);

/**
 * A logger's transport that ships the app's log lines to a vendor (`src/data/log-transports.json`): winston's `new DatadogWinston(options)`,
 * `new winston.transports.Http({ host })`, pino's `pino.transport({ target: 'pino-datadog-transport' })`. Recorded with where it
 * sends (its host, from the options or the transport's default) as a call of the vendor's SDK, or a request to the host when only
 * the host is known; what it carries is what the app's logger calls carry, filled in once the files are linked (see `shipLogs`).
 */
export function detectLogTransport(site: CallSite, ctx: FileContext): void {
  const { module, node, ref } = site;
  if (module === null) return;
  if (node.type === 'NewExpression') {
    // `new DatadogWinston()` of the default export; `new Papertrail()` of a named one (its name the first step), `new winston.transports.Http()`.
    const path = ref.steps.map((s) => s.name);
    const own = BY_PACKAGE.get(module);
    const made = own?.make?.includes(path.length === 0 ? 'default' : path.length === 1 ? path[0]! : '') ? own : undefined;
    const under = module === 'winston' && path.length >= 2 && path[path.length - 2] === 'transports' ? WINSTON.get(path[path.length - 1]!) : undefined;
    const transport = made ?? under;
    if (transport) record(ctx, transport, ctx.scope.object(node.arguments[0]), node);
    return;
  }
  // `pino({ transport: { target } })`, `pino.transport({ targets: [...] })`.
  if (!PINO.has(module) || node.type !== 'CallExpression') return;
  const options = ctx.scope.object(node.arguments[0]);
  const last = ref.steps[ref.steps.length - 1]?.name;
  const transport = last === 'transport' ? options : ref.steps.length === 0 ? ctx.scope.object(objectProperty(options, 'transport')) : null;
  if (!transport) return;
  const listed = objectProperty(transport, 'targets');
  const items = listed && unwrap(listed).type === 'ArrayExpression' ? (unwrap(listed).elements as Array<Node | null>) : [transport];
  for (const item of items) {
    const target = ctx.scope.object(item);
    const name = ctx.scope.str(objectProperty(target, 'target'));
    const found = name ? BY_PACKAGE.get(name) : undefined;
    if (found?.pino) record(ctx, found, ctx.scope.object(objectProperty(target, 'options')), item!);
  }
}

function record(ctx: FileContext, transport: Transport, options: Node | null, at: Node): void {
  const named = namedHost(ctx, transport, options);
  const host = named === undefined ? transport.host : named?.host ?? null;
  const vendor = transport.vendor ?? (host ? vendorForHost(host)?.id ?? null : null);
  const evidence = ctx.evidence(at);
  const shipsLogs = transport.pino ? 'pino' as const : 'winston' as const;
  if (vendor !== null) {
    const region = host ? { region: { name: host, evidence: named ? ctx.evidence(named.at) : evidence } } : {};
    ctx.facts.sdkCalls.push({ vendor, package: transport.package, api: 'transport', side: ctx.facts.side, carries: [], evidence, shipsLogs, ...region });
  } else if (host !== null) {
    ctx.facts.egress.push({ client: `${transport.package} transport`, method: transport.package === 'winston-syslog' ? null : 'POST', url: null, host, side: ctx.facts.side, carries: [], evidence, shipsLogs });
  }
}

/**
 * The host a transport's options name, with the option: its region (`intakeRegion: 'eu'`), its host or URL; null when the option
 * is set at run time (`process.env.DD_SITE`); undefined when the options name none (the transport's default host).
 */
function namedHost(ctx: FileContext, transport: Transport, options: Node | null): { host: string; at: Node } | null | undefined {
  const region = transport.regionOption ? objectProperty(options, transport.regionOption) : null;
  const code = region ? ctx.scope.str(region)?.toLowerCase() : null;
  if (region && code && Object.hasOwn(transport.regionHosts ?? {}, code)) return { host: transport.regionHosts![code]!, at: region };
  let node: Node | null = options;
  for (const part of transport.hostOption?.split('.') ?? []) node = objectProperty(ctx.scope.object(node), part);
  if (!transport.hostOption || !node) return undefined;
  const text = ctx.scope.str(node);
  if (!text || hasMarks(text)) return null;
  const host = transport.sitePrefix ? `${transport.sitePrefix}${text.toLowerCase()}` : hostOf(text.includes('//') ? text : `//${text}`);
  return host ? { host, at: node } : null;
}
