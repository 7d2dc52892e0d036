import rest from '../data/forge-storage-rest.json' with { type: 'json' };
import type { EgressCall, StorageBackend, StorageOp } from './facts.ts';
import type { FileFacts } from './source/file-facts.ts';

const OPERATIONS = new Map(Object.entries(rest.operations) as Array<[string, [StorageBackend, StorageOp['op']]]>);
/** Where the REST API is: Atlassian's API gateway, or a base URL the remote is handed at run time (`${apiBaseUrl}`). */
const GATEWAY = /^(?:https:\/\/api\.atlassian\.com|\{\})(\/[^?#]*)/i;

/**
 * A remote's requests to Forge's hosted storage over REST (`fetch(\`${apiBaseUrl}/forge/storage/kvs/v1/set\`, ...)` with the
 * app system token, see `forge-storage-rest.json`): storage operations of the app, not egress. A write stores what the
 * request sends, the token it is authorised with left out, but for the encrypted store, where a secret is what is kept; its key the one
 * the request's body names. Outside Forge (`forge` false) such requests stay egress.
 */
export function forgeStorageRequests(files: FileFacts[], forge: boolean): void {
  for (const file of files) {
    if (file.egress.length === 0) continue;
    const kept: EgressCall[] = [];
    for (const call of file.egress) {
      const key = call.storageKey ?? null;
      if (key !== null) delete call.storageKey;
      const found = forge && file.side === 'backend' ? storageOperation(call.url) : null;
      if (!found) {
        kept.push(call);
        continue;
      }
      const [backend, op] = found.operation;
      const carries = backend === 'kvs-secret' ? call.carries : call.carries.filter((k) => k !== 'secret');
      file.storage.push({
        backend, op, key, api: `POST ${rest.base}${found.name}`, carries: carries.length > 0 ? carries : ['other'], evidence: call.evidence,
        ...(call.via ? { via: call.via } : {}),
      });
    }
    if (kept.length !== file.egress.length) file.egress = kept;
  }
}

function storageOperation(url: string | null): { name: string; operation: [StorageBackend, StorageOp['op']] } | null {
  const path = url === null ? undefined : GATEWAY.exec(url)?.[1];
  if (path === undefined || !path.startsWith(rest.base)) return null;
  const name = path.slice(rest.base.length).replace(/\/$/, '');
  const operation = OPERATIONS.get(name);
  return operation ? { name, operation } : null;
}
