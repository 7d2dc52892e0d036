import type { RestCall } from './facts.ts';
import type { CallGraph } from './link.ts';
import type { Callers } from './param-requests.ts';
import { bareCallees } from './principal-choices.ts';
import { callbackCalls, type CallbackCall } from './callback-clients.ts';
import type { ArgFlow, FileFacts } from './source/file-facts.ts';
import { FORGE_CLIENT } from './source/principal-choice.ts';

type Principal = 'asApp' | 'asUser';

/** How far a client handed on from parameter to parameter is followed back to the callers that make it. */
const MAX_HOPS = 3;

/**
 * A request through a client its function's callers hand it (`getIssue(key, client = api.asApp())`, see `RestCall.handedBy`)
 * acts as what they hand it, or as the default when they leave it out: as those, one call each, when every caller is seen
 * and gives one known here; as whoever they choose (`unknown`) otherwise.
 */
export function settleHandedClients(files: readonly FileFacts[], graph: CallGraph, handlers: ReadonlySet<string>, callersOfApp: Callers): void {
  if (!files.some((f) => f.restCalls.some((c) => c.handedBy !== undefined))) return;
  const callers = callersOfApp();
  const bare = bareCallees(files, graph);
  // `asJira(async (jira) => jira.requestJira(...))` with `asJira` calling `fn(api.asApp())`: an arrow acts as what it is handed.
  const arrows = new Map<string, CallbackCall[]>();
  for (const call of callbackCalls(files, graph)) if (call.arrow) arrows.set(call.to, [...arrows.get(call.to) ?? [], call]);
  // The caller's own parameter handed on (`search(jql, client)`): what its callers give it.
  const handedOn = (caller: FileFacts, client: string | null, hops: number): Set<Principal> | null => {
    if (client === null) return null;
    if (client.startsWith(FORGE_CLIENT)) return new Set([client.slice(FORGE_CLIENT.length) as Principal]);
    return hops < MAX_HOPS && /^[\w$]+:\d+$/.test(client) ? given(caller, client, hops + 1) : null;
  };
  const given = (file: FileFacts, mark: string, hops: number): Set<Principal> | null => {
    const at = mark.lastIndexOf(':');
    const fn = mark.slice(0, at);
    // `sync:0.client`: the field `client` of what callers pass the first parameter (`sync({ client: api.asUser(), issueKey })`).
    const [position, field] = mark.slice(at + 1).split('.', 2) as [string, string?];
    const index = Number(position);
    const clientOf = (flow: Pick<ArgFlow, 'clients' | 'clientFields'>): string | null => (field === undefined ? flow.clients?.[index] : flow.clientFields?.[index]?.[field]) ?? null;
    const key = `${file.file}#${fn}`;
    const handed = arrows.get(key);
    if (handed) return field === undefined ? union(handed.map((c) => handedOn(c.from, c.clients?.[index] ?? null, hops))) : null;
    const info = file.functions.find((f) => f.name === fn);
    const sites = callers.get(key) ?? [];
    // A handler is called by the platform, with what the scan does not see.
    if (!info || handlers.has(`${file.file}#${info.exports[0] ?? `#${info.name}`}`) || (sites.length === 0 && !bare.has(key))) return null;
    const fallback = field === undefined ? info.principalDefaults?.[index] ?? null : null;
    const out = new Set<Principal>();
    if (bare.has(key)) {
      if (fallback === null) return null;
      out.add(fallback);
    }
    for (const { file: caller, flow } of sites) {
      if (index >= flow.args.length && !flow.spread) {
        if (fallback === null) return null;
        out.add(fallback);
        continue;
      }
      const inner = handedOn(caller, clientOf(flow), hops);
      if (inner === null) return null;
      for (const p of inner) out.add(p);
    }
    return out;
  };
  for (const file of files) {
    if (!file.restCalls.some((c) => c.handedBy !== undefined)) continue;
    const copies = new Map<RestCall, RestCall>();
    file.restCalls = file.restCalls.flatMap((call) => {
      if (call.handedBy === undefined) return [call];
      const chosen = given(file, call.handedBy, 0);
      delete call.handedBy;
      if (chosen === null || chosen.size === 0) return [call];
      const [first, second] = [...chosen];
      call.auth = first!;
      if (second === undefined) return [call];
      const copy: RestCall = { ...call, auth: second };
      copies.set(call, copy);
      return [call, copy];
    });
    if (copies.size > 0) file.restBodies = file.restBodies.flatMap((b) => (copies.has(b.call) ? [b, { ...b, call: copies.get(b.call)! }] : [b]));
  }
}

/** Every principal of the sets, or null when one is unknown. */
function union(sets: ReadonlyArray<Set<Principal> | null>): Set<Principal> | null {
  const out = new Set<Principal>();
  for (const set of sets) {
    if (set === null) return null;
    for (const p of set) out.add(p);
  }
  return out;
}
