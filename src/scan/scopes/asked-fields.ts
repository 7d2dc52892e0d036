import type { PersonalDataUse } from '../facts.ts';
import supplement from '../../data/personal-data-supplement.json' with { type: 'json' };
import derived from '../../data/generated/personal-data-operations.json' with { type: 'json' };
import { EXPANDED, NO_RESULTS, UNKNOWN_FIELD } from '../source/body-fields.ts';
import { queryPairs } from '../source/string-marks.ts';

type PersonalKind = PersonalDataUse['kind'];
interface FieldsOperation { default: string; excluding?: string }

const { fields, expand } = supplement;
const OPERATIONS = new Map<string, FieldsOperation>(fields.operations.map((op) => [`${op.method} ${op.path}`, op]));
/** The expansions of each operation that add people to its answer (`expand=changelog`, `expand=history`). */
const EXPANSIONS = new Map<string, ReadonlySet<string>>(expand.operations.map((op) => [`${op.method} ${op.path}`, new Set(op.expand)]));
const EXPANDED_KINDS = Object.freeze(expand.kinds as PersonalKind[]);
const HOLDERS = new Set(expand.holders.names);
const PEOPLE = new Set(fields.people);
const SETS: Readonly<Record<string, readonly string[]>> = fields.sets;
const KINDS = Object.freeze(fields.kinds as PersonalKind[]);
const NO_ONE = new Set(fields.holdNoOne.names);
const ONLY_PEOPLE = new Set(fields.holdOnlyPeople.names);
/** The fields of Jira's content that hold a person (a comment's `author`), derived from the OpenAPI schemas, with that person's kinds. */
const PERSON_FIELDS = new Map(Object.entries(derived.personFields) as Array<[string, PersonalKind[]]>);

/** Whether a field named as a number often is holds the people an expansion adds to a product's answer (Confluence's `version`, with its `by`). */
export function holdsExpandedPeople(name: string): boolean {
  return HOLDERS.has(name);
}

/** Whether a field of an issue or an issue search's answer holds no user (`summary`, `status`, `key`). */
export function holdsNoOne(name: string): boolean {
  return NO_ONE.has(name);
}

/** Whether a field of an issue holds a user and nothing else (`assignee`, `reporter`), or one of the product's content does (a comment's `author`). */
export function holdsOnlyPeople(name: string): boolean {
  return ONLY_PEOPLE.has(name) || PERSON_FIELDS.has(name);
}

/**
 * The kinds of the person a field of the product's content holds (`author` of a comment or an attachment: account ID, display
 * name, email), as the schemas of Jira's answers give them; undefined for another field.
 */
export function personOfContent(name: string): readonly PersonalKind[] | undefined {
  return PERSON_FIELDS.get(name);
}

/**
 * The people an answer holds for the fields its request names, for the operations that answer with the issue fields
 * asked (`src/data/personal-data-supplement.json`, `fields`): `GET /rest/api/3/search/jql?jql=...&fields=summary,assignee`,
 * or `POST /rest/api/3/search/jql` with `fields: ['assignee', 'reporter']` in its body (`named`, undefined when the scan
 * sees no body). A request naming none gets the operation's default fields (`GET /rest/api/3/issue/{key}`: all of them);
 * one whose fields the scan cannot tell (`fields=${wanted}`, a query built at run time: `openQuery`) reads only the user
 * fields it names. None when the fields it gets hold no users.
 */
export function askedPeople(method: string, template: string, path: string, named: readonly string[] | undefined, openQuery: boolean): readonly PersonalKind[] {
  const operation = OPERATIONS.get(`${method} ${template}`);
  const expansions = EXPANSIONS.get(`${method} ${template}`);
  if (operation === undefined && expansions === undefined) return [];
  // `maxResults=0`, `{ jql, maxResults: 0 }`: only the count of what matches, no item of it.
  if (named?.includes(NO_RESULTS) || queryPairs(path).some(([name, value]) => name === 'maxResults' && value === '0')) return [];
  const asking = [...queryFields(path), ...(named ?? (method === 'GET' ? [] : [UNKNOWN_FIELD]))];
  // `expand=changelog`, `expand: ['changelog']`: the people of the change history, whatever fields are asked.
  if (expansions && asking.some((asked) => asked.startsWith(EXPANDED) && asked.slice(1).split('.').some((part) => expansions.has(part.trim())))) return EXPANDED_KINDS;
  if (operation === undefined) return [];
  const excluded = new Set<string>();
  const held = new Set<string>();
  let unknown = openQuery;
  let listed = false;
  for (const asked of asking) {
    const field = asked.trim();
    if (field.startsWith(EXPANDED)) continue;
    if (field.includes(UNKNOWN_FIELD)) unknown = true;
    else if (field.startsWith('-')) excluded.add(field.slice(1));
    else if (field !== '') {
      listed = true;
      for (const user of userFields(field)) held.add(user);
    }
  }
  // Only fields left out (`-description`): the others of the default.
  if (!listed && !unknown) for (const user of userFields(excluded.size > 0 ? (operation.excluding ?? operation.default) : operation.default)) held.add(user);
  for (const user of held) if (!excluded.has(user)) return KINDS;
  return [];
}

/** The user fields a field name stands for: itself, or those of `*all`, `*navigable`, `id`. */
function userFields(field: string): readonly string[] {
  if (Object.hasOwn(SETS, field)) return SETS[field]!;
  return PEOPLE.has(field) ? [field] : [];
}

/**
 * The fields of every `fields=` of a path's query (`fields=summary,assignee&fields=reporter`), and its expansions after `EXPANDED`
 * (`expand=changelog`); a part built at run time is `UNKNOWN_FIELD`.
 */
function queryFields(path: string): string[] {
  const out: string[] = [];
  for (const [name, value] of queryPairs(path)) {
    if (name === 'fields') out.push(...value.replaceAll(/%2C/gi, ',').replaceAll(/%2A/gi, '*').split(','));
    else if (name === 'expand') for (const item of value.replaceAll(/%2C/gi, ',').split(',')) out.push(EXPANDED + item);
    else if (name.includes(UNKNOWN_FIELD)) out.push(UNKNOWN_FIELD);
  }
  return out;
}
