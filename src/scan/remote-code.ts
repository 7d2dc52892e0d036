import type { EgressCall, Evidence, RemoteFact, SdkCall, StorageOp } from './facts.ts';
import type { FileFacts } from './source/file-facts.ts';
import { answers, pathOf } from './route-paths.ts';
import { vendorForHostingFile } from './vendors.ts';
import type { CallGraph } from './link.ts';
import { imported } from './off-forge.ts';
import { excerpt } from '../utils/lines.ts';
import { escapeRegex } from '../utils/regex.ts';

/** Files that deploy a service and may name the host it answers on, beside the hosting files of src/data/vendors.json. */
const DEPLOY_FILES = new Set(['Dockerfile', 'Procfile', 'CNAME', 'docker-compose.yml', 'docker-compose.yaml', 'compose.yaml', 'compose.yml']);

interface Linking {
  remotes: RemoteFact[];
  files: readonly FileFacts[];
  /** The back-end files that run outside Forge (see `offForgeFiles`). */
  offForge: ReadonlySet<string>;
  /** Every file of the app, and a reader of a small one. */
  paths: readonly string[];
  read: (file: string) => string | null;
  egress: EgressCall[];
  storage: StorageOp[];
  sdkCalls: SdkCall[];
  /** The app's imports, to tell the modules code at the repository's root imports from other folders (see `folderOf`). */
  graph?: CallGraph;
}

/**
 * Links each Forge remote to the app's own code that serves it, only where the evidence is clear (see `RemoteFact.code`): a
 * folder of code that runs off Forge whose deploy file names one of the remote's hosts (`app = "notes"` of fly.toml for
 * `notes.fly.dev`), or else one whose routes answer every constant path the app invokes on the remote, and no other folder's
 * do. The storage operations, requests and SDK calls of a folder only one remote links to are that remote's.
 */
export function linkRemoteCode({ remotes, files, offForge, paths, read, egress, storage, sdkCalls, graph }: Linking): void {
  // What code that runs off Forge at the root imports is the root's code, wherever it is (`server.js` and its `lib/db.js`).
  const atRoot = [...offForge].filter((file) => !file.includes('/'));
  const rootCode = new Set(atRoot.length > 0 && graph ? [...imported(atRoot, graph)].filter((file) => offForge.has(file)) : atRoot);
  const folderOf = (file: string): string => (rootCode.has(file) || !file.includes('/') ? ROOT : file.slice(0, file.indexOf('/')));
  const folders = new Set([...offForge].map(folderOf));
  const invoked = invokedPaths(egress);
  for (const remote of remotes) {
    if (remote.provider !== undefined) continue;
    const code = deployedFrom(remote, folders, paths, read) ?? servedBy(folders, files, offForge, invoked.get(remote.key), read, folderOf);
    if (code) remote.code = code;
  }
  for (const call of egress) delete call.remotePath;
  const owners = new Map<string, string | null>();
  for (const remote of remotes) if (remote.code) owners.set(remote.code.folder, owners.has(remote.code.folder) ? null : remote.key);
  if (owners.size === 0) return;
  const ownerOf = (file: string): string | null => (offForge.has(file) ? owners.get(folderOf(file)) ?? null : null);
  for (const fact of [...storage, ...egress, ...sdkCalls]) {
    const owner = ownerOf(fact.evidence.file);
    if (owner !== null) fact.remote = owner;
  }
}

/** The folder of code at the repository's root (a `server.js` beside the manifest). */
const ROOT = '.';

/** The method and constant path of each request the app invokes on each remote (`GET /notes` of `invokeRemote('backend', { path: '/notes' })`; `*` for a method not known). */
function invokedPaths(egress: readonly EgressCall[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const call of egress) {
    if (call.remotePath === undefined || call.host === null || !call.host.startsWith('remote:')) continue;
    const key = call.host.slice('remote:'.length);
    out.set(key, (out.get(key) ?? new Set()).add(`${call.method ?? '*'} ${pathOf(call.remotePath)}`));
  }
  return out;
}

/** Whether a route (`GET /notes`, `* /sync`) answers a request (`GET /notes`): the same method, or either of any. */
function answersRequest(route: string, request: string): boolean {
  const [method, path] = splitRoute(route);
  const [asked, at] = splitRoute(request);
  return (method === '*' || asked === '*' || method === asked) && answers(path, at);
}

function splitRoute(route: string): [string, string] {
  const space = route.indexOf(' ');
  return [route.slice(0, space), route.slice(space + 1)];
}

/** A deploy file in one of the folders that names one of the remote's hosts, at that line. */
function deployedFrom(remote: RemoteFact, folders: ReadonlySet<string>, paths: readonly string[], read: (file: string) => string | null): RemoteFact['code'] | null {
  const found: Array<NonNullable<RemoteFact['code']>> = [];
  // The deploy files at the repository's root, and the one folder of code that runs off Forge they name, if one; else the
  // code that runs off Forge at the root itself, or else its one folder of such code.
  const atRoot = paths.filter((file) => !file.includes('/') && isDeployFile(file));
  const sub = [...folders].filter((folder) => folder !== ROOT);
  const rootFolder = atRoot.length === 0 ? null
    : namedFolder(atRoot.map((file) => read(file) ?? ''), folders) ?? (folders.has(ROOT) ? ROOT : sub.length === 1 ? sub[0]! : null);
  for (const file of paths) {
    const folder = file.includes('/') ? file.slice(0, file.indexOf('/')) : rootFolder;
    if (folder === null || !folders.has(folder) || file.includes('/node_modules/')) continue;
    const name = file.slice(file.lastIndexOf('/') + 1);
    if (!isDeployFile(file)) continue;
    const text = read(file);
    const at = text === null ? -1 : hostAt(text, remote.hosts, name);
    if (at >= 0) found.push({ folder, by: 'deploy', evidence: evidenceAt(file, text!, at) });
  }
  // Deploy files of two folders naming the host: which one serves it cannot be told.
  return found.length > 0 && found.every((f) => f.folder === found[0]!.folder) ? found[0]! : null;
}

function isDeployFile(file: string): boolean {
  return DEPLOY_FILES.has(file.slice(file.lastIndexOf('/') + 1)) || vendorForHostingFile(file) !== null;
}

/**
 * The one folder the root's deploy files name as a path (`rootDir: server` of render.yaml, `base = "server"` of netlify.toml,
 * `COPY server/ ./` of a Dockerfile, `dockerfile = "server/Dockerfile"` of fly.toml); null for none, or for two.
 */
function namedFolder(texts: readonly string[], folders: ReadonlySet<string>): string | null {
  const named = [...folders].filter((folder) => texts.some((text) => new RegExp(`(?<![\\w.@-])\\.?/?${escapeRegex(folder)}(?=/|["'\\s,]|$)`, 'm').test(text)));
  return named.length === 1 ? named[0]! : null;
}

/**
 * Where the text names one of the hosts (not as part of a longer name), or, for fly.toml, where its `app` names `<app>.fly.dev`.
 * A wildcard (`*.example.com`, `*`) names no one host a deploy file could name.
 */
function hostAt(text: string, hosts: readonly string[], file: string): number {
  for (const host of hosts) {
    if (host.includes('*')) continue;
    const match = new RegExp(`(?<![\\w.-])${escapeRegex(host)}(?![\\w-]|\\.[a-z])`, 'i').exec(text);
    if (match) return match.index;
    const app = file === 'fly.toml' && host.endsWith('.fly.dev') ? /^\s*app\s*=\s*["']([\w-]+)["']/m.exec(text) : null;
    if (app && `${app[1]!.toLowerCase()}.fly.dev` === host) return app.index + app[0].indexOf(app[1]!);
    // A Worker answers on `<name>.<account's subdomain>.workers.dev`, its name the Wrangler file's top `name`.
    const subdomain = WRANGLER.test(file) ? WORKERS_DEV.exec(host)?.[1]?.toLowerCase() : undefined;
    const worker = subdomain === undefined ? null : WORKER_NAME.exec(text);
    const named = worker?.[1] ?? worker?.[2];
    if (worker && named!.toLowerCase() === subdomain) return worker.index + worker[0].indexOf(named!);
  }
  return -1;
}

const WRANGLER = /^wrangler\.(?:toml|json|jsonc)$/;
const WORKERS_DEV = /^([\w-]+)\.[\w-]+\.workers\.dev$/i;
/** The Worker's name: the first `name = "..."` of a Wrangler TOML file (before its tables), or `"name": "..."` of its JSON. */
const WORKER_NAME = /^\s*name\s*=\s*["']([\w-]+)["']|^\s*"name"\s*:\s*"([\w-]+)"/m;

function evidenceAt(file: string, text: string, at: number): Evidence {
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const start = before.lastIndexOf('\n') + 1;
  const end = text.indexOf('\n', at);
  return { file, line, column: at - start + 1, excerpt: excerpt(text.slice(start, end < 0 ? text.length : end)) };
}

/** The one folder whose routes answer every path the app invokes on the remote (at least one), at the first route that does. */
function servedBy(folders: ReadonlySet<string>, files: readonly FileFacts[], offForge: ReadonlySet<string>, invoked: ReadonlySet<string> | undefined, read: (file: string) => string | null, folderOf: (file: string) => string): RemoteFact['code'] | null {
  if (!invoked || invoked.size === 0) return null;
  const found: Array<NonNullable<RemoteFact['code']>> = [];
  for (const folder of folders) {
    const served = files.filter((f) => offForge.has(f.file) && folderOf(f.file) === folder);
    // The routes of any method (`app.get('/notes', ...)`), and the POST routes of the routers the scan reads no other way.
    const routes = served.flatMap((f) => [
      ...(f.servedRoutes ?? []).map(({ route, line }) => ({ file: f.file, route, line })),
      ...(f.routeHandlers ?? []).map((h) => ({ file: f.file, route: `POST ${h.route}`, line: h.line })),
    ]);
    const answered = (request: string): boolean => routes.some(({ route }) => answersRequest(route, request)) || served.some((f) => f.routes.some((route) => route !== null && answersRequest(`POST ${route}`, request)));
    if (![...invoked].every(answered)) continue;
    const first = routes.find(({ route }) => [...invoked].some((request) => answersRequest(route, request)));
    if (!first) continue;
    const line = read(first.file)?.split('\n')[first.line - 1] ?? '';
    found.push({ folder, by: 'routes', evidence: { file: first.file, line: first.line, column: line.length - line.trimStart().length + 1, excerpt: excerpt(line) } });
  }
  return found.length === 1 ? found[0]! : null;
}
