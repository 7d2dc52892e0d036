import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { MANIFEST_SCHEMA_PATH, allowedPropertiesAt, createManifestAjv, moduleTypes, readManifestSchema } from './manifest-ajv.ts';
import { reduceSchemaErrors, type SchemaIssue } from './manifest-schema-issues.ts';
import { GENERATED_DIR, GENERATED_INDEX, splitValidator, type SplitIndex, type SplitModule, type Validate } from './manifest-schema-split.ts';
import { withDefaultFlags } from '../utils/young-generation.ts';

export type { SchemaIssue } from './manifest-schema-issues.ts';

const require = createRequire(import.meta.url);

interface LoadedValidator {
  validate: Validate;
  /** Set when the generated validators could not be used and the schema was compiled at run time. */
  note: string | null;
}

export function forgeManifestVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(MANIFEST_SCHEMA_PATH), '../../package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

let loaded: LoadedValidator | undefined;

/**
 * The generated split validators (their root loads in ~20 ms; each module type on first use), or
 * the whole schema compiled with Ajv (~7 s) when they are missing or stale.
 */
export function loadValidator(): LoadedValidator {
  if (loaded) return loaded;
  const version = forgeManifestVersion();
  let reason: string;
  try {
    const index = JSON.parse(fs.readFileSync(GENERATED_INDEX, 'utf8')) as SplitIndex;
    if (index.forgeManifestVersion === version) return (loaded = { validate: generatedValidator(index, version), note: null });
    reason = `generated/manifest/ was built from @forge/manifest ${index.forgeManifestVersion ?? '(unknown)'}, but ${version} is installed`;
  } catch (error) {
    if (error instanceof GeneratedFileError) reason = error.message;
    else if ((error as NodeJS.ErrnoException).code === 'ENOENT') reason = 'generated/manifest/index.json is missing';
    else reason = `generated/manifest/index.json could not be read (${messageOf(error)})`;
  }
  return (loaded = compiledAtRunTime(reason));
}

function generatedValidator(index: SplitIndex, version: string): Validate {
  const validate = splitValidator(index, (file) => {
    let mod: SplitModule;
    try {
      mod = withDefaultFlags(() => require(path.join(GENERATED_DIR, file)) as SplitModule);
    } catch (error) {
      throw new GeneratedFileError(`generated/manifest/${file} could not be loaded (${messageOf(error).split('\n')[0]})`);
    }
    if (mod.forgeManifestVersion !== version) throw new GeneratedFileError(`generated/manifest/${file} was built from @forge/manifest ${mod.forgeManifestVersion ?? '(unknown)'}, but ${version} is installed`);
    return mod;
  });
  // The root is needed by every manifest: load it now, so that a broken file is found at once.
  validate({});
  return validate;
}

class GeneratedFileError extends Error {}

function compiledAtRunTime(reason: string): LoadedValidator {
  const { validate } = createManifestAjv(readManifestSchema(), false);
  return {
    validate: validate as Validate,
    note: `${reason}; the manifest schema was compiled at run time, which is slow. Run \`npm run prepare\` (or install without --ignore-scripts) to generate it.`,
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Validates a parsed manifest against the schema on the calling thread. */
export function validateManifestSync(doc: unknown): SchemaIssue[] {
  let validator: LoadedValidator;
  try {
    validator = loadValidator();
  } catch (error) {
    return [skipped(error)];
  }
  let valid: boolean;
  try {
    try {
      valid = validator.validate(doc);
    } catch (error) {
      // A module type's file is missing or stale: the generated set is not to be trusted.
      if (!(error instanceof GeneratedFileError)) throw error;
      validator = loaded = compiledAtRunTime(error.message);
      valid = validator.validate(doc);
    }
  } catch (error) {
    return [skipped(error)];
  }
  const issues = valid ? [] : reduceSchemaErrors(validator.validate.errors ?? [], doc, (error, keys) => allowedPropertiesAt(error.schemaPath, keys));
  return validator.note ? [{ severity: 'info', pointer: '', path: [], message: validator.note }, ...issues] : issues;
}

let warming: NodeJS.Immediate | undefined;

/**
 * Loads the validator when the main thread is next idle (the source analysis runs in workers
 * meanwhile). The split validators load in ~20 ms, less than starting a worker thread for them
 * costs, so validation runs on the calling thread. Safe to call many times.
 */
export function startManifestValidator(): void {
  if (loaded || warming) return;
  warming = setImmediate(() => {
    warming = undefined;
    try {
      loadValidator();
    } catch {
      // validateManifestSync reports the failure.
    }
  });
  warming.unref();
}

/** Validates a parsed manifest against the schema once the calling thread is idle. Never rejects. */
export function validateManifest(doc: unknown): Promise<SchemaIssue[]> {
  return new Promise((resolve) => setImmediate(() => resolve(validateManifestSync(doc))));
}

/** Answers kept from earlier scans, by name and key (the scan's cache). */
export interface Memo {
  recall(name: string, key: string): string | null;
  remember(name: string, key: string, value: string): void;
}

/**
 * `validateManifest` through `memo`: the same document under the same schema has the same issues, so
 * a scan of an unchanged manifest neither loads the validator nor runs it.
 */
export async function validateManifestWith(memo: Memo, doc: unknown): Promise<SchemaIssue[]> {
  const key = `${forgeManifestVersion()}\n${JSON.stringify(doc)}`;
  const kept = memo.recall('manifest-schema', key);
  if (kept !== null) return JSON.parse(kept) as SchemaIssue[];
  const issues = await validateManifest(doc);
  // A note that the manifest was not checked, or checked by the slow fallback, is no answer to keep.
  if (!issues.some((issue) => issue.pointer === '' && issue.severity === 'info')) memo.remember('manifest-schema', key, JSON.stringify(issues));
  return issues;
}

/** Cancels a pending `startManifestValidator` (tests, long-running servers between scans). */
export async function stopManifestValidator(): Promise<void> {
  if (warming) clearImmediate(warming);
  warming = undefined;
}

function skipped(error: unknown): SchemaIssue {
  const reason = error instanceof Error ? error.message : String(error);
  return { severity: 'info', pointer: '', path: [], message: `The manifest was not checked against the Forge schema: ${reason}.` };
}

let knownTypes: Set<string> | null = null;

/** The module types the installed `@forge/manifest` knows: from the generated index, else the schema. */
export function knownModuleTypes(): Set<string> {
  if (knownTypes) return knownTypes;
  try {
    const index = JSON.parse(fs.readFileSync(GENERATED_INDEX, 'utf8')) as { modules: Record<string, string> };
    knownTypes = new Set(Object.keys(index.modules));
  } catch {
    knownTypes = new Set(moduleTypes(readManifestSchema()));
  }
  return knownTypes;
}
