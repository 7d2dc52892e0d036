import { PERSONAL_KINDS, type DataKind, type EgressCall, type LogCall, type StorageOp } from '../facts.ts';
import type { CallGraph } from '../link.ts';
import type { ArgFlow, FileFacts, FunctionInfo } from '../source/file-facts.ts';
import { normaliseKinds, type Flow } from '../source/flow.ts';
import { withField } from '../source/kinds.ts';
import { FIELD, NO_ONE, partOf } from '../source/string-marks.ts';
import type { FillImported } from '../constants.ts';
import type { Resolve, TriggerEventKinds } from './context.ts';
import { functionResults } from './functions.ts';
import { indexFlows } from './indexes.ts';
import { messageResults } from './messages.ts';
import { paramResults } from './params.ts';
import { flowResolver, type Parts } from './resolve.ts';
import { throughWrappers } from './wrapper-keys.ts';
import { storedKinds } from './storage.ts';

/**
 * Replaces the `call:` entries that files left in what their log calls, storage writes and requests
 * carry with what the called functions return, across the app's own modules
 * (`const page = await getPage(id); console.log(page.body)` with `getPage` in another file), the
 * parameters of exported functions with a payload where `handlers` (`file#export`) names them, the
 * parameters of the app's functions with what their callers pass (`log('saved', req.payload)`), and
 * responses to requests through a parameter with product content where `clients` (`file#fn:index`)
 * says callers pass ACE's product client, and requests to a route with the shared secret where
 * `secretRoute` says a request to the route carries a Connect secret (a lifecycle callback's shared secret, a page's JWT), and
 * with the product's content and the account ID of the user who acted where `webhookRoute` says the route takes a Connect webhook. A response to a request to an AI service (by
 * its host, or a call through an AI vendor's SDK or a model run for the app) holds the content that request
 * sent. A resolver function's payload also holds what front ends send it (`invoke('save', payload)`), and what
 * they get back holds what it returns. A queue consumer's event (`consumers`: handler `file#export` -> queue keys) holds
 * what the app pushes to its queues (`queue.push({ body })`), a resolver's payload while nothing does; so does the payload of
 * a resolver function a consumer module calls (`consumerMethods`: method name -> queue keys). A storage read's
 * key gets the values other modules give it (`fill`).
 */
export function resolveFlows(
  files: FileFacts[], graph: CallGraph, handlers: ReadonlySet<string> = new Set(), clients: ReadonlySet<string> = new Set(),
  secretRoute: (route: string) => boolean = () => false, fill: FillImported = (_, value) => value,
  consumers: ReadonlyMap<string, readonly string[]> = new Map(),
  consumerMethods: ReadonlyMap<string, readonly string[]> = new Map(),
  events: ReadonlyMap<string, TriggerEventKinds> = new Map(),
  webhookRoute: (route: string) => readonly DataKind[] | null = () => null,
  pageParam: (route: string, field: string) => readonly DataKind[] | null = () => null,
): ResolvedFlows {
  const inputs = {
    files, graph, handlers, clients, secretRoute, webhookRoute, pageParam, fill, consumerMethods,
    consumers: throughWrappers(files, graph, consumers, (a, b) => [...new Set([...a, ...b])]),
    events: throughWrappers(files, graph, events, (a, b) => ({ whole: [...new Set([...a.whole, ...b.whole])], field: [...new Set([...a.field, ...b.field])] })),
  };
  const index = indexFlows(inputs);
  const parts = {} as Parts;
  const resolve = flowResolver(inputs, index, parts);
  const functions = functionResults(index, graph, resolve);
  Object.assign(parts, functions, messageResults(index, resolve, functions), { stored: storedKinds(index, resolve) });
  Object.assign(parts, paramResults(index, resolve, functions));

  // A helper's write or request as one caller makes it: that caller's arguments for the helper's own parameters, not all callers'.
  const unresolved = new WeakMap<Carrier, { file: FileFacts; flows: string[] }>();
  for (const file of files) {
    for (const log of file.logs) {
      if (log.carries.some((f) => f.startsWith('param:'))) unresolved.set(log, { file, flows: log.carries });
      log.carries = resolve(file, log.carries);
    }
    for (const op of file.storage) {
      // A statement still to fill in (`query`) may be a write once a caller gives it (`run('INSERT ...', ...)`).
      if ((op.op === 'write' || op.op === 'query') && op.carries.some((f) => f.startsWith('param:'))) unresolved.set(op, { file, flows: op.carries });
      op.carries = resolve(file, op.carries);
    }
    for (const call of file.egress) {
      if (call.carries.some((f) => f.startsWith('param:'))) unresolved.set(call, { file, flows: call.carries });
      call.carries = resolve(file, call.carries);
    }
    for (const call of file.sdkCalls) call.carries = resolve(file, call.carries);
    for (const body of file.restBodies) body.carries = resolve(file, body.carries);
  }
  const definedAs = (file: FileFacts, fn: FunctionInfo): string[] => index.definedAs.get(`${file.file}#${fn.exports[0] ?? `#${fn.name}`}`) ?? [];
  // Resolvers' answers last: resolving one reaches the front end's reads of what they return, which the facts above must not see
  // half-done. A top-level function's return answers the browser only when a resolver is defined as that function.
  for (const file of files) {
    for (const answer of file.resolverAnswers ?? []) {
      const fn = answer.fn ? file.functions.find((f) => f.name === answer.name) : undefined;
      answer.flows = answer.fn && (!fn || definedAs(file, fn).length === 0) ? [] : resolve(file, answer.flows.filter((f) => !maskedArg(graph, file, f) && !givesNoSecret(graph, file, f)));
    }
  }
  return {
    carriedBy: (fact, chain) => carriedBy(resolve, unresolved.get(fact), chain), paramsOf: (fact) => paramsOf(unresolved.get(fact)),
    definedAs,
  };
}

/** A fact that carries what a helper's callers pass it: a write, a request, a log call. */
type Carrier = StorageOp | EgressCall | LogCall;

/** What resolving the flows leaves for filling in helpers' operations caller by caller. */
export interface ResolvedFlows {
  /**
   * What a helper's write or request carries when it is reached through `chain` (the helper's own caller first, then that
   * caller's, and so on): each call's arguments for its function's parameters (`param:fn:1`) and their fields (`body` of
   * `api(path, { body })`), what the last caller hands on resolved by all of its own callers; null when it carries none.
   */
  carriedBy(fact: Carrier, chain: readonly CallStep[]): DataKind[] | null;
  /** The functions whose parameters a fact's flows named before they were resolved (`log` of `param:log:1`). */
  paramsOf(fact: Carrier): string[];
  /** The names resolver functions are defined under that are this function of the file (`resolver.define('getConfig', getConfig)`). */
  definedAs(file: FileFacts, fn: FunctionInfo): string[];
}

/** A call a helper's fact is reached through: the function called, the file that calls it and what flows into its arguments. */
export interface CallStep {
  fn: string;
  caller: FileFacts;
  call: ArgFlow;
}

function paramsOf(raw: { flows: string[] } | undefined): string[] {
  const out = new Set<string>();
  for (const flow of raw?.flows ?? []) if (flow.startsWith('param:')) out.add(flow.slice(6, flow.lastIndexOf(':', flow.includes(FIELD) ? flow.indexOf(FIELD) : flow.length)));
  return [...out];
}

function carriedBy(resolve: Resolve, raw: { file: FileFacts; flows: string[] } | undefined, chain: readonly CallStep[]): DataKind[] | null {
  if (!raw) return null;
  const out = new Set<DataKind>();
  let file = raw.file;
  let flows: readonly string[] = raw.flows;
  for (const { fn, caller, call } of chain) {
    const own = `param:${fn}:`;
    const given: string[] = [];
    const rest: string[] = [];
    // A rest parameter (`(sql, ...params) =>`) holds every argument from its position on.
    const spread = flows.some((f) => f.startsWith(own)) ? file.functions.find((f) => f.name === fn)?.rest : undefined;
    for (const flow of flows) {
      const part = flow.startsWith(own) ? givenBy(call, flow.slice(own.length), spread) : null;
      if (part) given.push(...part);
      else rest.push(flow);
    }
    if (rest.length > 0) for (const k of resolve(file, rest)) out.add(k);
    file = caller;
    flows = given;
    if (flows.length === 0) break;
  }
  if (flows.length > 0) for (const k of resolve(file, flows)) out.add(k);
  return normaliseKinds(out);
}

/** What a call gives a parameter (`1`), or one field of it (`1` FIELD `body`): that property of an object literal it passes, else that field of what it passes. */
function givenBy(call: ArgFlow, param: string, spread?: number): string[] | null {
  const at = param.indexOf(FIELD);
  const index = at < 0 ? param : param.slice(0, at);
  if (!/^\d+$/.test(index)) return null;
  if (at < 0 && spread !== undefined && Number(index) === spread) return call.args.slice(spread).flat();
  const arg = call.args[Number(index)];
  // An argument left out gives nothing, unless the last one is spread over it (`(...args) => api(...args)`).
  if (!arg) return call.spread ? null : [];
  if (at < 0) return arg;
  const field = param.slice(at + 1);
  if (field.includes(FIELD)) return null;
  const fields = call.fields?.[Number(index)];
  if (fields) return partOf(fields, field).flat();
  const given = new Set(arg as Flow[]);
  const taken = withField(given, field);
  // `issue.fields.summary` of a product's answer the caller passes whole, as kinds: none of the people it holds.
  if (taken === given && field.endsWith(NO_ONE) && given.has('product-content')) return [...given].filter((k) => !PERSONAL_KINDS.has(k));
  return [...taken];
}

/** `callarg:<n>` of a call to a function of the app that gives its parameters masked only (`mask(key)`): none of the argument. */
/** `call:#makeToken` of a function whose returns hold a secret by name only (see `FunctionInfo.givesNoSecret`): what it made, no secret kept. */
function givesNoSecret(graph: CallGraph, file: FileFacts, flow: string): boolean {
  return flow.startsWith('call:') && flow.indexOf(FIELD) < 0 && graph.target(file, flow.slice(5))?.fn.givesNoSecret === true;
}

function maskedArg(graph: CallGraph, file: FileFacts, flow: string): boolean {
  if (!flow.startsWith('callarg:')) return false;
  const arg = file.callArgs[Number(flow.slice(8))];
  return arg !== undefined && graph.target(file, arg.callee)?.fn.masks === true;
}
