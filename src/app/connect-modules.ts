import type { Evidence, ModuleFact, Product, TriggerFact, UninstallFact } from '../scan/facts.ts';
import forgeModules from '../data/forge-modules.json' with { type: 'json' };
import type { PathSegment } from './doc-path.ts';
import { hostOf } from './egress-address.ts';
import { schemaKnowledge } from './schema-knowledge.ts';
import { record, text, type Plain } from './values.ts';

export interface ConnectModulesRead {
  modules: ModuleFact[];
  triggers: TriggerFact[];
  uninstall: UninstallFact[];
  products: Product[];
  /** The URLs of the pages the product loads in an iframe (with the Connect JWT in their query), as the descriptor writes them. */
  pages: string[];
  /** The URLs of the app's remote conditions, which the product requests to decide whether to show a module. */
  conditions: string[];
}

type Locate = (path: readonly PathSegment[]) => Evidence;

const { $comment: _, ...CALLBACKS } = forgeModules.connectCallbacks as Record<string, string>;
const CONFIG_PAGES = forgeModules.connectConfigPages;

/**
 * Reads one group of Connect modules: a descriptor's `modules.webPanels`, a Forge manifest's
 * `connectModules['jira:webPanels']` or `modules['connect-jira:webPanels']`. Webhooks, lifecycle
 * callbacks and workflow post functions become triggers; the `uninstalled` callback is the app's uninstall handling.
 * `baseUrl` is the descriptor's: a module's absolute URL on its host is a page of the app.
 * https://developer.atlassian.com/cloud/jira/platform/app-descriptor/
 */
export function readConnectGroup(type: string, entries: unknown, path: readonly PathSegment[], locate: Locate, into: ConnectModulesRead, baseUrl: string | null = null): void {
  const base = type.slice(type.lastIndexOf(':') + 1);
  const prefix = type.includes(':') ? type.slice(0, type.lastIndexOf(':')).replace(/^connect-/, '') : null;
  const items: Array<[Plain, PathSegment[]]> = Array.isArray(entries)
    ? entries.flatMap((e, i) => (record(e) ? [[record(e)!, [...path, i]] as [Plain, PathSegment[]]] : []))
    : record(entries) ? [[record(entries)!, [...path]]] : [];
  if (base === 'lifecycle') {
    for (const [entry, at] of items) readConnectLifecycle(entry, at, locate, into, text(entry.key));
    return;
  }
  const products = prefix ? productsOfPrefix(prefix) : schemaKnowledge().connectProducts.get(base) ?? [];
  for (const [entry, at] of items) {
    const key = text(entry.key) ?? text(entry.event) ?? '';
    // An iframe the product loads from the app's base URL (`url`, `target.url` for glances, a workflow rule's configuration pages).
    const written = text(entry.url) ?? text(record(entry.target)?.url) ?? CONFIG_PAGES.map((p) => text(record(entry[p])?.url)).find((u) => u !== null) ?? null;
    const url = written === null ? null : pathOnApp(written, baseUrl) ?? written;
    // The `key` (or webhook `event`) line names the module better than the line its object opens on.
    const evidence = locate(entry.key !== undefined ? [...at, 'key'] : entry.event !== undefined ? [...at, 'event'] : at);
    const place = base === 'webhooks' || url === null ? 'none' : urlPlace(url, text(entry.context));
    into.modules.push({ type, key, ui: place === 'none' ? 'none' : 'connect', evidence });
    if (place === 'app') into.pages.push(url!);
    remoteConditions(entry.conditions, baseUrl, into.conditions);
    if (base === 'webhooks') {
      const event = text(entry.event);
      const trigger: TriggerFact = { kind: 'connect-webhook', key, function: null, events: event ? [event] : [], interval: null, response: null, evidence };
      into.triggers.push(trigger);
      if (written !== null) callbackUrls.set(trigger, written);
    }
    const callback = Object.hasOwn(CALLBACKS, base) ? text(record(entry[CALLBACKS[base]!])?.url) : null;
    if (callback !== null) into.triggers.push({ kind: 'product-event', key, function: null, events: [], interval: null, response: null, evidence });
  }
  // A group offered by a single product tells which product the app extends; shared ones do not.
  if (items.length > 0 && products.length === 1) addProduct(into.products, products[0]!);
}

const ABSOLUTE = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

/**
 * A module's remote conditions: a condition named by a URL on the app (`{ condition: '/show?issue={issue.key}' }`), also within
 * `and` and `or`, which the product requests, filling in the URL's context parameters as for a page.
 * https://developer.atlassian.com/cloud/jira/platform/conditions/#remote-conditions
 */
function remoteConditions(conditions: unknown, baseUrl: string | null, into: string[], depth = 0): void {
  if (!Array.isArray(conditions) || depth > 8) return;
  for (const item of conditions) {
    const condition = record(item);
    if (!condition) continue;
    remoteConditions(condition.and, baseUrl, into, depth + 1);
    remoteConditions(condition.or, baseUrl, into, depth + 1);
    const written = text(condition.condition);
    if (written === null) continue;
    const url = ABSOLUTE.test(written) ? pathOnApp(written, baseUrl) : written.startsWith('/') ? written : null;
    if (url !== null) into.push(url);
  }
}

/**
 * An absolute URL on the host of the app's base URL, as the URL relative to it (`https://app.example.com/report?issue={issue.key}`
 * of `https://app.example.com` is `/report?issue={issue.key}`); null for a relative URL or one on another host.
 */
function pathOnApp(url: string, baseUrl: string | null): string | null {
  if (baseUrl === null || !ABSOLUTE.test(url)) return null;
  const { host } = hostOf(baseUrl);
  if (host === null || hostOf(url).host !== host) return null;
  const root = baseUrl.replace(/\/+$/, '');
  return (url.startsWith(root) ? url.slice(root.length) : url.replace(/^[^/]*\/\/[^/?#]*/, '')) || '/';
}

/**
 * Where a module's URL leads: a page of the app, at its base URL; a page module of the app named by its key (a web item's
 * `context: page`); or `none`, a link to another site (an absolute URL on another host) or to the product's own page (`context: product`).
 * https://developer.atlassian.com/cloud/jira/platform/modules/web-item/ (`context`: addon, page or product, for a relative URL)
 */
function urlPlace(url: string, context: string | null): 'app' | 'page-key' | 'none' {
  if (ABSOLUTE.test(url) || context === 'product') return 'none';
  return context === 'page' ? 'page-key' : 'app';
}

/**
 * Lifecycle callbacks: a descriptor's `lifecycle: { installed: '/installed', ... }`, an entry of
 * `jira:lifecycle` with the same properties, or a `connectModules.lifecycle` entry `{ event, url }`.
 */
export function readConnectLifecycle(lifecycle: Plain, path: readonly PathSegment[], locate: Locate, into: ConnectModulesRead, key: string | null = null): void {
  const named = text(lifecycle.event);
  const events = named ? [[named, text(lifecycle.url), [...path]] as const] : forgeModules.connectLifecycleEvents
    .filter((event) => text(lifecycle[event]) !== null)
    .map((event) => [event, text(lifecycle[event]), [...path, event]] as const);
  for (const [event, url, at] of events) {
    const evidence = locate(at);
    const trigger: TriggerFact = { kind: 'connect-lifecycle', key: key ?? event, function: null, events: [event], interval: null, response: null, evidence };
    into.triggers.push(trigger);
    if (url) callbackUrls.set(trigger, url);
    if (event === 'uninstalled') {
      const fact = { via: `Connect lifecycle \`uninstalled\`${url ? ` (${url})` : ''}`, evidence };
      into.uninstall.push(fact);
      if (url) callbackUrls.set(fact, url);
    }
  }
}

const callbackUrls = new WeakMap<UninstallFact | TriggerFact, string>();

/** Records the path a Forge uninstall trigger's `endpoint` module sends the event to on its remote (its `route.path`). */
export function setCallbackUrl(fact: UninstallFact, url: string): void {
  callbackUrls.set(fact, url);
}

/** The URL of the lifecycle callback or webhook a trigger or uninstall fact stands for, when it is one. */
export function callbackUrl(fact: UninstallFact | TriggerFact): string | null {
  return callbackUrls.get(fact) ?? null;
}

function productsOfPrefix(prefix: string): Product[] {
  const product = (forgeModules.productByModulePrefix as Record<string, string>)[prefix];
  return product ? [product as Product] : [];
}

export function addProduct(products: Product[], product: Product): void {
  if (!products.includes(product)) products.push(product);
}

export function emptyConnectRead(): ConnectModulesRead {
  return { modules: [], triggers: [], uninstall: [], products: [], pages: [], conditions: [] };
}
