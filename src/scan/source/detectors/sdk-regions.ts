import data from '../../../data/sdk-regions.json' with { type: 'json' };
import type { Evidence, SdkCall, SdkRegion } from '../../facts.ts';
import { packageName } from '../../vendors.ts';
import { objectProperty, unwrap, type Node } from '../ast.ts';
import type { FileContext } from '../context.ts';
import type { Ref } from '../ref.ts';
import { hasImported, hasMarks, hasParam } from '../string-marks.ts';
import { hostOf } from './egress.ts';

interface Client {
  options: Array<{ name: string; value: string }>;
  settings: string[];
}

const EXACT = new Map<string, Client>();
const SCOPES: Array<[string, Client]> = [];
for (const client of data.clients) {
  const entry = { options: client.options, settings: client.settings ?? [] };
  for (const p of client.packages) {
    if (p.endsWith('/')) SCOPES.push([p, entry]);
    else EXACT.set(p, entry);
  }
}

const clientOfModule = new Map<string, Client | null>();

/** The client whose options name a region, by module specifier (asked once per SDK call, answered once per module). */
function clientOf(module: string): Client | null {
  let client = clientOfModule.get(module);
  if (client === undefined) {
    const pkg = packageName(module);
    client = pkg === null ? null : EXACT.get(pkg) ?? SCOPES.find(([scope]) => pkg.startsWith(scope))?.[1] ?? null;
    clientOfModule.set(module, client);
  }
  return client;
}

/**
 * The region a call's client names where it is made (`new S3Client({ region })` before `.send(...)`, `Mixpanel.init(token, { host })`
 * before `.track(...)`, `DynamoDBDocumentClient.from(new DynamoDBClient({ region }))`); or, with `global`, the region a call setting
 * the whole SDK names (`AWS.config.update({ region })`, `Sentry.init({ dsn })`), for the calls of clients made without one.
 * Null when the client names none; a region named but not constant (`process.env.AWS_REGION`) gives `region: null`.
 */
export function configuredRegion(ctx: FileContext, module: string, ref: Ref, call: Node | null, api: string): { region: SdkRegion | null; global: boolean } | null {
  const client = clientOf(module);
  if (!client) return null;
  let made = false;
  for (const step of ref.steps) {
    if (!step.call || step.call === call) continue;
    made = true;
    const region = named(ctx, client, step.call, true);
    if (region !== undefined) return { region, global: false };
  }
  if (made || call === null || !client.settings.includes(api)) return null;
  const region = named(ctx, client, call, false);
  return region === undefined ? null : { region, global: true };
}

/** The first of the client's options an argument's configuration names, `null` when not constant; undefined when it names none. */
function named(ctx: FileContext, client: Client, call: Node, nested: boolean): SdkRegion | null | undefined {
  for (const arg of call.arguments as Node[]) {
    const value = unwrap(arg);
    const config = ctx.scope.object(value);
    for (const option of config ? client.options : []) {
      const node = objectProperty(config, option.name);
      if (node) return regionOf(ctx, node, option.value === 'host');
    }
    // A client wrapping another it is given (`DynamoDBDocumentClient.from(new DynamoDBClient({ region }))`).
    const built = value.type === 'Identifier' ? ctx.scope.lookup(value.name)?.init : value;
    const inner = built ? unwrap(built) : null;
    if (nested && inner && (inner.type === 'NewExpression' || inner.type === 'CallExpression')) {
      const region = named(ctx, client, inner, false);
      if (region !== undefined) return region;
    }
  }
  return undefined;
}

/** Regions named by a constant another module exports (`region: settings.awsRegion`): their text, filled in once the files are linked. */
export const pendingRegions = new WeakMap<SdkRegion, { text: string; host: boolean }>();

function regionOf(ctx: FileContext, node: Node, host: boolean): SdkRegion | null {
  const text = ctx.scope.str(node);
  if (text && hasImported(text) && !hasParam(text)) {
    const pending: SdkRegion = { name: '', evidence: ctx.evidence(node) };
    pendingRegions.set(pending, { text, host });
    return pending;
  }
  if (!text || hasMarks(text)) return null;
  const name = regionName(text, host);
  return name ? { name, evidence: ctx.evidence(node) } : null;
}

const regionName = (text: string, host: boolean): string | null => (host ? hostOf(text.includes('//') ? text : `//${text}`) : text);

/** A client's region from its evaluated text and the evidence where the configuration names it (as JSON); none while it is not known. */
export function deriveRegion(call: SdkCall, [text, at]: Array<string | null>, host = false): void {
  const name = text === null || at === null || hasMarks(text) ? null : regionName(text, host);
  if (name && at !== null) call.region = { name, evidence: JSON.parse(at) as Evidence };
  else delete call.region;
}
