import type { PersonalDataUse } from '../facts.ts';
import supplement from '../../data/personal-data-supplement.json' with { type: 'json' };

type PersonalKind = PersonalDataUse['kind'];

const { fields } = supplement;
const OPERATIONS = new Set(fields.operations.map((op) => `${op.method} ${op.path}`));
const PEOPLE = new Set(fields.people);
const KINDS = Object.freeze(fields.kinds as PersonalKind[]);

/**
 * The people an answer holds for the fields its request names, for the operations that answer with the issue fields
 * asked (`src/data/personal-data-supplement.json`, `fields`): `GET /rest/api/3/search/jql?jql=…&fields=summary,assignee`,
 * or `POST /rest/api/3/search/jql` with `fields: ['assignee', 'reporter']` in its body (`named`). None when it names no
 * field that holds users.
 */
export function askedPeople(method: string, template: string, path: string, named: readonly string[]): readonly PersonalKind[] {
  if (!OPERATIONS.has(`${method} ${template}`)) return [];
  return [...queryFields(path), ...named].some((field) => PEOPLE.has(field.trim())) ? KINDS : [];
}

/** The fields of every `fields=` of a path's query (`fields=summary,assignee&fields=reporter`). */
function queryFields(path: string): string[] {
  const at = path.indexOf('?');
  if (at < 0) return [];
  const out: string[] = [];
  for (const pair of path.slice(at + 1).split('&')) {
    if (pair.startsWith('fields=')) out.push(...pair.slice('fields='.length).replaceAll('%2C', ',').replaceAll('%2c', ',').split(','));
  }
  return out;
}
