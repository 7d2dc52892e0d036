import type { DataKind } from './facts.ts';
import type { FileFacts } from './source/file-facts.ts';
import { normaliseKinds } from './source/flow.ts';

/**
 * What a logger's transport sends its vendor (`new DatadogWinston(...)`, pino's `target: '@logtail/pino'`): what the app's
 * logger calls carry (its library's, winston's or pino's, and a `logger` of the app's), not the console's, another library's
 * (`debug` writes to the console) nor an access log's lines.
 */
export function shipLogs(files: readonly FileFacts[]): void {
  const shipped = files.flatMap((f) => [...f.sdkCalls, ...f.egress].filter((c) => c.shipsLogs));
  if (shipped.length === 0) return;
  const carried = new Map<string, DataKind[]>();
  for (const library of new Set(shipped.map((c) => c.shipsLogs!))) {
    const kinds = new Set<DataKind>();
    for (const f of files) for (const log of f.logs) if (log.side === 'backend' && (log.logger === library || log.logger === 'logger') && !log.access) for (const k of log.carries) kinds.add(k);
    carried.set(library, kinds.size > 0 ? normaliseKinds(kinds) : ['other']);
  }
  for (const call of shipped) {
    call.carries = [...carried.get(call.shipsLogs!)!];
    delete call.shipsLogs;
  }
}
