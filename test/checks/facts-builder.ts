import { FACTS_SCHEMA_VERSION, type Evidence, type Facts, type ThirdParty } from '../../src/scan/facts.ts';

/** Evidence at `file:line` (column 1). */
export function at(file: string, line: number, excerpt = ''): Evidence {
  return { file, line, column: 1, excerpt };
}

type Overrides = { [K in keyof Facts]?: Facts[K] extends unknown[] ? Facts[K] : Partial<Facts[K]> };

/**
 * A minimal valid `Facts` of a Forge app that does nothing (no scopes, egress, storage or logs), with
 * the given parts replaced; object parts (`app`, `scopes`, `egress`, `personalData`…) are merged one level deep.
 */
export function makeFacts(overrides: Overrides = {}): Facts {
  const base: Facts = {
    schemaVersion: FACTS_SCHEMA_VERSION,
    tool: { name: 'candor', version: '0.0.0-test' },
    app: {
      platform: 'forge', id: 'ari:cloud:ecosystem::app/00000000-0000-4000-8000-000000000000', name: null, key: null, baseUrl: null,
      runtime: { name: 'nodejs22.x', architecture: null, memoryMB: null, evidence: null },
      licensing: { enabled: false, evidence: null },
      modules: [], resources: [], storage: { entities: [], settings: {}, evidence: null },
      manifest: 'manifest.yml', descriptor: null, products: ['jira'],
    },
    packages: { manifests: ['package.json'], lockfile: null, dependencies: [] },
    restCalls: [],
    unresolvedRestCalls: [],
    scopes: { declared: [], needed: [], missing: [], unused: [] },
    egress: { declared: [], remotes: [], calls: [], undeclared: [], unresolved: [], unused: [], wildcards: [] },
    storage: [],
    triggers: [],
    uninstall: [],
    logs: [],
    thirdParties: [],
    personalData: { uses: [], reporting: { calls: [], triggers: [] } },
    llm: [],
    secrets: [],
    diagnostics: [],
    stats: { files: 1, sourceFiles: 1, lines: 1, bytes: 1, skipped: 0, durationMs: 0 },
  };
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    merged[key] = Array.isArray(value) || typeof current !== 'object' || current === null ? value : { ...(current as object), ...(value as object) };
  }
  return merged as unknown as Facts;
}

/** A third party found through one kind of place. */
export function thirdParty(
  vendor: string, name: string, site: string, category: ThirdParty['category'], via: ThirdParty['via'],
): ThirdParty {
  return { vendor, name, site, category, region: 'US', via };
}
