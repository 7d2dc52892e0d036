import path from 'node:path';
import type { AppFact, DeclaredScope, Diagnostic, EgressDeclaration, RemoteFact, TriggerFact, UninstallFact } from '../scan/facts.ts';
import { readEgress, readProviders, readRemotes } from './manifest-egress.ts';
import { handlersDirectory, readModules, type FunctionHandler, type ModuleCallback } from './manifest-modules.ts';
import { readResources, resourceDiagnostics } from './manifest-resources.ts';
import { functionRefDiagnostics } from './manifest-function-refs.ts';
import { namedFunctionKeys } from './manifest-named-functions.ts';
import { containerServices } from './manifest-services.ts';
import { substituteVariables } from './manifest-variables.ts';
import { unknownModuleProperties } from './manifest-unknown-properties.ts';
import { forgeManifestVersion, knownModuleTypes, validateManifest, type SchemaIssue } from './manifest-schema.ts';
import { closest } from '../utils/closest.ts';
import forgeModules from '../data/forge-modules.json' with { type: 'json' };
import { list, record, text, type Plain } from './values.ts';
import { formatPath, parseYaml, type YamlFile } from './yaml-locate.ts';

export type ManifestApp = Pick<AppFact, 'platform' | 'id' | 'idEvidence' | 'name' | 'runtime' | 'licensing' | 'modules' | 'resources' | 'storage' | 'content' | 'products'>;

export interface ManifestRead {
  file: string;
  yaml: YamlFile;
  /** The manifest as read, with manifest variables filled in from their defaults. */
  document: unknown;
  /** Paths of values holding a variable that could not be filled in. */
  unresolved: ReadonlySet<string>;
  app: ManifestApp;
  declaredScopes: DeclaredScope[];
  egress: EgressDeclaration[];
  remotes: RemoteFact[];
  /** External authentication providers (`providers.auth`) by key, with the remotes each may be used with. */
  providerRemotes: Record<string, string[]>;
  triggers: TriggerFact[];
  uninstall: UninstallFact[];
  functionHandlers: FunctionHandler[];
  /** Resolver methods of `consumer` modules and the queues they read. */
  consumerMethods: Array<{ method: string; queue: string }>;
  /** Functions modules name for their product to call back. */
  moduleCallbacks: ModuleCallback[];
  frontendRoots: string[];
  /** YAML syntax problems, manifest variables left as written, unresolved handlers and resources; schema issues come from `manifestSchemaDiagnostics`. */
  diagnostics: Diagnostic[];
}

/**
 * Reads a Forge `manifest.yml` into facts. `file` is relative to the app folder `root`; `files`
 * holds the app's file paths, to resolve handlers and resources.
 * https://developer.atlassian.com/platform/forge/manifest-reference/
 */
export function readManifest(file: string, source: string, place: { root: string; files: ReadonlySet<string> }): ManifestRead {
  const yaml = parseYaml(file, source);
  const variables = substituteVariables(yaml);
  const manifest = record(variables.value) ?? {};
  const app = record(manifest.app) ?? {};
  const manifestDir = path.posix.dirname(file) === '.' ? '' : path.posix.dirname(file);
  const handlersDir = handlersDirectory(manifest, manifestDir);

  const modules = readModules(yaml, manifest, { dir: handlersDir, manifestDir, root: place.root, files: place.files });
  const resources = readResources(yaml, manifest, { root: place.root, manifestDir, handlersDir, files: place.files });
  const providers = readProviders(manifest);
  const remotes = readRemotes(yaml, manifest, providers);
  const connect = record(manifest.connectModules) !== null || record(app.connect) !== null || Object.keys(record(manifest.modules) ?? {}).some((t) => t.startsWith('connect-'));

  const runtime = record(app.runtime);
  const licensing = record(app.licensing);
  const storage = record(app.storage);
  const { entities, ...settings } = storage ?? {};
  const content = record(record(manifest.permissions)?.content);
  return {
    file,
    yaml,
    document: variables.value,
    unresolved: variables.unresolved,
    app: {
      platform: connect ? 'connect-on-forge' : 'forge',
      id: text(app.id),
      idEvidence: app.id === undefined ? null : yaml.evidence(['app', 'id']),
      name: text(app.name),
      runtime: {
        name: text(runtime?.name),
        architecture: text(runtime?.architecture),
        memoryMB: typeof runtime?.memoryMB === 'number' ? runtime.memoryMB : null,
        evidence: runtime ? yaml.evidence(['app', 'runtime']) : null,
        ...(runtime ? { fields: runtimeFields(yaml, runtime) } : {}),
      },
      licensing: { enabled: licensing?.enabled === true, evidence: licensing ? yaml.evidence(['app', 'licensing', 'enabled']) : null },
      modules: modules.modules,
      resources: resources.resources,
      storage: {
        entities: list(entities).map((e) => text(record(e)?.name)).filter((n): n is string => n !== null),
        settings,
        evidence: storage ? yaml.evidence(['app', 'storage']) : null,
        ...entityIndexes(entities),
      },
      products: modules.products,
      ...(content ? { content: { scripts: texts(content.scripts), styles: texts(content.styles), evidence: yaml.evidence(['permissions', 'content']) } } : {}),
    },
    declaredScopes: readScopes(yaml, manifest),
    egress: readEgress(yaml, manifest, remotes),
    remotes,
    providerRemotes: Object.fromEntries(providers.map((p) => [p.key, p.remotes])),
    triggers: modules.triggers,
    uninstall: modules.uninstall,
    functionHandlers: unnamedMarked(modules.functionHandlers, namedFunctionKeys(manifest)),
    consumerMethods: modules.consumerMethods,
    moduleCallbacks: modules.moduleCallbacks,
    frontendRoots: resources.frontendRoots,
    diagnostics: [...yaml.diagnostics, ...variables.diagnostics, ...modules.diagnostics, ...resourceDiagnostics(resources, modules.resourceRefs), ...functionRefDiagnostics(yaml, manifest), ...containerServices(yaml, manifest)],
  };
}

/**
 * The indexes of each custom entity: an attribute's name (`- surname`) or a named index (`- name: by-age`); an entity with
 * an index the manifest does not name in full (a variable left as written, no `name`) is left out, its indexes not known.
 */
function entityIndexes(entities: unknown): { indexes?: Record<string, string[]> } {
  const indexes: Record<string, string[]> = {};
  for (const entity of list(entities)) {
    const name = text(record(entity)?.name);
    const names = list(record(entity)?.indexes).map((i) => text(i) ?? text(record(i)?.name));
    if (name !== null && names.every((n) => n !== null && !n.includes('${'))) indexes[name] = names as string[];
  }
  return Object.keys(indexes).length > 0 ? { indexes } : {};
}

/** The strings of a list, as written. */
function texts(value: unknown): string[] {
  return list(value).filter((v): v is string => typeof v === 'string');
}

/** Where `app.runtime` sets each of its fields. */
function runtimeFields(yaml: YamlFile, runtime: Plain): NonNullable<AppFact['runtime']['fields']> {
  const fields: NonNullable<AppFact['runtime']['fields']> = {};
  for (const field of ['name', 'architecture', 'memoryMB'] as const) if (runtime[field] !== undefined) fields[field] = yaml.evidence(['app', 'runtime', field]);
  return fields;
}

/** `permissions.scopes`: a list of names, or a map from name to options (`allowImpersonation`). */
function readScopes(yaml: YamlFile, manifest: Plain): DeclaredScope[] {
  const scopes = record(manifest.permissions)?.scopes;
  if (Array.isArray(scopes)) {
    return scopes.flatMap((scope, i) => (typeof scope === 'string' ? [{ scope, evidence: yaml.evidence(['permissions', 'scopes', i]) }] : []));
  }
  return Object.keys(record(scopes) ?? {}).map((scope) => ({ scope, evidence: yaml.evidence(['permissions', 'scopes', scope]) }));
}

/**
 * Checks the manifest, its variables filled in, against the Forge schema and turns the issues into
 * diagnostics at the YAML line of the offending key. Skipped when the YAML itself is broken: a
 * half-read document would only produce misleading schema errors. A value holding a variable left
 * as written is reported as such, not against the schema.
 */
export async function manifestSchemaDiagnostics(manifest: Pick<ManifestRead, 'yaml' | 'document' | 'unresolved'>, validate: (doc: unknown) => Promise<SchemaIssue[]> = validateManifest): Promise<Diagnostic[]> {
  const { yaml, document } = manifest;
  if (yaml.diagnostics.some((d) => d.severity === 'error')) return [];
  const issues = (await validate(document)).filter((issue) => !manifest.unresolved.has(formatPath(issue.path)));
  const schema = schemaDiagnostics(yaml, issues);
  // `titel:` for `title:` is already a missing `title` at that line.
  const unknown = unknownModuleProperties(yaml).filter((d) => !schema.some((s) => s.line === d.line));
  return [...schema, ...unknownModuleTypes(yaml), ...unknown, ...unnamedEvents(yaml)];
}

/**
 * A trigger's events that are no Atlassian event identifiers (`jira:issue_created` for `avi:jira:created:issue`): the
 * schema takes any string, and Forge never fires such an event, so the trigger's function never runs for it.
 */
export function unnamedEvents(yaml: YamlFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  list(record(record(yaml.value)?.modules)?.trigger).forEach((entry, i) => {
    list(record(entry)?.events).forEach((e, j) => {
      const event = text(e) ?? text(record(e)?.eventType);
      if (event === null || event.startsWith(forgeModules.eventPrefix)) return;
      const at = yaml.evidence(['modules', 'trigger', i, 'events', j]);
      out.push({
        severity: 'warning', code: 'manifest-schema', file: yaml.file, line: at.line, column: at.column, path: `modules.trigger.${i}.events.${j}`,
        message: `'${event}' is not an Atlassian event identifier, so this trigger never fires for it: Forge's events are named \`${forgeModules.eventPrefix}\u2026\`.`,
        hint: 'Name the event as the events reference does, such as `avi:jira:created:issue` (https://developer.atlassian.com/platform/forge/events-reference/).',
      });
    });
  });
  return out;
}

/**
 * Module types the schema does not know: its `modules` map allows any key, so a typo such as
 * `jira:issuePanell` would otherwise pass in silence.
 */
export function unknownModuleTypes(yaml: YamlFile): Diagnostic[] {
  const modules = record(record(yaml.value)?.modules);
  if (!modules) return [];
  const known = knownModuleTypes();
  return Object.keys(modules).filter((type) => !known.has(type)).map((type): Diagnostic => {
    const at = yaml.evidence(['modules', type]);
    const guess = closest(type, [...known]);
    return {
      severity: 'warning', code: 'manifest-schema', file: yaml.file, line: at.line, column: at.column, path: `modules.${type}`,
      message: `'${type}' is not a module type that @forge/manifest ${forgeManifestVersion()} knows${guess ? `: did you mean '${guess}'?` : '.'}`,
      hint: 'Fix the spelling; if the module type is newer than Candor, update Candor so its @forge/manifest knows it.',
    };
  });
}

export function schemaDiagnostics(yaml: YamlFile, issues: readonly SchemaIssue[]): Diagnostic[] {
  return issues
    .map((issue): Diagnostic => {
      const at = yaml.evidence(issue.path);
      const diagnostic: Diagnostic = { severity: issue.severity, code: 'manifest-schema', message: issue.message, file: yaml.file, line: at.line, column: at.column };
      if (issue.path.length > 0) diagnostic.path = formatPath(issue.path);
      if (issue.hint) diagnostic.hint = issue.hint;
      return diagnostic;
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** Marks the functions no module names (`unnamed`); none when what the modules name cannot be told. */
function unnamedMarked(handlers: FunctionHandler[], named: ReadonlySet<string> | null): FunctionHandler[] {
  return named === null ? handlers : handlers.map((h) => (named.has(h.key) ? h : { ...h, unnamed: true }));
}
