/** What the storage claims share: which backends are Atlassian's, and data that leaves for external stores. */
import sdkReads from '../data/sdk-reads.json' with { type: 'json' };
import { END_USER_DATA, type DataKind, type Evidence, type Facts, type EgressCall, type PersonalDataUse, type RemoteFact, type SdkCall, type StorageBackend, type StorageOp, type ThirdParty } from '../scan/facts.ts';
import { externalCalls } from './hosts.ts';
import { sdkCalls } from './sent.ts';

/** Forge hosted storage and product properties: data kept by Atlassian. */
export const ATLASSIAN_BACKENDS: ReadonlySet<StorageBackend> = new Set([
  'kvs', 'kvs-secret', 'custom-entity', 'sql', 'object-store', 'cache', 'entity-property', 'content-property', 'issue-property', 'app-property',
]);

/** "Our server ...", "The vendor's database ...": the vendor's own place as the sentence's subject. */
export const OURS_AS_SUBJECT = /^\s*(?:our|the\s+vendor's)\s+(?:own\s+)?(?:servers?|back[- ]?ends?|databases?)\b/i;

const STORE_CATEGORIES = new Set(['database', 'storage']);

export const carriesEndUserData = (kinds: readonly DataKind[]): boolean => kinds.some((k) => END_USER_DATA.includes(k));

const READS: Readonly<Record<string, { reads: string[] }>> = sdkReads.vendors;
const readNames = new Map(Object.entries(READS).map(([vendor, { reads }]) => [vendor, new Set(reads)]));

/**
 * A call through a storage vendor's SDK that keeps nothing there (src/data/sdk-reads.json): it sends a command that
 * only reads (`GetObjectCommand`), or, sending none, each of its names only reads or builds the read (`bucket.getFiles`).
 */
function onlyReads(call: SdkCall): boolean {
  const reads = readNames.get(call.vendor);
  if (!reads) return false;
  return call.command !== undefined ? reads.has(call.command) : call.api.split('.').every((name) => reads.has(name));
}

/**
 * A storage vendor the code reaches only through its SDK, every call a read (`ListObjectsV2Command` of the vendor's own
 * media library), with no request of its own to the vendor's hosts: it keeps nothing of the app's.
 */
export function onlyReadFrom(facts: Facts, party: ThirdParty): boolean {
  return readsOnly(party, sdkCalls(facts).filter((c) => c.vendor === party.vendor));
}

function readsOnly(party: ThirdParty, calls: readonly SdkCall[]): boolean {
  return calls.length > 0 && calls.every(onlyReads) && !party.via.some((v) => v.kind === 'egress');
}

/**
 * The storage operations but the reads made through a storage vendor the code only reads from (`from('t').select()` of
 * a Supabase it never writes to): what the app's code keeps, and where.
 */
export function storageKept(facts: Facts): StorageOp[] {
  const readOnly = new Set(facts.thirdParties.filter((p) => STORE_CATEGORIES.has(p.category) && onlyReadFrom(facts, p)).map((p) => p.vendor));
  if (readOnly.size === 0) return facts.storage;
  const reads = new Set(sdkCalls(facts).filter((c) => readOnly.has(c.vendor)).map((c) => `${c.evidence.file}:${c.evidence.line}`));
  return facts.storage.filter((op) => op.op !== 'read' || !reads.has(`${op.evidence.file}:${op.evidence.line}`));
}

type StorageVendor = { name: string; evidence: Evidence[] };

/**
 * Storage vendors (Supabase, S3...) the code imports or calls, with where: the calls through their SDK
 * that carry End-User Data first (the `PutObject` of a diagram, not the import), vendors that receive
 * such data before the others; a bare dependency is listed apart. A vendor the code only reads from is not listed.
 */
export function storageVendors(facts: Facts): { used: StorageVendor[]; dependencyOnly: StorageVendor[] } {
  const used: Array<StorageVendor & { data: boolean }> = [];
  const dependencyOnly = [];
  for (const party of facts.thirdParties) {
    if (!STORE_CATEGORIES.has(party.category)) continue;
    const calls = sdkCalls(facts).filter((c) => c.vendor === party.vendor);
    if (readsOnly(party, calls)) continue;
    const inCode = party.via.filter((v) => v.kind !== 'dependency');
    const withData = calls.filter((c) => carriesEndUserData(c.carries));
    const evidence = [...withData, ...calls.filter((c) => !withData.includes(c))].map((c) => c.evidence);
    if (inCode.length > 0 || calls.length > 0) used.push({ name: party.name, evidence: [...evidence, ...inCode.map((v) => v.evidence)], data: withData.length > 0 });
    else dependencyOnly.push({ name: party.name, evidence: party.via.map((v) => v.evidence) });
  }
  return { used: [...used.filter((u) => u.data), ...used.filter((u) => !u.data)].map(({ name, evidence }) => ({ name, evidence })), dependencyOnly };
}

/** Requests outside Atlassian and calls through vendor SDKs that carry End-User Data: where it goes, it may be kept. */
export function endUserDataSentOut(facts: Facts): Array<EgressCall | SdkCall> {
  return [...externalCalls(facts.egress.calls), ...sdkCalls(facts)].filter((c) => carriesEndUserData(c.carries));
}

/**
 * Personal data the app keeps: written to a store, or sent to a Forge remote that declares the
 * `storage` operation (the vendor's own backend, which keeps what it is sent).
 */
export function personalDataKept(facts: Facts): PersonalDataUse[] {
  const storing = new Set(storingRemotes(facts).map((r) => `remote:${r.key}`));
  return facts.personalData.uses.filter((u) => u.action === 'stored' || (u.action === 'sent' && u.target !== null && storing.has(u.target)));
}

/** Forge remotes that declare the `storage` operation: the vendor's own backend keeps data. */
export function storingRemotes(facts: Facts): RemoteFact[] {
  return facts.egress.remotes.filter((r) => r.operations.includes('storage'));
}

/** Whether the code keeps data outside Atlassian: a write to an external database, or a remote that declares `storage`. */
export function keepsOutsideInCode(facts: Facts): boolean {
  return facts.storage.some((op) => op.op === 'write' && op.backend === 'external-db') || storingRemotes(facts).length > 0;
}

/**
 * Calls carrying one of `kinds` to a remote that declares `storage`, or whose own code (linked by the scan, `RemoteFact.code`)
 * writes what its requests bring to a store: that data is kept outside Atlassian.
 */
export function sentToStoringRemote(facts: Facts, kinds: readonly DataKind[]): EgressCall[] {
  const keeping = new Set(facts.storage.filter((op) => op.op === 'write' && op.remote !== undefined && op.carries.includes('resolver-payload')).map((op) => op.remote!));
  const storing = new Set([...storingRemotes(facts).map((r) => r.key), ...keeping].map((key) => `remote:${key}`));
  return facts.egress.calls.filter((c) => c.host !== null && storing.has(c.host) && c.carries.some((k) => kinds.includes(k)));
}

/** Atlassian account data the app keeps (account IDs, emails, names): what the Personal Data Reporting API is about, not clients' IP addresses. */
export function accountDataKept(facts: Facts): PersonalDataUse[] {
  return personalDataKept(facts).filter((u) => u.kind !== 'ip-address' && u.kind !== 'phone-number');
}
