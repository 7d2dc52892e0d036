import type { DataKind, RestCall, StorageBackend, StorageOp } from './facts.ts';

const RULES: Array<[RegExp, StorageBackend]> = [
  [/^\/rest\/api\/(?:[23]|latest)\/issue\/[^/]+\/properties/, 'issue-property'],
  // Confluence serves them under `/wiki` (`/wiki/rest/atlassian-connect/1/addons/{appKey}/properties/{key}`).
  [/^(?:\/wiki)?\/rest\/(atlassian-connect\/1\/addons\/[^/]+|forge\/1\/app)\/properties/, 'app-property'],
  [/^\/rest\/api\/(?:[23]|latest)\/.+\/properties/, 'entity-property'],
  [/^(\/wiki)?\/rest\/api\/(content|space)\/[^/]+\/property/, 'content-property'],
  // Confluence's user properties (`/wiki/rest/api/user/{accountId}/property/{key}`): an entity property of the user.
  [/^(\/wiki)?\/rest\/api\/user\/[^/]+\/property/, 'entity-property'],
  [/^\/wiki\/api\/v2\/.+\/properties/, 'content-property'],
];

/** Entity, content, issue and app properties written or read through product REST calls; a write carries what its body does. */
export function propertyStorage(calls: RestCall[], bodies: ReadonlyMap<RestCall, DataKind[]> = new Map()): StorageOp[] {
  const out: StorageOp[] = [];
  for (const call of calls) {
    if (!call.path) continue;
    const property = propertyOf(call.path);
    if (!property) continue;
    const op: StorageOp['op'] = call.method === 'GET' ? 'read' : call.method === 'DELETE' ? 'delete' : 'write';
    const carries = op === 'write' ? bodies.get(call) ?? [] : [];
    out.push({ backend: property.backend, op, key: property.key, api: `${call.api} ${call.method} ${call.path}`, carries, evidence: call.evidence });
  }
  return out;
}

/** The property a product path names (`/rest/api/3/issue/{}/properties/notes`): its backend and key (null for all of them). */
export function propertyOf(path: string): { backend: StorageBackend; key: string | null } | null {
  const rule = RULES.find(([re]) => re.test(path));
  return rule ? { backend: rule[1], key: /\/propert(?:y|ies)\/([^/?]+)/.exec(path)?.[1] ?? null } : null;
}
