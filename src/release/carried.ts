import { dataText } from '../checks/words.ts';
import { END_USER_DATA, type DataKind } from '../scan/facts.ts';
import type { AspectItem, Verdict } from './types.ts';

/** The kinds a statement cares about: End-User Data and secrets. */
export function sensitive(carries: readonly DataKind[] = []): DataKind[] {
  return [...new Set(carries.filter((k) => k === 'secret' || END_USER_DATA.includes(k)))].sort();
}

/** Sensitive kinds in `after` that `before` lacked. */
export function gained(before: readonly DataKind[] = [], after: readonly DataKind[] = []): DataKind[] {
  const had = new Set(sensitive(before));
  return sensitive(after).filter((k) => !had.has(k));
}

/** What an item carries now and did not before (`gained`, with `severity`), or no longer carries (`lost`, for information). */
export function carriesChanged(before: AspectItem, after: AspectItem, severity: Verdict['severity'] = 'statement-update'): Verdict | null {
  const more = gained(before.carries, after.carries);
  if (more.length) return { severity, messageId: 'gained', data: { ...after.data!, data: dataText(more) } };
  const less = gained(after.carries, before.carries);
  return less.length ? { severity: 'info', messageId: 'lost', data: { ...after.data!, data: dataText(less) } } : null;
}
