/** Cross-references inside a valid profile: `third-party:<id>` places must name a `thirdParties` entry. */
import type { Profile } from './schema.ts';
import type { PathSegment } from './yaml-paths.ts';

export interface ReferenceProblem {
  path: PathSegment[];
  message: string;
  hint: string;
}

export function checkReferences(profile: Profile): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const ids = new Map<string, number>();
  (profile.thirdParties ?? []).forEach((party, index) => {
    if (party.id === undefined) return;
    if (ids.has(party.id)) {
      problems.push({
        path: ['thirdParties', index, 'id'],
        message: `id "${party.id}" is used twice (also thirdParties[${ids.get(party.id)}])`,
        hint: 'Give each third party its own id.',
      });
    } else ids.set(party.id, index);
  });
  const places: Array<[PathSegment[], string]> = [];
  (profile.data ?? []).forEach((entry, index) => places.push(...listed(['data', index, 'storedIn'], entry.storedIn)));
  places.push(...listed(['logs', 'storedIn'], profile.logs?.storedIn));
  for (const [path, place] of places) {
    const id = place.startsWith('third-party:') ? place.slice('third-party:'.length) : null;
    if (id === null || ids.has(id)) continue;
    problems.push({
      path,
      message: `${place} names no third party`,
      hint: `Add an entry with id: ${id} to thirdParties (name, purpose, countries), or fix the id.`,
    });
  }
  return problems;
}

function listed(path: PathSegment[], value: string | string[] | undefined): Array<[PathSegment[], string]> {
  if (value === undefined) return [];
  return Array.isArray(value) ? value.map((place, i) => [[...path, i], place]) : [[path, value]];
}
