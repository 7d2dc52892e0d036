import type { DataKind, EgressCall, Evidence, StorageOp } from './facts.ts';
import type { FillImported } from './constants.ts';
import type { CallGraph } from './link.ts';
import { derive, isKnown } from './source/derive.ts';
import { sdkCall, sdkVendor } from './source/detectors/sdk-calls.ts';
import type { FileFacts, ParamClientCall } from './source/file-facts.ts';
import { normaliseKinds } from './source/flow.ts';
import { hasImported, hasParam, settle } from './source/string-marks.ts';
import { GRAPHQL_REQUEST, GRAPHQL_REQUESTS } from './source/http-clients.ts';
import { KVS_CLIENT } from './source/detectors/param-clients.ts';
import { QUEUE_CLIENT } from './source/detectors/queues.ts';
import { BINDING_CLIENT, bindingMethod, QUEUE_BINDING } from './source/detectors/cloudflare-bindings.ts';
import { deriveKey, deriveSql, kvsBackend, kvsOp } from './source/detectors/storage.ts';
import { kvCommandOp, KV_CLIENT } from './source/detectors/kv-clients.ts';

/** Whether a client an argument holds is a vendor's SDK client, an HTTP client or another module's object (see `givenClient`). */
export function isGivenClient(client: string): boolean {
  return client.startsWith('sdk:') || client.startsWith('http:') || client.startsWith('own:') || client.startsWith(QUEUE_CLIENT) || client.startsWith(BINDING_CLIENT) || client === KVS_CLIENT || client.startsWith(KV_CLIENT);
}

/**
 * The client as the scan knows it: an HTTP client's base URL with the constants the caller's module imports filled in, the
 * SDK client another module exports; null when that module's object is no known client.
 */
export function filledClient(caller: FileFacts, client: string, fill: FillImported, graph: CallGraph): string | null {
  // A queue's key made of another module's constants (`new Queue({ key: JOBS })`).
  if (client.startsWith(QUEUE_CLIENT)) return `${QUEUE_CLIENT}${fill(caller.file, client.slice(QUEUE_CLIENT.length))}`;
  if (client.startsWith('own:')) {
    const [module, name] = JSON.parse(client.slice(4)) as [string, string];
    const target = graph.resolveModule(caller.file, module);
    const made = target ? graph.file(target)?.sdkExports.find((e) => e.name === name) : undefined;
    if (made?.base !== undefined) return `http:${JSON.stringify([made.module, fill(target!, made.base), made.carries ?? []])}`;
    return made && sdkVendor(made.module) ? `sdk:${JSON.stringify([made.module, made.api])}` : null;
  }
  if (!client.startsWith('http:') || !hasImported(client)) return client;
  const [module, base, carries] = httpOf(client);
  return `http:${JSON.stringify([module, fill(caller.file, base), carries])}`;
}

/** An HTTP client as `givenClient` writes it: its module, base URL and what its configuration sends. */
export function httpOf(client: string): [string, string, string[]] {
  const [module, base, carries = []] = JSON.parse(client.slice(5)) as [string, string, string[]?];
  return [module, base, carries];
}

/**
 * The calls made through parameters that callers hand a vendor's SDK client or an HTTP client, as if made on that client
 * where the helper makes them: SDK calls (`octokit.rest.repos.listForOrg(...)` of an `Octokit`) and requests (`http.post('/items', ...)`
 * of `axios.create({ baseURL })`, the base URL joined). `clients` holds what callers hand each parameter, by `file#param`.
 */
export function keepParamClientCalls(file: FileFacts, clients: ReadonlyMap<string, ReadonlySet<string>>, fill: FillImported): void {
  const seen = new Set<string>();
  for (const whole of file.paramClientCalls ?? []) {
    // `deps.openai.chat.completions.create(...)`: the parameter's field `openai` holds the client when callers pass `{ openai }`.
    const field = { ...whole, param: `${whole.param}.${whole.api[0]}`, api: whole.api.slice(1) };
    for (const [call, client] of [...handed(clients, file, whole), ...(field.api.length > 0 && !whole.param.includes('.') ? handed(clients, file, field) : [])]) {
      if (client.startsWith(BINDING_CLIENT)) {
        if (call === whole) bindingParamOp(file, call, client.slice(BINDING_CLIENT.length), fill);
        continue;
      }
      if (client === KVS_CLIENT) {
        if (call === whole) kvsParamOp(file, call, fill);
        continue;
      }
      if (client.startsWith(KV_CLIENT)) {
        if (call === whole) kvClientParamOp(file, call, client.slice(KV_CLIENT.length), fill);
        continue;
      }
      // A queue handed in takes its pushes, and only those: `push` of anything else is an array's. `options.queue.push(...)`: its field's.
      if (whole.queue || client.startsWith(QUEUE_CLIENT)) {
        if (whole.queue && call.api.length === 1 && client.startsWith(QUEUE_CLIENT)) queuePush(file, whole.queue, client.slice(QUEUE_CLIENT.length), whole.evidence);
        continue;
      }
      // A parameter called as a function (`send(url, options)`) is a request only when it is `fetch` or an HTTP client.
      const http = client.startsWith('sdk:') ? null : httpOf(client);
      const fact = http === null ? (call.api.length > 0 ? viaSdk(call, client) : null) : viaHttp(file, call, http, fill);
      const at = fact ? `${'vendor' in fact ? fact.vendor : fact.client} ${fact.evidence.line}:${fact.evidence.column}` : '';
      if (!fact || seen.has(at)) continue;
      seen.add(at);
      if ('vendor' in fact) file.sdkCalls.push(fact);
      else {
        file.egress.push(fact);
        // `doRequest(fetch, url)`: a URL the helper is handed is its callers' to name, as for its own requests.
        const url = call.request?.url ?? null;
        const base = http![1];
        const through = call.api.length === 0 ? Number(call.param.slice(call.param.lastIndexOf(':') + 1)) : NaN;
        if (url !== null && hasParam(url) && !isKnown(fact)) {
          file.paramRequests.push({ list: 'egress', index: file.egress.length - 1, derive: 'egress-url', inputs: [fill(file.file, url), base === '' ? null : fill(file.file, base)], method: null, ...(Number.isInteger(through) ? { through } : {}) });
        }
      }
    }
  }
  delete file.paramClientCalls;
}

/**
 * `keep(env.USAGE, event)` with `keep` calling `bucket.put(key, value)`, or `save(env, ...)` calling `bindings.USAGE.put(...)`: the
 * binding's operation where the helper makes it, as `detectStorage` records one made on `env` itself (once, should it have).
 */
function bindingParamOp(file: FileFacts, call: ParamClientCall, given: string, fill: FillImported): void {
  const [name, method] = given === '' ? [call.api[0], call.api[1]] : [given, call.api[0]];
  const op = name !== undefined && method !== undefined ? bindingMethod(method) : null;
  const { line, column } = call.evidence;
  if (op === null || (op !== 'statement' && call.api.length !== (given === '' ? 2 : 1))) return;
  if ((file.bindingOps ??= []).some((b) => b.line === line && b.column === column)) return;
  file.bindingOps.push({ line, column, name: name!, method: method! });
  // A queue's message has no key; it is what the Worker's `queue` handler is handed.
  const key = call.key == null || op === 'send' ? null : settle(fill(file.file, call.key));
  if (op === 'send') (file.queuePushes ??= []).push({ key: `${QUEUE_BINDING}${name}`, flows: call.carries });
  const fact: StorageOp = { backend: 'external-db', op: op === 'statement' ? 'query' : op === 'send' ? 'write' : op, key: null, api: `${name}.${method}`, carries: op === 'read' || op === 'delete' ? [] : call.carries as DataKind[], evidence: call.evidence };
  if (op === 'statement') deriveSql(fact, [key]);
  else deriveKey(fact, [key]);
  file.storage.push(fact);
}

/**
 * `makeRepository(kvs)` with the helper calling `store.setSecret(KEY, value)`: the key-value store's operation where the helper
 * makes it, as `detectStorage` records one made on `kvs` itself.
 */
function kvsParamOp(file: FileFacts, call: ParamClientCall, fill: FillImported): void {
  const method = call.api.length === 1 ? call.api[0]! : '';
  const op = kvsOp(method);
  if (op === null) return;
  const key = call.key == null ? null : settle(fill(file.file, call.key));
  const fact: StorageOp = { backend: kvsBackend(method), op, key: null, api: `kvs.${method}`, carries: op === 'write' ? call.carries as DataKind[] : [], evidence: call.evidence };
  deriveKey(fact, [key]);
  file.storage.push(fact);
}

/**
 * `routes(app, redis)` with the helper calling `redis.incrby(key, n)`: the key-value client's command where the helper makes it,
 * as `detectStorage` records one made on the client itself.
 */
function kvClientParamOp(file: FileFacts, call: ParamClientCall, module: string, fill: FillImported): void {
  const method = call.api.length === 1 ? call.api[0]! : '';
  const op = kvCommandOp(method);
  if (op === null) return;
  const key = call.key == null ? null : settle(fill(file.file, call.key));
  const fact: StorageOp = { backend: 'external-db', op, key: null, api: `${module}.${method}`, carries: op === 'write' ? call.carries as DataKind[] : [], evidence: call.evidence };
  deriveKey(fact, [key]);
  file.storage.push(fact);
}

/** `this.queue.push(events)` on a queue callers hand in: a push to that queue, from the function that makes it, as `detectQueuePush` records one. */
function queuePush(file: FileFacts, { flows, fields, fn }: NonNullable<ParamClientCall['queue']>, key: string, evidence: Evidence): void {
  (file.queuePushes ??= []).push({ key, flows, ...(fields ? { fields } : {}), evidence });
  const pusher = fn === null ? undefined : file.functions.find((f) => f.name === fn);
  if (pusher) (pusher.queues ??= []).push(key);
}

function handed(clients: ReadonlyMap<string, ReadonlySet<string>>, file: FileFacts, call: ParamClientCall): Array<[ParamClientCall, string]> {
  const given = clients.get(`${file.file}#${call.param}`);
  // `const send = options.fetchImpl ?? globalThis.fetch` that no caller hands a fetch: the default.
  if (!given?.size) return call.fallback ? [[call, call.fallback]] : [];
  return [...given].map((client) => [call, client]);
}

function viaSdk(call: ParamClientCall, client: string): ReturnType<typeof sdkCall> {
  const [module, api] = JSON.parse(client.slice(4)) as [string, string[]];
  const vendor = sdkVendor(module);
  const command = call.command ? { command: call.command } : {};
  return vendor ? sdkCall(vendor, module, [...api, ...call.api], { side: call.side, carries: call.carries, evidence: call.evidence, ...command }) : null;
}

/** A request by an HTTP verb (`http.post('/items', item)`) made on an HTTP client (see `httpOf`), with what its configuration sends. */
export function viaHttp(file: FileFacts, call: Pick<ParamClientCall, 'api' | 'request' | 'side' | 'carries' | 'evidence'>, [module, base, sent]: [string, string, string[]], fill: FillImported): EgressCall | null {
  if (module === GRAPHQL_REQUEST) return viaGraphql(call, base, sent);
  if (!call.request || (call.api[0] ?? '') !== call.request.verb) return null;
  const verb = call.request.verb.toLowerCase();
  const fact: EgressCall = {
    client: verb === '' ? module : `${module}.${verb}`, method: call.request.method, url: null, host: null, side: call.side,
    carries: sent.length === 0 ? call.carries : normaliseKinds(new Set([...call.carries, ...sent])) as EgressCall['carries'], evidence: call.evidence,
  };
  const url = call.request.url === null ? null : settle(fill(file.file, call.request.url));
  derive(fact, 'egress-url', [url, base === '' ? null : settle(base)]);
  return fact;
}

/** `client.request(query, variables)` of graphql-request's client: a POST of the query and its variables to the client's URL. */
function viaGraphql(call: Pick<ParamClientCall, 'api' | 'side' | 'carries' | 'evidence'>, base: string, sent: string[]): EgressCall | null {
  const [verb, ...rest] = call.api;
  if (verb === undefined || rest.length > 0 || !GRAPHQL_REQUESTS.has(verb)) return null;
  const fact: EgressCall = {
    client: `${GRAPHQL_REQUEST}.${verb}`, method: 'POST', url: null, host: null, side: call.side,
    carries: normaliseKinds(new Set([...call.carries, ...sent])) as EgressCall['carries'], evidence: call.evidence,
  };
  derive(fact, 'egress-url', [null, settle(base)]);
  return fact;
}
