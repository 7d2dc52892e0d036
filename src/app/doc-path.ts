/** Paths into a parsed YAML or JSON document, written as in diagnostics: `modules.jira:issuePanel[0].resource`. */
export type PathSegment = string | number;

/** `modules.jira:issuePanel[0].resource` -> `['modules', 'jira:issuePanel', 0, 'resource']`; `["a.b"]` quotes a key holding dots. */
export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  const pattern = /\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]|([^.[\]]+)/g;
  for (const match of path.matchAll(pattern)) {
    if (match[1] !== undefined) segments.push(Number(match[1]));
    else if (match[2] !== undefined) segments.push(match[2].replace(/\\(.)/g, '$1'));
    else segments.push(match[3]!);
  }
  return segments;
}

export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/[.[\]"]/.test(segment)) out += `["${segment.replace(/["\\]/g, '\\$&')}"]`;
    else out += out ? `.${segment}` : segment;
  }
  return out;
}

/** A JSON Pointer (Ajv `instancePath`, RFC 6901) as path segments; numbers index into arrays of `data`. */
export function pointerToPath(pointer: string, data: unknown): PathSegment[] {
  if (pointer === '') return [];
  const segments: PathSegment[] = [];
  let node = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment = Array.isArray(node) && /^\d+$/.test(key) ? Number(key) : key;
    segments.push(segment);
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  }
  return segments;
}
