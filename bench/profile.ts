/** Summarises V8 `.cpuprofile` files (from `node --cpu-prof`): self time by function and by file or package. */
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  /** One entry per profile file (main thread and each worker). */
  threads: { file: string; durationMs: number; busyMs: number }[];
  byFunction: { name: string; selfMs: number }[];
  byPlace: { place: string; selfMs: number }[];
}

/** `node_modules/<pkg>` for dependencies, the path from the repo root for our own code, or a V8 bucket such as `(garbage collector)`. */
function place(url: string, functionName: string, root: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const file = url.startsWith('file://') ? new URL(url).pathname : url;
  const nm = file.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = file.slice(nm + 13).split('/');
    return `node_modules/${parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]}`;
  }
  if (file.startsWith('node:')) return file;
  return path.relative(root, file) || file;
}

export function summarizeProfiles(dir: string, root: string, top = 15): ProfileSummary {
  const byFunction = new Map<string, number>();
  const byPlace = new Map<string, number>();
  const threads: ProfileSummary['threads'] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort()) {
    const profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as CpuProfile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    let busy = 0;
    profile.samples.forEach((id, i) => {
      const node = nodes.get(id);
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      if (!node) return;
      const { functionName, url, lineNumber } = node.callFrame;
      if (functionName === '(idle)') return;
      busy += ms;
      const where = place(url, functionName, root);
      const name = `${functionName || '(anonymous)'} ${where}${url ? `:${lineNumber + 1}` : ''}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
      byPlace.set(where, (byPlace.get(where) ?? 0) + ms);
    });
    threads.push({ file, durationMs: (profile.endTime - profile.startTime) / 1000, busyMs: busy });
  }
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return {
    threads,
    byFunction: sorted(byFunction).map(([name, selfMs]) => ({ name, selfMs })),
    byPlace: sorted(byPlace).map(([place, selfMs]) => ({ place, selfMs })),
  };
}
