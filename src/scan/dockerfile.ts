import path from 'node:path';
import type { CallGraph } from './link.ts';
import { scriptFiles } from './run-entries.ts';

const INSTRUCTION = /^\s*([A-Za-z]+)\s+(.*)$/;

/**
 * The app's files a Dockerfile's CMD or ENTRYPOINT runs (https://docs.docker.com/reference/dockerfile/): a file the command names
 * is looked for in the image, from the stage's last WORKDIR, and found in the build context (the Dockerfile's folder) through
 * the COPY or ADD that put it there (`WORKDIR /app` `COPY server/ ./server/` `WORKDIR /app/server` `CMD ["node", "index.js"]`
 * runs `server/index.js`); a file no copy places is looked for from the Dockerfile's folder, as before any WORKDIR.
 */
export function dockerEntries(dir: string, text: string, graph: CallGraph): string[] {
  const out: string[] = [];
  let workdir: string | null = '/';
  // What the stage's copies put in the image: where, and from where in the build context.
  let copies: Array<{ to: string; from: string; folder: boolean }> = [];
  let entrypoint: string[] = [];
  let command: string[] = [];
  const place = (name: string): string => {
    const inImage = path.posix.isAbsolute(name) ? name : workdir === null ? null : path.posix.resolve(workdir, name);
    let best: { to: string; from: string; folder: boolean } | null = null;
    for (const copy of inImage === null ? [] : copies) {
      const under = copy.folder ? inImage === copy.to || inImage!.startsWith(copy.to === '/' ? '/' : `${copy.to}/`) : inImage === copy.to;
      if (under && (best === null || copy.to.length >= best.to.length)) best = copy;
    }
    if (best === null) return path.posix.join(dir, name);
    return path.posix.join(dir, best.from, best.folder ? path.posix.relative(best.to, inImage!) : '');
  };
  for (const line of text.replace(/\\\r?\n/g, ' ').split('\n')) {
    const [, word, rest] = INSTRUCTION.exec(line) ?? [];
    const instruction = word?.toUpperCase();
    if (instruction === 'FROM') {
      workdir = '/';
      copies = [];
      entrypoint = [];
      command = [];
    } else if (instruction === 'WORKDIR') {
      const to = rest!.trim().replace(/^["']|["']$/g, '');
      // A folder named by a variable is not known here.
      if (to.includes('$')) workdir = null;
      else workdir = path.posix.isAbsolute(to) ? path.posix.normalize(to) : workdir === null ? null : path.posix.resolve(workdir, to);
    } else if (instruction === 'COPY' || instruction === 'ADD') {
      copies.push(...copied(dir, argsOf(rest!), workdir, graph));
    } else if (instruction === 'CMD' || instruction === 'ENTRYPOINT') {
      const args = argsOf(rest!);
      if (instruction === 'CMD') command = args;
      else entrypoint = args;
      // `ENTRYPOINT ["node"]` with `CMD ["server.js"]`: the command's arguments follow the entry point's.
      out.push(...scriptFiles(dir, [...(instruction === 'CMD' ? entrypoint : []), ...args, ...(instruction === 'ENTRYPOINT' ? command : [])].join(' '), graph, place));
    }
  }
  return out;
}

/** An instruction's arguments, in the JSON array form (`["node", "server.js"]`) or the shell form. */
function argsOf(rest: string): string[] {
  const text = rest.trim();
  if (text.startsWith('[')) {
    try {
      const list = JSON.parse(text) as unknown;
      if (Array.isArray(list)) return list.filter((a): a is string => typeof a === 'string');
    } catch {
      // Not JSON: the shell form.
    }
  }
  return text.split(/\s+/).filter((a) => a !== '');
}

/** What a COPY or ADD puts in the image from the build context; a copy from another stage or image (`--from`) puts nothing of it. */
function copied(dir: string, args: string[], workdir: string | null, graph: CallGraph): Array<{ to: string; from: string; folder: boolean }> {
  if (args.some((a) => a.startsWith('--from'))) return [];
  const parts = args.filter((a) => !a.startsWith('--'));
  const dest = parts.pop();
  if (dest === undefined || parts.length === 0 || dest.includes('$') || (workdir === null && !path.posix.isAbsolute(dest))) return [];
  const to = path.posix.resolve(workdir ?? '/', dest);
  const out: Array<{ to: string; from: string; folder: boolean }> = [];
  for (const source of parts) {
    if (/[*?$[]/.test(source) || /^[a-z]+:\/\//i.test(source)) continue;
    const from = path.posix.normalize(source);
    // A file copied on its own is named by the destination, unless that is a folder (ends with `/`, or takes several sources).
    const file = graph.file(path.posix.join(dir, from)) !== undefined;
    if (!file) out.push({ to, from, folder: true });
    else out.push({ to: dest.endsWith('/') || parts.length > 1 || !path.posix.extname(dest) ? path.posix.join(to, path.posix.basename(from)) : to, from, folder: false });
  }
  return out;
}
