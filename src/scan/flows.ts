import type { DataKind, StorageOp } from './facts.ts';
import type { CallGraph } from './link.ts';
import type { FileFacts, FunctionInfo } from './source/file-facts.ts';
import { normaliseKinds, type Shape } from './source/flow.ts';
import { fieldKinds } from './source/forge-shapes.ts';
import { FIELD, hasImported, settle, withBraces } from './source/string-marks.ts';
import type { FillImported } from './constants.ts';
import { CONTENT_KINDS } from './source/answers.ts';
import { vendorById, vendorForHost } from './vendors.ts';

/**
 * Replaces the `call:` entries that files left in what their log calls, storage writes and requests
 * carry with what the called functions return, across the app's own modules
 * (`const page = await getPage(id); console.log(page.body)` with `getPage` in another file), the
 * parameters of exported functions with a payload where `handlers` (`file#export`) names them, the
 * parameters of the app's functions with what their callers pass (`log('saved', req.payload)`), and
 * responses to requests through a parameter with product content where `clients` (`file#fn:index`)
 * says callers pass ACE's product client, and requests to a route with the shared secret where
 * `lifecycle` says the route takes a Connect lifecycle callback. A response to a request to an AI service (by
 * its host, or a call through an AI vendor's SDK or a model run for the app) holds the content that request
 * sent. A resolver function's payload also holds what front ends send it (`invoke('save', payload)`), and what
 * they get back holds what it returns. A queue consumer's event (`consumers`: handler `file#export` → queue keys) holds
 * what the app pushes to its queues (`queue.push({ body })`), a resolver's payload while nothing does; so does the payload of
 * a resolver function a consumer module calls (`consumerMethods`: method name → queue keys). A storage read's
 * key gets the values other modules give it (`fill`).
 */
export function resolveFlows(
  files: FileFacts[], graph: CallGraph, handlers: ReadonlySet<string> = new Set(), clients: ReadonlySet<string> = new Set(),
  lifecycle: (route: string) => boolean = () => false, fill: FillImported = (_, value) => value,
  consumers: ReadonlyMap<string, readonly string[]> = new Map(),
  consumerMethods: ReadonlyMap<string, readonly string[]> = new Map(),
): void {
  const done = new Map<FunctionInfo, DataKind[]>();
  const active = new Set<FunctionInfo>();
  // The routes the functions made by the app's functions take (`file#export()@/installed`).
  const factoryRoutes = new Map<string, string[]>();
  for (const handler of handlers) {
    const at = handler.indexOf('()@');
    if (at === -1) continue;
    const key = handler.slice(0, at + 2);
    factoryRoutes.set(key, [...(factoryRoutes.get(key) ?? []), handler.slice(at + 3)]);
  }

  // What the request behind each response sent, when it went to an AI service; read before the requests' own
  // data is resolved in place.
  const requests = new Map<FileFacts, Array<readonly string[] | null>>();
  for (const file of files) if (file.replies.length > 0) requests.set(file, file.replies.map((reply) => sentToAi(file, reply)));
  const sent = (file: FileFacts, flow: string): readonly string[] | null => requests.get(file)?.[Number(flow.slice(flow.indexOf(':') + 1))] ?? null;
  // The answer holds the content sent (product content, what users typed), not who asked nor the key asked with.
  const answerOf = once(
    (file: FileFacts, flow: string, withParams: boolean) => `${file.file}#${flow.slice(flow.indexOf(':') + 1)}:${withParams}`,
    (file, flow, withParams) => {
      const flows = sent(file, flow);
      const kinds = flows ? resolve(file, flows, withParams).filter((k) => CONTENT_KINDS.has(k)) : [];
      return kinds.length > 0 ? kinds : ['other'];
    },
  );

  // What each parameter of the app's functions is given, call site by call site: `file#fn:index`.
  const passed = new Map<string, Array<{ file: FileFacts; flows: string[] }>>();
  // Parameters every caller hands Forge's request or context, the same one: their fields are that object's fields.
  const shapes = new Map<string, Shape | null>();
  // What each property of an object literal a caller passes carries (`log({ actor, metadata })`), null for another argument.
  const passedFields = new Map<string, Array<{ file: FileFacts; fields: Record<string, string[]> | null }>>();
  for (const file of files) {
    for (const call of file.argFlows) {
      const to = graph.target(file, call.callee);
      if (!to) continue;
      call.args.forEach((flows, i) => {
        // A rest parameter (`(...args) =>`) holds every argument from its position on.
        const key = `${to.file.file}#${to.fn.name}:${to.fn.rest !== undefined && i > to.fn.rest ? to.fn.rest : i}`;
        const list = passed.get(key);
        if (list) list.push({ file, flows });
        else passed.set(key, [{ file, flows }]);
        const shape = call.shapes?.[i] ?? null;
        shapes.set(key, shapes.has(key) && shapes.get(key) !== shape ? null : shape);
        const fields = to.fn.rest !== undefined && i >= to.fn.rest ? null : call.fields?.[i] ?? null;
        const given = passedFields.get(key);
        if (given) given.push({ file, fields });
        else passedFields.set(key, [{ file, fields }]);
      });
    }
  }
  const returnsOf = (file: FileFacts, fn: FunctionInfo): DataKind[] => {
    const cached = done.get(fn);
    if (cached) return cached;
    if (active.has(fn)) return [];
    active.add(fn);
    // A call site already carries what it passes in, so a function's parameters are not part of its result.
    const kinds = resolve(file, fn.returns, false);
    active.delete(fn);
    done.set(fn, kinds);
    return kinds;
  };

  const fieldsDone = new Map<string, DataKind[]>();
  const fieldOf = (file: FileFacts, fn: FunctionInfo, name: string, flows: string[]): DataKind[] => {
    const key = `${file.file}#${fn.name}@${fn.evidence.line}:${fn.evidence.column}.${name}`;
    const cached = fieldsDone.get(key);
    if (cached) return cached;
    if (active.has(fn)) return [];
    active.add(fn);
    const kinds = resolve(file, flows, false);
    active.delete(fn);
    fieldsDone.set(key, kinds);
    return kinds;
  };

  // What the front ends send each resolver function (`invoke('save', payload)`); what the functions return to
  // them (their callbacks' returns, or those of functions handed by name to `resolver.define('save', save)`);
  // and the names functions handed by name are defined under, by `file#export` as `handler:` flows name them.
  const sentByFrontEnds = new Map<string, Array<{ file: FileFacts; flows: string[] }>>();
  const fromResolvers = new Map<string, Array<{ file: FileFacts; flows: string[] }>>();
  const answering = new Map<string, Array<{ file: FileFacts; fn: FunctionInfo }>>();
  const definedAs = new Map<string, string[]>();
  for (const file of files) {
    for (const call of file.invokes) sentByFrontEnds.set(call.name, [...(sentByFrontEnds.get(call.name) ?? []), { file, flows: call.flows }]);
    for (const r of file.resolverReturns) fromResolvers.set(r.name, [...(fromResolvers.get(r.name) ?? []), { file, flows: r.flows }]);
    for (const { ref, name } of file.resolverRefs) {
      const found = graph.function(file, ref);
      if (!found) continue;
      answering.set(name, [...(answering.get(name) ?? []), found]);
      const key = `${found.file.file}#${found.fn.exports[0] ?? `#${found.fn.name}`}`;
      definedAs.set(key, [...(definedAs.get(key) ?? []), name]);
    }
  }
  const returnedKinds = once((name: string, withParams: boolean) => `${name}\u0000${withParams}`, (name, withParams) => {
    const out = new Set<DataKind>();
    for (const r of fromResolvers.get(name) ?? []) for (const k of resolve(r.file, r.flows, withParams)) out.add(k);
    for (const { file, fn } of answering.get(name) ?? []) for (const k of returnsOf(file, fn)) out.add(k);
    return out.size > 0 ? normaliseKinds(out) : ['other'];
  });
  const invokeKinds = once((name: string, withParams: boolean) => `${name}\u0000${withParams}`, (name, withParams) => {
    const out = new Set<DataKind>();
    for (const call of sentByFrontEnds.get(name) ?? []) for (const k of resolve(call.file, call.flows, withParams)) if (k !== 'literal' && k !== 'other') out.add(k);
    return [...out];
  });

  // What the app pushes to each queue, for the queues' consumers.
  const pushed = new Map<string, Array<{ file: FileFacts; flows: string[] }>>();
  for (const file of files) {
    for (const push of file.queuePushes ?? []) {
      const key = settle(fill(file.file, push.key));
      if (key) pushed.set(key, [...(pushed.get(key) ?? []), { file, flows: push.flows }]);
    }
  }
  const pushedKinds = once((queue: string, withParams: boolean) => `${queue}\u0000${withParams}`, (queue, withParams) => {
    const out = new Set<DataKind>();
    for (const push of pushed.get(queue) ?? []) for (const k of resolve(push.file, push.flows, withParams)) if (k !== 'literal') out.add(k);
    return out.size > 0 ? [...out] : ['other'];
  });

  const resolve = (file: FileFacts, flows: readonly string[], withParams = true): DataKind[] => {
    if (!flows.some((f) => f.startsWith('call') || f.startsWith('handler:') || f.startsWith('param:') || f.startsWith('client:') || f.startsWith('store:') || f.startsWith('invoke:') || f.startsWith('returned:') || f.startsWith('route:') || isReply(f))) return flows as DataKind[];
    const out = new Set<DataKind>();
    // The request of a resolver function a consumer module calls holds, for its payload, what the app pushes to the queue.
    const queued = flows.filter((f) => f.startsWith('invoke:')).flatMap((f) => (consumerMethods.get(f.slice(7)) ?? []).filter((q) => pushed.has(q)));
    for (const queue of queued) for (const k of pushedKinds(queue, withParams)) out.add(k);
    for (const flow of flows) {
      if (queued.length > 0 && flow === 'resolver-payload') continue;
      if (flow.startsWith('callarg:')) {
        for (const k of callArg(file, Number(flow.slice(8)), withParams)) out.add(k);
        continue;
      }
      if (isReply(flow)) {
        for (const k of answerOf(file, flow, withParams)) out.add(k);
        continue;
      }
      if (flow.startsWith('handler:')) {
        const key = `${file.file}#${flow.slice(8)}`;
        // A consumer's function, or a function a consumer's resolver method is defined with (`resolver.define('event-listener', onEvent)`).
        const queues = [...(consumers.get(key) ?? []), ...(definedAs.get(key) ?? []).flatMap((name) => consumerMethods.get(name) ?? [])].filter((q) => pushed.has(q));
        if (queues.length > 0) for (const queue of queues) for (const k of pushedKinds(queue, withParams)) out.add(k);
        else out.add(handlers.has(key) ? 'resolver-payload' : 'other');
        for (const name of definedAs.get(key) ?? []) for (const k of invokeKinds(name, withParams)) out.add(k);
        if ((factoryRoutes.get(key) ?? []).some(lifecycle)) out.add('secret');
        continue;
      }
      if (flow.startsWith('invoke:')) {
        for (const k of invokeKinds(flow.slice(7), withParams)) out.add(k);
        continue;
      }
      if (flow.startsWith('returned:')) {
        for (const k of returnedKinds(flow.slice(9), withParams)) out.add(k);
        continue;
      }
      // The request to a route: a Connect lifecycle callback's body holds the installation's shared secret.
      if (flow.startsWith('route:')) {
        if (lifecycle(flow.slice(6))) out.add('secret');
        continue;
      }
      if (flow.startsWith('client:')) {
        out.add(clients.has(`${file.file}#${flow.slice(7)}`) ? 'product-content' : 'other');
        continue;
      }
      if (flow.startsWith('store:')) {
        const rest = flow.slice(6);
        const at = rest.indexOf(':');
        const key = rest.slice(at + 1);
        for (const k of stored(rest.slice(0, at), hasImported(key) ? withBraces(settle(fill(file.file, key)) ?? '') : key, withParams)) out.add(k);
        continue;
      }
      if (flow.startsWith('param:')) {
        if (!withParams) continue;
        // `param:fn:0\u0005payload`: a field of the parameter, which is a field of Forge's request or context when callers pass one.
        const at = flow.indexOf(FIELD);
        const key = `${file.file}#${at < 0 ? flow.slice(6) : flow.slice(6, at)}`;
        const shape = at < 0 ? null : shapes.get(key);
        const literal = at < 0 || shape ? null : literalField(key, flow.slice(at + 1));
        for (const k of shape ? resolve(file, fieldKinds(shape, flow.slice(at + 1)), false) : literal ?? paramOf(key)) out.add(k);
        continue;
      }
      if (!flow.startsWith('call:')) {
        out.add(flow as DataKind);
        continue;
      }
      // `call:…\u0005title`: a field of the object the function returns, when it is known what each field carries.
      const at = flow.indexOf(FIELD);
      const to = graph.target(file, at < 0 ? flow.slice(5) : flow.slice(5, at));
      const field = to && at >= 0 && to.fn.returnFields ? to.fn.returnFields[flow.slice(at + 1)] : undefined;
      if (to) for (const k of field ? fieldOf(to.file, to.fn, flow.slice(at + 1), field) : returnsOf(to.file, to.fn)) out.add(k);
      else out.add('other');
    }
    return normaliseKinds(out);
  };

  // What a read of the app's storage returns: what the app writes to the same backend under a key that may be
  // the same one (a key not known matches any). Each write's data is worked out once, as functions' results are
  // (a write that depends on itself through reads adds nothing more), and each read once per backend and key.
  // Writes by backend, then by key template: a read's key is matched once against each template.
  const writes = new Map<string, Map<string | null, Array<{ file: FileFacts; op: StorageOp }>>>();
  for (const file of files) {
    for (const op of file.storage) {
      if (op.op !== 'write') continue;
      let byKey = writes.get(op.backend);
      if (!byKey) writes.set(op.backend, (byKey = new Map()));
      const list = byKey.get(op.key);
      if (list) list.push({ file, op });
      else byKey.set(op.key, [{ file, op }]);
    }
  }
  const written = [new Map<StorageOp, DataKind[]>(), new Map<StorageOp, DataKind[]>()];
  const writing = new Set<StorageOp>();
  const writeKinds = (file: FileFacts, op: StorageOp, withParams: boolean): DataKind[] => {
    const memo = written[Number(withParams)]!;
    const cached = memo.get(op);
    if (cached) return cached;
    if (writing.has(op)) return [];
    writing.add(op);
    const kinds = resolve(file, op.carries, withParams);
    writing.delete(op);
    memo.set(op, kinds);
    return kinds;
  };
  const reads = new Map<string, DataKind[]>();
  const stored = (backend: string, key: string, withParams: boolean): DataKind[] => {
    const id = `${backend}\u0000${key}\u0000${withParams}`;
    const known = reads.get(id);
    if (known) return known;
    const out = new Set<DataKind>();
    for (const [written, list] of writes.get(backend) ?? []) {
      if (keysMeet(written, key)) for (const { file, op } of list) for (const k of writeKinds(file, op, withParams)) out.add(k);
    }
    // Nothing the app writes there (or only what is being worked out): something, not nothing.
    const kinds = out.size > 0 ? [...out] : ['other' as const];
    if (writing.size === 0) reads.set(id, kinds);
    return kinds;
  };

  // What a call passes that its result holds: an argument's data counts only when the function returns
  // that parameter. Worked out once per argument (calls nest: `a(b(c(x)))`).
  const passedOn = new Map<string, DataKind[]>();
  const callArg = (file: FileFacts, id: number, withParams: boolean): DataKind[] => {
    const key = `${file.file}#${id}:${withParams}`;
    let kinds = passedOn.get(key);
    if (!kinds) {
      passedOn.set(key, []);
      const arg = file.callArgs[id];
      const to = arg ? graph.target(file, arg.callee) : null;
      const level = !arg ? NONE : to ? returnsParam(to.file, to.fn, arg.index) : WHOLE;
      kinds = level === NONE ? [] : resolve(file, arg!.flows, withParams);
      if (level === CONTENT) kinds = kinds.filter((k) => CONTENT_KINDS.has(k));
      passedOn.set(key, kinds);
    }
    return kinds;
  };

  // How much of its parameter `index` a function's result may hold: all of it when returned as it is, through a
  // call that returns it, or as something the walk could not follow (`opaque`); its content when the result is an
  // AI service's answer to a request that sent it (`summarize(text)`). A result known to be something else (a
  // response, a count, a flag, constants) drops the arguments: `addComment(id, text)` returning the product's
  // response does not return `text`, nor does `submit(repo)` returning `{ submitted: repo.commits.length }` return `repo`.
  const passing = new Map<string, Level>();
  const returnsParam = (file: FileFacts, fn: FunctionInfo, index: number): Level => {
    const key = `${file.file}#${fn.name}:${index}`;
    const known = passing.get(key);
    if (known !== undefined) return known;
    passing.set(key, NONE);
    const own = `param:${fn.name}:${index}`;
    const carries = (flows: readonly string[], depth: number): Level => {
      let level = NONE;
      for (const flow of flows) {
        if (flow === own || flow.startsWith(`${own}${FIELD}`) || flow === 'opaque') return WHOLE;
        if (depth > 8) continue;
        if (isReply(flow)) {
          const request = sent(file, flow);
          if (request) level = Math.max(level, Math.min(CONTENT, carries(request, depth + 1))) as Level;
          continue;
        }
        if (!flow.startsWith('callarg:')) continue;
        const arg = file.callArgs[Number(flow.slice(8))];
        if (!arg) continue;
        const to = graph.target(file, arg.callee);
        level = Math.max(level, Math.min(carries(arg.flows, depth + 1), to ? returnsParam(to.file, to.fn, arg.index) : WHOLE)) as Level;
        if (level === WHOLE) return level;
      }
      return level;
    };
    const result = carries(fn.returns, 0);
    passing.set(key, result);
    return result;
  };

  // The caller's own parameters in what it passes, also through calls that return them (`wrap(format(x))`).
  const paramsIn = (file: FileFacts, flows: readonly string[], depth: number): string[] => !flows.some(isParamOrCallArg) ? [] : flows.flatMap((flow) => {
    if (flow.startsWith('param:')) return [flow.includes(FIELD) ? flow.slice(6, flow.indexOf(FIELD)) : flow.slice(6)];
    if (!flow.startsWith('callarg:') || depth > 8) return [];
    const arg = file.callArgs[Number(flow.slice(8))];
    const to = arg ? graph.target(file, arg.callee) : null;
    return arg && (!to || returnsParam(to.file, to.fn, arg.index) !== NONE) ? paramsIn(file, arg.flows, depth + 1) : [];
  });

  // What each parameter holds: what its callers pass, where a caller may pass on its own parameter
  // (`wrap(x) → log(x)`). Worked out for all parameters at once, until nothing changes, so chains and
  // cycles of calls cost no more than the calls themselves.
  const params = new Map<string, { kinds: Set<DataKind>; from: string[] }>();
  for (const [key, sources] of passed) {
    const kinds = new Set<DataKind>();
    const from: string[] = [];
    for (const source of sources) {
      for (const k of resolve(source.file, source.flows, false)) kinds.add(k);
      for (const param of paramsIn(source.file, source.flows, 0)) from.push(`${source.file.file}#${param}`);
    }
    params.set(key, { kinds, from });
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const param of params.values()) {
      for (const key of param.from) {
        for (const k of params.get(key)?.kinds ?? ['other' as const]) {
          if (!param.kinds.has(k)) {
            param.kinds.add(k);
            changed = true;
          }
        }
      }
    }
  }
  const paramKinds = new Map([...params].map(([key, p]) => [key, p.kinds.size > 0 ? normaliseKinds(p.kinds) : ['other' as const]]));
  const paramOf = (key: string): DataKind[] => paramKinds.get(key) ?? ['other'];
  // `entry.actor` of a parameter every caller passes an object literal: that property of each, not the whole objects.
  const literalField = (key: string, name: string): DataKind[] | null => {
    const given = passedFields.get(key);
    if (!given || given.some((g) => g.fields === null)) return null;
    const kinds = new Set<DataKind>();
    for (const { file, fields } of given) {
      const flows = fields![name] ?? ['literal'];
      for (const k of resolve(file, flows, false)) kinds.add(k);
      for (const param of paramsIn(file, flows, 0)) for (const k of paramOf(`${file.file}#${param}`)) kinds.add(k);
    }
    return kinds.size > 0 ? normaliseKinds(kinds) : ['other'];
  };

  for (const file of files) {
    for (const log of file.logs) log.carries = resolve(file, log.carries);
    for (const op of file.storage) op.carries = resolve(file, op.carries);
    for (const call of file.egress) call.carries = resolve(file, call.carries);
    for (const call of file.sdkCalls) call.carries = resolve(file, call.carries);
    for (const body of file.restBodies) body.carries = resolve(file, body.carries);
  }
}

/** How much of a parameter a function's result holds: nothing, the content an AI service's answer holds of it, all of it. */
type Level = 0 | 1 | 2;
const NONE: Level = 0;
const CONTENT: Level = 1;
const WHOLE: Level = 2;

function isReply(flow: string): boolean {
  return flow.startsWith('reply:') || flow.startsWith('answer:');
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

/** Works kinds out once per key; asked again while they are being worked out (a cycle), they are none. */
function once<A extends unknown[]>(key: (...args: A) => string, compute: (...args: A) => DataKind[]): (...args: A) => DataKind[] {
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

/** Whether two key templates (`comment:{}`) may name the same key; an unknown or empty one meets any. */
function keysMeet(a: string | null, b: string): boolean {
  if (!a || !b) return true;
  return keyPattern(a).test(b.replaceAll('{}', '')) || keyPattern(b).test(a.replaceAll('{}', ''));
}

const keyPatterns = new Map<string, RegExp>();
function keyPattern(template: string): RegExp {
  let pattern = keyPatterns.get(template);
  if (!pattern) {
    pattern = new RegExp(`^${template.split('{}').map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('.*')}$`, 's');
    keyPatterns.set(template, pattern);
  }
  return pattern;
}

function isParamOrCallArg(flow: string): boolean {
  return flow.startsWith('param:') || flow.startsWith('callarg:');
}
