import type { CallGraph } from './link.ts';
import type { FileFacts } from './source/file-facts.ts';

type HandedFn = NonNullable<FileFacts['handedFns']>[number];
type ParamCall = NonNullable<FileFacts['paramCalls']>[number];

/** A function handed to one of the app's functions, with each call that function makes of the parameter it went to. */
export interface HandedCalls {
  file: FileFacts;
  handed: HandedFn;
  calls: Array<{ file: FileFacts; call: ParamCall }>;
}

/**
 * `define(resolver, 'save', async (payload, ctx) => ...)` with `define` calling `fn(req.payload, req.context)`, `withGithub(async
 * (octokit) => ...)` with `withGithub` calling `fn(new Octokit(...))`, in whichever module: each function handed where the callee
 * calls the parameter it is handed as (see `handed-functions.ts`).
 */
export function handedCalls(files: readonly FileFacts[], graph: CallGraph): HandedCalls[] {
  const calls = new Map<string, Array<{ file: FileFacts; call: ParamCall }>>();
  for (const file of files) {
    for (const call of file.paramCalls ?? []) {
      const key = `${file.file}#${call.fn}:${call.param}`;
      const list = calls.get(key);
      if (list) list.push({ file, call });
      else calls.set(key, [{ file, call }]);
    }
  }
  const out: HandedCalls[] = [];
  if (calls.size === 0) return out;
  for (const file of files) {
    for (const handed of file.handedFns ?? []) {
      const callee = graph.target(file, handed.callee);
      const given = callee ? calls.get(`${callee.file.file}#${callee.fn.name}:${handed.at}`) : undefined;
      if (given) out.push({ file, handed, calls: given });
    }
  }
  return out;
}
