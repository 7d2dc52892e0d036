import type { DataKind, StorageOp } from './facts.ts';
import type { CallGraph } from './link.ts';
import type { FileFacts, FunctionInfo } from './source/file-facts.ts';
import { normaliseKinds, type Shape } from './source/flow.ts';
import { CONTEXT_KINDS, fieldKinds, fieldShape } from './source/forge-shapes.ts';
import { FIELD, HOLE, WITHOUT, hasImported, partOf, settle, takesField, withBraces } from './source/string-marks.ts';
import type { FillImported } from './constants.ts';
import { CONTENT_KINDS } from './source/answers.ts';
import { vendorById, vendorForHost } from './vendors.ts';
import { MEMBERS } from './handlers.ts';

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
): ResolvedFlows {
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
  const passed = new Map<string, Array<{ file: FileFacts; flows: string[]; fields?: Record<string, string[]> }>>();
  // What each call site hands a parameter, when it may be Forge's request or context: the object, or the caller's own
  // parameter (`save(req)` → `persist(req)`) or that parameter's field (`audit(req.context)`), as `file#fn:index` and the field.
  const handed = new Map<string, Array<Shape | { from: string; field: string | null } | null>>();
  for (const file of files) {
    for (const call of file.argFlows) {
      const to = graph.target(file, call.callee);
      if (!to) continue;
      call.args.forEach((flows, i) => {
        // A rest parameter (`(...args) =>`) holds every argument from its position on.
        const key = `${to.file.file}#${to.fn.name}:${to.fn.rest !== undefined && i > to.fn.rest ? to.fn.rest : i}`;
        const fields = call.fields?.[i];
        const source = fields ? { file, flows, fields } : { file, flows };
        const list = passed.get(key);
        if (list) list.push(source);
        else passed.set(key, [source]);
        const own = call.shapes?.[i] ?? ownParam(flows);
        const entry = typeof own === 'string' || own === null ? own : { from: `${file.file}#${own.param}`, field: own.field };
        const sources = handed.get(key);
        if (sources) sources.push(entry);
        else handed.set(key, [entry]);
      });
    }
  }
  // Parameters every caller hands Forge's request or context, the same one, also through helpers that hand on their own
  // parameter: their fields are that object's fields. A cycle of helpers adds nothing.
  const shapes = new Map<string, Shape | null>();
  const shapeOfParam = (key: string): Shape | null | undefined => {
    if (shapes.has(key)) return shapes.get(key);
    shapes.set(key, undefined as unknown as null);
    let found: Shape | null | undefined;
    for (const source of handed.get(key) ?? []) {
      const shape = source === null || typeof source === 'string' ? source : viaField(shapeOfParam(source.from), source.field);
      if (shape === undefined) continue;
      found = found === undefined || found === shape ? shape : null;
      if (found === null) break;
    }
    shapes.set(key, found ?? null);
    return found;
  };
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
  const sentByFrontEnds = new Map<string, Array<{ file: FileFacts; flows: string[]; fields?: Record<string, string[]> }>>();
  const fromResolvers = new Map<string, Array<{ file: FileFacts; flows: string[] }>>();
  const answering = new Map<string, Array<{ file: FileFacts; fn: FunctionInfo }>>();
  const definedAs = new Map<string, string[]>();
  const wrappers = new Map<string, { name: number; payload: number | null }>();
  for (const file of files) for (const w of file.invokeWrappers ?? []) wrappers.set(`${file.file}#${w.fn}`, w);
  for (const file of files) {
    for (const call of file.invokes) sentByFrontEnds.set(call.name, [...(sentByFrontEnds.get(call.name) ?? []), { file, flows: call.flows, ...(call.fields ? { fields: call.fields } : {}) }]);
    // `invokeFromForge('save', { title })` of a function that hands both to `invoke`.
    for (const call of wrappers.size > 0 ? file.argFlows : []) {
      const to = graph.target(file, call.callee);
      const w = to ? wrappers.get(`${to.file.file}#${to.fn.name}`) : undefined;
      const name = w ? settle(call.values?.[w.name] ?? null) : null;
      if (!w || !name || name.includes(HOLE) || w.payload === null || !call.args[w.payload]) continue;
      sentByFrontEnds.set(name, [...(sentByFrontEnds.get(name) ?? []), { file, flows: call.args[w.payload]! }]);
    }
    for (const r of file.resolverReturns) fromResolvers.set(r.name, [...(fromResolvers.get(r.name) ?? []), { file, flows: r.flows }]);
    for (const { ref, name } of file.resolverRefs) {
      const one = ref.endsWith(MEMBERS) ? null : graph.function(file, ref);
      const found = one ? [{ ...one, member: name }] : ref.endsWith(MEMBERS) ? graph.members(file, ref.slice(0, -MEMBERS.length)) : [];
      for (const { member, ...target } of found) {
        answering.set(member, [...(answering.get(member) ?? []), target]);
        const key = `${target.file.file}#${target.fn.exports[0] ?? `#${target.fn.name}`}`;
        definedAs.set(key, [...(definedAs.get(key) ?? []), member]);
      }
    }
  }
  const returnedKinds = once((name: string, withParams: boolean) => `${name}\u0000${withParams}`, (name, withParams) => {
    const out = new Set<DataKind>();
    for (const r of fromResolvers.get(name) ?? []) for (const k of resolve(r.file, r.flows, withParams)) out.add(k);
    for (const { file, fn } of answering.get(name) ?? []) for (const k of returnsOf(file, fn)) out.add(k);
    return out.size > 0 ? normaliseKinds(out) : ['other'];
  });
  // `invoke:save\u0005title`: the field `title` of what they send (`\u0005-apiToken`: all fields but that one), all they
  // send when a call's payload is no object literal.
  const invokeKinds = once((name: string, withParams: boolean) => `${name}\u0000${withParams}`, (name, withParams) => {
    const at = name.indexOf(FIELD);
    const field = at < 0 ? null : name.slice(at + 1);
    const out = new Set<DataKind>();
    for (const call of sentByFrontEnds.get(at < 0 ? name : name.slice(0, at)) ?? []) {
      const flows = field !== null && call.fields ? partOf(call.fields, field).flat() : call.flows;
      for (const k of resolve(call.file, flows, withParams)) if (k !== 'literal' && k !== 'other') out.add(k);
    }
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
    // The request of a resolver function a consumer module calls holds, for its payload and each field of it, what the app
    // pushes to the queue.
    const queued = flows.filter((f) => f.startsWith('invoke:')).flatMap((f) => (consumerMethods.get(f.slice(7).split(FIELD)[0]!) ?? []).filter((q) => pushed.has(q)));
    for (const queue of queued) for (const k of pushedKinds(queue, withParams)) out.add(k);
    for (const flow of flows) {
      if (queued.length > 0 && flow === 'resolver-payload') continue;
      if (flow.startsWith('callarg:')) {
        for (const k of callArg(file, Number(flow.slice(8)), withParams, flows)) out.add(k);
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
        const shape = at < 0 ? null : shapeOfParam(key);
        for (const k of shape ? resolve(file, shapePart(shape, flow.slice(at + 1)), false) : at < 0 ? paramOf(key) : paramField(key, flow.slice(at + 1))) out.add(k);
        continue;
      }
      if (!flow.startsWith('call:')) {
        out.add(flow as DataKind);
        continue;
      }
      // `call:…\u0005title`: a field of the object the function returns, when it is known what each field carries.
      const at = flow.indexOf(FIELD);
      const to = graph.target(file, at < 0 ? flow.slice(5) : flow.slice(5, at));
      const part = at >= 0 ? flow.slice(at + 1) : null;
      const fields = to && part !== null && to.fn.returnFields ? to.fn.returnFields : null;
      if (to && fields && part !== null) {
        const names = part.startsWith(WITHOUT) ? partOf(Object.fromEntries(Object.keys(fields).map((k) => [k, k])), part) : Object.hasOwn(fields, part) ? [part] : [];
        if (names.length === 0 && !part.startsWith(WITHOUT)) for (const k of returnsOf(to.file, to.fn)) out.add(k);
        for (const name of names) for (const k of fieldOf(to.file, to.fn, name, fields[name]!)) out.add(k);
      } else if (to) for (const k of returnsOf(to.file, to.fn)) out.add(k);
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
  const callArg = (file: FileFacts, id: number, withParams: boolean, flows: readonly string[]): DataKind[] => {
    const arg = file.callArgs[id];
    const to = arg ? graph.target(file, arg.callee) : null;
    // `all(issues).health`: what that field of the result holds of the argument, when the function returns an object whose fields are known.
    const field = to?.fn.returnFields && arg ? fieldReadOf(flows, arg.callee) : null;
    const fieldFlows = field !== null ? to!.fn.returnFields![field] : undefined;
    const key = `${file.file}#${id}:${withParams}${fieldFlows ? `${FIELD}${field}` : ''}`;
    let kinds = passedOn.get(key);
    if (!kinds) {
      passedOn.set(key, []);
      const level = !arg ? NONE : to ? returnsParam(to.file, to.fn, arg.index, fieldFlows ? field! : null) : WHOLE;
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
  const returnsParam = (file: FileFacts, fn: FunctionInfo, index: number, field: string | null = null): Level => {
    const key = `${file.file}#${fn.name}:${index}${field === null ? '' : `${FIELD}${field}`}`;
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
    const result = carries(field === null ? fn.returns : fn.returnFields?.[field] ?? fn.returns, 0);
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
  // `page.title` of a parameter `page`: that field of what each caller passes, when it passes what the app's function
  // returns, what front ends send, or its own parameter (`show(await getPage())`, `save(req.payload)`); all of it else.
  const paramField = once((key: string, field: string) => `${key}\u0000${field}`, (key, field) => {
    const sources = passed.get(key);
    if (!sources) return ['other'];
    const out = new Set<DataKind>();
    for (const source of sources) {
      // `save({ title, owner })`: that property of the object the caller passes.
      const given = source.fields ? partOf(source.fields, field) : null;
      if (given) {
        for (const flows of given) for (const k of resolve(source.file, flows)) out.add(k);
        continue;
      }
      for (const k of resolve(source.file, ofField(source.flows, field), false)) out.add(k);
      for (const flow of source.flows) {
        if (!flow.startsWith('param:')) continue;
        const at = flow.indexOf(FIELD);
        const from = `${source.file.file}#${at < 0 ? flow.slice(6) : flow.slice(6, at)}`;
        for (const k of at < 0 ? resolve(source.file, [`${flow}${FIELD}${field}`]) : paramOf(from)) out.add(k);
      }
      for (const param of paramsIn(source.file, source.flows.filter((f) => f.startsWith('callarg:')), 0)) for (const k of paramOf(`${source.file.file}#${param}`)) out.add(k);
    }
    return out.size > 0 ? normaliseKinds(out) : ['other'];
  });

  // A helper's write as one caller makes it: that caller's arguments for the helper's own parameters, not all callers'.
  const unresolved = new WeakMap<StorageOp, { file: FileFacts; flows: string[] }>();
  const byCaller = (op: StorageOp, fn: string, caller: FileFacts, args: readonly string[][]): DataKind[] | null => {
    const raw = unresolved.get(op);
    if (!raw) return null;
    const own = `param:${fn}:`;
    const out = new Set<DataKind>();
    const rest: string[] = [];
    for (const flow of raw.flows) {
      const given = flow.startsWith(own) && /^\d+$/.test(flow.slice(own.length)) ? args[Number(flow.slice(own.length))] : undefined;
      if (given) for (const k of resolve(caller, given)) out.add(k);
      else rest.push(flow);
    }
    if (rest.length > 0) for (const k of resolve(raw.file, rest)) out.add(k);
    return normaliseKinds(out);
  };
  for (const file of files) {
    for (const log of file.logs) log.carries = resolve(file, log.carries);
    for (const op of file.storage) {
      if (op.op === 'write' && op.carries.some((f) => f.startsWith('param:'))) unresolved.set(op, { file, flows: op.carries });
      op.carries = resolve(file, op.carries);
    }
    for (const call of file.egress) call.carries = resolve(file, call.carries);
    for (const call of file.sdkCalls) call.carries = resolve(file, call.carries);
    for (const body of file.restBodies) body.carries = resolve(file, body.carries);
  }
  return { storedBy: byCaller };
}

/** What resolving the flows leaves for filling in helpers' operations caller by caller. */
export interface ResolvedFlows {
  /** What a helper's write (in `fn`) stores when `caller` calls it with these arguments' flows; null when the write's data is not the helper's parameters'. */
  storedBy(op: StorageOp, fn: string, caller: FileFacts, args: readonly string[][]): DataKind[] | null;
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

/** A part of Forge's request or context (see `FIELD`): a field, or all but some (the payload without the context). */
function shapePart(shape: Shape, part: string): readonly string[] {
  if (!part.startsWith(WITHOUT)) return fieldKinds(shape, part);
  const left = part.slice(1).split(',');
  if (shape === 'context') return left.includes('accountId') ? ['resolver-payload'] : CONTEXT_KINDS;
  return left.includes('context') ? fieldKinds(shape, 'payload') : [...fieldKinds(shape, 'payload'), ...CONTEXT_KINDS];
}

/** A field of what flows carry: of what an app's function returns, of a parameter, of what front ends send (see `FIELD`). */
function ofField(flows: readonly string[], field: string): string[] {
  return flows.map((f) => (takesField(f) ? `${f}${FIELD}${field}` : f));
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

/** The object a parameter's field is when the parameter is Forge's request or context (`req.context`); undefined while not known. */
function viaField(shape: Shape | null | undefined, field: string | null): Shape | null | undefined {
  if (shape === undefined || shape === null || field === null) return shape;
  return fieldShape(shape, field);
}

function isParamOrCallArg(flow: string): boolean {
  return flow.startsWith('param:') || flow.startsWith('callarg:');
}

/** The one field of a call's result the value is read from (`call:callee\u0005field`), or null when it holds the whole result or several fields. */
function fieldReadOf(flows: readonly string[], callee: string): string | null {
  let field: string | null = null;
  for (const flow of flows) {
    if (!flow.startsWith(`call:${callee}`)) continue;
    const rest = flow.slice(5 + callee.length);
    if (!rest.startsWith(FIELD)) return null;
    const name = rest.slice(FIELD.length);
    if (field !== null && field !== name) return null;
    field = name;
  }
  return field;
}
