/**
 * Reads the trust profile (`candor.yaml`) of an app: YAML -> unfilled fields set aside -> zod
 * validation. Every problem names the file, line and dot-path and says how to fix it; invalid
 * values are dropped so the rest of the profile can still be checked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { ProfileDiagnostic } from './diagnostics.ts';
import { describeIssue } from './issues.ts';
import { Pruner } from './prune.ts';
import { checkReferences } from './references.ts';
import { PROFILE_FILES, profileSchema, type Profile } from './schema.ts';
import { scanPlaceholders, type UnfilledField } from './unfilled.ts';
import { formatPath, isPrefix, locateInDocument, parsePath, type PathSegment, type Position } from './yaml-paths.ts';

export const MAX_PROFILE_BYTES = 1024 * 1024;

export interface LoadedProfile {
  /** The valid part of the profile; null when there is no file or it cannot be read as YAML. */
  profile: Profile | null;
  /** The profile file relative to the app folder (as in diagnostics); null when there is none. */
  file: string | null;
  /** Source position of a path into `profile` (dot-path or segments); the nearest existing parent when absent. */
  locate(path: string | readonly PathSegment[]): Position | null;
  /** Fields marked TODO; they are absent from `profile`. */
  unfilled: UnfilledField[];
  diagnostics: ProfileDiagnostic[];
}

/** Loads `file` (relative to `appDir`), or the first of candor.yaml / candor.yml in `appDir`. */
export function loadProfile(appDir: string, file?: string): LoadedProfile {
  const candidates = file === undefined ? PROFILE_FILES.map((name) => path.join(appDir, name)) : [path.resolve(appDir, file)];
  const abs = candidates.find((candidate) => fs.existsSync(candidate));
  if (abs === undefined) {
    const named = file ?? PROFILE_FILES[0];
    return empty(null, [
      {
        severity: file === undefined ? 'info' : 'error', code: 'profile-missing', file: named,
        message: file === undefined ? `no ${PROFILE_FILES.join(' or ')} in the app folder` : `${named} does not exist`,
        hint: 'Run `candor init` to draft a profile from the scan, then fill in the TODOs.',
      },
    ]);
  }
  const rel = path.relative(appDir, abs).split(path.sep).join('/');
  let buffer: Buffer;
  try {
    const size = fs.statSync(abs).size;
    if (size > MAX_PROFILE_BYTES) {
      return empty(rel, [{ severity: 'error', code: 'huge-file', file: rel, message: `is ${size} bytes; a profile is at most ${MAX_PROFILE_BYTES}`, hint: 'Check that the right file is named.' }]);
    }
    buffer = fs.readFileSync(abs);
  } catch (error) {
    return empty(rel, [{ severity: 'error', code: 'unreadable', file: rel, message: `cannot be read: ${(error as Error).message}` }]);
  }
  if (buffer.includes(0)) {
    return empty(rel, [{ severity: 'error', code: 'binary-file', file: rel, message: 'is a binary file, not YAML' }]);
  }
  return parseProfile(buffer.toString('utf8'), rel);
}

/** Parses profile text; `file` is only used in messages. */
export function parseProfile(text: string, file: string = PROFILE_FILES[0]): LoadedProfile {
  const source = text.replace(/^\uFEFF/, '');
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const diagnostics: ProfileDiagnostic[] = [];
  const at = (docPath: readonly PathSegment[]) => locateInDocument(doc, lineCounter, docPath);

  for (const [severity, list] of [['error', doc.errors], ['warning', doc.warnings]] as const) {
    for (const problem of list) {
      const pos = lineCounter.linePos(problem.pos[0]);
      diagnostics.push({
        severity, code: 'yaml-syntax', file, message: problem.message.split('\n')[0]!, line: pos.line, column: pos.col,
        hint: 'Indent with spaces (not tabs), and quote text that contains ": ", " #" or starts with a special character.',
      });
    }
  }
  const base = { file, locate: (p: string | readonly PathSegment[]) => at(typeof p === 'string' ? parsePath(p) : p) };
  if (doc.errors.length > 0) return { ...base, profile: null, unfilled: [], diagnostics };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    diagnostics.push({ severity: 'error', code: 'yaml-syntax', file, message: (error as Error).message, hint: 'Use fewer YAML aliases (*name).' });
    return { ...base, profile: null, unfilled: [], diagnostics };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    diagnostics.push({ severity: 'error', code: 'profile-schema', file, line: 1, message: 'must be a mapping of fields such as vendor:, app:, data:', hint: 'Run `candor init` for a draft to start from.' });
    return { ...base, profile: null, unfilled: [], diagnostics };
  }

  const { unfilled, empty: blanks } = scanPlaceholders(doc, lineCounter, source);
  const pruner = new Pruner(data);
  pruner.removeAll([...unfilled.map((field) => field.path), ...blanks]);

  const reported = new Set<string>();
  let profile: Profile | null = null;
  for (let round = 0; round < 50 && profile === null; round++) {
    const result = profileSchema.safeParse(data, { reportInput: true });
    if (result.success) {
      profile = result.data;
      break;
    }
    const removals: PathSegment[][] = [];
    for (const issue of result.error.issues) {
      for (const problem of describeIssue(issue)) {
        const jsPath = problem.path.map((s) => (typeof s === 'number' ? s : String(s)));
        removals.push(problem.missing ? jsPath.slice(0, -1) : jsPath);
        const docPath = pruner.toDocPath(jsPath);
        const pathText = formatPath(docPath);
        const isUnfilled = unfilled.some((field) => isPrefix(field.path, docPath));
        if (isUnfilled || reported.has(pathText) || (round > 0 && problem.missing)) continue;
        reported.add(pathText);
        const pos = at(docPath);
        diagnostics.push({
          severity: 'error', code: 'profile-schema', file, path: pathText, message: problem.message,
          ...(pos ? { line: pos.line, column: pos.column } : {}),
          ...(problem.hint ? { hint: problem.hint } : {}),
        });
      }
    }
    if (removals.length === 0 || !pruner.removeAll(removals)) break;
  }

  if (profile) {
    for (const problem of checkReferences(profile)) {
      const docPath = pruner.toDocPath(problem.path);
      const pos = at(docPath);
      diagnostics.push({
        severity: 'warning', code: 'profile-reference', file, path: formatPath(docPath), message: problem.message, hint: problem.hint,
        ...(pos ? { line: pos.line, column: pos.column } : {}),
      });
    }
  }
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return {
    file, profile, unfilled, diagnostics,
    locate: (p) => at(pruner.toDocPath(typeof p === 'string' ? parsePath(p) : p)),
  };
}

function empty(file: string | null, diagnostics: ProfileDiagnostic[]): LoadedProfile {
  return { profile: null, file, locate: () => null, unfilled: [], diagnostics };
}
