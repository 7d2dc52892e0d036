/**
 * Which personal-data kinds an operation's response returns, from its response schema: the part of
 * `scripts/build-scope-table.ts` that writes `src/data/generated/personal-data-operations.json`.
 *
 * A person is an object with an Atlassian account ID (`accountId`, `account_id`; Bitbucket's `account`
 * with `uuid` and `display_name`); it carries a display name (`displayName`, `display_name`,
 * `publicName`) and an email (`emailAddress`, `email`) when its schema has them. An operation returns
 * people when its answer is a person or lists them: the person is the answer, an item of a list, or the
 * `user` or `watcher` of a record (a membership, a permission, a watch), reached only through envelopes
 * (pages, lists, records: objects with no `id`, `key`, `uuid`, `hash` or `name` of their own).
 * People embedded in content (an issue's changelog authors, a comment's author, a page's likes, a
 * repository's owner, a task's submitter) are not counted: that answer is the product's content, and
 * the scan tells the people in it where the code reads their fields (`comment.author.accountId`).
 */
import type { PersonalDataUse } from '../src/scan/facts.ts';

type Kind = PersonalDataUse['kind'];
/** `[source, method, path, kinds]`, the source an index into the scope table's sources. */
export type PeopleRow = [number, string, string, Kind[]];
export interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  additionalProperties?: boolean | Schema;
}
interface Flat { props: Record<string, Schema>; items: Schema | null; map: Schema | null; alternatives: Schema[] | null }

const ID_KEYS = ['accountId', 'account_id'];
const NAME_KEYS = ['displayName', 'display_name', 'publicName'];
const EMAIL_KEYS = ['emailAddress', 'email'];
/** An object's own identifier: it is an entity (an issue, a page, a commit), not an envelope around people. */
const IDENTITY_KEYS = ['id', 'key', 'uuid', 'hash', 'name', 'issueId', 'issueKey'];
/** A record's property holding the person it is about: a membership's or permission's `user`, a watch's `watcher`. */
const PERSON_PROPERTIES = new Set(['user', 'watcher']);
/** How many objects deep a person is looked for below the answer. */
const MAX_DEPTH = 6;
const KIND_ORDER: Kind[] = ['account-id', 'display-name', 'email'];

export class PeopleFinder {
  private readonly schemas: Record<string, Schema>;
  private readonly flats = new Map<Schema, Flat>();

  constructor(schemas: Record<string, Schema>) {
    this.schemas = schemas;
  }

  /** The personal-data kinds a response schema returns, in a fixed order; empty when it returns no people. */
  kinds(schema: Schema): Kind[] {
    const found = new Set<Kind>();
    this.visit(schema, null, 0, new Set(), found);
    return KIND_ORDER.filter((k) => found.has(k));
  }

  /** `via`: the property the schema is the value of; null for the answer itself and for items of a list or map. */
  private visit(schema: Schema, via: string | null, depth: number, seen: Set<Schema>, found: Set<Kind>): void {
    const flat = this.flat(schema);
    if (flat.items) return this.visit(flat.items, null, depth + 1, seen, found);
    // `oneOf` of several shapes: people only when every shape holds some.
    if (flat.alternatives) {
      const each = flat.alternatives.map((alt) => {
        const kinds = new Set<Kind>();
        this.visit(alt, via, depth + 1, seen, kinds);
        return kinds;
      });
      if (each.every((k) => k.size > 0)) for (const kinds of each) for (const k of kinds) found.add(k);
      return;
    }
    const person = personKinds(flat.props);
    if (person.length) {
      if (via === null || PERSON_PROPERTIES.has(via)) for (const k of person) found.add(k);
      return;
    }
    if (depth >= MAX_DEPTH || seen.has(schema) || IDENTITY_KEYS.some((k) => k in flat.props)) return;
    const below = new Set(seen).add(schema);
    if (flat.map) this.visit(flat.map, null, depth + 1, below, found);
    for (const [name, child] of Object.entries(flat.props)) this.visit(child, name, depth + 1, below, found);
  }

  /**
   * The properties of the document's schemas by name: for those whose value is a person (or a list of people) in some schema,
   * the kinds that person carries; the names of those whose value is anything else in some schema.
   */
  properties(): { people: Map<string, Set<Kind>>; others: Set<string> } {
    const people = new Map<string, Set<Kind>>();
    const others = new Set<string>();
    for (const schema of Object.values(this.schemas)) {
      for (const [name, value] of Object.entries(this.flat(schema).props)) {
        const flat = this.flat(value);
        const kinds = personKinds(flat.items ? this.flat(flat.items).props : flat.props);
        if (kinds.length === 0) others.add(name);
        else for (const kind of kinds) people.set(name, (people.get(name) ?? new Set()).add(kind));
      }
    }
    return { people, others };
  }

  /** Properties, array items, map values and alternatives of a schema, through `$ref` and `allOf`. */
  private flat(schema: Schema): Flat {
    let flat = this.flats.get(schema);
    if (flat) return flat;
    flat = { props: {}, items: null, map: null, alternatives: null };
    const walk = (s: Schema | undefined, hops: number): void => {
      if (!s || hops > 20) return;
      if (s.$ref) return walk(this.schemas[s.$ref.slice(s.$ref.lastIndexOf('/') + 1)], hops + 1);
      Object.assign(flat!.props, s.properties ?? {});
      if (s.items) flat!.items = s.items;
      if (typeof s.additionalProperties === 'object' && Object.keys(s.additionalProperties).length) flat!.map = s.additionalProperties;
      const alternatives = s.oneOf ?? s.anyOf;
      if (alternatives?.length) flat!.alternatives = alternatives;
      for (const part of s.allOf ?? []) walk(part, hops + 1);
    };
    walk(schema, 0);
    this.flats.set(schema, flat);
    return flat;
  }
}

/** The kinds a person object carries; empty when the object is no person. */
function personKinds(props: Record<string, Schema>): Kind[] {
  const has = (keys: string[]): boolean => keys.some((k) => k in props);
  const bitbucketAccount = 'uuid' in props && 'display_name' in props;
  if (!has(ID_KEYS) && !bitbucketAccount) return [];
  const kinds: Kind[] = ['account-id'];
  if (has(NAME_KEYS)) kinds.push('display-name');
  if (has(EMAIL_KEYS)) kinds.push('email');
  return kinds;
}

/** The schema of an operation's first 2xx answer: OpenAPI 3 `content` (JSON first), Swagger 2 `schema`. */
export function responseSchema(op: { responses?: Record<string, unknown> }, resolve: (s: Schema) => Schema): Schema | null {
  const responses = op.responses ?? {};
  const code = Object.keys(responses).sort().find((c) => c.startsWith('2'));
  if (!code) return null;
  const response = resolve(responses[code] as Schema) as { schema?: Schema; content?: Record<string, { schema?: Schema }> };
  if (response.schema) return response.schema;
  const content = response.content ?? {};
  return (content['application/json'] ?? Object.values(content)[0])?.schema ?? null;
}

/**
 * The fields of a product's content that hold a person and nothing else (a comment's `author` and `updateAuthor`, an
 * attachment's `author`), with the kinds that person carries: the property names that are a person, or a list of people,
 * in every schema of the documents that has them, in the order of `KIND_ORDER`.
 */
export function personFields(documents: ReadonlyArray<{ people: Map<string, Set<Kind>>; others: Set<string> }>): Record<string, Kind[]> {
  const out: Record<string, Kind[]> = {};
  const names = [...new Set(documents.flatMap((d) => [...d.people.keys()]))].sort();
  for (const name of names) {
    if (documents.some((d) => d.others.has(name))) continue;
    const kinds = new Set(documents.flatMap((d) => [...(d.people.get(name) ?? [])]));
    out[name] = KIND_ORDER.filter((k) => kinds.has(k));
  }
  return out;
}
