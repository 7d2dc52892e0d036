import type { EgressDeclaration, EgressKind, RemoteFact, RemoteToken } from '../scan/facts.ts';
import { hostOf } from './egress-address.ts';
import { list, record, text } from './values.ts';
import type { YamlFile } from './yaml-locate.ts';

/** `permissions.external.*` lists and the egress kind each declares. */
const EXTERNAL: ReadonlyArray<readonly [readonly string[], EgressKind]> = [
  [['fetch', 'backend'], 'fetch-backend'],
  [['fetch', 'client'], 'fetch-client'],
  [['images'], 'images'],
  [['media'], 'media'],
  [['scripts'], 'scripts'],
  [['styles'], 'styles'],
  [['fonts'], 'fonts'],
  [['frames'], 'frames'],
  [['navigation'], 'navigation'],
];

const REMOTE_TOKENS: RemoteToken[] = ['appSystemToken', 'appUserToken'];

/** The tokens an `auth` object asks Forge to send: `auth.appSystemToken.enabled: true`. */
function tokensOf(auth: Record<string, unknown> | null): RemoteToken[] {
  return REMOTE_TOKENS.filter((token) => record(auth?.[token])?.enabled === true);
}

/**
 * `remotes`: each remote's base URL (one, or one per data residency region) and its hosts. Its tokens come from its own
 * `auth` and from the `endpoint` modules that point at it, where Forge's manifest reference puts them. A remote only an
 * external authentication provider names is the provider's API (`https://www.googleapis.com`), not a backend of the app's.
 */
export function readRemotes(yaml: YamlFile, manifest: Record<string, unknown>, authProviders: readonly Provider[]): RemoteFact[] {
  const remotes: RemoteFact[] = [];
  const endpoints = list(record(manifest.modules)?.endpoint).map(record);
  // The provider that names each remote (`providers.auth[].remotes`, its `actions.*.remote`), by remote key.
  const providers = new Map(authProviders.flatMap((p) => [...p.remotes, ...p.actionRemotes].map((remote) => [remote, p.key] as const)));
  const named = providers.size > 0 ? namedRemotes(manifest, endpoints) : new Set<string>();
  list(manifest.remotes).forEach((entry, i) => {
    const remote = record(entry);
    if (!remote) return;
    const key = text(remote.key) ?? '';
    const perRegion = record(remote.baseUrl);
    let baseUrl: string | Record<string, string> = text(remote.baseUrl) ?? '';
    if (perRegion) baseUrl = Object.fromEntries(Object.entries(perRegion).filter((e): e is [string, string] => typeof e[1] === 'string'));
    const urls = typeof baseUrl === 'string' ? [baseUrl] : Object.values(baseUrl);
    const hosts = [...new Set(urls.map((url) => hostOf(url).host).filter((h): h is string => h !== null))];
    const operations = list(remote.operations).filter((o): o is string => typeof o === 'string');
    const fromEndpoints = endpoints.filter((e) => text(e?.remote) === key).flatMap((e) => tokensOf(record(e?.auth)));
    const tokens = REMOTE_TOKENS.filter((token) => [...tokensOf(record(remote.auth)), ...fromEndpoints].includes(token));
    const provider = providers.get(key);
    remotes.push({ key, baseUrl, hosts, operations, ...(tokens.length ? { tokens } : {}), ...(provider && !named.has(key) ? { provider } : {}), evidence: yaml.evidence(['remotes', i]) });
  });
  return remotes;
}

/** An external authentication provider: its key, the remotes it may be used with, and those its `actions` call. */
export interface Provider {
  key: string;
  remotes: string[];
  actionRemotes: string[];
}

/**
 * `providers.auth`: each external authentication provider with a key, and the remotes it may be used with
 * (`withProvider(key, remote)`, the remote optional). https://developer.atlassian.com/platform/forge/manifest-reference/providers/
 */
export function readProviders(manifest: Record<string, unknown>): Provider[] {
  const named = (values: unknown[]): string[] => values.map(text).filter((remote): remote is string => !!remote);
  return list(record(manifest.providers)?.auth).map(record).flatMap((provider) => {
    const key = text(provider?.key);
    if (!key) return [];
    const actions = Object.values(record(provider?.actions) ?? {}).map((action) => record(action)?.remote);
    return [{ key, remotes: named(list(provider?.remotes)), actionRemotes: named(actions) }];
  });
}

/**
 * The remotes that serve the app itself: an `endpoint` module's, the Connect app's (`app.connect.remote`). An egress entry
 * naming a remote (`fetch.backend: [{ remote: google-apis }]`) only lets the app reach it.
 */
function namedRemotes(manifest: Record<string, unknown>, endpoints: ReadonlyArray<Record<string, unknown> | null>): Set<string> {
  const keys = [...endpoints.map((e) => text(e?.remote)), text(record(record(manifest.app)?.connect)?.remote)];
  return new Set(keys.filter((k): k is string => k !== null));
}

/** Egress declared in `permissions.external`, plus one `remote` declaration per remote base URL. */
export function readEgress(yaml: YamlFile, manifest: Record<string, unknown>, remotes: readonly RemoteFact[]): EgressDeclaration[] {
  const declared: EgressDeclaration[] = [];
  const external = record(record(manifest.permissions)?.external);
  for (const [subPath, kind] of EXTERNAL) {
    let entries: unknown = external;
    for (const segment of subPath) entries = record(entries)?.[segment];
    list(entries).forEach((entry, i) => {
      const at = yaml.evidence(['permissions', 'external', ...subPath, i]);
      const object = record(entry);
      const remoteKey = text(object?.remote);
      if (remoteKey !== null) {
        const remote = remotes.find((r) => r.key === remoteKey);
        const host = remote ? defaultHost(remote) : null;
        declared.push({ kind, address: `remote:${remoteKey}`, host, wildcard: false, ...marks(object), evidence: at });
        return;
      }
      const address = text(entry) ?? text(object?.address);
      if (address === null) return;
      declared.push({ kind, address, ...hostOf(address), ...marks(object), evidence: at });
    });
  }
  remotes.forEach((remote) => {
    const index = list(manifest.remotes).findIndex((r) => record(r)?.key === remote.key);
    const entries = typeof remote.baseUrl === 'string' ? [[null, remote.baseUrl] as const] : Object.entries(remote.baseUrl);
    for (const [region, url] of entries) {
      if (!url) continue;
      const path = region === null ? ['remotes', index, 'baseUrl'] : ['remotes', index, 'baseUrl', region];
      declared.push({ kind: 'remote', address: url, ...hostOf(url), category: null, inScopeEUD: null, evidence: yaml.evidence(path) });
    }
  });
  return declared;
}

/** The host a remote uses when no region applies: its only base URL, or the `default` one. */
export function defaultHost(remote: RemoteFact): string | null {
  const url = typeof remote.baseUrl === 'string' ? remote.baseUrl : remote.baseUrl.default;
  return url ? hostOf(url).host : null;
}

/** `category` and `inScopeEUD` of an object entry (Runs on Atlassian allows analytics egress without in-scope End-User Data). */
function marks(object: Record<string, unknown> | null): { category: string | null; inScopeEUD: boolean | null } {
  const flag = object?.inScopeEUD;
  return { category: text(object?.category), inScopeEUD: typeof flag === 'boolean' ? flag : null };
}
