import data from '../../data/metadata-answers.json' with { type: 'json' };
import { PERSONAL_DATA, type DataKind } from '../facts.ts';
import type { Flow } from './flow.ts';

/** Before the object a metadata answer describes (`about:project`): see `src/data/metadata-answers.json`. */
const ABOUT = 'about:';

interface About { fields: ReadonlyMap<string, readonly Flow[]>; whole: readonly Flow[] }

const OBJECTS = new Map<string, About>();
const BY_OPERATION = new Map<string, string>();
for (const [name, object] of Object.entries(data.objects)) {
  const fields = new Map(Object.entries(object.fields as Record<string, DataKind[]>));
  OBJECTS.set(name, { fields, whole: [...new Set([...fields.values()].flat()), `${ABOUT}${name}`] });
  for (const operation of object.operations) BY_OPERATION.set(operation, name);
}
const ITEMS = new Set(data.items);
const PERSONAL: ReadonlySet<string> = new Set(PERSONAL_DATA);

/** What the answer of an operation that describes a project, board, sprint, version or component holds as a whole, with its mark; null for another operation. */
export function metadataAnswer(operation: string | undefined): readonly Flow[] | null {
  const name = operation === undefined ? undefined : BY_OPERATION.get(operation);
  return name === undefined ? null : OBJECTS.get(name)!.whole;
}

/** Whether a flow marks a metadata answer (it stands for nothing once the scan resolves what a value holds). */
export function isAboutMark(flow: string): boolean {
  return flow.startsWith(ABOUT);
}

/**
 * Field `name` of a value that holds a metadata answer: what that field holds (`project.description` its content,
 * `project.lead` a person, `project.name` nothing), in place of the answer's content and people; the list of a page
 * (`values`) and its items hold the answer as it is. The set itself when it holds no such answer.
 */
export function metadataField(kinds: Set<Flow>, name: string): Set<Flow> {
  let about: About | undefined;
  for (const k of kinds) if (k.startsWith(ABOUT)) about = OBJECTS.get(k.slice(ABOUT.length));
  if (about === undefined || ITEMS.has(name) || /^\d+$/.test(name)) return kinds;
  const out = new Set<Flow>();
  for (const k of kinds) if (k !== 'product-content' && !PERSONAL.has(k) && !k.startsWith(ABOUT)) out.add(k);
  for (const k of about.fields.get(name) ?? []) out.add(k);
  if (out.size === 0) out.add('other');
  return out;
}
