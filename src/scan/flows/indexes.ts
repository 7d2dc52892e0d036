import type { StorageOp } from '../facts.ts';
import type { ArgFlow, FileFacts, FunctionInfo } from '../source/file-facts.ts';
import { LOCAL, type Flow, type Shape } from '../source/flow.ts';
import { handed as forwardedKinds } from '../source/walk/forwarded.ts';
import { CALLED, FIELD, HOLE, settle } from '../source/string-marks.ts';
import { RETURNED } from '../source/functions-named.ts';
import { vendorById, vendorForHost } from '../vendors.ts';
import { MEMBERS } from '../handlers.ts';
import { propertyOf } from '../properties.ts';
import { handedCalls } from '../handed-calls.ts';
import { filledName, type FlowInputs, type Source } from './context.ts';

/** An arrow handed at the top of a module, which no function declares (see `handedFunction`). */
const TOP_ARROW = `#${LOCAL}`;

/** What one call site hands a parameter that may be Forge's request or context: the object, or the caller's own parameter (or its field). */
export type Handed = Shape | { from: string; field: string | null } | null;

/** The app's files read once into lookups by what flows name: parameters, resolver functions, queues, storage keys. */
export interface FlowIndex {
  /** The routes the functions made by the app's functions take (`file#export()` -> `/installed`). */
  factoryRoutes: Map<string, string[]>;
  /** The GET routes the app's functions answer, marked as page queries are (`file#panel` -> `?GET! /panel`). */
  pageHandlers: Map<string, string[]>;
  /** What the request behind each response sent, when it went to an AI service, by file and reply number. */
  aiRequests: Map<FileFacts, Array<readonly string[] | null>>;
  /** What each parameter of the app's functions is given, call site by call site: `file#fn:index`. */
  passed: Map<string, Source[]>;
  /** What each call site hands a parameter, when it may be Forge's request or context. */
  handed: Map<string, Handed[]>;
  /** What front ends send each resolver function (`invoke('save', payload)`). */
  sentByFrontEnds: Map<string, Source[]>;
  /** What resolver functions' callbacks return, by name. */
  fromResolvers: Map<string, Source[]>;
  /** Functions handed by name to `resolver.define('save', save)`, by name. */
  answering: Map<string, Array<{ file: FileFacts; fn: FunctionInfo }>>;
  /** The names functions handed by name are defined under, by `file#export` as `handler:` flows name them. */
  definedAs: Map<string, string[]>;
  /** What the app pushes to each queue, for the queues' consumers. */
  pushed: Map<string, Source[]>;
  /** Storage writes by backend, then by key template. */
  writes: Map<string, Map<string | null, Array<{ file: FileFacts; op: StorageOp }>>>;
}

export function indexFlows({ files, graph, handlers, fill }: FlowInputs): FlowIndex {
  const index: FlowIndex = {
    factoryRoutes: new Map(), pageHandlers: new Map(), aiRequests: new Map(), passed: new Map(), handed: new Map(), sentByFrontEnds: new Map(),
    fromResolvers: new Map(), answering: new Map(), definedAs: new Map(), pushed: new Map(), writes: new Map(),
  };
  for (const handler of handlers) {
    const at = handler.indexOf('()@');
    const page = handler.indexOf('@?');
    // `file#POST@/api/installed`: the path a route file answers.
    const route = handler.indexOf('@/');
    if (page !== -1) add(index.pageHandlers, handler.slice(0, page), handler.slice(page + 1));
    else if (at !== -1) add(index.factoryRoutes, handler.slice(0, at + 2), handler.slice(at + 3));
    else if (route !== -1) add(index.factoryRoutes, handler.slice(0, route), handler.slice(route + 1));
  }
  // Read before the requests' own data is resolved in place.
  for (const file of files) if (file.replies.length > 0) index.aiRequests.set(file, file.replies.map((reply) => sentToAi(file, reply)));
  for (const file of files) {
    for (const call of file.argFlows) {
      // `handlers[name](payload)`: every function of the object (see `keyedFunctions`).
      if (call.callee.endsWith(MEMBERS)) {
        for (const { file: to, fn } of graph.members(file, call.callee.slice(0, -MEMBERS.length))) call.args.forEach((_, i) => pass(index, file, call, i, `${to.file}#${fn.name}:${i}`));
        continue;
      }
      // `handlers.set('created', async (event) => ...)` at the top of the module: the arrow, named where it is written (`#>1@57`).
      if (call.callee.startsWith(TOP_ARROW)) {
        call.args.forEach((_, i) => pass(index, file, call, i, `${file.file}${call.callee}:${i}`));
        continue;
      }
      const target = paramsOf(graph, file, call.callee);
      if (!target) continue;
      const { to, local } = target;
      call.args.forEach((flows, i) => {
        // A rest parameter (`(...args) =>`) holds every argument from its position on.
        pass(index, file, call, i, `${to.file.file}#${to.fn.name}${local}:${!local && to.fn.rest !== undefined && i > to.fn.rest ? to.fn.rest : i}`);
      });
    }
  }
  handProps(files, graph, index);
  handFunctions(files, graph, index);
  const wrappers = new Map<string, { name: number; payload: number | null }>();
  for (const file of files) for (const w of file.invokeWrappers ?? []) wrappers.set(`${file.file}#${w.fn}`, w);
  for (const file of files) {
    for (const call of file.invokes) {
      const name = filledName(fill, file, call.name);
      if (name !== null) add(index.sentByFrontEnds, name, { file, flows: call.flows, ...(call.fields ? { fields: call.fields } : {}) });
    }
    // `invokeFromForge('save', { title })` of a function that hands both to `invoke`.
    for (const call of wrappers.size > 0 ? file.argFlows : []) {
      const to = graph.target(file, call.callee);
      const w = to ? wrappers.get(`${to.file.file}#${to.fn.name}`) : undefined;
      const name = w ? settle(call.values?.[w.name] ?? null) : null;
      if (!w || !name || name.includes(HOLE) || w.payload === null || !call.args[w.payload]) continue;
      add(index.sentByFrontEnds, name, { file, flows: call.args[w.payload]! });
    }
    for (const r of file.resolverReturns) {
      const name = filledName(fill, file, r.name);
      if (name !== null) add(index.fromResolvers, name, { file, flows: r.flows, ...(r.fields ? { fields: r.fields } : {}) });
    }
    for (const { ref, name: written } of file.resolverRefs) {
      const name = filledName(fill, file, written);
      if (name === null) continue;
      const one = ref.endsWith(MEMBERS) ? null : graph.function(file, ref);
      const found = one ? [{ ...one, member: name }] : ref.endsWith(MEMBERS) ? graph.members(file, ref.slice(0, -MEMBERS.length)) : [];
      for (const { member, ...target } of found) {
        add(index.answering, member, target);
        add(index.definedAs, `${target.file.file}#${target.fn.exports[0] ?? `#${target.fn.name}`}`, member);
      }
    }
  }
  for (const file of files) {
    for (const push of file.queuePushes ?? []) {
      const key = settle(fill(file.file, push.key));
      if (key) add(index.pushed, key, { file, flows: push.flows, ...(push.fields ? { fields: push.fields } : {}) });
    }
  }
  for (const file of files) {
    for (const op of [...file.storage, ...propertyWrites(file)]) {
      if (op.op !== 'write') continue;
      let byKey = index.writes.get(op.backend);
      if (!byKey) index.writes.set(op.backend, (byKey = new Map()));
      add(byKey, op.key, { file, op });
    }
  }
  return index;
}

/** The writes of a file's REST requests to a property (`PUT /rest/atlassian-connect/1/addons/{}/properties/config`, an issue's or a project's): what a read of it gives back. */
function propertyWrites(file: FileFacts): StorageOp[] {
  if (file.restBodies.length === 0) return [];
  const out: StorageOp[] = [];
  for (const { call, carries } of file.restBodies) {
    const property = call.path && call.method !== 'GET' && call.method !== 'DELETE' ? propertyOf(call.path) : null;
    if (property) out.push({ backend: property.backend, op: 'write', key: property.key, api: call.api, carries, evidence: call.evidence });
  }
  return out;
}

/** `#useWord>setWord`: a function the target declares or returns, whose parameters are named after it (`param:useWord>setWord:0`). */
function paramsOf(graph: FlowInputs['graph'], file: FileFacts, callee: string): { to: { file: FileFacts; fn: FunctionInfo }; local: string } | null {
  const at = callee.indexOf(LOCAL);
  const to = graph.target(file, at < 0 ? callee : callee.slice(0, at));
  if (!to) return null;
  const local = at < 0 ? '' : callee.slice(at);
  // `const { createCard } = client(cfg)` with `client = (cfg) => ({ createCard: createCard(cfg) })`: the function `createCard` returns.
  const made = local && local.indexOf(LOCAL, 1) < 0 ? to.fn.returnFields?.[local.slice(1)]?.filter((f) => f.startsWith('call:')) : undefined;
  const maker = made?.length === 1 && made[0]!.indexOf(FIELD) < 0 && !made[0]!.endsWith(CALLED) ? graph.target(to.file, made[0]!.slice(5)) : null;
  return maker ? { to: maker, local: RETURNED } : { to, local };
}

/** `<NewTask onCreate={createTask} />`: the function handed to a component's callback prop is given what the component passes the prop. */
function handProps(files: readonly FileFacts[], graph: FlowInputs['graph'], index: FlowIndex): void {
  const calls = new Map<string, Array<{ file: FileFacts; call: NonNullable<FileFacts['propCalls']>[number] }>>();
  for (const file of files) for (const call of file.propCalls ?? []) add(calls, `${file.file}#${call.fn}${LOCAL}${call.prop}`, { file, call });
  for (const file of files) {
    for (const handed of file.handedProps ?? []) {
      // A class component (`#Editor`, `./Editor#default`): its calls are its `render`'s (see `callsProp`).
      const component = calls.size === 0 ? null : graph.target(file, handed.component) ?? graph.target(file, `${handed.component}.render`);
      const given = component ? calls.get(`${component.file.file}#${component.fn.name}${LOCAL}${handed.prop}`) : undefined;
      const target = given || handed.setter ? paramsOf(graph, file, handed.fn) : null;
      if (!target) continue;
      const key = `${target.to.file.file}#${target.to.fn.name}${target.local}`;
      // A setter the component does not call itself (`<input onChange={onChange} />`): what users type, as a change handler's.
      if (!given) add(index.passed, `${key}:0`, { file, flows: ['resolver-payload'] });
      for (const { file: from, call } of given ?? []) {
        call.args.forEach((flows, i) => {
          const fields = call.fields?.[i];
          add(index.passed, `${key}:${i}`, fields ? { file: from, flows, fields } : { file: from, flows });
        });
      }
    }
  }
}

/** What one call site passes a parameter (`key`, `file#fn:index`), as argument `i`: its flows, fields, and Forge request or context. */
function pass(index: FlowIndex, file: FileFacts, call: Pick<ArgFlow, 'args' | 'fields' | 'shapes'>, i: number, key: string): void {
  const flows = call.args[i]!;
  const fields = call.fields?.[i];
  add(index.passed, key, fields ? { file, flows, fields } : { file, flows });
  const own = call.shapes?.[i] ?? ownParam(flows);
  add(index.handed, key, typeof own === 'string' || own === null ? own : { from: `${file.file}#${own.param}`, field: own.field });
}

/**
 * `define(resolver, 'save', async (payload, ctx) => ...)` with `define` calling its parameter (`fn(req.payload, req.context)`), in
 * whichever module: the function handed receives what the callee passes it there (see `handed-functions.ts`).
 */
function handFunctions(files: readonly FileFacts[], graph: FlowInputs['graph'], index: FlowIndex): void {
  for (const { file, handed, calls: given } of handedCalls(files, graph)) {
    // An arrow is named where it is written; a function by name, as calls name it.
    const target = handed.arrow ? { file: file.file, fn: handed.fn.slice(1) } : paramsOf(graph, file, handed.fn);
    if (!target) continue;
    const key = 'to' in target ? `${target.to.file.file}#${target.to.fn.name}${target.local}` : `${target.file}#${target.fn}`;
    for (const { file: from, call } of given) {
      // `define(resolver, 'save', fn)`: the request is resolver function `save`'s, with what front ends send it.
      const name = call.named === undefined ? null : handed.names?.[call.named] ?? null;
      const named = name === null ? call : {
        ...call,
        args: call.args.map((flows, i) => forwardedKinds(flows as Flow[], call.shapes?.[i] ?? null, name)),
        ...(call.shapes ? { shapes: call.shapes.map((s) => (s === 'request' ? `request:${name}` as const : s)) } : {}),
      };
      call.args.forEach((_, i) => pass(index, from, named, i, `${key}:${i}`));
    }
  }
}

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** What the request behind a response sent, when it went to an AI service: an egress call to an AI host, an AI SDK call, a model run for the app. */
function sentToAi(file: FileFacts, reply: FileFacts['replies'][number]): readonly string[] | null {
  if (reply.local) return reply.local;
  const at = (e: { line: number; column: number }): boolean => e.line === reply.line && e.column === reply.column;
  const call = file.egress.find((c) => at(c.evidence));
  if (call) return call.host && vendorForHost(call.host)?.category === 'ai' ? call.carries.slice() : null;
  const sdk = file.sdkCalls.find((c) => at(c.evidence));
  return sdk && vendorById(sdk.vendor)?.category === 'ai' ? sdk.carries.slice() : null;
}

/** The one parameter of the caller an argument is, whole or one field of it (`param:save:0`, `param:save:0\u0005context`), among its flows. */
function ownParam(flows: readonly string[]): { param: string; field: string | null } | null {
  let found: string | null = null;
  for (const flow of flows) {
    if (!flow.startsWith('param:')) continue;
    if (found !== null) return null;
    found = flow;
  }
  if (found === null) return null;
  const at = found.indexOf(FIELD);
  return at < 0 ? { param: found.slice(6), field: null } : { param: found.slice(6, at), field: found.slice(at + 1) };
}

/** What the request behind a response flow (`reply:3`) sent, when it went to an AI service. */
export function aiRequestOf(index: FlowIndex, file: FileFacts, flow: string): readonly string[] | null {
  return index.aiRequests.get(file)?.[Number(flow.slice(flow.indexOf(':') + 1))] ?? null;
}
