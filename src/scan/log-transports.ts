import type { DataKind } from './facts.ts';
import type { FileFacts } from './source/file-facts.ts';
import { normaliseKinds } from './source/flow.ts';

/**
 * What a logger's transport sends its vendor (`new DatadogWinston(...)`, pino's `target: '@logtail/pino'`): what the app's
 * logger calls carry (winston's, pino's, a `logger` of the app's), not the console's nor an access log's lines.
 */
export function shipLogs(files: readonly FileFacts[]): void {
  const shipped = files.flatMap((f) => [...f.sdkCalls, ...f.egress].filter((c) => c.shipsLogs));
  if (shipped.length === 0) return;
  const kinds = new Set<DataKind>();
  for (const f of files) for (const log of f.logs) if (log.side === 'backend' && log.logger !== 'console' && !log.access) for (const k of log.carries) kinds.add(k);
  const carries = kinds.size > 0 ? normaliseKinds(kinds) : ['other' as const];
  for (const call of shipped) {
    call.carries = [...carries];
    delete call.shipsLogs;
  }
}
