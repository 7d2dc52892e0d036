import type { DataKind } from '../facts.ts';
import type { CallGraph } from '../link.ts';
import type { FileFacts } from '../source/file-facts.ts';
import type { FillImported } from '../constants.ts';
import { HOLE, hasImported, settle } from '../source/string-marks.ts';

/** What the app's files and the manifest say that flows are resolved with (see `resolveFlows`). */
export interface FlowInputs {
  files: FileFacts[];
  graph: CallGraph;
  handlers: ReadonlySet<string>;
  clients: ReadonlySet<string>;
  secretRoute: (route: string) => boolean;
  /**
   * Whether a POST route takes one of the app's Connect webhooks, whose body holds the product's content and the user who acted:
   * null when it takes none, else what the query of the webhook's URL holds.
   */
  webhookRoute: (route: string) => readonly DataKind[] | null;
  /** What a field of the query of a request to a GET route holds when the Connect page it serves binds the field to context parameters; null else. */
  pageParam: (route: string, field: string) => readonly DataKind[] | null;
  fill: FillImported;
  consumers: ReadonlyMap<string, readonly string[]>;
  consumerMethods: ReadonlyMap<string, readonly string[]>;
  /** What the event of each trigger's function (`file#export`) holds, as a whole and in a field read by name. */
  events: ReadonlyMap<string, TriggerEventKinds>;
}

export interface TriggerEventKinds {
  whole: DataKind[];
  field: DataKind[];
  /** What a person field of what the event carries holds (`event.comment.author`), by the field's name (see `personFields`). */
  person?: Record<string, DataKind[]>;
  /** What a field that holds a person within it holds besides the content (`event.comment`, with its author), by the field's name (see `personFields`). */
  holds?: Record<string, DataKind[]>;
}

/** The kinds of data flows stand for, in a file; with `withParams` false, the function's own parameters count for nothing. */
export type Resolve = (file: FileFacts, flows: readonly string[], withParams?: boolean) => DataKind[];

/** Flows in a file, with what each property of the object they are carries when it is an object literal. */
export interface Source {
  file: FileFacts;
  flows: string[];
  fields?: Record<string, string[]>;
}

/** Works kinds out once per key; asked again while they are being worked out (a cycle), they are none. */
export function once<A extends unknown[]>(key: (...args: A) => string, compute: (...args: A) => DataKind[]): (...args: A) => DataKind[] {
  const done = new Map<string, DataKind[]>();
  return (...args) => {
    const id = key(...args);
    const known = done.get(id);
    if (known) return known;
    done.set(id, []);
    const kinds = compute(...args);
    done.set(id, kinds);
    return kinds;
  };
}

export function isReply(flow: string): boolean {
  return flow.startsWith('reply:') || flow.startsWith('answer:');
}

/**
 * A resolver function's name as a file wrote it, other modules' values filled in (`Actions.SaveNote` of
 * `import { Actions } from './actions'`, see `constantName`), with a field after it kept (`invoke:...\u0005title`);
 * null when a value is not known.
 */
export function filledName(fill: FillImported, file: FileFacts, name: string): string | null {
  if (!hasImported(name)) return name;
  const value = settle(fill(file.file, name));
  return value === null || value.includes(HOLE) ? null : value;
}
