import type { Evidence } from '../scan/facts.ts';

/** Items grouped by a key, in first-seen order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The first place of a group is the finding's evidence, the others its related locations. */
export function firstAndRest(places: readonly Evidence[]): { evidence: Evidence; related: Evidence[] } {
  const [evidence, ...related] = places;
  if (!evidence) throw new Error('a finding needs at least one place');
  return { evidence, related };
}
