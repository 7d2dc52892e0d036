/** Lays out one whole app in memory: `path → content`. */
import { ANY, Pool, SYNC } from './calls.ts';
import { FileBuilder, relativeImport, type Helper, type Style, type Usage } from './code.ts';
import * as backend from './backend.ts';
import * as frontend from './frontend.ts';
import { functionEntries, indexFile, resolverFile, triggerFile, type FunctionEntry } from './entry.ts';
import { APP_GITIGNORE, APP_TSCONFIG, customUiHtml, customUiPackageJson, manifestYaml, rootPackageJson } from './manifest.ts';
import { planFeatures, type Feature } from './plan.ts';
import type { Random } from './random.ts';
import { ENTITIES } from './words.ts';

type Role = 'utils' | 'storage' | 'clients' | 'services';

export function buildApp(rnd: Random, targetLines: number): Map<string, string> {
  const files = new Map<string, string>();
  const usage: Usage = { hosts: new Set(), endpoints: new Set(), storage: false, personalDataReporting: false };
  const features = planFeatures(rnd.fork('plan'), targetLines);
  const totalWeight = features.reduce((sum, f) => sum + f.weight, 0);
  let lines = 0;
  const emit = (b: FileBuilder): Helper[] => {
    const text = b.render();
    files.set(b.path, text);
    lines += text.split('\n').length;
    return b.exports;
  };
  const planned: { feature: Feature; functions: FunctionEntry[] }[] = [];
  for (const feature of features) {
    const r = rnd.fork(`feature:${feature.name}`);
    const style: Style = {
      quote: r.chance(0.7) ? "'" : '"',
      semicolons: r.chance(0.75),
      indent: r.chance(0.8) ? '  ' : '    ',
      importExt: feature.lang === 'js' && r.chance(0.25),
    };
    const budget = Math.round((targetLines * feature.weight) / totalWeight);
    const start = lines;
    const backendBudget = budget * (feature.ui === 'custom-ui' ? 0.62 : feature.ui === 'ui-kit' ? 0.75 : 1);
    const ext = feature.lang;
    const dir = `src/${feature.name}`;
    // Each file's exports wait in the pool until a later file calls them: services call helpers,
    // resolvers and triggers call services, the UI calls resolvers.
    const pool = new Pool(r.fork('pool'));
    const make = (path: string) => new FileBuilder(path, feature, r.fork(path), usage, style);
    const names = new Set<string>();
    const fileName = (folder: string, base: string, extension: string) => {
      let name = `${folder}/${base}.${extension}`;
      for (let i = 2; names.has(name); i++) name = `${folder}/${base}-${i}.${extension}`;
      names.add(name);
      return name;
    };

    if (ext === 'ts') {
      const types = make(`${dir}/types.ts`);
      while (types.lineCount < r.int(40, 120)) backend.typesChunk(types);
      emit(types);
    }
    // Roles in dependency order; large features hold many files per role.
    const roles: Role[] = ['utils', 'storage', ...(feature.hosts.length > 0 ? (['clients'] as const) : []), 'services'];
    let userRecord = false;
    // What the layers below leave without a caller, workflows and resolvers call: about 5 lines a helper.
    const backendLines = () => lines - start + pool.pending() * 5;
    for (let round = 0; backendLines() < backendBudget * 0.85 || round === 0; round++) {
      for (const role of roles) {
        if (round > 0 && backendLines() >= backendBudget * 0.85) break;
        const b = make(fileName(`${dir}/${role}`, `${r.pick(ENTITIES)}-${role.replace(/s$/, '')}`, ext));
        const target = r.int(150, 300);
        while (b.lineCount < target) {
          // While many exports wait for a caller, glue code takes the place of plain helpers; the
          // share of REST, egress and storage code stays the same.
          const backlog = pool.pending() > 6;
          const x = r.next();
          if (role === 'utils') {
            if (x < 0.35 && backlog && pool.pending(SYNC) > 3) backend.composeFunction(b, pool, true);
            else if (x < 0.7) backend.helperFunction(b);
            else if (x < 0.8) backend.constantsChunk(b);
            else backend.composeFunction(b, pool, true);
          } else if (role === 'storage') {
            if (x < 0.45) backend.storageFunctions(b);
            else if (x < 0.55 && !userRecord) {
              backend.userRecordFunction(b);
              userRecord = true;
            } else backend.helperFunction(b);
          } else if (role === 'clients') {
            if (x < 0.6) backend.egressFunction(b);
            else if (x < 0.8 && !backlog) backend.helperFunction(b);
            else backend.composeFunction(b, pool, false);
          } else {
            if (x < 0.4) backend.restFunction(b, pool);
            else if (x < 0.47) backend.searchFunction(b);
            else if (x < 0.65 || (backlog && x >= 0.74)) backend.composeFunction(b, pool, false);
            else if (x < 0.74) backend.classChunk(b, pool);
            else backend.helperFunction(b);
          }
        }
        pool.add(emit(b));
      }
    }
    // Workflows: services that tie together what no other file calls yet, leaving the entry points a few.
    const layered = (h: Helper) => ANY(h) && !h.file.includes('-workflow');
    while (pool.pending(layered) > 6) {
      const b = make(fileName(`${dir}/services`, `${r.pick(ENTITIES)}-workflow`, ext));
      while (b.lineCount < 300 && pool.pending(layered) > 6) {
        if (r.chance(0.85)) backend.composeFunction(b, pool, false, r.int(3, 5), layered);
        else backend.classChunk(b, pool);
      }
      pool.add(emit(b));
    }
    let triggersPath: string | null = null;
    let triggers = {};
    if (feature.events.length > 0 || feature.schedule || feature.webtrigger || feature.ui === 'none') {
      if (feature.ui === 'none' && feature.events.length === 0 && !feature.schedule && !feature.webtrigger) feature.webtrigger = true;
      const b = make(`${dir}/triggers.${ext}`);
      triggers = triggerFile(b, pool, feature.ui === 'none');
      triggersPath = b.path;
      emit(b);
    }
    let resolverPath: string | null = null;
    let resolverKeys: string[] = [];
    if (feature.ui !== 'none') {
      const b = make(`${dir}/resolvers.${ext}`);
      resolverKeys = resolverFile(b, pool, r.int(90, 220));
      resolverPath = b.path;
      emit(b);
    }
    planned.push({ feature, functions: functionEntries(feature, resolverPath, triggersPath, triggers) });

    if (feature.ui === 'custom-ui') {
      const root = `static/${feature.name}`;
      files.set(`${root}/package.json`, customUiPackageJson(feature));
      files.set(`${root}/public/index.html`, customUiHtml(feature));
      // A developer's checkout holds the built bundle the manifest points at; .gitignore excludes it.
      files.set(`${root}/build/index.html`, customUiHtml(feature).replace('</body>', '<script src="./static/js/main.js"></script></body>'));
      files.set(`${root}/build/static/js/main.js`, builtBundle(r));
      const jsExt = feature.uiExt === 'tsx' ? 'ts' : 'js';
      const api = make(`${root}/src/api.${jsExt}`);
      frontend.bridgeApi(api, resolverKeys);
      const remote = new Pool(r.fork('remote'));
      remote.add(emit(api));
      const uiHelpers = new Pool(r.fork('ui-helpers'));
      const utils = make(`${root}/src/utils/format.${jsExt}`);
      while (utils.lineCount < r.int(80, 160)) backend.helperFunction(utils);
      uiHelpers.add(emit(utils));
      const hooks = make(`${root}/src/hooks.${jsExt}`);
      while (hooks.lineCount < r.int(60, 140) || (uiHelpers.pending((h) => h.async) > 0 && remote.pending() > 0)) frontend.hookChunk(hooks, remote, uiHelpers);
      const hookPool = new Pool(r.fork('hooks'));
      hookPool.add(emit(hooks));
      const components = new Pool(r.fork('components'));
      let views = 0;
      const waiting = () => uiHelpers.pending(SYNC) + hookPool.pending() + remote.pending() > 0;
      while (lines - start < budget - 60 || views < 3 || waiting()) {
        const b = make(fileName(`${root}/src/components`, `${r.pick(ENTITIES)}-views`, feature.uiExt));
        // A file holds about what the budget has left; past it, a last file takes only what waits for a caller.
        const over = lines - start >= budget - 60 && views >= 3;
        const target = Math.min(r.int(150, 300), Math.max(100, budget - (lines - start)));
        while (b.lineCount < target && (!over || waiting())) {
          if (r.chance(0.3)) frontend.formComponent(b, remote);
          else frontend.domComponent(b, uiHelpers, hookPool, components, remote);
        }
        const made = emit(b);
        views += made.length;
        components.add(made);
      }
      const app = make(`${root}/src/App.${feature.uiExt}`);
      frontend.appComponent(app, components, remote);
      emit(app);
      const index = make(`${root}/src/index.${feature.uiExt === 'tsx' ? 'tsx' : feature.uiExt}`);
      frontend.customUiIndex(index, relativeImport(index.path, app.path, false));
      emit(index);
    } else if (feature.ui === 'ui-kit') {
      const root = `src/frontend/${feature.name}`;
      const api = make(`${root}/api.js`);
      frontend.bridgeApi(api, resolverKeys);
      const remote = new Pool(r.fork('remote'));
      remote.add(emit(api));
      const components = new Pool(r.fork('components'));
      let views = 0;
      while (lines - start < budget - 30 || views < 3 || remote.pending() > 0) {
        const b = make(fileName(`${root}/components`, `${r.pick(ENTITIES)}-section`, 'jsx'));
        const over = lines - start >= budget - 30 && views >= 3;
        const target = Math.min(r.int(150, 300), Math.max(100, budget - (lines - start)));
        while (b.lineCount < target && (!over || remote.pending() > 0)) frontend.uiKitComponent(b, remote, components);
        const made = emit(b);
        views += made.length;
        components.add(made);
      }
      const index = make(`${root}/index.jsx`);
      frontend.uiKitIndex(index, components);
      emit(index);
    }
  }
  const allFunctions = planned.flatMap((p) => p.functions);
  const index = new FileBuilder('src/index.js', planned[0]?.feature as Feature, rnd.fork('index'), usage, { quote: "'", semicolons: true, indent: '  ', importExt: false });
  indexFile(index, allFunctions, (file) => relativeImport('src/index.js', file, false));
  emit(index);
  const name = `forge-bench-app-${targetLines}`;
  files.set('manifest.yml', manifestYaml(rnd.fork('manifest'), { appId: appId(rnd.fork('id')), features: planned, usage }));
  files.set('package.json', rootPackageJson(name, [...files.values()].some((t) => t.includes("from 'axios'") || t.includes('from "axios"'))));
  files.set('.gitignore', APP_GITIGNORE);
  files.set('tsconfig.json', APP_TSCONFIG);
  files.set('README.md', `# ${name}\n\nGenerated by Candor's benchmark (bench/generate.ts). Not a real app: do not deploy.\n`);
  return files;
}

function appId(rnd: Random): string {
  const hex = (n: number) => Array.from({ length: n }, () => rnd.int(0, 15).toString(16)).join('');
  return `ari:cloud:ecosystem::app/${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
}

/** One minified line, as a production build emits. */
function builtBundle(rnd: Random): string {
  const parts = Array.from({ length: 40 }, (_, i) => `function n${i}(e,t){return e&&t?e[t]||${rnd.int(0, 999)}:null}`);
  return `!function(){"use strict";${parts.join(';')};console.log("bundle")}();\n`;
}
