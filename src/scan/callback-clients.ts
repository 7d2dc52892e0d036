import type { CallGraph } from './link.ts';
import type { FileFacts } from './source/file-facts.ts';
import { handedCalls } from './handed-calls.ts';

/** One call of a function handed to the app's function (`file#fn`, `to`), there: the clients it is handed, as `ArgFlow.clients`. */
export interface CallbackCall {
  /** The file whose function makes the call, in whose terms the clients are written. */
  from: FileFacts;
  to: string;
  /** Whether the function handed is an arrow written there, called nowhere else. */
  arrow: boolean;
  clients: ReadonlyArray<string | null> | null;
}

/**
 * `withGithub(token, async (octokit) => ...)` with `withGithub` calling `fn(new Octokit(...))`, `asJira((jira) => ...)` with `asJira`
 * calling `fn(api.asApp())`: what each function handed to the app's functions is called with there, by its parameters. An arrow
 * is named where it is written (see `handedFunction`); a function by name, as calls name it.
 */
export function callbackCalls(files: readonly FileFacts[], graph: CallGraph): CallbackCall[] {
  const out: CallbackCall[] = [];
  if (!files.some((f) => f.paramCalls?.some((c) => c.clients))) return out;
  for (const { file, handed, calls } of handedCalls(files, graph)) {
    const to = handed.arrow ? `${file.file}#${handed.fn.slice(1)}` : named(graph, file, handed.fn);
    if (to === null) continue;
    for (const { file: from, call } of calls) out.push({ from, to, arrow: handed.arrow === true, clients: call.clients ?? null });
  }
  return out;
}

function named(graph: CallGraph, file: FileFacts, fn: string): string | null {
  const to = graph.target(file, fn);
  return to ? `${to.file.file}#${to.fn.name}` : null;
}
