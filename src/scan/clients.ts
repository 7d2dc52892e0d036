import type { CallGraph } from './link.ts';
import type { FileFacts } from './source/file-facts.ts';

/**
 * The parameters of the app's functions that hold ACE's product client, as `file#fn:index`: those
 * callers pass one to (`saveToken(req.context.http, …)`, `getIssue(addon.httpClient(req), key)`),
 * directly or through helpers that pass on their own. Requests made through such a parameter are
 * REST calls; those made through a parameter no caller gives a client are dropped.
 */
export function resolveClients(files: FileFacts[], graph: CallGraph): Set<string> {
  const holding = new Set<string>();
  // A parameter passed on as an argument: `file#fn:index` → the parameters it is given to.
  const passedTo = new Map<string, string[]>();
  for (const file of files) {
    for (const flow of file.argFlows) {
      if (!flow.clients) continue;
      const to = graph.target(file, flow.callee);
      if (!to) continue;
      flow.clients.forEach((client, i) => {
        if (client === null) return;
        const key = `${to.file.file}#${to.fn.name}:${i}`;
        if (client === 'ace') holding.add(key);
        else {
          const from = `${file.file}#${client}`;
          const list = passedTo.get(from);
          if (list) list.push(key);
          else passedTo.set(from, [key]);
        }
      });
    }
  }
  const stack = [...holding];
  while (stack.length > 0) {
    for (const key of passedTo.get(stack.pop()!) ?? []) {
      if (holding.has(key)) continue;
      holding.add(key);
      stack.push(key);
    }
  }
  for (const file of files) if (file.clientCalls.length > 0) keepClientCalls(file, holding);
  return holding;
}

function keepClientCalls(file: FileFacts, holding: ReadonlySet<string>): void {
  const dropped = new Set(file.clientCalls.filter((c) => !holding.has(`${file.file}#${c.param}`)).map((c) => c.index));
  file.clientCalls = [];
  if (dropped.size === 0) return;
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
