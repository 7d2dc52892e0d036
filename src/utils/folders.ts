/** The folder of a path relative to the app ('' at the root), `/` separators. */
export function dirOf(file: string): string {
  const at = file.lastIndexOf('/');
  return at < 0 ? '' : file.slice(0, at);
}

/**
 * What the nearest folder at or above `dir` ('' the root) holds, by `own` (null where it holds nothing), kept in `memo`: the
 * config that governs a file, the package it is in.
 */
export function nearestUp<T>(dir: string, own: (dir: string) => T | null, memo: Map<string, T | null>): T | null {
  let found = memo.get(dir);
  if (found === undefined) {
    found = own(dir) ?? (dir === '' ? null : nearestUp(dirOf(dir), own, memo));
    memo.set(dir, found);
  }
  return found;
}
