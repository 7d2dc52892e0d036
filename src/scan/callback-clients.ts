import type { CallGraph } from './link.ts';
import type { FileFacts } from './source/file-facts.ts';

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
 * `withGithub(token, async (octokit) => …)` with `withGithub` calling `fn(new Octokit(…))`, `asJira((jira) => …)` with `asJira`
 * calling `fn(api.asApp())`: what each function handed to the app's functions is called with there, by its parameters. An arrow
 * is named where it is written (see `handedFunction`); a function by name, as calls name it.
 */
export function callbackCalls(files: readonly FileFacts[], graph: CallGraph): CallbackCall[] {
  const out: CallbackCall[] = [];
  if (!files.some((f) => f.paramCalls?.some((c) => c.clients))) return out;
  const calls = new Map<string, Array<{ file: FileFacts; clients: ReadonlyArray<string | null> | null }>>();
  for (const file of files) {
    for (const call of file.paramCalls ?? []) {
      const key = `${file.file}#${call.fn}:${call.param}`;
      const list = calls.get(key);
      const given = { file, clients: call.clients ?? null };
      if (list) list.push(given);
      else calls.set(key, [given]);
    }
  }
  for (const file of files) {
    for (const handed of file.handedFns ?? []) {
      const callee = graph.target(file, handed.callee);
      const given = callee ? calls.get(`${callee.file.file}#${callee.fn.name}:${handed.at}`) : undefined;
      const to = !given ? null : handed.arrow ? `${file.file}#${handed.fn.slice(1)}` : named(graph, file, handed.fn);
      if (to === null) continue;
      for (const { file: from, clients } of given!) out.push({ from, to, arrow: handed.arrow === true, clients });
    }
  }
  return out;
}

function named(graph: CallGraph, file: FileFacts, fn: string): string | null {
  const to = graph.target(file, fn);
  return to ? `${to.file.file}#${to.fn.name}` : null;
}
