import type { DependencyFact, StorageOp } from './facts.ts';
import { isPagesFunction } from './handlers.ts';
import { kindsWith, OBJECT_STORAGE, opOf, QUEUE_BINDING, WORKER_QUEUE } from './source/detectors/cloudflare-bindings.ts';
import type { BindingOpAt, FileFacts } from './source/file-facts.ts';
import { isNotAppCode } from './app-code.ts';
import { vendorForPackage, vendors } from './vendors.ts';
import { isObject } from '../utils/is-object.ts';
import { parseJsonc } from '../utils/jsonc.ts';
import data from '../data/cloudflare-bindings.json' with { type: 'json' };

const WORKERS = 'cloudflare-workers';
const WRANGLER_FILES = new Set(vendors.find((v) => v.id === WORKERS)!.hostingFiles.filter((f) => !f.contains).map((f) => f.path));
const WRANGLER = data.wrangler as Record<string, { kind: string; name: string; list?: string }>;

/**
 * The kinds of the Cloudflare bindings the app's code may use, by name (`USAGE` -> `r2`), from its Wrangler files; null when the
 * app does not run on Cloudflare Workers or Pages (no Wrangler file, no Pages function, none of Cloudflare's Workers packages).
 */
export function bindingKinds(paths: readonly string[], files: readonly FileFacts[], dependencies: readonly DependencyFact[], read: (rel: string) => string | null): Map<string, string> | null {
  const wrangler = paths.filter((p) => WRANGLER_FILES.has(p.slice(p.lastIndexOf('/') + 1)) && !p.includes('node_modules/') && !isNotAppCode(p));
  const onCloudflare = wrangler.length > 0 || files.some(isPagesFunction) || dependencies.some((d) => vendorForPackage(d.name)?.vendor.id === WORKERS);
  if (!onCloudflare) return null;
  const kinds = new Map<string, string>();
  for (const file of wrangler) {
    const text = read(file);
    if (text !== null) for (const [name, kind] of file.endsWith('.toml') ? tomlBindings(text) : jsonBindings(text)) kinds.set(name, kind);
  }
  return kinds;
}

/**
 * The file's operations on Cloudflare bindings, each named by its kind (`r2.USAGE.put`; `r2-or-kv.USAGE.put` when the Wrangler
 * file does not say and both have the method), and dropped where the app does not run on Cloudflare or the binding keeps nothing
 * (`get` of a Durable Object namespace, or of a binding the Wrangler file does not name).
 */
export function cloudflareStorage(storage: StorageOp[], ops: readonly BindingOpAt[], kinds: ReadonlyMap<string, string> | null): StorageOp[] {
  const at = new Map(ops.map((o) => [`${o.line}:${o.column}`, o]));
  return storage.filter((op) => {
    const where = op.via ?? op.evidence;
    const binding = at.get(`${where.line}:${where.column}`);
    if (!binding) return true;
    if (!kinds) return false;
    const declared = kinds.get(binding.name);
    const of = binding.name === OBJECT_STORAGE ? ['durable-object-storage'] : declared ? [declared] : kindsWith(binding.method);
    if (opOf(binding.method, of) === null) return false;
    op.api = binding.name === OBJECT_STORAGE ? `${of[0]}.${binding.method}` : `${of.join('-or-')}.${binding.name}.${binding.method}`;
    return true;
  });
}

/**
 * A module Worker's `queue(batch, env)` handler (`file#default.queue`), with the queues it consumes: those the Wrangler files
 * bind, whose messages (`batch.messages[].body`) hold what the app sends them. Which Worker consumes which queue is not told
 * apart: each handler is handed every queue's messages.
 */
export function workerConsumers(files: readonly FileFacts[], kinds: ReadonlyMap<string, string> | null): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const queues = kinds ? [...kinds].filter(([, kind]) => kind === 'queue').map(([name]) => `${QUEUE_BINDING}${name}`) : [];
  if (queues.length === 0) return out;
  for (const f of files) {
    const fn = f.side === 'backend' ? f.functions.find((x) => x.name === WORKER_QUEUE) : undefined;
    if (fn) out.set(`${f.file}#${fn.exports[0] ?? `#${fn.name}`}`, queues);
  }
  return out;
}

/** `r2_buckets: [{ binding: 'USAGE' }]`, also under each of `env`'s environments. */
function jsonBindings(text: string): Array<[string, string]> {
  let config: unknown;
  try {
    config = parseJsonc(text);
  } catch {
    return [];
  }
  const out: Array<[string, string]> = [];
  const envs = isObject(config) && isObject(config.env) ? Object.values(config.env) : [];
  for (const scope of [config, ...envs]) {
    if (!isObject(scope)) continue;
    for (const [key, { kind, name, list }] of Object.entries(WRANGLER)) {
      const value = scope[key];
      const items = list ? (isObject(value) ? value[list] : null) : value;
      for (const item of Array.isArray(items) ? items : []) if (isObject(item) && typeof item[name] === 'string') out.push([item[name], kind]);
    }
  }
  return out;
}

/**
 * `[[r2_buckets]]` tables with `binding = "USAGE"` (also `[[env.production.r2_buckets]]`, `[[queues.producers]]`), and inline
 * arrays (`kv_namespaces = [{ binding = "PREFS", id = "..." }]`, `[durable_objects]` with `bindings = [{ name = "ROOM", ... }]`).
 */
function tomlBindings(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let table: string[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/^\s+/, '');
    const header = /^\[\[?\s*([^\]]+?)\s*\]\]?/.exec(line);
    if (header) {
      table = header[1]!.split('.').map((part) => part.trim().replace(/^["']|["']$/g, ''));
      continue;
    }
    const assignment = /^([\w.-]+)\s*=\s*(.*)$/.exec(line);
    if (!assignment) continue;
    // A value may run over several lines until its brackets close.
    let value = assignment[2]!;
    while (depth(value) > 0 && i + 1 < lines.length) value += `\n${lines[++i]!}`;
    const path = [...table, ...assignment[1]!.split('.')];
    const key = path[path.length - 1]!;
    for (const [field, { kind, name, list }] of Object.entries(WRANGLER)) {
      const at = path.lastIndexOf(field);
      if (at < 0) continue;
      const rest = path.slice(at + 1);
      // Inside the binding's table (`binding = "X"`), or the whole list written inline.
      const whole = list ? rest.length === 1 && rest[0] === list : rest.length === 0;
      const inTable = list ? rest.length === 2 && rest[0] === list && key === name : rest.length === 1 && key === name;
      if (inTable) out.push(...strings(value, null).map((n): [string, string] => [n, kind]));
      else if (whole || (rest.length === 0 && list)) out.push(...strings(value, name).map((n): [string, string] => [n, kind]));
    }
  }
  return out;
}

/** The quoted strings of a TOML value: the whole value, or those given to `field` in its inline tables. */
function strings(value: string, field: string | null): string[] {
  const re = field === null ? /^\s*["']([^"']+)["']/g : new RegExp(`\\b${field}\\s*=\\s*["']([^"']+)["']`, 'g');
  return [...value.matchAll(re)].map((m) => m[1]!);
}

function depth(value: string): number {
  let open = 0;
  for (const ch of value.replace(/(["'])(?:(?!\1).)*\1/g, '').replace(/#.*$/gm, '')) open += ch === '[' || ch === '{' ? 1 : ch === ']' || ch === '}' ? -1 : 0;
  return open;
}
