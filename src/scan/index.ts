import type { ConnectionHost } from './source/connection-hosts.ts';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { listFiles, type FileEntry } from '../app/files.ts';
import { findManifest, readApp } from '../app/read-app.ts';
import { keepYamlIn } from '../app/yaml-locate.ts';
import { startManifestValidator, validateManifestWith } from '../app/manifest-schema.ts';
import { VERSION } from '../version.ts';
import { cacheDisabledByEnv, defaultCacheDir, openCache, runTasksCached, type AnalysisCache } from './cache.ts';
import { resolveImportedConstants, type FillImported } from './constants.ts';
import { resolveClients } from './clients.ts';
import { accessLogKinds } from './access-logs.ts';
import { shipLogs } from './log-transports.ts';
import { isAppCode, isNotAppCode, setAppFolder } from './app-code.ts';
import { linkAxiosDefaults } from './axios-defaults.ts';
import { cascadeDeletes } from './cascades.ts';
import { jobTriggers } from './scheduled-jobs.ts';
import { answeredUninstall, secretRoutes, uninstallDeletes } from './connect-lifecycle.ts';
import { pageParams } from './connect-page-params.ts';
import { webhookRoutes } from './connect-webhooks.ts';
import { builtForHosts, compareEgress, IMAGE_CLIENT, manifestReaches, maskCallSecrets } from './egress.ts';
import { productRequests } from './product-requests.ts';
import { forgeStorageRequests } from './forge-storage-requests.ts';
import { linkHookSetters } from './hook-wrappers.ts';
import { FACTS_SCHEMA_VERSION, type Diagnostic, type ExposedSecret, type Facts, type PersonalDataReporting } from './facts.ts';
import { filledName } from './flows/context.ts';
import { resolveFlows, type ResolvedFlows } from './flows/flows.ts';
import { dropIdleMethods } from './idle-methods.ts';
import { dropUnreachedResolvers } from './unreached-resolvers.ts';
import { dropNotAppFacts } from './app-facts.ts';
import { callersOf, resolveParamRequests, type Site } from './param-requests.ts';
import { settlePrincipals } from './principal-choices.ts';
import { settleHandedClients } from './handed-clients.ts';
import { logsPerCaller } from './log-wrappers.ts';
import { resolveInjectedCalls } from './injected.ts';
import { handedAway, settleHandedRoutes } from './handed-routes.ts';
import { serverlessHandlers } from './serverless-handlers.ts';
import { handlerExports, isPagesFunction, missingHandlerExports, pagesFolder } from './handlers.ts';
import { CallGraph } from './link.ts';
import { settleImportedHelperAges } from './imported-purges.ts';
import { offForgeFiles, serverPackages } from './off-forge.ts';
import { dirOf, nearestUp } from '../utils/folders.ts';
import { pageScripts, pagesInFolder } from './page-scripts.ts';
import { browserPackageDirs } from './browser-packages.ts';
import { foreignCode } from './foreign-code.ts';
import { outsideCode } from './outside-code.ts';
import { outsideWorkspacePackages } from '../app/monorepo.ts';
import { ormApp, ormStorage } from './orm.ts';
import { readModuleAliases } from './module-aliases.ts';
import { collectPersonalData, markReporter, sentPersonalData, storedPersonalData } from './source/detectors/personal-data.ts';
import { eachUrl } from './source/detectors/egress.ts';
import { remoteEventCalls } from './remote-events.ts';
import { bindingKinds, cloudflareStorage, workerConsumers } from './cloudflare-bindings.ts';
import { isSqlClient } from './source/detectors/storage.ts';
import { propertyStorage } from './properties.ts';
import { linkSdkCalls, settleSdkRegions } from './sdk-calls.ts';
import { fillSentKeys, helperSentKeyOps, sentKeyOps } from './sent-keys.ts';
import { computeScopes } from './scopes/needs.ts';
import { lookupOperation } from './scopes/table.ts';
import type { FileFacts, FunctionInfo } from './source/file-facts.ts';
import { settle } from './source/string-marks.ts';
import { MARKUP, SERVER_PAGE } from './source/inline-scripts.ts';
import type { Task } from './source/worker-task.ts';
import { contentHash } from '../utils/content-hash.ts';
import { releaseYoungGeneration } from '../utils/young-generation.ts';
import { findLlmUses, findThirdParties } from './third-parties.ts';
import { calledProducts } from '../app/connect-products.ts';
import { consumerHandlers, consumerMethods, triggerEvents, webTriggerAnswers } from './trigger-handlers.ts';
import { linkThrownSecrets } from './thrown-secrets.ts';
import { linkRemoteCode } from './remote-code.ts';
import { applyConsoleSettings } from './console-settings.ts';
import { missingModules } from './manifest-needs.ts';
import { developerFiles } from './developer-code.ts';
import { keepPrintedLocals } from './rendered-locals.ts';
import { registeredWebhooks } from './registered-webhooks.ts';
import { PUG } from './source/template-prints.ts';
import { linkRenderedScripts } from './rendered-scripts.ts';
import userTokens from '../data/connect-user-tokens.json' with { type: 'json' };

export interface ScanOptions {
  /** Called as files are analysed, for a progress indicator. */
  onProgress?: (done: number, total: number) => void;
  /**
   * The folder that keeps each file's analysis, so unchanged files are not analysed again; false for
   * none. Default: the user's cache folder (see `defaultCacheDir`), unless `CANDOR_CACHE=off`.
   */
  cache?: string | false;
}

/** Config and environment files, and key files (`key.pem`, `server.key`), searched for secrets (source files always are). */
const TEXT_FILE = /(^|\/)(\.env(\.[\w.-]+)?|\.npmrc|[^/]+\.(json|ya?ml|toml|ini|properties|cfg|conf|pem|key))$/;
/** Files that say where the app's modules are: tsconfig `paths` (with what they extend) and workspace packages. */
const CONFIG_FILE = /(^|\/)([jt]sconfig[\w.-]*\.json|package\.json)$/;
const LOCKFILE = /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|yarn\.lock|bun\.lockb?|composer\.lock)$/;
const MAX_TEXT_BYTES = 1024 * 1024;
const USER_TOKENS = new Set(userTokens.packages);
const FRONTEND_MODULES = new Set(['@forge/bridge', '@forge/react', 'react-dom', 'react-dom/client']);
/** Modules of Forge's function runtime, which no browser loads: a file that defines resolvers or uses them runs in a function. */
const FUNCTION_MODULES = new Set(['@forge/resolver', '@forge/api', '@forge/kvs', '@forge/events', '@forge/sql']);

/** Scans an app folder into facts, each with evidence. Problems with the input become diagnostics. */
export async function scan(dir: string, options: ScanOptions = {}): Promise<Facts> {
  try {
    return await scanApp(dir, options);
  } finally {
    setAppFolder('');
    // The cap the analysis set holds until the facts are put together, which allocates as much again.
    releaseYoungGeneration();
  }
}

async function scanApp(dir: string, options: ScanOptions): Promise<Facts> {
  const started = performance.now();
  const root = path.resolve(dir);
  const cacheDir = options.cache ?? (cacheDisabledByEnv() ? false : defaultCacheDir());
  const cache = cacheDir === false ? null : openCache(cacheDir, root);
  // Load the manifest validator while the source analysis starts, unless the cache holds its answer.
  if (!cache && (fs.existsSync(path.join(root, 'manifest.yml')) || fs.existsSync(path.join(root, 'manifest.yaml')))) startManifestValidator();
  const list = listFiles(root);
  // A manifest below the folder scanned makes its folder the app's: the names of the folders above it are not the app's to judge.
  const manifest = findManifest(list.files, (entry) => readSmall([entry], entry.path));
  const appFolder = manifest && manifest.path.includes('/') ? manifest.path.slice(0, manifest.path.lastIndexOf('/') + 1) : '';
  setAppFolder(appFolder);
  // The app's YAML and package.json files are read (synchronously) from the cache when unchanged.
  keepYamlIn(cache);
  const appPromise = readApp(root, list.files, cache ? { validate: (doc) => validateManifestWith(cache, doc) } : {});
  keepYamlIn(null);

  // tsconfig `paths` and workspace packages: imports of the app's own modules without a relative path.
  const configs = list.files.filter((f) => CONFIG_FILE.test(f.path) && f.size <= MAX_TEXT_BYTES);
  const byPath = new Map(configs.map((f) => [f.path, f]));
  const aliased = readModuleAliases(configs.map((f) => f.path), (rel) => (byPath.has(rel) ? readSmall([byPath.get(rel)!], rel) : null), list.files.map((f) => f.path));
  const appModules = aliased.aliases.patterns;
  // A Forge app's code may use the legacy runtime's global `api` (see `Task.forge`); its tests and mocks set their own, and the
  // server of a package that runs elsewhere (a Forge Remote's) is no Forge code.
  const forge = manifest !== null ? { forge: true as const } : {};
  const packageFiles = configs.map((f) => f.path).filter((p) => p === 'package.json' || p.endsWith('/package.json'));
  const servers = manifest === null ? new Set<string>() : serverPackages(packageFiles, manifest.path, (rel) => readSmall([byPath.get(rel)!], rel));
  const packageDirs = new Set(packageFiles.map(dirOf));
  const packageMemo = new Map<string, string | null>();
  const onServer = (file: string): boolean => servers.size > 0 && servers.has(nearestUp(dirOf(file), (d) => (packageDirs.has(d) ? d : null), packageMemo) ?? '');
  const own = appFolder !== '' ? { appFolder } : {};
  const tasks: Task[] = [];
  for (const f of list.files) {
    const file = { path: f.path, abs: f.abs, size: f.size, ...(f.stamp ? { stamp: f.stamp, changedMs: f.changedMs } : {}) };
    if (f.source) tasks.push({ ...file, kind: 'source', side: 'backend', ...own, ...(appModules.length > 0 ? { appModules } : {}), ...(isNotAppCode(f.path) || onServer(f.path) ? {} : forge) });
    else if (((TEXT_FILE.test(f.path) && !LOCKFILE.test(f.path)) || PUG.test(f.path)) && f.size <= MAX_TEXT_BYTES) tasks.push({ ...file, kind: 'text', side: 'backend' });
    // Pages and templates (Connect iframes, `views/*.hbs`): their inline scripts run in the browser.
    else if ((MARKUP.test(f.path) || SERVER_PAGE.test(f.path)) && f.size <= MAX_TEXT_BYTES) tasks.push({ ...file, kind: 'source', side: 'frontend', markup: true, ...own, ...(appModules.length > 0 ? { appModules } : {}) });
  }
  const { results, cached } = cache
    ? await runTasksCached(tasks, cache, options.onProgress)
    : { results: await (await import('./source/pool.ts')).runTasks(tasks, options.onProgress), cached: 0 };
  const app = await appPromise;

  const diagnostics: Diagnostic[] = [...list.diagnostics, ...app.diagnostics, ...aliased.diagnostics];
  const files: FileFacts[] = [];
  const secrets = [];
  const connectionHosts: ConnectionHost[] = [];
  const pages: Array<{ page: string; scripts: string[] }> = [];
  const templates: Array<{ file: string; prints: string[]; uses?: string[] }> = [];
  let lines = 0;
  for (const r of results) {
    if (r.kind === 'source' && r.facts.scripts) pages.push({ page: r.facts.file, scripts: r.facts.scripts });
    if (r.kind === 'text' && r.scripts) pages.push({ page: r.path, scripts: r.scripts });
    if (r.kind === 'source' && r.facts.templatePrints) templates.push({ file: r.facts.file, prints: r.facts.templatePrints, ...(r.facts.templateUses ? { uses: r.facts.templateUses } : {}) });
    if (r.kind === 'text' && r.prints) templates.push({ file: r.path, prints: r.prints, ...(r.uses ? { uses: r.uses } : {}) });
    if (r.kind === 'source') {
      files.push(r.facts);
      diagnostics.push(...r.facts.diagnostics);
      secrets.push(...r.facts.secrets);
      connectionHosts.push(...r.facts.connectionHosts ?? []);
      lines += r.facts.lines;
    } else {
      diagnostics.push(...r.diagnostics);
      secrets.push(...r.secrets);
      connectionHosts.push(...r.connectionHosts ?? []);
    }
  }
  const graph = new CallGraph(files, appModules.length > 0 ? aliased.aliases : null);
  settleImportedHelperAges(files, graph);
  const sent = sentKeyOps(files);
  const { loaded, blind } = pageScripts(pages, files, graph);
  linkRenderedScripts(files);
  keepPrintedLocals(files, templates, app.packages.dependencies);
  // Another site's script (Atlassian's own aside) may call the product as the page's user: its page is not all seen.
  // A page whose own (inline) script did not parse: what it calls is not all seen either.
  for (const f of files) if (f.egress.some((e) => e.client === 'script') || f.diagnostics.some((d) => d.code === 'parse-error')) blind.add(f.file);
  // A Connect app's front-end package (`frontend/package.json` with react-dom, no server) runs in the iframe.
  const roots = app.app.platform === 'forge' ? app.frontendRoots : [...app.frontendRoots, ...browserPackageDirs(app.packages.dependencies)];
  // Cloudflare Pages functions, and the modules beside them in their `functions/` folder, run on Cloudflare, whatever package holds them.
  const pagesDirs = [...new Set(files.filter(isPagesFunction).map((f) => pagesFolder(f.file)!))];
  for (const f of files) if (loaded.has(f) || (isFrontend(f, roots) && !pagesDirs.some((dir) => f.file.startsWith(dir)))) markFrontend(f);
  // An image named in a server's markup (an e-mail's HTML) is fetched by whoever reads it, not by the app. UI Kit 1's
  // `<Image src>` is no such markup: the function returns the UI, and the product shows it in the user's browser.
  for (const f of files) if (f.side === 'backend' && !f.imports.some((i) => i.module === '@forge/ui') && f.egress.some((e) => e.client === IMAGE_CLIENT)) f.egress = f.egress.filter((e) => e.client !== IMAGE_CLIENT);
  const fill = resolveImportedConstants(files, graph);
  diagnostics.push(...missingHandlerExports(app.functionHandlers, graph));
  // A folder with no app in it is no app's folder: nothing lies outside it.
  const outside = app.app.platform === null ? [] : outsideCode(files, app.packages.dependencies, graph, appModules.length > 0 ? aliased.aliases : null, outsideWorkspacePackages(root));
  diagnostics.push(...outside);
  const foreign = foreignCode(app.app.platform, list.files.map((f) => f.path));
  diagnostics.push(...foreign);
  diagnostics.push(...missingModules(app, files, fill));
  resolveInjectedCalls(files, graph);
  settleHandedRoutes(files, graph);
  linkAxiosDefaults(files, graph);
  const clients = resolveClients(files, graph, fill);
  linkSdkCalls(files, graph, fill);
  linkHookSetters(files, graph);
  settleSdkRegions(files);
  // Cloudflare Workers and Pages: the kinds of the bindings its Wrangler files declare; null when the app does not run there.
  const bindings = bindingKinds(list.files.map((f) => f.path), files, app.packages.dependencies, (rel) => readSmall(list.files, rel));
  // A serverless function that answers HTTP requests (serverless.yml, an AWS SAM template) receives what its callers send, as a manifest's handler does.
  const handlers = handlerExports(files, [...app.functionHandlers, ...serverlessHandlers(list.files.map((f) => f.path), (rel) => readSmall(list.files, rel), graph)], graph, bindings !== null);
  webTriggerAnswers(app, graph);
  const resolved = resolveFlows(files, graph, handlers, clients, secretRoutes(app.triggers, app.connectPages), fill, new Map([...consumerHandlers(app, graph), ...workerConsumers(files, bindings)]), consumerMethods(app), triggerEvents(app, graph), webhookRoutes(app.triggers), pageParams(app.connectPages && [...app.connectPages, ...(app.connectConditions ?? [])]));
  // Who calls each function with what: these links change the files' facts but not their `argFlows`, so one reading serves all.
  let callers: Map<string, Site[]> | null = null;
  const callersOfApp = (): Map<string, Site[]> => (callers ??= callersOf(files, graph));
  resolveParamRequests(files, graph, fill, callersOfApp, resolved);
  settlePrincipals(files, graph, fill, handlers, callersOfApp);
  settleHandedClients(files, graph, handlers, callersOfApp);
  // Once the links that name calls by their place are made: a route handed to the app's own code is its request.
  for (const f of files) if (f.restCalls.some(handedAway)) f.restCalls = f.restCalls.filter((c) => !handedAway(c));
  linkThrownSecrets(files, graph);
  applyConsoleSettings(files, app.functionHandlers.flatMap((h) => (h.file ? [h.file] : [])), app.packageScripts, graph);
  logsPerCaller(files, resolved, callersOfApp);
  fillSentKeys([...sent, ...helperSentKeyOps(files)], files, graph, fill);
  const offForge = offForgeFiles(files, app.functionHandlers, graph, { ...app.packages, scripts: app.packageScripts, paths: list.files.map((f) => f.path) }, app.app.platform === 'forge' ? app.app.manifest : null);
  productRequests(files, app.app.platform === 'connect' ? 'connect' : 'unknown', app.app.platform === 'connect' ? null : offForge, app.app.platform === 'connect' && app.app.products.includes('bitbucket'), app.remotes.some((r) => r.tokens));
  forgeStorageRequests(files, app.app.platform !== 'connect');
  const sources = new Map(tasks.filter((t) => t.kind === 'source').map((t) => [t.path, t]));
  // A manifest that names a handler file the folder lacks: the files that would import a module's exports may be missing too.
  const whole = app.functionHandlers.every((h) => h.file !== null);
  dropIdleMethods(files, idleNamesIn(sources, cache), handlers, whole ? graph : null, graph);
  // A manifest of functions alone says nothing of what invokes them.
  const invokes = app.app.modules.some((m) => m.type !== 'function');
  if ((app.app.platform === 'forge' || app.app.platform === 'connect-on-forge') && invokes) dropUnreachedResolvers(files, app.functionHandlers, graph, new Set(app.packages.dependencies.map((d) => d.name)), appModules);
  const developer = developerFiles(files, app.packageScripts, app.functionHandlers, graph, { paths: list.files.map((f) => f.path), read: (rel) => readSmall(list.files, rel) });
  dropNotAppFacts(files, developer);
  cache?.save();
  const sqlApp = app.packages.dependencies.some((d) => !d.dev && isSqlClient(d.name));
  const orm = ormApp(app.app.platform, app.packages.dependencies);
  shipLogs(files);
  const accessTokens = new Set(files.flatMap((f) => f.accessTokens ?? []));
  const accessBodies = new Set(files.flatMap((f) => f.accessBodies ?? []));
  for (const f of files) {
    if (f.bindingOps) f.storage = cloudflareStorage(f.storage, f.bindingOps, bindings);
    if (f.sqlClientOps && !sqlApp) f.storage = f.storage.filter((op) => !f.sqlClientOps!.some((e) => e.line === op.evidence.line && e.column === op.evidence.column));
    if (f.ormOps) f.storage = ormStorage(f.storage, f.ormOps, orm, (value) => fill(f.file, value));
    // An SQL statement's data counts once it is known to be a write.
    for (const op of f.storage) {
      if (op.op !== 'write') op.carries = [];
      delete op.boundKinds;
      delete op.boundColumns;
    }
    accessLogKinds(f.logs, app.app, app.triggers, accessTokens, accessBodies);
    collectPersonalData(f);
  }

  // A Connect descriptor's callbacks are relative to its `baseUrl`.
  const base = app.app.platform === 'connect' ? app.remotes.find((r) => r.key === 'baseUrl')?.baseUrl : undefined;
  const uninstall = answeredUninstall(app.uninstall, files, app.triggers, typeof base === 'string' ? base : base?.default ?? null);
  uninstall.uninstall = cascadeDeletes(uninstallDeletes(uninstall.uninstall, files, graph, app.functionHandlers), list.files, (f) => readSmall([f], f.path));
  diagnostics.push(...uninstall.diagnostics);

  const allCalls = files.flatMap((f) => f.restCalls);
  for (const call of allCalls) if (call.path) call.scopes = lookupOperation(call.product, call.method, call.path);
  const restCalls = allCalls.filter((c) => c.path !== null);
  // A Connect app whose descriptor does not tell its product works in the products whose REST APIs it calls.
  if (app.app.platform === 'connect' && app.app.products.length === 0) app.app.products = calledProducts(restCalls);
  const unresolvedRestCalls = allCalls.filter((c) => c.path === null);
  const properties = propertyStorage(restCalls, new Map(files.flatMap((f) => f.restBodies.map((b) => [b.call, b.carries] as const))));
  const storage = [...files.flatMap((f) => f.storage), ...properties];
  const egressCalls = files.flatMap((f) => f.egress.flatMap(eachUrl));
  // A front end's `invokeRemote` goes to the remote of its module's endpoint: known when the endpoints name one.
  const endpointRemotes = new Set(app.app.modules.flatMap((m) => (m.remote ? [m.remote] : [])));
  if (endpointRemotes.size === 1) {
    for (const call of egressCalls) if (call.client === 'invokeRemote' && call.side === 'frontend' && call.host === null) call.host = `remote:${[...endpointRemotes][0]!}`;
  }
  // `withProvider(key).fetch(path)` goes to the remote of the provider's manifest entry, when it names one.
  for (const call of egressCalls) {
    if (call.provider === undefined) continue;
    const remotes = app.providerRemotes[call.provider] ?? [];
    if (call.host === null && remotes.length === 1) call.host = `remote:${remotes[0]!}`;
    delete call.provider;
  }
  // The events Forge posts to a remote (a trigger with an `endpoint`): data that leaves as the code's requests do.
  const eventCalls = remoteEventCalls(app.triggers, app.app.modules);
  egressCalls.push(...eventCalls);
  for (const call of egressCalls) maskCallSecrets(call);
  // The app's own code that serves a Forge remote: what it keeps and sends is the remote's.
  linkRemoteCode({ remotes: app.remotes, files, offForge, paths: list.files.map((f) => f.path), read: (rel) => readSmall(list.files, rel), egress: egressCalls, storage, sdkCalls: files.flatMap((f) => f.sdkCalls), graph });
  const reporting = linkReporting(files, app, graph, fill);
  const thirdParties = findThirdParties({
    dependencies: app.packages.dependencies,
    imports: files.flatMap((f) => (developer.has(f.file) ? [] : f.imports)),
    egressCalls,
    egressDeclared: app.egress,
    files: list.files.map((f) => f.path),
    readFile: (rel) => readSmall(list.files, rel),
    sdkCalls: files.flatMap((f) => f.sdkCalls),
    proxyVariables: files.flatMap((f) => f.proxyVariables ?? []),
    remotes: app.remotes,
    secrets,
    connectionHosts,
    ...(app.app.platform === 'forge' || app.app.platform === 'connect-on-forge' ? { reaches: (host: string, file: string) => offForge.has(file) || manifestReaches(app.egress, app.remotes, host) } : {}),
  });
  // A vendor's SDK imported in the code reaches the vendor's hosts itself.
  const viaSdk = new Set(thirdParties.filter((t) => t.via.some((v) => v.kind === 'import')).flatMap((t) => t.via.filter((v) => v.kind === 'declared-egress').map((v) => v.detail)));
  // So does a client a package builds for a declared host.
  for (const address of builtForHosts(app.egress, files)) viaSdk.add(address);
  const egress = compareEgress(app.app.platform, app.egress, app.remotes, egressCalls, viaSdk, files.flatMap((f) => f.sdkCalls), offForge);
  const scopes = computeScopes({
    platform: app.app.platform, declared: app.declaredScopes, restCalls: allCalls, storage, triggers: app.triggers,
    reportingCalls: reporting.calls, modules: app.app.modules, remotes: app.remotes, hiddenCode: outside.length > 0 || app.diagnostics.some((d) => d.code === 'outside-code'), foreignCode: foreign.length > 0,
    userTokens: files.filter((f) => f.side === 'backend' && isAppCode(f.file)).flatMap((f) => f.imports.filter((i) => !i.types && USER_TOKENS.has(i.module)).map((i) => i.evidence)),
    pagesHere: app.app.authentication === 'none' && pagesInFolder(app.connectPages, list.files.map((f) => f.path), blind),
  });

  return {
    schemaVersion: FACTS_SCHEMA_VERSION,
    tool: { name: 'candor', version: VERSION },
    app: app.app,
    packages: app.packages,
    restCalls,
    unresolvedRestCalls,
    scopes,
    egress,
    storage,
    triggers: [
      ...app.triggers,
      ...registeredWebhooks(restCalls, new Map(files.flatMap((f) => f.restBodies.flatMap((b) => (b.events ? [[b.call, b.events] as const] : []))))),
      ...jobTriggers(files, list.files, (f) => readSmall([f], f.path)),
    ],
    uninstall: uninstall.uninstall,
    logs: files.flatMap((f) => f.logs),
    thirdParties,
    personalData: { uses: [...files.flatMap((f) => f.personalData), ...storedPersonalData(properties), ...sentPersonalData(eventCalls)], reporting },
    llm: findLlmUses(thirdParties, files.flatMap((f) => f.imports), app.app.modules),
    secrets,
    ...exposedSecrets(files, fill, resolved),
    diagnostics,
    stats: {
      files: list.files.length, sourceFiles: files.length, lines, bytes: tasks.reduce((s, t) => s + t.size, 0),
      skipped: diagnostics.filter((d) => ['binary-file', 'huge-file', 'unreadable', 'symlink-loop', 'symlink-outside'].includes(d.code)).length,
      cached,
      durationMs: Math.round(performance.now() - started),
    },
  };
}

/**
 * The returns of resolver functions that hand the browser a secret, once their flows are resolved: of those defined inline, and
 * of the app's functions a resolver names (`resolver.define('getConfig', getConfig)`); no field when there are none.
 */
function exposedSecrets(files: readonly FileFacts[], fill: FillImported, resolved: ResolvedFlows): Pick<Facts, 'exposedSecrets'> {
  const out: ExposedSecret[] = [];
  for (const file of files) {
    for (const answer of file.side === 'backend' ? file.resolverAnswers ?? [] : []) {
      if (!answer.flows.includes('secret')) continue;
      if (!answer.fn) out.push({ function: filledName(fill, file, answer.name) ?? answer.name, ...(answer.via ? { via: answer.via } : {}), evidence: answer.evidence });
      const fn = answer.fn ? file.functions.find((f) => f.name === answer.name) : undefined;
      // `resolver.define('getConfig', handlers.getConfig)` beside `Object.entries(handlers)` defining each: one name.
      for (const name of new Set(fn ? resolved.definedAs(file, fn) : [])) out.push({ function: name, evidence: answer.evidence });
    }
  }
  return out.length > 0 ? { exposedSecrets: out } : {};
}

function isFrontend(file: FileFacts, roots: string[]): boolean {
  if (roots.some((r) => r === '' || r === '.' || file.file === r || file.file.startsWith(r.endsWith('/') ? r : `${r}/`))) return true;
  if (file.browser) return true;
  // `import { view } from '@forge/bridge'` left in a resolver module beside `@forge/resolver`: still a function's code.
  const runtime = file.imports.filter((i) => !i.types);
  return runtime.some((i) => FRONTEND_MODULES.has(i.module)) && !runtime.some((i) => FUNCTION_MODULES.has(i.module));
}

function markFrontend(file: FileFacts): void {
  file.side = 'frontend';
  for (const e of file.egress) e.side = 'frontend';
  for (const c of file.sdkCalls) c.side = 'frontend';
  for (const c of file.sdkPending) c.side = 'frontend';
  for (const l of file.logs) l.side = 'frontend';
}

/**
 * Reporting calls, and the triggers whose handler reaches one: through the app's own calls, and
 * through the Forge queues it pushes to, whose consumers report (a weekly job that queues batches of
 * account IDs). A handler that is a resolver's definitions (`handler = resolver.getDefinitions()`,
 * as a consumer's is) reaches what the methods defined in its module reach.
 */
function linkReporting(files: FileFacts[], app: Awaited<ReturnType<typeof readApp>>, graph: CallGraph, fill: FillImported): PersonalDataReporting {
  const calls = files.flatMap((f) => f.reporting);
  const triggers: PersonalDataReporting['triggers'] = [];
  if (calls.length === 0) return { calls, triggers };
  for (const call of calls) {
    const file = graph.file(call.file);
    if (file) markReporter(file, call);
  }
  for (const f of files) for (const fn of f.functions) if (fn.queues) fn.queues = fn.queues.map((q) => settle(fill(f.file, q)) ?? '');
  const reaches = (functionKey: string | undefined, viaQueues: boolean): boolean => {
    const handler = app.functionHandlers.find((h) => h.key === functionKey);
    if (!handler?.file) return false;
    const test = (fn: FunctionInfo): boolean => fn.reports || (viaQueues && (fn.queues ?? []).some(consumerReports));
    const start = graph.exported(handler.file, handler.exportName);
    if (start) return graph.reaches(start, test);
    const file = graph.file(handler.file);
    if (!file) return false;
    return file.reporting.length > 0 || file.functions.some((fn) => graph.reaches({ file, fn }, test))
      || file.handlerRefs.some((ref) => {
        const found = graph.function(file, ref);
        return found !== null && graph.reaches(found, test);
      });
  };
  const consumerReports = (queue: string): boolean => app.triggers.some((t) => t.kind === 'consumer' && t.queue === queue && reaches(t.function ?? undefined, false));
  for (const trigger of app.triggers) {
    if (reaches(trigger.function ?? undefined, true)) triggers.push({ key: trigger.key, kind: trigger.kind, interval: trigger.interval, evidence: trigger.evidence });
  }
  // A server of the app's own runs its jobs on cron expressions (`cron.schedule('0 4 * * 1', report)`): a job that reaches a reporting call is its schedule.
  for (const file of files) {
    for (const job of file.jobSchedules ?? []) {
      const inline = job.lines;
      const reported = inline !== undefined && calls.some((c) => c.file === file.file && inline[0] <= c.line && c.line <= inline[1]) || job.calls.some((name) => {
        const found = graph.function(file, name);
        return found !== null && graph.reaches(found, (fn) => fn.reports);
      });
      if (reported) triggers.push({ key: `${job.evidence.file}:${job.evidence.line}`, kind: 'scheduled', interval: job.interval, evidence: job.evidence });
    }
  }
  return { calls, triggers };
}

/**
 * What `dropIdleMethods` finds in each file, kept in the cache under the file's bytes and the names looked
 * for: a scan where neither changed reads no file for it.
 */
function idleNamesIn(sources: ReadonlyMap<string, Task>, cache: AnalysisCache | null): Parameters<typeof dropIdleMethods>[1] {
  let digest: string | undefined;
  return (file, names, find) => {
    const task = sources.get(file);
    if (!task) return null;
    digest ??= crypto.createHash('sha256').update(names.join('\n')).digest('base64');
    const known = cache?.hashOf(file);
    const kept = known === undefined ? null : cache!.recall(file, `idle-methods\0${known}\0${digest}`);
    if (kept !== null) return kept === '' ? [] : kept.split('\n');
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(task.abs);
    } catch {
      return null;
    }
    const found = find(bytes.toString('utf8'));
    cache?.remember(file, `idle-methods\0${contentHash(bytes)}\0${digest}`, found.join('\n'));
    return found;
  };
}

function readSmall(files: FileEntry[], rel: string): string | null {
  const entry = files.find((f) => f.path === rel);
  if (!entry || entry.size > MAX_TEXT_BYTES) return null;
  try {
    return fs.readFileSync(entry.abs, 'utf8');
  } catch {
    return null;
  }
}

