/**
 * `generate`: the documents a Marketplace vendor publishes, written from the trust profile and the
 * facts of the app, true by construction. Every document is built and read back before anything
 * is written; a missing profile field or a sentence Candor would contradict stops the whole run.
 */
import { formatProfileDiagnostic } from '../profile/diagnostics.ts';
import { loadProfile, type LoadedProfile } from '../profile/load.ts';
import type { Facts } from '../scan/facts.ts';
import { scan, type ScanOptions } from '../scan/index.ts';
import type { DocumentInput } from '../render/documents/input.ts';
import type { DocumentKind } from '../render/documents/model.ts';
import { Needs, type MissingField } from '../render/documents/needs.ts';
import { Truths } from '../render/documents/truths.ts';
import { BUILDERS, type Built } from './builders.ts';
import { GenerateError, type GenerateProblem } from './errors.ts';
import { renderFiles, type Format, type GeneratedFile } from './files.ts';
import { readBack, type ReadBack } from './read-back.ts';
import { writeFiles } from './write.ts';

export { GenerateError } from './errors.ts';
export { OverwriteError } from './write.ts';
export { FORMATS, type Format, type GeneratedFile } from './files.ts';
export { DOCUMENT_KINDS } from './builders.ts';

export interface GenerateOptions extends ScanOptions {
  /** Folder to write to; nothing is written without it. */
  out?: string;
  /** Replace files in `out` that Candor did not write, or that were edited since it did (see `writeFiles`). */
  force?: boolean;
  /** Formats to render; all by default. */
  formats?: readonly Format[];
  /** Documents to generate; all that apply to the app by default. */
  documents?: readonly DocumentKind[];
  /** The trust profile, relative to the app folder; `candor.yaml` by default. */
  profile?: string;
  /** The date the documents carry (YYYY-MM-DD); today (UTC) by default. */
  date?: string;
}

export interface GenerateResult {
  files: GeneratedFile[];
  /** Documents asked for that do not apply to this app, with why. */
  skipped: Array<{ document: DocumentKind; reason: string }>;
  /** What Candor read back from each statement: every claim with its verdict. */
  readBack: Partial<Record<DocumentKind, ReadBack>>;
  /** The folder written to, or null. */
  written: string | null;
}

export async function generate(dir: string, options: GenerateOptions = {}): Promise<GenerateResult> {
  const facts = await scan(dir, options.onProgress ? { onProgress: options.onProgress } : {});
  if (facts.diagnostics.some((d) => d.code === 'no-app')) {
    throw new GenerateError(`No Forge manifest or Connect descriptor in ${dir}: there is no app to write statements for.`, {});
  }
  return generateFrom(facts, loadProfile(dir, options.profile), { ...options, dir });
}

/** Generation from facts already scanned and a profile already loaded; `options.dir` names the app folder they come from. */
export async function generateFrom(facts: Facts, loaded: LoadedProfile, options: GenerateOptions & { dir?: string } = {}): Promise<GenerateResult> {
  const profileFile = loaded.file ?? options.profile ?? 'candor.yaml';
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    throw new GenerateError(`${profileFile} has ${errors.length} error${errors.length === 1 ? '' : 's'}; fix ${errors.length === 1 ? 'it' : 'them'} before generating:\n${errors.map(formatProfileDiagnostic).join('\n')}`, { profileFile });
  }
  const profile = loaded.profile ?? {};
  const input: DocumentInput = {
    ...(options.dir !== undefined ? { dir: options.dir } : {}), facts, profile, profileFile: loaded.file, date: options.date ?? new Date().toISOString().slice(0, 10),
    locate: (path) => loaded.locate(path), truths: new Truths({ facts, profile }),
  };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date) || Number.isNaN(Date.parse(input.date))) throw new GenerateError(`The date ${input.date} is not a YYYY-MM-DD date.`, {});

  const kinds = options.documents ?? BUILDERS.map((b) => b.kind);
  const built: Built[] = [];
  const skipped: GenerateResult['skipped'] = [];
  const missing = new Map<string, MissingField & { documents: string[] }>();
  for (const builder of BUILDERS.filter((b) => kinds.includes(b.kind))) {
    const reason = builder.skip?.(input);
    if (reason) {
      skipped.push({ document: builder.kind, reason });
      continue;
    }
    const needs = new Needs(loaded.unfilled);
    const result = builder.build(input, needs);
    for (const m of needs.missing) {
      const seen = missing.get(m.field);
      if (seen) seen.documents.push(builder.title);
      else missing.set(m.field, { ...m, documents: [builder.title] });
    }
    built.push(result);
  }
  if (missing.size > 0) {
    const n = missing.size;
    throw new GenerateError(
      `Cannot generate: ${loaded.file ? `${loaded.file} lacks` : 'there is no trust profile (candor.yaml) with'} ${n} value${n === 1 ? '' : 's'} the documents need.${loaded.file ? '' : ' Run `candor init` to draft one.'}`,
      { missing: [...missing.values()], profileFile },
    );
  }

  const ctx = { facts, profile };
  const files: GeneratedFile[] = [];
  const checked: GenerateResult['readBack'] = {};
  const problems: GenerateProblem[] = [];
  for (const doc of built) {
    const rendered = renderFiles(doc, options.formats, input.date);
    if (doc.statement) {
      const markdown = rendered.find((f) => f.format === 'md')?.content ?? renderFiles(doc, ['md'], input.date)[0]!.content;
      const back = readBack(`${doc.model.slug}.md`, markdown, ctx);
      checked[doc.model.kind] = back;
      for (const claim of back.claims.filter((c) => c.verdict === 'contradicted')) {
        problems.push({ document: doc.model.title, message: `"${claim.source.text}" (line ${claim.source.line}) is contradicted by the code: ${claim.message}` });
      }
      for (const u of back.unfilled) problems.push({ document: doc.model.title, message: `"${u.text}" (line ${u.line}) reads as unfilled template text: ${u.message}` });
    }
    files.push(...rendered);
  }
  if (problems.length > 0) {
    throw new GenerateError('Cannot generate: a document would say something untrue or unfilled. Correct the profile text (or the code) it comes from.', { problems, profileFile });
  }
  const written = options.out ? writeFiles(options.out, files, { force: options.force ?? false }) : null;
  return { files, skipped, readBack: checked, written };
}
