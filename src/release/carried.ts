import { END_USER_DATA, type DataKind } from '../scan/facts.ts';

/** The kinds a statement cares about: End-User Data and secrets. */
export function sensitive(carries: readonly DataKind[] = []): DataKind[] {
  return [...new Set(carries.filter((k) => k === 'secret' || END_USER_DATA.includes(k)))].sort();
}

/** Sensitive kinds in `after` that `before` lacked. */
export function gained(before: readonly DataKind[] = [], after: readonly DataKind[] = []): DataKind[] {
  const had = new Set(sensitive(before));
  return sensitive(after).filter((k) => !had.has(k));
}
