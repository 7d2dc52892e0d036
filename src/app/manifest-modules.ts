import path from 'node:path';
import type { Diagnostic, Evidence, ModuleFact, Product, TriggerFact, UninstallFact } from '../scan/facts.ts';
import forgeModules from '../data/forge-modules.json' with { type: 'json' };
import triggerEventData from '../data/forge-trigger-events.json' with { type: 'json' };
import { addProduct, emptyConnectRead, readConnectGroup, setCallbackUrl, type ConnectModulesRead } from './connect-modules.ts';
import { resolveHandler, type HandlerPlace } from './manifest-handlers.ts';
import { schemaKnowledge } from './schema-knowledge.ts';
import { list, record, text, type Plain } from './values.ts';
import type { YamlFile } from './yaml-locate.ts';

/** A `modules.function` entry and the file and export its `handler` names. */
export interface FunctionHandler {
  key: string;
  /** Path relative to the app folder; null when no such file exists. */
  file: string | null;
  exportName: string;
  evidence: Evidence;
  /** No module of the manifest names the function (see `namedFunctionKeys`): Forge never invokes it. */
  unnamed?: true;
}

export interface ModulesRead extends ConnectModulesRead {
  functionHandlers: FunctionHandler[];
  /** Resource keys modules point at, to report keys no `resources` entry declares. */
  resourceRefs: Array<{ key: string; evidence: Evidence }>;
  /** Function handlers Forge cannot resolve. */
  diagnostics: Diagnostic[];
  /** `consumer` modules whose function is a resolver (`resolver: { function, method }`): the method called with each event, and the queue. */
  consumerMethods: Array<{ method: string; queue: string }>;
  /** Functions a module names for its product to call back (`callback: { function }` of a Compass data provider), with the module's type. */
  moduleCallbacks: ModuleCallback[];
}

export interface ModuleCallback {
  type: string;
  function: string;
}

const TRIGGER_KINDS = forgeModules.triggerKinds as Record<string, TriggerFact['kind']>;
const FUNCTION_TRIGGERS = forgeModules.functionTriggers as Record<string, TriggerFact['kind'] | string>;
/** Module types whose `callback.function` their product calls (`forge-trigger-events.json` `callbacks`). */
const CALLBACKS = triggerEventData.callbacks.modules;
/** The property of a function trigger module that lists its events, where it is not `events`. */
const FUNCTION_TRIGGER_EVENTS = forgeModules.functionTriggerEvents as Record<string, string>;

/** Reads `modules` and `connectModules` of a Forge manifest. */
export function readModules(yaml: YamlFile, manifest: Plain, handlers: HandlerPlace): ModulesRead {
  const read: ModulesRead = { ...emptyConnectRead(), functionHandlers: [], resourceRefs: [], diagnostics: [], consumerMethods: [], moduleCallbacks: [] };
  const locate = (p: ReadonlyArray<string | number>): Evidence => yaml.evidence(p);
  const routes = new Map<string, string>();
  const remoteUninstalls: Array<[UninstallFact, string]> = [];
  for (const [type, entries] of Object.entries(record(manifest.connectModules) ?? {})) {
    readConnectGroup(type, entries, ['connectModules', type], locate, read);
  }
  for (const [type, entries] of Object.entries(record(manifest.modules) ?? {})) {
    if (type.startsWith('connect-')) {
      readConnectGroup(type, entries, ['modules', type], locate, read);
      continue;
    }
    const product = productOf(type);
    list(entries).forEach((value, i) => {
      const entry = record(value);
      if (!entry) return;
      const at: Array<string | number> = ['modules', type, i];
      const evidence = yaml.evidence(at);
      const key = text(entry.key) ?? '';
      const fact: ModuleFact = { type, key, ui: uiOf(type, entry), evidence };
      const fn = text(entry.function) ?? text(record(entry.resolver)?.function);
      const resource = text(entry.resource) ?? text(record(entry.config)?.resource);
      if (fn !== null) fact.function = fn;
      if (type === 'endpoint' && text(entry.remote) !== null) fact.remote = text(entry.remote)!;
      const route = type === 'endpoint' ? text(record(entry.route)?.path) : null;
      if (route !== null) routes.set(key, route);
      if (resource !== null) {
        fact.resource = resource.split('/')[0]!;
        read.resourceRefs.push({ key: fact.resource, evidence: yaml.evidence([...at, entry.resource !== undefined ? 'resource' : 'config']) });
      }
      read.modules.push(fact);
      if (product) addProduct(read.products, product);
      if (type === 'function') {
        const handler = text(entry.handler);
        if (handler !== null) {
          const where = { path: [...at, 'handler'], evidence: yaml.evidence([...at, 'handler']) };
          const { diagnostic, ...resolved } = resolveHandler(key, handler, where, handlers);
          read.functionHandlers.push({ key, ...resolved, evidence: where.evidence });
          if (diagnostic) read.diagnostics.push(diagnostic);
        }
      }
      const callback = Object.hasOwn(CALLBACKS, type) ? text(record(entry.callback)?.function) : null;
      if (callback !== null) read.moduleCallbacks.push({ type, function: callback });
      const kind = TRIGGER_KINDS[type];
      if (kind) readTrigger(yaml, type, kind, entry, at, read, remoteUninstalls);
      // A workflow rule's own `function` (or the `endpoint` of a remote), not the resolver of its configuration page.
      else if ((text(entry.function) !== null || text(entry.endpoint) !== null) && type !== '$comment' && Object.hasOwn(FUNCTION_TRIGGERS, type)) readTrigger(yaml, type, FUNCTION_TRIGGERS[type] as TriggerFact['kind'], entry, at, read, remoteUninstalls);
    });
  }
  // An uninstall trigger sent to a remote: handled by the remote's routes that answer the endpoint's path.
  for (const [fact, endpoint] of remoteUninstalls) {
    const route = routes.get(endpoint);
    if (route !== undefined) setCallbackUrl(fact, route);
  }
  return read;
}

function readTrigger(yaml: YamlFile, type: string, kind: TriggerFact['kind'], entry: Plain, at: Array<string | number>, read: ModulesRead, remoteUninstalls: Array<[UninstallFact, string]>): void {
  const key = text(entry.key) ?? '';
  const listed = type !== '$comment' && Object.hasOwn(FUNCTION_TRIGGER_EVENTS, type) ? entry[FUNCTION_TRIGGER_EVENTS[type]!] : entry.events;
  const events = list(listed).map((e) => text(e) ?? text(record(e)?.eventType)).filter((e): e is string => e !== null);
  const lifecycle = events.length > 0 && events.every((e) => e.startsWith(forgeModules.lifecycleEventPrefix));
  read.triggers.push({
    kind: kind === 'product-event' && lifecycle ? 'lifecycle' : kind,
    key,
    function: text(entry.function) ?? text(record(entry.resolver)?.function),
    events,
    interval: text(entry.interval),
    response: text(record(entry.response)?.type),
    ...(kind === 'consumer' && text(entry.queue) !== null ? { queue: text(entry.queue)! } : {}),
    ...(text(entry.endpoint) !== null ? { endpoint: text(entry.endpoint)! } : {}),
    evidence: yaml.evidence(at),
  });
  const method = kind === 'consumer' ? text(record(entry.resolver)?.method) : null;
  if (method !== null && text(entry.queue) !== null) read.consumerMethods.push({ method, queue: text(entry.queue)! });
  for (const event of events) {
    const product = (forgeModules.productByEventSegment as Record<string, string>)[event.split(':')[1] ?? ''];
    if (product) addProduct(read.products, product as Product);
  }
  list(entry.events).forEach((e, j) => {
    const event = text(e) ?? text(record(e)?.eventType);
    if (event && forgeModules.uninstallEvents.includes(event)) {
      const fn = text(entry.function);
      const fact: UninstallFact = { via: `\`${event}\` trigger \`${key}\``, ...(fn !== null ? { function: fn } : {}), evidence: yaml.evidence([...at, 'events', j]) };
      read.uninstall.push(fact);
      if (fn === null && text(entry.endpoint) !== null) remoteUninstalls.push([fact, text(entry.endpoint)!]);
    }
  });
  if (forgeModules.uninstallModules.includes(type)) read.uninstall.push({ via: `\`${type}\` module \`${key}\``, evidence: yaml.evidence(at) });
}

/**
 * `ui-kit` for a resource rendered natively, `custom-ui` for any other resource, `ui-kit-1` for a
 * `function` on a module type that can show a UI, `none` for back-end modules.
 * https://developer.atlassian.com/platform/forge/ui-kit/ and .../custom-ui/
 */
function uiOf(type: string, entry: Plain): NonNullable<ModuleFact['ui']> {
  const config = record(entry.config);
  if (entry.resource !== undefined) return entry.render === 'native' ? 'ui-kit' : 'custom-ui';
  if (config?.resource !== undefined) return config.render === 'native' ? 'ui-kit' : 'custom-ui';
  if (type === 'function' || TRIGGER_KINDS[type] || typeof entry.function !== 'string') return 'none';
  return schemaKnowledge().uiModules.has(type) ? 'ui-kit-1' : 'none';
}

function productOf(type: string): Product | null {
  const exact = (forgeModules.productByModuleType as Record<string, string>)[type];
  if (exact && type !== '$comment') return exact as Product;
  const colon = type.indexOf(':');
  if (colon === -1) return null;
  return ((forgeModules.productByModulePrefix as Record<string, string>)[type.slice(0, colon)] as Product | undefined) ?? null;
}

/** Where handlers live, relative to the app folder: `src` beside the manifest, or `app.package.path` with the `manual@2026` bundler. */
export function handlersDirectory(manifest: Plain, manifestDir: string): string {
  const pkg = record(record(manifest.app)?.package);
  const dir = pkg?.bundler === 'manual@2026' ? text(pkg.path) ?? forgeModules.handlerDirectory : forgeModules.handlerDirectory;
  return path.posix.join(manifestDir || '.', dir);
}
