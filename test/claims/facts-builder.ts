import {
  FACTS_SCHEMA_VERSION,
  type DataKind,
  type EgressCall,
  type EgressDeclaration,
  type Evidence,
  type Facts,
  type LogCall,
  type RestCall,
  type SdkCall,
  type StorageOp,
  type ThirdParty,
} from '../../src/scan/facts.ts';

/** Evidence at `file:line` (column 1). */
export function at(file: string, line: number, excerpt = ''): Evidence {
  return { file, line, column: 1, excerpt };
}

type Overrides = { [K in keyof Facts]?: Facts[K] extends unknown[] ? Facts[K] : Partial<Facts[K]> };

/**
 * A minimal valid `Facts`: a Forge app with no scopes, egress, storage or logs, with the given parts
 * replaced; object parts (`app`, `scopes`, `egress`, `personalData`…) are merged one level deep.
 */
export function makeFacts(overrides: Overrides = {}): Facts {
  const base: Facts = {
    schemaVersion: FACTS_SCHEMA_VERSION,
    tool: { name: 'candor', version: '0.0.0-test' },
    app: {
      platform: 'forge', id: 'ari:cloud:ecosystem::app/7072a7c8-b04e-4246-be6a-3bbd56fb5022', idEvidence: at('manifest.yml', 2, 'id:'), name: null, key: null, baseUrl: null, authentication: null,
      runtime: { name: 'nodejs24.x', architecture: null, memoryMB: null, evidence: at('manifest.yml', 30, 'runtime:') },
      licensing: { enabled: false, evidence: null },
      modules: [], resources: [], storage: { entities: [], settings: {}, evidence: null },
      manifest: 'manifest.yml', descriptor: null, products: ['confluence'],
    },
    packages: { manifests: ['package.json'], lockfile: null, dependencies: [] },
    restCalls: [],
    unresolvedRestCalls: [],
    scopes: { declared: [], needed: [], missing: [], unused: [], unchecked: [] },
    egress: { declared: [], remotes: [], calls: [], sdkCalls: [], undeclared: [], unresolved: [], unused: [], wildcards: [] },
    storage: [],
    triggers: [],
    uninstall: [],
    logs: [],
    thirdParties: [],
    personalData: { uses: [], reporting: { calls: [], triggers: [] } },
    llm: [],
    secrets: [],
    diagnostics: [],
    stats: { files: 1, sourceFiles: 1, lines: 1, bytes: 1, skipped: 0, cached: 0, durationMs: 0 },
  };
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    merged[key] = Array.isArray(value) || typeof current !== 'object' || current === null ? value : { ...(current as object), ...(value as object) };
  }
  return merged as unknown as Facts;
}

/** Declared scopes, one per manifest line from `line` on. */
export function declared(scopes: string[], line = 20): Facts['scopes']['declared'] {
  return scopes.map((scope, i) => ({ scope, evidence: at('manifest.yml', line + i, `- ${scope}`) }));
}

export function storageWrite(backend: StorageOp['backend'], carries: DataKind[], file: string, line: number, key: string | null = null): StorageOp {
  return { backend, op: 'write', key, api: backend === 'external-db' ? 'supabase.from.insert' : 'kvs.set', carries, evidence: at(file, line) };
}

export function log(carries: DataKind[], file: string, line: number, side: LogCall['side'] = 'backend'): LogCall {
  return { logger: 'console', level: 'log', carries, side, evidence: at(file, line) };
}

export function call(host: string | null, file: string, line: number, carries: DataKind[] = ['literal'], side: EgressCall['side'] = 'backend'): EgressCall {
  return { client: 'fetch', method: 'POST', url: host ? `https://${host}/v1` : null, host, side, carries, evidence: at(file, line) };
}

export function egressEntry(address: string, line: number, kind: EgressDeclaration['kind'] = 'fetch-backend'): EgressDeclaration {
  const host = address.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  return { kind, address, host, wildcard: host.startsWith('*'), category: null, inScopeEUD: null, evidence: at('manifest.yml', line, `- address: ${address}`) };
}

export function restCall(product: RestCall['product'], method: RestCall['method'], path: string | null, operation: string | null, file: string, line: number): RestCall {
  return {
    product, method, path, auth: 'asUser', api: product === 'jira' ? 'requestJira' : 'requestConfluence',
    scopes: operation ? { operation, granular: [], classic: [] } : null, evidence: at(file, line),
  };
}

export function thirdParty(vendor: string, name: string, category: ThirdParty['category'], via: ThirdParty['via']): ThirdParty {
  return { vendor, name, site: `https://${vendor}.example`, category, region: 'US', via };
}

/** A call through a vendor's SDK (`vendor` as in the catalogue). */
export function sdkCall(vendor: string, file: string, line: number, carries: DataKind[], api = 'send', side: SdkCall['side'] = 'backend'): SdkCall {
  return { vendor, package: vendor, api, side, carries, evidence: at(file, line) };
}

export function remoteFact(key: string, operations: string[], line = 19): Facts['egress']['remotes'][number] {
  return { key, baseUrl: `https://${key}.example.com`, hosts: [`${key}.example.com`], operations, evidence: at('manifest.yml', line, `- key: ${key}`) };
}

/** An `invokeRemote` call to the remote `key`. */
export function remoteCall(key: string, file: string, line: number, carries: DataKind[]): EgressCall {
  return { client: 'invokeRemote', method: 'POST', url: key, host: `remote:${key}`, side: 'backend', carries, evidence: at(file, line) };
}
