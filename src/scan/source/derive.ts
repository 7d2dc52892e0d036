import type { EgressCall, RestCall, SdkCall, StorageOp } from '../facts.ts';
import { deriveBridgeRemote, deriveProvider, deriveRemote, deriveUrl } from './detectors/egress.ts';
import { deriveGitUrl } from './detectors/git-clients.ts';
import { derivePath } from './detectors/rest-calls.ts';
import { deriveKey, deriveSql, deriveTtl } from './detectors/storage.ts';
import { deriveRegion } from './detectors/sdk-regions.ts';

type Inputs = Array<string | null>;

/**
 * How a fact's fields follow from the evaluated strings of its call: run by the detectors with what
 * the file knows, and again by the scan once values imported from other modules are filled in.
 */
const DERIVATIONS = {
  'rest-path': (call: RestCall, inputs: Inputs) => derivePath(call, inputs),
  'rest-path-product': (call: RestCall, inputs: Inputs) => derivePath(call, inputs, true),
  'egress-url': deriveUrl,
  'egress-remote': deriveRemote,
  'egress-provider': deriveProvider,
  'egress-bridge-remote': deriveBridgeRemote,
  'egress-git': deriveGitUrl,
  'storage-key': deriveKey,
  'storage-sql': deriveSql,
  'storage-ttl': deriveTtl,
  'sdk-region': (call: SdkCall, inputs: Inputs) => deriveRegion(call, inputs),
  'sdk-host': (call: SdkCall, inputs: Inputs) => deriveRegion(call, inputs, true),
} satisfies Record<string, ((fact: RestCall, inputs: Inputs) => void) | ((fact: EgressCall, inputs: Inputs) => void) | ((fact: StorageOp, inputs: Inputs) => void) | ((fact: SdkCall, inputs: Inputs) => void)>;

export type Derivation = keyof typeof DERIVATIONS;

export function derive(fact: RestCall | EgressCall | StorageOp | SdkCall, kind: Derivation, inputs: Inputs): void {
  (DERIVATIONS[kind] as (fact: RestCall | EgressCall | StorageOp | SdkCall, inputs: Inputs) => void)(fact, inputs);
}

/** Whether a fact's path, host or key is known. */
export function isKnown(fact: RestCall | EgressCall | StorageOp): boolean {
  // A front end's `invokeRemote({ path })` goes to its module's endpoint, which the scan names later: its path is what a caller tells.
  if ('host' in fact && fact.host === null && fact.client === 'invokeRemote' && fact.side === 'frontend') return fact.url !== null && fact.url !== '{}';
  // `withProvider(key).fetch(path)` goes to the provider's remote, which the scan names from the manifest.
  if ('host' in fact && fact.host === null && fact.provider !== undefined) return true;
  // A key with nothing known in it (`beginsWith(prefix)` of a helper's parameter: `{}`) is what the callers give.
  return 'path' in fact ? fact.path !== null : 'host' in fact ? fact.host !== null : fact.key !== null && fact.key !== '{}';
}
