import data from '../../data/metadata-answers.json' with { type: 'json' };
import { PERSONAL_KINDS, type DataKind } from '../facts.ts';
import type { Flow } from './flow.ts';
import { queryPairs } from './string-marks.ts';

/** Before the object a metadata answer describes (`about:project`): see `src/data/metadata-answers.json`. */
const ABOUT = 'about:';

/** After an object's name in its mark: the answer lacks the fields its request did not expand (`about:project!`). */
const UNEXPANDED = '!';

interface About { fields: ReadonlyMap<string, readonly Flow[]>; whole: readonly Flow[] }
/** `expanded`: the query parameters (`expand=lead`) that make the operation answer with the fields it otherwise leaves out. */
interface Described { name: string; expanded: ReadonlySet<string> | null }
interface ObjectData { operations: string[]; fields: Record<string, DataKind[]>; whole?: DataKind[]; expanded?: { operations: string[]; fields: Record<string, string[]> } }

const OBJECTS = new Map<string, About>();
const BY_OPERATION = new Map<string, Described>();
for (const [name, object] of Object.entries(data.objects) as Array<[string, ObjectData]>) {
  const fields = new Map(Object.entries(object.fields));
  OBJECTS.set(name, about(fields, name, object.whole));
  const left = object.expanded ? object.expanded.fields : null;
  if (left) OBJECTS.set(name + UNEXPANDED, about(new Map([...fields].filter(([field]) => !Object.hasOwn(left, field))), name + UNEXPANDED, object.whole));
  const params = left ? new Set(Object.values(left).flat()) : null;
  for (const operation of object.operations) BY_OPERATION.set(operation, { name, expanded: object.expanded?.operations.includes(operation) ? params : null });
}

function about(fields: ReadonlyMap<string, readonly Flow[]>, mark: string, whole: readonly Flow[] = []): About {
  const held = new Set([...fields.values(), whole].flat());
  return { fields, whole: [...(held.size > 0 ? held : ['other' as const]), `${ABOUT}${mark}`] };
}
const ITEMS = new Set(data.items);
/** Whether this thread has seen a metadata answer: until then, no value holds one (most apps read none). */
let seen = false;

/**
 * What the answer of an operation that describes a project, board, sprint, version or component holds as a whole, with its
 * mark; null for another operation. `path` with its query: a list of projects holds their leads only with `expand=lead`;
 * `addedQuery` when the request's options add one (axios's `params`, ACE's `qs`), which may expand them.
 */
export function metadataAnswer(operation: string | undefined, path: string, addedQuery: boolean): readonly Flow[] | null {
  const described = operation === undefined ? undefined : BY_OPERATION.get(operation);
  if (described === undefined) return null;
  seen = true;
  const { name, expanded } = described;
  return OBJECTS.get(expanded === null || addedQuery || expands(path, expanded) ? name : name + UNEXPANDED)!.whole;
}

/** Whether a path's query has one of the parameters (`expand=lead`, also in a list, `expand=description,lead`), or one the scan cannot tell. */
function expands(path: string, params: ReadonlySet<string>): boolean {
  for (const [name, value] of queryPairs(path)) {
    // `?${query}`, `expand=${wanted}`: a query built at run time may ask for them.
    if ((name.includes('{}') || value.includes('{}')) && (name.includes('{}') || [...params].some((p) => p.startsWith(`${name}=`)))) return true;
    for (const item of value.replaceAll(/%2C/gi, ',').split(',')) if (params.has(`${name}=${item}`)) return true;
  }
  return false;
}

/** Whether a flow marks a metadata answer (it stands for nothing once the scan resolves what a value holds). */
export function isAboutMark(flow: string): boolean {
  return flow.startsWith(ABOUT);
}

/**
 * Field `name` of a value that holds a metadata answer: what that field holds (`project.description` its content,
 * `project.lead` a person, `project.name` nothing), in place of the answer's content and people; the list of a page
 * (`values`) and its items, and the answer a client wraps (`res.data` of axios), hold the answer as it is. The set itself
 * when it holds no such answer.
 */
export function metadataField(kinds: Set<Flow>, name: string): Set<Flow> {
  return seen ? aboutField(kinds, name) : kinds;
}

/** `metadataField` where the set may hold a mark this thread did not make (a function's returns, read from the cache or a worker). */
export function aboutField(kinds: Set<Flow>, name: string): Set<Flow> {
  let about: About | undefined;
  for (const k of kinds) if (k.startsWith(ABOUT)) about = OBJECTS.get(k.slice(ABOUT.length));
  if (about === undefined || ITEMS.has(name) || /^\d+$/.test(name)) return kinds;
  const out = new Set<Flow>();
  for (const k of kinds) if (k !== 'product-content' && !PERSONAL_KINDS.has(k) && !k.startsWith(ABOUT)) out.add(k);
  for (const k of about.fields.get(name) ?? []) out.add(k);
  if (out.size === 0) out.add('other');
  return out;
}
