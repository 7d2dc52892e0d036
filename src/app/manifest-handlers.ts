import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic, Evidence } from '../scan/facts.ts';
import forgeModules from '../data/forge-modules.json' with { type: 'json' };
import { formatPath, type PathSegment } from './yaml-locate.ts';
import { leftOut } from './files.ts';

const HANDLER = new RegExp(forgeModules.handlerPattern, 'u');
const EXTENSIONS = forgeModules.handlerExtensions;

/** Where handlers are looked up: the handlers folder and the manifest's folder, relative to the app folder `root`. */
export interface HandlerPlace {
  dir: string;
  manifestDir: string;
  root: string;
  files: ReadonlySet<string>;
}

export interface ResolvedHandler {
  /** Path relative to the app folder; null when no such file exists. */
  file: string | null;
  exportName: string;
  /** Why Forge cannot resolve the handler, at its manifest line. */
  diagnostic: Diagnostic | null;
}

/**
 * The file and export a function `handler` such as `index.run` or `resolvers/issue.handler`
 * names: `<dir>/index.(tsx|jsx|ts|js|cjs)`, export `run`, as `forge lint` resolves it. A handler
 * it cannot resolve is reported; one written with the handlers folder in it (`src/index.run`) is
 * followed to the file it means.
 */
export function resolveHandler(key: string, handler: string, at: { evidence: Evidence; path: readonly PathSegment[] }, place: HandlerPlace): ResolvedHandler {
  const match = HANDLER.exec(handler);
  const exportName = match?.[2] ?? handler.slice(handler.lastIndexOf('.') + 1);
  const report = (message: string, hint: string, code: Diagnostic['code'] = 'unresolved-handler'): Diagnostic => ({
    severity: 'error', code, file: at.evidence.file, line: at.evidence.line, column: at.evidence.column, path: formatPath(at.path), message, hint,
  });
  const inside = place.dir === '.' ? '' : `${place.dir}/`;
  const example = `\`handler: index.run\` is the export \`run\` of ${inside}index.js`;
  if (!match) {
    return { file: null, exportName, diagnostic: report(`Function '${key}': handler '${handler}' is not of the form <module>.<function>, so Forge cannot resolve it and its code is not linked to the function.`, `Name the module relative to ${inside || 'the manifest folder'} and the function it exports: ${example}.`) };
  }
  const module = match[1]!;
  const file = findModule(place, module);
  if (file) return { file, exportName, diagnostic: null };
  // Present but not listed (ignored, or in a skipped build folder): Forge deploys it, Candor does not read it.
  const present = EXTENSIONS.map((ext) => path.posix.join(place.dir, `${module}.${ext}`)).find((rel) => fs.existsSync(path.join(place.root, rel)));
  if (present) {
    const why = leftOut(place.root, present);
    const because = why === null ? 'which is not among the files scanned'
      : 'folder' in why ? `which is in ${why.folder}/, a build-output folder Candor does not scan`
        : `which ${why.gitignore}${why.line > 0 ? `:${why.line}` : ''} ignores (\`${why.pattern}\`), so Candor does not scan it`;
    return {
      file: null, exportName,
      diagnostic: {
        ...report(
          `Function '${key}': handler '${handler}' is ${present}, ${because}; the function's code is not linked to it, and what that file does is not in the facts.`,
          `If ${present} is built from sources in the folder, point the handler at them (Forge compiles TypeScript itself); if it is the app's own code, stop ignoring it (\`!${present}\` in .gitignore).`,
        ),
        severity: 'warning',
      },
    };
  }
  const tried = `${inside}${module}.(${EXTENSIONS.join('|')})`;
  const folder = path.posix.relative(place.manifestDir || '.', place.dir);
  const meant = folder && module.startsWith(`${folder}/`) ? module.slice(folder.length + 1) : null;
  const meantFile = meant === null ? null : findModule(place, meant);
  if (meant !== null && meantFile !== null) {
    return {
      file: meantFile, exportName,
      diagnostic: report(
        `Function '${key}': handler '${handler}' names ${tried}, which does not exist: Forge resolves handlers inside ${inside}. Candor follows it as ${meantFile}, the file it means.`,
        `Write \`handler: ${meant}.${exportName}\`; \`forge deploy\` rejects the handler as written.`,
        'misplaced-handler',
      ),
    };
  }
  return { file: null, exportName, diagnostic: report(`Function '${key}': handler '${handler}' names ${tried}, which does not exist; the function's code is not linked to it.`, `Fix the module path in \`handler\`, relative to ${inside || 'the manifest folder'}: ${example}.`) };
}

function findModule(place: HandlerPlace, module: string): string | null {
  for (const extension of EXTENSIONS) {
    const candidate = path.posix.join(place.dir, `${module}.${extension}`);
    if (place.files.has(candidate)) return candidate;
  }
  return null;
}

