import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic, ResourceFact } from '../scan/facts.ts';
import { list, record, text, type Plain } from './values.ts';
import type { YamlFile } from './yaml-locate.ts';

export interface ResourcesRead {
  resources: ResourceFact[];
  /** Front-end source of each resource: folders (or, for a lone UI Kit entry file, that file). */
  frontendRoots: string[];
  /** Resources of which neither the path nor a front-end project around it exists. */
  missing: ResourceFact[];
  /** Resources whose path leaves the app folder (`../shared/build`): not scanned. */
  outside: ResourceFact[];
}

interface Place {
  root: string;
  manifestDir: string;
  handlersDir: string;
  files: ReadonlySet<string>;
}

/**
 * `resources`: static front ends. A Custom UI resource usually points at build output
 * (`static/app/build`, skipped and often not built); its source is the project around it. A UI Kit
 * resource points at source (`src/frontend/index.jsx`).
 * https://developer.atlassian.com/platform/forge/manifest-reference/resources/
 */
export function readResources(yaml: YamlFile, manifest: Plain, place: Place): ResourcesRead {
  const resources: ResourceFact[] = [];
  const roots = new Set<string>();
  const missing: ResourceFact[] = [];
  const outside: ResourceFact[] = [];
  list(manifest.resources).forEach((value, i) => {
    const entry = record(value);
    const written = text(entry?.path);
    if (!entry || written === null) return;
    const resourcePath = path.posix.join(place.manifestDir || '.', written).replace(/\/$/, '');
    const inside = resourcePath !== '..' && !resourcePath.startsWith('../') && !path.posix.isAbsolute(resourcePath);
    const exists = inside && (listed(place.files, resourcePath) || fs.existsSync(path.join(place.root, resourcePath)));
    const resource: ResourceFact = { key: text(entry.key) ?? '', path: resourcePath, exists, evidence: yaml.evidence(['resources', i, 'path']) };
    resources.push(resource);
    const root = inside ? frontendRoot(resourcePath, place) : null;
    if (root !== null) roots.add(root);
    if (!inside) outside.push(resource);
    // Custom UI build output is usually not committed: only a missing project is worth a word.
    else if (!exists && (root === null || !(listed(place.files, root) || fs.existsSync(path.join(place.root, root))))) missing.push(resource);
  });
  return { resources, frontendRoots: [...roots], missing, outside };
}

/** Warnings for resources that are not there at all and for modules naming undeclared resources. */
export function resourceDiagnostics(read: ResourcesRead, refs: ReadonlyArray<{ key: string; evidence: { file: string; line: number; column: number } }>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const resources = read.resources;
  for (const resource of read.missing) {
    diagnostics.push({
      severity: 'warning', code: 'unresolved-resource', file: resource.evidence.file, line: resource.evidence.line, column: resource.evidence.column,
      message: `Resource '${resource.key}' points at ${resource.path}, and neither it nor a front-end project around it exists.`,
      hint: 'Fix the path under `resources`; its front-end code could not be scanned.',
    });
  }
  for (const resource of read.outside) {
    diagnostics.push({
      severity: 'warning', code: 'outside-code', file: resource.evidence.file, line: resource.evidence.line, column: resource.evidence.column,
      message: `Resource '${resource.key}' points at ${resource.path}, outside the app folder; Candor scans only the app folder, so that front end's code is not read and its calls are not in the facts.`,
      hint: 'Scan the folder that holds both the app and the resource (the repository root), or build the resource into the app folder.',
    });
  }
  const declared = new Set(resources.map((r) => r.key));
  for (const ref of refs) {
    if (declared.has(ref.key)) continue;
    diagnostics.push({
      severity: 'warning', code: 'unresolved-resource', file: ref.evidence.file, line: ref.evidence.line, column: ref.evidence.column,
      message: `The module uses resource '${ref.key}', but no entry of \`resources\` has that key.`,
      hint: `Add \`- key: ${ref.key}\` with its \`path\` under \`resources\`, or fix the key.`,
    });
  }
  return diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

function listed(files: ReadonlySet<string>, target: string): boolean {
  if (files.has(target)) return true;
  const prefix = `${target}/`;
  for (const file of files) if (file.startsWith(prefix)) return true;
  return false;
}

function hasPackageJson(dir: string, place: Place): boolean {
  const file = path.posix.join(dir, 'package.json');
  return place.files.has(file) || fs.existsSync(path.join(place.root, file));
}

const BUILD_OUTPUT = /^(build|dist|out)$/;

function frontendRoot(resourcePath: string, place: Place): string {
  const top = place.manifestDir || '.';
  const parent = (p: string): string => path.posix.dirname(p);
  const isFile = place.files.has(resourcePath) || (/\.[a-z0-9]+$/i.test(resourcePath) && !isDirectory(path.join(place.root, resourcePath)));
  if (isFile) {
    const dir = parent(resourcePath);
    return dir === top || dir === place.handlersDir ? resourcePath : dir;
  }
  for (let dir = resourcePath; dir !== top && dir !== '.' && dir !== '/'; dir = parent(dir)) {
    if (hasPackageJson(dir, place)) return dir;
  }
  // A folder of the app with no project around it (icons, a page, UI Kit files): that folder, not the one that holds the
  // back end too. Build output (`build`, `dist`, `out`) stands for the folder around it, whose source built it.
  const built = BUILD_OUTPUT.test(path.posix.basename(resourcePath));
  if (!built && (listed(place.files, resourcePath) || isDirectory(path.join(place.root, resourcePath)))) return resourcePath;
  const dir = parent(resourcePath);
  // Never the folder of the back end (`src` of a missing `src/frontend`), nor one around it.
  const holdsBackend = place.handlersDir === dir || place.handlersDir.startsWith(`${dir}/`);
  return dir === top || dir === '.' || holdsBackend ? resourcePath : dir;
}

function isDirectory(abs: string): boolean {
  try {
    return fs.statSync(abs).isDirectory();
  } catch {
    return false;
  }
}
