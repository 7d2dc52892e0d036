import fs from 'node:fs';
import path from 'node:path';
import type { AppFact, DeclaredScope, Diagnostic, EgressDeclaration, Evidence, PackageFacts, RemoteFact, TriggerFact, UninstallFact } from '../scan/facts.ts';
import { findConnectDescriptor, type ConnectRead } from './connect.ts';
import { unreadable, type FileEntry } from './files.ts';
import { startManifestValidator, validateManifest, type SchemaIssue } from './manifest-schema.ts';
import type { ModuleCallback } from './manifest-modules.ts';
import { manifestSchemaDiagnostics, readManifest, type ManifestRead } from './manifest.ts';
import { readPackages, type PackageScripts } from './packages.ts';
import { record, text } from './values.ts';

export interface ReadAppResult {
  app: AppFact;
  declaredScopes: DeclaredScope[];
  egress: EgressDeclaration[];
  remotes: RemoteFact[];
  /** External authentication providers of the manifest by key, with the remotes each may be used with. */
  providerRemotes: Record<string, string[]>;
  triggers: TriggerFact[];
  uninstall: UninstallFact[];
  packages: PackageFacts;
  /** Each package.json's `main` and `scripts`. */
  packageScripts: PackageScripts[];
  /** Front-end source folders (or a lone UI Kit entry file), relative to the app folder. */
  frontendRoots: string[];
  functionHandlers: Array<{ key: string; file: string | null; exportName: string; evidence: Evidence; unnamed?: true }>;
  /** Resolver methods of `consumer` modules (`resolver: { function, method }`) and the queues they read. */
  consumerMethods: Array<{ method: string; queue: string }>;
  /** Functions modules name for their product to call back (`callback: { function }` of a Compass data provider). */
  moduleCallbacks: ModuleCallback[];
  /** A Connect app's iframe pages (their URLs in the descriptor); null for an app without a Connect descriptor. */
  connectPages: string[] | null;
  /** A Connect app's remote conditions (their URLs in the descriptor); null for an app without a Connect descriptor. */
  connectConditions: string[] | null;
  diagnostics: Diagnostic[];
}

const MANIFEST_NAMES = ['manifest.yml', 'manifest.yaml'];

export interface ReadAppOptions {
  /** Checks the manifest against the Forge schema; default `validateManifest`, which loads the validator ahead. */
  validate?: (doc: unknown) => Promise<SchemaIssue[]>;
}

/**
 * Reads what an app declares: its Forge manifest (checked against the Forge schema), its Connect
 * descriptor, and its package.json files. `files` is `listFiles(root).files`.
 */
export async function readApp(root: string, files: FileEntry[], options: ReadAppOptions = {}): Promise<ReadAppResult> {
  const diagnostics: Diagnostic[] = [];
  const read = (entry: FileEntry): string | null => {
    try {
      return fs.readFileSync(entry.abs, 'utf8');
    } catch (error) {
      diagnostics.push(unreadable(entry.path, error));
      return null;
    }
  };
  const paths = new Set(files.map((f) => f.path));
  const manifestEntry = forgeManifest(files, read);
  if (manifestEntry && !options.validate) startManifestValidator();

  let manifest: ManifestRead | null = null;
  let schema: Promise<Diagnostic[]> = Promise.resolve([]);
  const manifestSource = manifestEntry ? read(manifestEntry) : null;
  if (manifestEntry && manifestSource !== null) {
    manifest = readManifest(manifestEntry.path, manifestSource, { root: path.resolve(root), files: paths });
    schema = manifestSchemaDiagnostics(manifest, options.validate ?? validateManifest);
    diagnostics.push(...manifest.diagnostics);
  }
  // A Forge app's own code is not searched for a descriptor object: the manifest says what it is.
  const descriptor = findConnectDescriptor(files, read, { inCode: manifest === null && manifestEntry === null });
  diagnostics.push(...descriptor.diagnostics);
  const connect = descriptor.connect;
  const packages = readPackages(files, read);
  diagnostics.push(...packages.diagnostics);

  if (!manifest && !connect) {
    const tried = [...(manifestEntry ? [manifestEntry.path] : []), ...descriptor.candidates];
    diagnostics.push(tried.length > 0
      ? {
        severity: 'error', code: 'no-app', file: tried[0]!,
        message: `No app could be read: ${tried.join(', ')} ${tried.length === 1 ? 'is' : 'are'} not usable (see the problems reported for ${tried.length === 1 ? 'it' : 'them'}).`,
        hint: 'Fix the problems reported for the file and scan again.',
      }
      : {
        severity: 'error', code: 'no-app', file: '.',
        message: 'No Forge manifest (manifest.yml) or Connect descriptor (atlassian-connect.json, or a descriptor object in code) was found.',
        hint: 'Run Candor on the app folder: the one holding manifest.yml or atlassian-connect.json.',
      });
  }
  diagnostics.push(...(await schema));

  // With a manifest, a leftover descriptor only gives the Connect key and base URL: Forge deploys from the manifest.
  const declared = manifest ?? connect;
  return {
    app: appFact(manifest, connect),
    declaredScopes: declared?.declaredScopes ?? [],
    egress: declared?.egress ?? [],
    remotes: declared?.remotes ?? [],
    providerRemotes: manifest?.providerRemotes ?? {},
    triggers: declared?.triggers ?? [],
    uninstall: declared?.uninstall ?? [],
    packages: packages.packages,
    packageScripts: packages.scripts,
    frontendRoots: manifest?.frontendRoots ?? [],
    functionHandlers: manifest?.functionHandlers ?? [],
    consumerMethods: manifest?.consumerMethods ?? [],
    moduleCallbacks: manifest?.moduleCallbacks ?? [],
    connectPages: manifest === null && connect ? connect.pages : null,
    connectConditions: manifest === null && connect ? connect.conditions : null,
    diagnostics,
  };
}

/**
 * `manifest.yml` (or `.yaml`) at the root; else the shallowest one below whose top level has
 * `app:` or `modules:` (a Forge app kept in a sub-folder of a repository).
 */
export function findManifest(files: readonly FileEntry[], read: (entry: FileEntry) => string | null): FileEntry | null {
  for (const name of MANIFEST_NAMES) {
    const entry = files.find((f) => f.path === name);
    if (entry) return entry;
  }
  const nested = files
    .filter((f) => MANIFEST_NAMES.includes(path.posix.basename(f.path)))
    .sort((a, b) => a.path.split('/').length - b.path.split('/').length || (a.path < b.path ? -1 : 1));
  for (const entry of nested) {
    const source = read(entry);
    if (source !== null && FORGE_TOP_LEVEL.test(source)) return entry;
  }
  return null;
}

/**
 * The manifest to read as Forge's: `findManifest`'s, unless it has none of Forge's top-level keys and the folder holds a
 * Connect descriptor file, when it is another tool's `manifest.yml` (Cloud Foundry's `applications:`) beside a Connect app.
 */
function forgeManifest(files: readonly FileEntry[], read: (entry: FileEntry) => string | null): FileEntry | null {
  const entry = findManifest(files, read);
  if (!entry) return null;
  const source = read(entry);
  if (source === null || FORGE_TOP_LEVEL.test(source)) return entry;
  return findConnectDescriptor(files, read, { inCode: false }).connect ? null : entry;
}

const FORGE_TOP_LEVEL = /^(app|modules):/m;

function appFact(manifest: ManifestRead | null, connect: ConnectRead | null): AppFact {
  const forgeConnect = record(record(record(manifest?.document)?.app)?.connect);
  const connectRemote = manifest?.remotes.find((r) => r.key === text(forgeConnect?.remote));
  const remoteUrl = connectRemote ? (typeof connectRemote.baseUrl === 'string' ? connectRemote.baseUrl : connectRemote.baseUrl.default ?? null) : null;
  const app = manifest?.app;
  return {
    platform: app?.platform ?? (connect ? 'connect' : null),
    id: app?.id ?? null,
    idEvidence: app?.idEvidence ?? null,
    name: app?.name ?? connect?.name ?? null,
    key: text(forgeConnect?.key) ?? connect?.key ?? null,
    baseUrl: remoteUrl ?? connect?.baseUrl ?? null,
    authentication: connect?.authentication ?? null,
    runtime: app?.runtime ?? { name: null, architecture: null, memoryMB: null, evidence: null },
    licensing: app?.licensing ?? connect?.licensing ?? { enabled: false, evidence: null },
    modules: app?.modules ?? connect?.modules ?? [],
    resources: app?.resources ?? [],
    storage: app?.storage ?? { entities: [], settings: {}, evidence: null },
    ...(app?.content ? { content: app.content } : {}),
    manifest: manifest?.file ?? null,
    descriptor: connect?.file ?? null,
    products: app?.products ?? connect?.products ?? [],
  };
}
