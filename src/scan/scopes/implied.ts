/**
 * Scope knowledge that is not a REST operation: `src/data/scope-implied.json` (hand-written, sources
 * per entry) and the product event -> scope mapping `@forge/manifest` ships, read from the installed
 * package at run time so it always matches the manifest schema the scan validates against.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { HttpMethod, Platform, Product, StorageBackend, TriggerFact } from '../facts.ts';
import implied from '../../data/scope-implied.json' with { type: 'json' };
import propertyHooks from '../../data/property-hooks.json' with { type: 'json' };
import { queryPairs } from '../source/string-marks.ts';

export interface ImpliedRule {
  requires?: string[];
  mayUse?: string[];
  productScopes?: boolean;
  source: string;
}

export interface ConnectRules {
  chains: Record<string, string[]>;
  separate: string[];
  noScope: string[];
  inaccessible: string[];
  actAsUser: string;
}

/** Current (mostly classic) and beta (granular) scope sets for one product event. */
export interface EventScopes {
  current: string[];
  beta: string[];
}

const data = implied as {
  storage: Array<ImpliedRule & { backends: string[] }>;
  propertiesApi: { targets: Record<string, { product: Product; path: string | null }>; methods: Record<string, HttpMethod> };
  authorizeApi: { method: HttpMethod; auth: 'asUser'; targets: Record<string, { product: Product; path: string; checks: string[] | null }> };
  modules: Array<ImpliedRule & { types: string[] }>;
  remoteTokens: Array<ImpliedRule & { tokens: string[] }>;
  restQueries: Array<ImpliedRule & { family: string; param: string; value: string }>;
  platforms: Array<ImpliedRule & { platform: string }>;
  connectTriggers: Array<ImpliedRule & { kinds: string[] }>;
  personalDataReporting: ImpliedRule;
  connect: ConnectRules;
  bitbucketClassicImplies: Record<string, string[] | string>;
  bitbucketWebhooks: { byPrefix: Record<string, string>; catchAll: string; source: string };
};

const NONE: ImpliedRule = { source: '' };

export const storageRule = (backend: StorageBackend): ImpliedRule => data.storage.find((r) => r.backends.includes(backend)) ?? NONE;
/**
 * The product REST operation behind a call of the Properties API of `@forge/api`
 * (`properties.onJiraIssue(key).set(...)`, recorded with api `properties.onJiraIssue.set`): a path
 * when one operation does it, null path when the product's scopes cannot be told; undefined otherwise.
 */
export function propertiesApiOperation(api: string): { product: Product; method: HttpMethod; path: string | null } | undefined {
  const [root, target, verb] = api.split('.');
  const at = target === undefined ? undefined : data.propertiesApi.targets[target];
  const method = verb === undefined ? undefined : data.propertiesApi.methods[verb];
  if (root !== 'properties' || !at || !method) return undefined;
  return { product: at.product, method, path: at.path };
}
/**
 * The product REST call behind `authorize().<target>(...)` of `@forge/api` (`onJira`) or
 * `authorize().<target>(...).<check>()` (`onJiraIssue(id).canEdit`); undefined for anything else.
 */
export function authorizeApiCall(target: string, check: string | null): { product: Product; method: HttpMethod; path: string; auth: 'asUser' } | undefined {
  const at = Object.hasOwn(data.authorizeApi.targets, target) ? data.authorizeApi.targets[target] : undefined;
  if (!at || (at.checks === null ? check !== null : check === null || !at.checks.includes(check))) return undefined;
  return { product: at.product, method: data.authorizeApi.method, path: at.path, auth: data.authorizeApi.auth };
}
const HOOKS = propertyHooks.hooks as unknown as Record<string, { product: Product; rest: Record<'read' | 'write' | 'delete', [HttpMethod, string]> }>;
/**
 * The product REST operation behind a UI Kit property hook's storage operation (api `useContentProperty`, `useContentProperty.set`,
 * `useContentProperty.delete`), see `property-hooks.json`; a null path for UI Kit 1's (`ui-confluence.useContentProperty.set`),
 * whose scopes are not documented; undefined for any other api.
 */
export function propertyHookOperation(api: string): { product: Product; method: HttpMethod; path: string | null } | undefined {
  const parts = api.split('.');
  const ui1 = parts.length > 1 && !Object.hasOwn(HOOKS, parts[0]!);
  const name = parts[ui1 ? 1 : 0]!;
  if (!Object.hasOwn(HOOKS, name)) return undefined;
  const hook = HOOKS[name]!;
  if (ui1) return { product: hook.product, method: 'GET', path: null };
  const verb = parts[1] === 'set' ? 'write' : parts[1] === 'delete' ? 'delete' : 'read';
  const [method, path] = hook.rest[verb];
  return { product: hook.product, method, path };
}
export const moduleRule = (type: string): ImpliedRule => data.modules.find((r) => r.types.includes(type)) ?? NONE;
export const remoteTokenRule = (token: string): ImpliedRule => data.remoteTokens.find((r) => r.tokens.includes(token)) ?? NONE;
const queryRules = data.restQueries.map((rule) => ({ ...rule, test: new RegExp(rule.value) }));
/** Rules for a REST call's query parameters (`expand=body.storage`): those of the family whose parameter has a matching value, or a hole. */
export function restQueryRules(family: string, path: string): ImpliedRule[] {
  const params = queryPairs(path);
  return queryRules.filter((rule) => rule.family === family && params.some(([name, value]) => name === rule.param && (value.includes('{}') || rule.test.test(value))));
}
export const platformRule = (platform: Platform | null): ImpliedRule => data.platforms.find((r) => r.platform === platform) ?? NONE;
export const connectTriggerRule = (kind: TriggerFact['kind']): ImpliedRule => data.connectTriggers.find((r) => r.kinds.includes(kind)) ?? NONE;
export const personalDataReportingRule: ImpliedRule = data.personalDataReporting;
export const connectRules: ConnectRules = data.connect;

/** Bitbucket classic scope -> the scopes it implies. */
export const bitbucketClassicImplies: ReadonlyMap<string, string[]> = new Map(
  Object.entries(data.bitbucketClassicImplies).filter((entry): entry is [string, string[]] => Array.isArray(entry[1])),
);

const webhookScopes = data.bitbucketWebhooks;

/** A Bitbucket Connect webhook's scope: its event's object's; the catch-all may use every such scope. */
export function bitbucketWebhookRule(event: string): ImpliedRule {
  if (event === webhookScopes.catchAll) return { mayUse: Object.values(webhookScopes.byPrefix), source: webhookScopes.source };
  const scope = webhookScopes.byPrefix[event.slice(0, event.indexOf(':'))];
  return scope === undefined ? NONE : { requires: [scope], source: webhookScopes.source };
}

let events: Map<string, EventScopes> | null = null;

/** `@forge/manifest`'s `out/mapping/product-event-to-scope-mapping.json`, the data `forge lint` checks triggers with. */
export function productEventScopes(event: string): EventScopes | null {
  if (!events) {
    const require = createRequire(import.meta.url);
    const schema = require.resolve('@forge/manifest/schema.json');
    const file = path.join(path.dirname(schema), '../mapping/product-event-to-scope-mapping.json');
    const mapping = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      mapping: Array<{ productEvent: string; oAuthScopes: { current?: string[]; beta?: string[] } }>;
    };
    events = new Map(mapping.mapping.map((m) => [m.productEvent, { current: m.oAuthScopes.current ?? [], beta: m.oAuthScopes.beta ?? [] }]));
  }
  return events.get(event) ?? null;
}
