import fs from 'node:fs';
import { looksBinary, MAX_SOURCE_BYTES } from '../../app/files.ts';
import { contentHash } from '../../utils/content-hash.ts';
import type { Diagnostic, EgressCall, SecretFinding } from '../facts.ts';
import { LineIndex } from '../../utils/lines.ts';
import { analyzeFile, NestedTooDeeply } from './analyze-file.ts';
import { setAppFolder } from '../app-code.ts';
import type { FileFacts } from './file-facts.ts';
import { mayNestDeeply } from '../../utils/nesting.ts';
import { findSecrets, lowerOnce, withCodeSecrets } from './secrets.ts';
import { IMAGE_CLIENT, STYLESHEET_CLIENT } from '../egress.ts';
import { PUG, pugPrints, pugUses, templatePrints, templateUses } from './template-prints.ts';
import { externalImages, externalScripts, externalStylesheets, inlineScripts, jsxTemplateScripts, scriptSources, SERVER_PAGE, serverCodeAsTags, templateScripts, withoutComments } from './inline-scripts.ts';
import { findConnectionHosts, type ConnectionHost } from './connection-hosts.ts';

const JSX_FILE = /\.[jt]sx$/;

export interface Task {
  path: string;
  abs: string;
  size: number;
  /** `source` files are parsed; `text` files (config, .env) are only searched for secrets. */
  kind: 'source' | 'text';
  side: 'backend' | 'frontend';
  /** Run on a thread with a stack for deeply nested code (see `mayNestDeeply`). */
  deep?: boolean;
  /** Specifiers other than relative ones that name the app's own modules (see `ModuleAliases.patterns`). */
  appModules?: readonly string[];
  /** A Forge app's file: an `api` it neither imports nor declares is the legacy runtime's global `@forge/api` (see `FileInput.forge`). */
  forge?: true;
  /** Also return the hash of the bytes analysed (for the analysis cache). */
  hash?: boolean;
  /** A page or template (`views/panel.hbs`): only its inline scripts are source (see `inlineScripts`). */
  markup?: boolean;
  /** The file's `FileEntry.stamp` and `changedMs`, for the analysis cache. */
  stamp?: string;
  changedMs?: number;
  /** The folder of the app's manifest below the folder scanned (see `setAppFolder`). */
  appFolder?: string;
}

export type TaskResult =
  | { kind: 'source'; facts: FileFacts; contentHash?: string }
  /** Not analysed here: the file may nest deeper than this thread's stack allows. */
  | { kind: 'deep' }
  | { kind: 'text'; path: string; secrets: SecretFinding[]; connectionHosts?: ConnectionHost[]; diagnostics: Diagnostic[]; lines: number; contentHash?: string; scripts?: string[]; prints?: string[]; uses?: string[] };

/** Reads and analyses one file; the unit of work of the scan's worker pool. */
export function runTask(task: Task): TaskResult {
  setAppFolder(task.appFolder ?? '');
  const diagnostics: Diagnostic[] = [];
  if (task.size > MAX_SOURCE_BYTES) {
    diagnostics.push({
      severity: 'info', code: 'huge-file', file: task.path,
      message: `${task.path} is ${(task.size / 1024 / 1024).toFixed(1)} MB, more than ${MAX_SOURCE_BYTES / 1024 / 1024} MB; not analysed (bundled or generated code?).`,
      hint: 'Scan the sources it is built from, or add it to .gitignore.',
    });
    return empty(task, diagnostics);
  }
  let buffer: Buffer;
  try {
    buffer = fs.readFileSync(task.abs);
  } catch (error) {
    diagnostics.push({ severity: 'warning', code: 'unreadable', file: task.path, message: `${task.path} could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); skipped.` });
    return empty(task, diagnostics);
  }
  const hash = task.hash ? { contentHash: contentHash(buffer) } : {};
  if (looksBinary(buffer)) {
    if (task.kind === 'source') diagnostics.push({ severity: 'info', code: 'binary-file', file: task.path, message: `${task.path} is binary, not source text; skipped.` });
    return { ...empty(task, diagnostics), ...hash };
  }
  const text = buffer.toString('utf8');
  if (task.kind === 'text') {
    const lines = new LineIndex(text);
    const lower = lowerOnce(text);
    const connections = findConnectionHosts(task.path, text, lines, lower);
    return { kind: 'text', path: task.path, secrets: findSecrets(task.path, text, lines, lower), ...(connections.length > 0 ? { connectionHosts: connections } : {}), diagnostics, lines: lines.lineCount, ...(PUG.test(task.path) ? { prints: pugPrints(text), uses: pugUses(text) } : {}), ...hash };
  }
  if (!task.deep && mayNestDeeply(text)) return { kind: 'deep' };
  if (task.markup) {
    // A PHP or ERB page: its HTML and scripts; what it prints is the server's code's, no locals of a view.
    if (SERVER_PAGE.test(task.path)) return { ...markup(task, serverCodeAsTags(text), diagnostics), ...hash };
    const result = markup(task, text, diagnostics);
    if (result.kind === 'deep') return result;
    // What a server's template prints of the locals it is given (see `rendered-locals.ts`).
    const page = withoutComments(text);
    const prints = templatePrints(page);
    const uses = templateUses(page);
    if (result.kind === 'source') {
      result.facts.templatePrints = prints;
      if (uses.length > 0) result.facts.templateUses = uses;
    }
    return { ...result, ...(result.kind === 'text' ? { prints, ...(uses.length > 0 ? { uses } : {}) } : {}), ...hash };
  }
  const lines = new LineIndex(text);
  let facts;
  try {
    facts = analyzeFile({ file: task.path, text, side: task.side, lines, rethrowTooDeep: !task.deep, ...(task.appModules ? { appModules: task.appModules } : {}), ...(task.forge ? { forge: true } : {}) });
  } catch (error) {
    // Nested deeper than the check above foresaw, without a crash: the thread with the larger stack reads it.
    if (error instanceof NestedTooDeeply) return { kind: 'deep' };
    throw error;
  }
  const lower = lowerOnce(text);
  facts.secrets = withCodeSecrets(findSecrets(task.path, text, lines, lower), facts.secrets);
  const connections = findConnectionHosts(task.path, text, lines, lower);
  if (connections.length > 0) facts.connectionHosts = connections;
  // Kept only when the file turns out to run in the browser (see `dropServerImages`).
  facts.egress.push(...imageLoads(task.path, externalImages(text), lines));
  const templated = JSX_FILE.test(task.path) ? jsxTemplateScripts(text) : [];
  if (templated.length > 0) facts.templateScripts = templated.map(({ name, offset }) => ({ name, evidence: lines.evidence(task.path, offset) }));
  return { kind: 'source', facts, ...hash };
}

/** What a front end's images from other sites (`externalImages`) fetch: egress of the browser, carrying nothing of the app's data. */
export function imageLoads(file: string, images: ReturnType<typeof externalImages>, lines: LineIndex): EgressCall[] {
  return images.map(({ url, host, offset }) => ({ client: IMAGE_CLIENT, method: 'GET', url, host, side: 'frontend', carries: ['literal'], evidence: lines.evidence(file, offset) }));
}

/**
 * A page's inline scripts, analysed as a front-end file at their lines in the page. A template tag outside a
 * string is read as a comment, and, when the script does not parse so, as a value; a script that parses neither
 * way is still analysed, its parse problem only noted.
 */
function markup(task: Task, source: string, diagnostics: Diagnostic[]): TaskResult {
  const page = withoutComments(source);
  let facts: FileFacts | null = null;
  const scripts = scriptSources(page);
  const external = externalScripts(page);
  const styles = externalStylesheets(page);
  const templated = templateScripts(page);
  for (const asValues of [false, true]) {
    // A page of no script of its own that loads another site's (or one it is given) is analysed as empty, for those requests.
    const text = inlineScripts(page, asValues) ?? (external.length > 0 || styles.length > 0 || templated.length > 0 ? page.replace(/[^\n]/g, ' ') : null);
    if (text === null) return { ...empty(task, diagnostics), ...(scripts.length > 0 ? { scripts } : {}) };
    const lines = new LineIndex(text);
    facts = analyzeFile({ file: task.path, text, side: 'frontend', lines, ...(task.appModules ? { appModules: task.appModules } : {}) });
    facts.secrets = withCodeSecrets(findSecrets(task.path, text, lines), facts.secrets);
    if (!facts.diagnostics.some((d) => d.code === 'parse-error')) break;
  }
  for (const d of facts!.diagnostics) if (d.code === 'parse-error') d.severity = 'info';
  facts!.egress.push(...imageLoads(task.path, externalImages(page), new LineIndex(page)));
  if (scripts.length > 0) facts!.scripts = scripts;
  if (templated.length > 0) {
    const lines = new LineIndex(page);
    facts!.templateScripts = templated.map(({ name, offset }) => ({ name, evidence: lines.evidence(task.path, offset) }));
  }
  if (external.length > 0 || styles.length > 0) {
    const lines = new LineIndex(page);
    const loads = (client: string, found: typeof external): EgressCall[] => found.map(({ url, host, offset }) => ({
      client, method: 'GET', url, host, side: 'frontend', carries: ['literal'], evidence: lines.evidence(task.path, offset),
    }));
    facts!.egress.push(...loads('script', external), ...loads(STYLESHEET_CLIENT, styles));
  }
  return { kind: 'source', facts: facts! };
}

function empty(task: Task, diagnostics: Diagnostic[]): TaskResult {
  return { kind: 'text', path: task.path, secrets: [], diagnostics, lines: 0 };
}
