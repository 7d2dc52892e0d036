import type { CallGraph } from './link.ts';
import type { FillImported } from './constants.ts';
import { filledClient, isGivenClient, keepParamClientCalls } from './param-clients.ts';
import { MADE } from './source/detectors/param-clients.ts';
import { VALUE } from './source/ace-client.ts';
import type { FileFacts } from './source/file-facts.ts';
import { EITHER_PRINCIPAL, type RestCall } from './facts.ts';
import { pickedBy } from './principal-choices.ts';
import { callbackCalls } from './callback-clients.ts';
import { FORGE_CLIENT } from './source/principal-choice.ts';

type ClientCall = FileFacts['clientCalls'][number];

/**
 * The parameters of the app's functions that hold ACE's product client, as `file#fn:index`: those
 * callers pass one to (`saveToken(req.context.http, ...)`, `getIssue(addon.httpClient(req), key)`,
 * `new JiraService(clientFor(addon, req))`), directly or through helpers that pass on their own; and the
 * results of the app's functions that return one, as `file#call:fn`. Requests made through such a
 * parameter or result are REST calls, as the user when the client given acts as one
 * (`getIssue(addon.httpClient(req).asUserByAccountId(id), key)`); those made through one that holds no client are dropped.
 */
export function resolveClients(files: FileFacts[], graph: CallGraph, fill: FillImported = (_, value) => value): Set<string> {
  const holding = new Set<string>();
  // Those given a client acting as a user, and those given one acting as the app: a parameter some callers
  // give one and some the other is not told to act as a user.
  const users = new Set<string>();
  const apps = new Set<string>();
  const stack: string[] = [];
  const hold = (key: string, user: boolean): void => {
    const set = user ? users : apps;
    if (set.has(key)) return;
    set.add(key);
    holding.add(key);
    stack.push(key);
  };
  // `clientFor(addon, req)` with `clientFor` returning `addon.httpClient(req)`.
  // A function returning a principal of `@forge/api` (`return asUser()`) makes a product client too; one returning `asApp()` is told apart.
  const forgeApps = new Set<string>();
  const made = (file: FileFacts, client: string): 'app' | 'user' | null => {
    if (client.startsWith(VALUE)) return exportedPrincipal(graph, file, client, forgeApps);
    if (!client.startsWith('call:')) return null;
    const fn = graph.target(file, client.slice(5))?.fn;
    if (fn?.principal === 'asApp') forgeApps.add(`${file.file}#${client}`);
    return fn?.client ?? (fn?.principal === undefined ? null : fn.principal === 'asUser' ? 'user' : 'app');
  };
  for (const file of files) {
    for (const call of file.clientCalls) {
      const client = made(file, call.param);
      if (client) hold(`${file.file}#${call.param}`, client === 'user');
    }
  }
  // A vendor's SDK client or an HTTP client callers pass (`listRepos(octokit)`), by the parameters that hold it.
  const sdks = new Map<string, Set<string>>();
  const handed: string[] = [];
  const give = (key: string, client: string): void => {
    let set = sdks.get(key);
    if (!set) sdks.set(key, (set = new Set()));
    if (set.has(client)) return;
    set.add(client);
    handed.push(key);
  };
  // A parameter passed on as an argument: `file#fn:index` -> the parameters it is given to.
  const passedTo = new Map<string, string[]>();
  // What a caller in `file` hands the parameter `key` (`file#fn:index`, `file#fn:index.field`).
  const take = (file: FileFacts, key: string, client: string): void => {
    // `@forge/api`'s principals are told apart by `settleHandedClients`.
    if (client.startsWith(FORGE_CLIENT)) return;
    if (isGivenClient(client)) {
      const known = filledClient(file, client, fill, graph);
      if (known !== null) give(key, known);
      return;
    }
    const given = client === 'ace' ? 'app' : client === 'ace:user' ? 'user' : made(file, client);
    if (given) hold(key, given === 'user');
    else if (client.startsWith('call:')) {
      // `listRepos(createOctokit(token))` with `createOctokit` returning `new Octokit(...)`.
      const factory = graph.target(file, client.slice(5));
      const known = factory?.fn.made ? filledClient(factory.file, factory.fn.made, fill, graph) : null;
      if (known !== null) give(key, known);
    } else {
      const from = `${file.file}#${client}`;
      const list = passedTo.get(from);
      if (list) list.push(key);
      else passedTo.set(from, [key]);
    }
  };
  for (const file of files) {
    for (const [param, client] of Object.entries(file.paramClientTypes ?? {})) give(`${file.file}#${param}`, client);
    for (const flow of file.argFlows) {
      if (!flow.clients && !flow.clientFields) continue;
      const to = graph.target(file, flow.callee);
      if (!to) continue;
      flow.clients?.forEach((client, i) => {
        if (client !== null) take(file, `${to.file.file}#${to.fn.name}:${i}`, client);
      });
      flow.clientFields?.forEach((fields, i) => {
        for (const [field, client] of Object.entries(fields ?? {})) take(file, `${to.file.file}#${to.fn.name}:${i}.${field}`, client);
      });
    }
  }
  for (const { from, to, clients } of callbackCalls(files, graph)) {
    clients?.forEach((client, i) => {
      if (client !== null) take(from, `${to}:${i}`, client);
    });
  }
  while (stack.length > 0) {
    const from = stack.pop()!;
    for (const key of passedTo.get(from) ?? []) {
      if (users.has(from)) hold(key, true);
      if (apps.has(from)) hold(key, false);
    }
  }
  // `const { client } = await httpClient(repo)`: the client the app's function returns in that field.
  for (const file of files) {
    for (const call of file.paramClientCalls ?? []) {
      if (!call.param.startsWith(MADE)) continue;
      const at = call.param.lastIndexOf('.');
      const factory = graph.target(file, call.param.slice(MADE.length, at));
      const client = factory?.fn.madeFields?.[call.param.slice(at + 1)];
      const known = client ? filledClient(factory!.file, client, fill, graph) : null;
      if (known !== null) give(`${file.file}#${call.param}`, known);
    }
  }
  while (handed.length > 0) {
    const from = handed.pop()!;
    for (const key of passedTo.get(from) ?? []) for (const client of sdks.get(from)!) give(key, client);
  }
  if (sdks.size > 0 || files.some((f) => f.paramClientCalls?.some((c) => c.fallback))) for (const file of files) if (file.paramClientCalls) keepParamClientCalls(file, sdks, fill);
  const asUser = new Set([...users].filter((k) => !apps.has(k)));
  for (const file of files) if (file.clientCalls.length > 0) keepClientCalls(file, holding, asUser, forgeApps, (c) => chosenPrincipal(graph, file, c, fill));
  return holding;
}

/** `value:./api#default` with that module's `export default asUser()`: a product client, as the user; one acting as the app is told apart. */
function exportedPrincipal(graph: CallGraph, file: FileFacts, client: string, forgeApps: Set<string>): 'app' | 'user' | null {
  const at = client.indexOf('#');
  const module = graph.resolveModule(file.file, client.slice(VALUE.length, at));
  const principal = module === null ? undefined : graph.file(module)?.principals?.[client.slice(at + 1)];
  if (principal === undefined) return null;
  if (principal === 'asApp') forgeApps.add(`${file.file}#${client}`);
  return principal === 'asUser' ? 'user' : 'app';
}

/**
 * `api(true).requestJira(...)` with `api` returning `user ? asUser() : asApp()`: the principal the call's argument picks; `either`
 * when it gives a value not known here (one call as each, as in the module that chooses); else null.
 */
function chosenPrincipal(graph: CallGraph, file: FileFacts, c: ClientCall, fill: FillImported): 'asApp' | 'asUser' | 'either' | null {
  const fn = c.param.startsWith('call:') ? graph.target(file, c.param.slice(5))?.fn : undefined;
  if (fn?.principal !== 'either') return null;
  return (fn.principalBy ? pickedBy(fn.principalBy, fn, file, c.given ?? { args: [] }, fill) : null) ?? 'either';
}

/** Each request as the user or as the app chosen at run time is made as one call each: as the user, and a copy as the app. */
function splitEither(file: FileFacts, either: ReadonlySet<RestCall>): void {
  const position = new Map<number, number>();
  const copies = new Map<RestCall, RestCall>();
  file.restCalls = file.restCalls.flatMap((call, i) => {
    position.set(i, i + copies.size);
    if (!either.has(call)) return [call];
    call.api = `${EITHER_PRINCIPAL}().${call.api.slice(call.api.lastIndexOf('.') + 1)}`;
    call.auth = 'asUser';
    const copy: RestCall = { ...call, auth: 'asApp' };
    copies.set(call, copy);
    return [call, copy];
  });
  file.paramRequests = file.paramRequests.map((r) => (r.list === 'restCalls' ? { ...r, index: position.get(r.index)! } : r));
  file.restBodies = file.restBodies.flatMap((b) => (copies.has(b.call) ? [b, { ...b, call: copies.get(b.call)! }] : [b]));
}

function keepClientCalls(file: FileFacts, holding: ReadonlySet<string>, asUser: ReadonlySet<string>, forgeApps: ReadonlySet<string>, chosen: (c: ClientCall) => 'asApp' | 'asUser' | 'either' | null): void {
  const either = new Set<RestCall>();
  for (const c of file.clientCalls) {
    const call = file.restCalls[c.index]!;
    if (asUser.has(`${file.file}#${c.param}`)) call.auth = 'asUser';
    else if (forgeApps.has(`${file.file}#${c.param}`)) call.auth = 'asApp';
    else {
      const picked = chosen(c);
      if (picked === 'either') either.add(call);
      else call.auth = picked ?? call.auth;
    }
  }
  const dropped = new Set(file.clientCalls.filter((c) => !holding.has(`${file.file}#${c.param}`)).map((c) => c.index));
  file.clientCalls = [];
  if (dropped.size > 0) {
    const position = new Map<number, number>();
    file.restCalls = file.restCalls.filter((_, i) => {
      if (dropped.has(i)) return false;
      position.set(i, position.size);
      return true;
    });
    file.paramRequests = file.paramRequests
      .filter((r) => r.list !== 'restCalls' || !dropped.has(r.index))
      .map((r) => (r.list === 'restCalls' ? { ...r, index: position.get(r.index)! } : r));
  }
  if (either.size > 0) splitEither(file, either);
}
