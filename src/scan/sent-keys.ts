import type { FillImported } from './constants.ts';
import type { StorageOp } from './facts.ts';
import type { CallGraph } from './link.ts';
import type { FileFacts } from './source/file-facts.ts';
import { FIELD, onlyHoles, settle, withBraces } from './source/string-marks.ts';

/** More keys than one operation stands for in the facts (as for a key taken from a loop over constants). */
const MAX_KEYS = 4;

export interface SentKey {
  file: FileFacts;
  op: StorageOp;
  /** `invoke:save` for the resolver function `save`, `request:pin` for the module's function `pin` handed the request. */
  from: string;
  field: string;
}

/** The KVS operations whose key is a field the front ends send (`kvs.set(payload.key, v)`), taken before the scan reorders storage. */
export function sentKeyOps(files: readonly FileFacts[]): SentKey[] {
  const out: SentKey[] = [];
  for (const file of files) {
    for (const { index, flow } of file.sentKeys ?? []) {
      const op = file.storage[index];
      if (op) out.push(sentKey(file, op, flow));
    }
  }
  return out;
}

/** The operations of helpers (`put(key, value)`) whose callers pass such a field as the key (`put(req.payload.key, v)`, `StorageOp.sentFrom`). */
export function helperSentKeyOps(files: readonly FileFacts[]): SentKey[] {
  const out: SentKey[] = [];
  for (const file of files) {
    for (const op of file.storage) {
      if (op.sentFrom === undefined) continue;
      out.push(sentKey(file, op, op.sentFrom));
      delete op.sentFrom;
    }
  }
  return out;
}

function sentKey(file: FileFacts, op: StorageOp, flow: string): SentKey {
  const at = flow.indexOf(FIELD);
  return { file, op, from: flow.slice(0, at), field: flow.slice(at + 1) };
}

/**
 * A key a resolver function takes from what front ends send it is what their `invoke` calls give that field
 * (`invoke('save', { key: \`draft-${id}\` })` for `kvs.set(payload.key, value)`: `draft-{}`), one operation per key, at most four.
 */
export function fillSentKeys(sent: readonly SentKey[], files: readonly FileFacts[], graph: CallGraph, fill: FillImported): void {
  for (const { file, op, from, field } of sent) {
    const at = file.storage.indexOf(op);
    if (at < 0 || op.key !== null) continue;
    const names = from.startsWith('invoke:') ? new Set([from.slice('invoke:'.length)]) : resolverNames(files, graph, file, from.slice('request:'.length));
    const keys = new Set<string>();
    for (const f of files) {
      for (const call of f.invokes) {
        const value = names.has(call.name) ? call.values?.[field] : undefined;
        const known = value === undefined ? null : settle(fill(f.file, value));
        if (known !== null && !onlyHoles(known)) keys.add(withBraces(known));
      }
    }
    if (keys.size === 0 || keys.size > MAX_KEYS) continue;
    const [first, ...others] = [...keys];
    op.key = first!;
    file.storage.splice(at + 1, 0, ...others.map((key) => ({ ...op, key })));
  }
}

/** The names a function of the module is defined under as a resolver function (`resolver.define('pin', pin)`, here or where it is imported). */
function resolverNames(files: readonly FileFacts[], graph: CallGraph, file: FileFacts, fn: string): Set<string> {
  const out = new Set<string>();
  for (const f of files) {
    for (const { ref, name } of f.resolverRefs) {
      const found = name === '*' ? null : graph.function(f, ref);
      if (found?.file === file && found.fn.name === fn) out.add(name);
    }
  }
  return out;
}
