import type { CallGraph } from './link.ts';
import type { FileFacts } from './source/file-facts.ts';

/**
 * The parameters of the app's functions that hold ACE's product client, as `file#fn:index`: those
 * callers pass one to (`saveToken(req.context.http, …)`, `getIssue(addon.httpClient(req), key)`,
 * `new JiraService(clientFor(addon, req))`), directly or through helpers that pass on their own; and the
 * results of the app's functions that return one, as `file#call:fn`. Requests made through such a
 * parameter or result are REST calls; those made through one that holds no client are dropped.
 */
export function resolveClients(files: FileFacts[], graph: CallGraph): Set<string> {
  const holding = new Set<string>();
  // `clientFor(addon, req)` with `clientFor` returning `addon.httpClient(req)`.
  const made = (file: FileFacts, client: string): boolean => client.startsWith('call:') && graph.target(file, client.slice(5))?.fn.client === true;
  for (const file of files) for (const call of file.clientCalls) if (made(file, call.param)) holding.add(`${file.file}#${call.param}`);
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
        if (client === 'ace' || made(file, client)) holding.add(key);
        else if (!client.startsWith('call:')) {
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
