/** What the manifest says each trigger's and consumer's function is handed, keyed as the flows name functions (`file#export`). */
import triggerEventData from '../data/forge-trigger-events.json' with { type: 'json' };
import type { readApp } from '../app/read-app.ts';
import type { TriggerEventKinds } from './flows/context.ts';
import type { CallGraph } from './link.ts';
import type { DataKind, TriggerFact } from './facts.ts';

type App = Awaited<ReturnType<typeof readApp>>;

const USER_EVENTS = triggerEventData.userEvents.patterns.map((p) => new RegExp(p));

/** The queues each consumer's handler (`file#export`, and where a re-export leads) reads, from the manifest's `consumer` modules. */
export function consumerHandlers(app: App, graph: CallGraph): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const t of app.triggers) {
    const handler = t.kind === 'consumer' && t.queue ? app.functionHandlers.find((h) => h.key === t.function) : undefined;
    if (!handler?.file) continue;
    const found = graph.exported(handler.file, handler.exportName);
    const keys = [`${handler.file}#${handler.exportName}`, ...(found ? [`${found.file.file}#${found.fn.exports[0] ?? `#${found.fn.name}`}`] : [])];
    for (const key of new Set(keys)) out.set(key, [...(out.get(key) ?? []), t.queue!]);
  }
  return out;
}

/**
 * What the event each trigger's function (`file#export`, and where a re-export leads) is given holds, from the manifest's triggers,
 * and what the functions modules name for their product to call back are given (see `forge-trigger-events.json`).
 */
export function triggerEvents(app: App, graph: CallGraph): Map<string, TriggerEventKinds> {
  const out = new Map<string, TriggerEventKinds>();
  const add = (fn: string | null, kinds: TriggerEventKinds): void => {
    const handler = app.functionHandlers.find((h) => h.key === fn);
    if (!handler?.file) return;
    const found = graph.exported(handler.file, handler.exportName);
    for (const key of [`${handler.file}#${handler.exportName}`, ...(found ? [`${found.file.file}#${found.fn.exports[0] ?? `#${found.fn.name}`}`] : [])]) {
      const had = out.get(key);
      out.set(key, had ? { whole: [...new Set([...had.whole, ...kinds.whole])], field: [...new Set([...had.field, ...kinds.field])], ...mergedPeople(had.person, kinds.person), ...mergedHolders(had.holds, kinds.holds) } : kinds);
    }
  };
  for (const t of app.triggers) {
    const given = eventKinds(t);
    if (given) add(t.function, given);
  }
  const callbacks = triggerEventData.callbacks.modules as Record<string, TriggerEventKinds>;
  for (const c of app.moduleCallbacks) if (Object.hasOwn(callbacks, c.type)) add(c.function, callbacks[c.type]!);
  return out;
}

const KNOWN = triggerEventData.kinds as Record<string, TriggerEventKinds | undefined>;

/** What the event of a trigger holds, by its kind; null for a trigger whose event the data file does not describe (a web trigger's request). */
export function eventKinds(t: TriggerFact): TriggerEventKinds | null {
  const given = Object.hasOwn(KNOWN, t.kind) ? KNOWN[t.kind] : undefined;
  if (!given) return null;
  // The whole event of a product trigger that names the user who caused it (`atlassianId`).
  const namesUser = t.kind === 'product-event' && t.events.some((e) => USER_EVENTS.some((re) => re.test(e)));
  if (!namesUser) return given;
  // `event.comment.author`, `event.issue.fields.reporter`: the person fields of what the product's events carry.
  let person: Record<string, DataKind[]> | undefined;
  // `event.comment`: a field that holds such a person within it.
  let holds: Record<string, DataKind[]> | undefined;
  for (const [prefix, fields] of PERSON_FIELDS) {
    if (!t.events.some((e) => e.startsWith(prefix) && USER_EVENTS.some((re) => re.test(e)))) continue;
    person = mergedPeople(person, Object.fromEntries(fields.names.map((name) => [name, fields.kinds]))).person;
    holds = mergedHolders(holds, Object.fromEntries((fields.holders ?? []).map((name) => [name, fields.kinds]))).holds;
  }
  return { ...given, whole: [...given.whole, ...triggerEventData.userEvents.whole] as TriggerEventKinds['whole'], ...(person ? { person } : {}), ...(holds ? { holds } : {}) };
}

const PERSON_FIELDS = Object.entries(triggerEventData.userEvents.personFields.byEvent) as Array<[string, { names: string[]; holders?: string[]; kinds: DataKind[] }]>;

function mergedHolders(a: Record<string, DataKind[]> | undefined, b: Record<string, DataKind[]> | undefined): { holds?: Record<string, DataKind[]> } {
  const { person } = mergedPeople(a, b);
  return person ? { holds: person } : {};
}

/** The person fields of two triggers' events of one function, each with what either says it holds. */
function mergedPeople(a: Record<string, DataKind[]> | undefined, b: Record<string, DataKind[]> | undefined): { person?: Record<string, DataKind[]> } {
  if (!a || !b) return a ?? b ? { person: (a ?? b)! } : {};
  const out = { ...a };
  for (const [name, kinds] of Object.entries(b)) out[name] = [...new Set([...(out[name] ?? []), ...kinds])];
  return { person: out };
}

/** The queues each resolver method of a `consumer` module reads (`resolver: { function, method }`), by method name. */
export function consumerMethods(app: App): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { method, queue } of app.consumerMethods) out.set(method, [...(out.get(method) ?? []), queue]);
  return out;
}

/**
 * The returns of web triggers' and API routes' functions that may hold a secret: their response (`{ statusCode, body }`) goes to whoever calls
 * the trigger's URL or the app's REST API, as a resolver's answer goes to the browser. Marked as such answers, named by the trigger's key, before the
 * flows are resolved (a function's own returns answer no one unless a resolver is defined as it).
 */
export function webTriggerAnswers(app: App, graph: CallGraph): void {
  for (const t of app.triggers) {
    const handler = t.kind === 'web' || t.kind === 'api-route' ? app.functionHandlers.find((h) => h.key === t.function) : undefined;
    const found = handler?.file ? graph.exported(handler.file, handler.exportName) : null;
    for (const answer of found?.file.resolverAnswers ?? []) {
      if (!answer.fn || answer.name !== found!.fn.name) continue;
      delete answer.fn;
      answer.name = t.key;
      answer.via = t.kind === 'web' ? 'webtrigger' : 'apiroute';
    }
  }
}
