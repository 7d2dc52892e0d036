import type { DataKind, StorageOp } from '../facts.ts';
import type { FileFacts } from '../source/file-facts.ts';
import type { Resolve } from './context.ts';
import type { FlowIndex } from './indexes.ts';
import { escapeRegex } from '../../utils/regex.ts';
import { SPREAD_FIELDS, WITHOUT } from '../source/string-marks.ts';
import { withField } from '../source/kinds.ts';

/**
 * What a read of the app's storage returns: what the app writes to the same backend under a key that may be
 * the same one (a key not known matches any). Each write's data is worked out once, as functions' results are
 * (a write that depends on itself through reads adds nothing more, nor does one of what it read under its own key),
 * and each read once per backend and key.
 */
export function storedKinds(index: FlowIndex, resolve: Resolve): (backend: string, key: string, withParams: boolean, columns?: string | null) => DataKind[] {
  const written = [new Map<StorageOp, DataKind[]>(), new Map<StorageOp, DataKind[]>()];
  const writing = new Set<StorageOp>();
  const writeKinds = (file: FileFacts, op: StorageOp, withParams: boolean): DataKind[] => {
    const memo = written[Number(withParams)]!;
    const cached = memo.get(op);
    if (cached) return cached;
    if (writing.has(op)) return [];
    writing.add(op);
    // `set(key, edit(await get(key)))`: what is read under the key being written is there already, and the reads of that key
    // get it from the writes that put it there.
    const self = `store:${op.backend}:${anyKey(op.key) ? '' : op.key}`;
    const kinds = resolve(file, op.carries.filter((f) => f !== self && !(anyKey(op.key) && f === `${self}{}`)), withParams);
    writing.delete(op);
    memo.set(op, kinds);
    return kinds;
  };
  /**
   * What an SQL write puts in some columns (`title,body`), when it tells which parameter goes to which, or what a write of an object
   * literal puts in some of its fields (`settings.repo`, all but some for `-token`); else all it writes.
   */
  const fieldsWritten = [new Map<StorageOp, Map<string, DataKind[]>>(), new Map<StorageOp, Map<string, DataKind[]>>()];
  const columnKinds = (file: FileFacts, op: StorageOp, withParams: boolean, columns: string): DataKind[] => {
    const { boundKinds, boundColumns } = op;
    if (!boundKinds || !boundColumns) return writeKinds(file, op, withParams);
    // Worked out once per write and fields read, as `writeKinds` is: a read inside the resolution is not kept (see below), so
    // without this, writes whose fields hold reads of other such writes were resolved again at each read, more at each level.
    const memo = fieldsWritten[Number(withParams)]!;
    const byColumns = memo.get(op) ?? new Map<string, DataKind[]>();
    const cached = byColumns.get(columns);
    if (cached) return cached;
    if (writing.has(op)) return [];
    const without = columns.startsWith(WITHOUT);
    const read = new Set(without ? columns.slice(1).split(',') : columns.split(','));
    const flows: DataKind[] = [];
    boundKinds.forEach((kinds, i) => {
      if (boundColumns[i] !== SPREAD_FIELDS) {
        if (read.has(boundColumns[i] ?? '') !== without) flows.push(...kinds);
        return;
      }
      // `{ ...member, phone }`: the spread gives the fields read that no field after it names, `member.note` of `note`.
      const open = without ? null : [...read].filter((c) => !boundColumns.includes(c, i + 1));
      if (open === null || open.length > 1) flows.push(...kinds);
      else if (open.length === 1) flows.push(...(withField(new Set(kinds), open[0]!) as Set<DataKind>));
    });
    writing.add(op);
    const kinds = flows.length === 0 ? [] : resolve(file, flows, withParams);
    writing.delete(op);
    byColumns.set(columns, kinds);
    memo.set(op, byColumns);
    return kinds;
  };
  const reads = new Map<string, DataKind[]>();
  return (backend, key, withParams, columns = null) => {
    const id = `${backend}\u0000${key}\u0000${withParams}\u0000${columns ?? ''}`;
    const known = reads.get(id);
    if (known) return known;
    const out = new Set<DataKind>();
    const writes: Array<{ file: FileFacts; op: StorageOp }> = [];
    // A read's key is matched once against each template the app writes under.
    for (const [template, list] of index.writes.get(backend) ?? []) if (keysMeet(template, key)) writes.push(...list);
    // A field of a stored object no write names (`page.results` of a query's answer, a field a spread gave): all that is written there.
    const fields = columns !== null && (backend === 'sql' || columns.startsWith(WITHOUT) || writes.some(({ op }) => names(op, columns))) ? columns : null;
    for (const { file, op } of writes) for (const k of fields === null ? writeKinds(file, op, withParams) : columnKinds(file, op, withParams, fields)) out.add(k);
    // Nothing the app writes there (or only what is being worked out): something, not nothing.
    const kinds = out.size > 0 ? [...out] : ['other' as const];
    if (writing.size === 0) reads.set(id, kinds);
    return kinds;
  };
}

/** Whether a write of an object literal names one of some fields (`repo,token`). */
function names(op: StorageOp, columns: string): boolean {
  return op.boundColumns !== undefined && columns.split(',').some((c) => op.boundColumns!.includes(c));
}

/** A key not known: none, or one hole (`kvs.set(item.key, ...)`). */
function anyKey(key: string | null): boolean {
  return !key || key === '{}';
}

/** Whether two key templates (`comment:{}`) may name the same key; an unknown or empty one meets any. */
function keysMeet(a: string | null, b: string): boolean {
  if (!a || !b) return true;
  return keyPattern(a).test(b.replaceAll('{}', '')) || keyPattern(b).test(a.replaceAll('{}', ''));
}

const keyPatterns = new Map<string, RegExp>();
function keyPattern(template: string): RegExp {
  let pattern = keyPatterns.get(template);
  if (!pattern) {
    pattern = new RegExp(`^${template.split('{}').map(escapeRegex).join('.*')}$`, 's');
    keyPatterns.set(template, pattern);
  }
  return pattern;
}
