import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { ErrorObject } from 'ajv';
import { MANIFEST_SCHEMA_PATH, allowedPropertiesAt, createManifestAjv, readManifestSchema } from './manifest-ajv.ts';
import { reduceSchemaErrors, type SchemaIssue } from './manifest-schema-issues.ts';

export type { SchemaIssue } from './manifest-schema-issues.ts';

const require = createRequire(import.meta.url);

/** Written by `scripts/build-manifest-validator.ts` (the `prepare` script). */
export const GENERATED_VALIDATOR = path.resolve(import.meta.dirname, '../../generated/manifest-validator.js');

type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

interface LoadedValidator {
  validate: Validate;
  /** Set when the generated module could not be used and the schema was compiled at run time. */
  note: string | null;
}

export function forgeManifestVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(MANIFEST_SCHEMA_PATH), '../../package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

let loaded: LoadedValidator | undefined;

/** Loads the generated validator (~260 ms), or compiles the schema with Ajv (~6 s) when it is missing or stale. */
export function loadValidator(): LoadedValidator {
  if (loaded) return loaded;
  const version = forgeManifestVersion();
  let reason: string;
  if (fs.existsSync(GENERATED_VALIDATOR)) {
    try {
      const mod = require(GENERATED_VALIDATOR) as { default: Validate; forgeManifestVersion?: string };
      if (mod.forgeManifestVersion === version) return (loaded = { validate: mod.default, note: null });
      reason = `generated/manifest-validator.js was built from @forge/manifest ${mod.forgeManifestVersion ?? '(unknown)'}, but ${version} is installed`;
    } catch (error) {
      reason = `generated/manifest-validator.js could not be loaded (${error instanceof Error ? error.message : String(error)})`;
    }
  } else {
    reason = 'generated/manifest-validator.js is missing';
  }
  const { validate } = createManifestAjv(readManifestSchema(), false);
  return (loaded = {
    validate,
    note: `${reason}; the manifest schema was compiled at run time, which is slow. Run \`npm run prepare\` (or install without --ignore-scripts) to generate it.`,
  });
}

/** Validates a parsed manifest against the schema on the calling thread. */
export function validateManifestSync(doc: unknown): SchemaIssue[] {
  let validator: LoadedValidator;
  try {
    validator = loadValidator();
  } catch (error) {
    return [skipped(error)];
  }
  const issues = validator.validate(doc) ? [] : reduceSchemaErrors(validator.validate.errors ?? [], doc, (error, keys) => allowedPropertiesAt(error.schemaPath, keys));
  return validator.note ? [{ severity: 'info', pointer: '', path: [], message: validator.note }, ...issues] : issues;
}

interface Pending {
  resolve: (issues: SchemaIssue[]) => void;
}

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

/**
 * Starts the validator worker so that loading the 9 MB generated module overlaps with reading
 * the app. Safe to call many times; the worker never keeps the process alive.
 */
export function startManifestValidator(): void {
  if (worker) return;
  const started = new Worker(new URL('./manifest-schema-worker.ts', import.meta.url));
  started.on('message', (message: { id: number; issues: SchemaIssue[] }) => {
    const request = pending.get(message.id);
    pending.delete(message.id);
    request?.resolve(message.issues);
  });
  const fail = (error: unknown): void => {
    worker = undefined;
    for (const { resolve } of pending.values()) resolve([skipped(error)]);
    pending.clear();
  };
  started.on('error', fail);
  started.on('exit', (code) => fail(new Error(`the validator worker stopped (exit code ${code})`)));
  // After the listeners: adding a 'message' listener refs the worker again.
  started.unref();
  worker = started;
}

/** Validates a parsed manifest against the schema in a worker thread. Never rejects. */
export function validateManifest(doc: unknown): Promise<SchemaIssue[]> {
  try {
    startManifestValidator();
  } catch (error) {
    return Promise.resolve([skipped(error)]);
  }
  const running = worker!;
  const id = nextId++;
  return new Promise<SchemaIssue[]>((resolve) => {
    pending.set(id, {
      resolve: (issues) => {
        if (pending.size === 0) running.unref();
        resolve(issues);
      },
    });
    running.ref();
    try {
      running.postMessage({ id, doc });
    } catch (error) {
      pending.delete(id);
      resolve([skipped(error)]);
    }
  });
}

/** Stops the worker (tests, long-running servers between scans). */
export async function stopManifestValidator(): Promise<void> {
  const running = worker;
  worker = undefined;
  if (running) {
    running.removeAllListeners('exit');
    await running.terminate();
  }
}

function skipped(error: unknown): SchemaIssue {
  const reason = error instanceof Error ? error.message : String(error);
  return { severity: 'info', pointer: '', path: [], message: `The manifest was not checked against the Forge schema: ${reason}.` };
}
