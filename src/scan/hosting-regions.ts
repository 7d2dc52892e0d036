import { LineIndex } from '../utils/lines.ts';
import { parseYaml, type YamlFile } from '../app/yaml-locate.ts';
import type { Evidence } from './facts.ts';
import data from '../data/hosting-regions.json' with { type: 'json' };

type Path = Array<string | number>;

const RULES = data.files.map((f) => ({
  ...f,
  shape: new RegExp(f.code),
  variables: 'variables' in f && f.variables,
  keyPaths: ('keys' in f ? f.keys : []).map((k) => k.split('.')),
  tomlKey: 'toml' in f ? new RegExp(`^[ \\t]*${f.toml}[ \\t]*=[ \\t]*["']([^"'\\n]+)["']`, 'm') : null,
}));

/** A TOML table's header (`[env]`, `[[services]]`): what follows it is no longer the top level. */
const TOML_TABLE = /^[ \t]*\[/m;

/**
 * The regions a hosting file deploys the app to, each with where the file names it: Fly.io's `primary_region = "fra"`, Vercel's
 * `"regions": ["fra1"]`, render.yaml's services' `region: frankfurt`, serverless.yml's `provider.region` (src/data/hosting-regions.json).
 * Read where the file's format puts them, not wherever a `region` key is written.
 */
export function hostingRegions(vendor: string, file: string, text: string): Array<{ code: string; evidence: Evidence }> {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const rule = RULES.find((r) => r.vendor === vendor && r.paths.includes(name));
  if (!rule) return [];
  const found: Array<{ code: string; at: number }> = [];
  if (rule.tomlKey) {
    const table = TOML_TABLE.exec(text);
    const m = rule.tomlKey.exec(table ? text.slice(0, table.index) : text);
    if (m) found.push({ code: m[1]!, at: m.index + m[0].lastIndexOf(m[1]!) });
  } else {
    const yaml = parseYaml(file, text);
    for (const path of rule.keyPaths.flatMap((keys) => expand(yaml.value, keys))) {
      const value = valueAt(yaml.value, path);
      for (const [i, item] of (Array.isArray(value) ? value : [value]).entries()) {
        const at: Path = Array.isArray(value) ? [...path, i] : path;
        const read = rule.variables ? resolve(yaml, item, at, 0) : typeof item === 'string' ? { code: item, path: at } : null;
        if (read) found.push({ code: read.code, at: textAt(yaml, text, read) });
      }
    }
  }
  const lines = new LineIndex(text);
  return found.filter((f) => rule.shape.test(f.code)).map((f) => ({ code: f.code, evidence: lines.evidence(file, f.at) }));
}

/** The concrete paths `keys` names in `value`, each `*` standing for every item of a list or entry of a map. */
function expand(value: unknown, keys: readonly string[], path: Path = []): Path[] {
  if (keys.length === 0) return value === undefined ? [] : [path];
  if (value === null || typeof value !== 'object') return [];
  const [key, ...rest] = keys as [string, ...string[]];
  if (key !== '*') return expand((value as Record<string, unknown>)[key], rest, [...path, key]);
  const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([k, v]) => expand(v, rest, [...path, k]));
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let node = value;
  for (const key of path) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

/**
 * A Serverless Framework value's region: a literal, or a variable's (`${opt:region, 'eu-west-1'}`) first source that a scan can
 * read - a quoted default, or a `self:` reference to another value of the file; the CLI's options and the environment are unknown.
 */
function resolve(yaml: YamlFile, value: unknown, path: Path, depth: number): { code: string; path: Path } | null {
  if (typeof value !== 'string' || depth > 4) return null;
  const variable = /^\$\{(.*)\}$/s.exec(value.trim());
  if (!variable) return value.includes('${') ? null : { code: value, path };
  for (const source of sources(variable[1]!)) {
    const quoted = /^(["'])([^"']*)\1$/.exec(source);
    if (quoted) return { code: quoted[2]!, path };
    if (source.startsWith('${')) {
      const inner = resolve(yaml, source, path, depth + 1);
      if (inner) return inner;
    }
    const self = /^self:([\w.-]+)$/.exec(source);
    if (self) {
      const target = self[1]!.split('.');
      const read = resolve(yaml, valueAt(yaml.value, target), target, depth + 1);
      if (read) return read;
    }
  }
  return null;
}

/** A variable's sources, split at its top-level commas. */
function sources(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quote) quote = c === quote ? '' : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      out.push(body.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(body.slice(start).trim());
  return out;
}

/** Where the code is written: at or after the value's key (or list item) in the file. */
function textAt(yaml: YamlFile, text: string, read: { code: string; path: Path }): number {
  const from = yaml.locate(read.path)?.offset ?? 0;
  const at = text.indexOf(read.code, from);
  return at < 0 ? from : at;
}
