import type { CallGraph } from './link.ts';
import { withHeader } from './source/default-headers.ts';
import type { AxiosDefault, FileFacts } from './source/file-facts.ts';

/**
 * axios's default headers one module sets for the requests of others (see `default-headers.ts`). One set on an instance
 * another module exports (`api.defaults.headers.common.Authorization = ...` of `import { api } from './client'`) is sent by
 * every request through that export. One set on axios itself (`axios.defaults.headers.common.Authorization = ...` in a setup
 * module) is sent by the requests through axios of the modules that run with it: those importing it, directly or not, or
 * imported with it by a module no other imports (the entry of their bundle).
 */
export function linkAxiosDefaults(files: readonly FileFacts[], graph: CallGraph): void {
  const global: Array<{ file: FileFacts; header: AxiosDefault }> = [];
  for (const file of files) {
    for (const header of file.axiosDefaults ?? []) {
      if (header.module === 'axios') {
        global.push({ file, header });
        continue;
      }
      const target = graph.resolveModule(file.file, header.module);
      const client = target ? graph.file(target)?.sdkExports.find((e) => e.name === header.imported && e.base !== undefined) : undefined;
      if (!client) continue;
      client.carries = [...new Set([...client.carries ?? [], ...header.carries.filter((k) => k !== 'literal' && k !== 'other')])];
      if (header.scheme) client.auth ??= header.scheme;
    }
  }
  if (global.length === 0) return;
  const bundles = new Bundles(files, graph);
  for (const file of files) {
    if (!file.axiosRequests) continue;
    const headers = global.filter((g) => g.file !== file && g.file.side === file.side && bundles.together(file, g.file));
    if (headers.length === 0) continue;
    for (const call of file.egress) {
      if (!file.axiosRequests.some((at) => at.line === call.evidence.line && at.column === call.evidence.column)) continue;
      for (const { header } of headers) withHeader(call, header);
    }
  }
}

/** The modules each module imports, directly or not, and the modules no other imports. */
class Bundles {
  private readonly reached = new Map<FileFacts, Set<FileFacts>>();
  private readonly direct = new Map<FileFacts, FileFacts[]>();
  private readonly graph: CallGraph;
  private readonly entries: FileFacts[];

  constructor(files: readonly FileFacts[], graph: CallGraph) {
    this.graph = graph;
    const imported = new Set(files.flatMap((f) => this.imports(f)));
    this.entries = files.filter((f) => !imported.has(f));
  }

  /** Whether `a` runs with `b`: one imports the other, or an entry imports both. */
  together(a: FileFacts, b: FileFacts): boolean {
    return this.from(a).has(b) || this.from(b).has(a) || this.entries.some((e) => this.from(e).has(a) && this.from(e).has(b));
  }

  private imports(file: FileFacts): FileFacts[] {
    let found = this.direct.get(file);
    if (found) return found;
    found = file.imports.flatMap((i) => {
      const target = i.types ? null : this.graph.resolveModule(file.file, i.module);
      const module = target ? this.graph.file(target) : undefined;
      return module ? [module] : [];
    });
    this.direct.set(file, found);
    return found;
  }

  private from(file: FileFacts): Set<FileFacts> {
    let seen = this.reached.get(file);
    if (seen) return seen;
    seen = new Set([file]);
    const queue = [file];
    while (queue.length > 0) {
      for (const next of this.imports(queue.pop()!)) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    this.reached.set(file, seen);
    return seen;
  }
}
