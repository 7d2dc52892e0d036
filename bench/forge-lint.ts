/**
 * Runs Atlassian's `forge lint` client-side linters on an app, programmatically and offline, the
 * way `@forge/cli`'s LintService does (`out/service/lint-service.js` in @forge/cli 13):
 *   files = `./src` + every UI Kit (`nativeUI`) resource folder, minus `.gitignore` entries, `.git`
 *   and `node_modules`; then `lint(files, manifest, environment, logger, statsig, config)`.
 *
 * Offline, two inputs are replaced:
 * - the OpenAPI documents the permission linter downloads from developer.atlassian.com are read
 *   from local copies through the linter's own switch (`USE_LOCAL_SWAGGER` + `LOCAL_*_SWAGGER`);
 * - the Statsig feature-flag service (network) becomes a stand-in returning what the CLI uses when
 *   the flag is unavailable: no deprecated runtimes.
 * The server-side linter (`linterMode: 'server-side'`: uploads the app to Atlassian, needs a login)
 * cannot run offline and is left out, as `forge lint` leaves it out without a login.
 *
 *   node bench/forge-lint.ts <app-dir> --openapi <dir>   → one JSON line on stdout
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';

const started = performance.now();
const { values, positionals } = parseArgs({ allowPositionals: true, options: { openapi: { type: 'string' } } });
const appDir = path.resolve(positionals[0] ?? '.');
const openapi = path.resolve(values.openapi ?? '');

const specs: Record<string, string> = {
  LOCAL_JIRA_SWAGGER: 'jira-platform.json',
  LOCAL_JSM_SWAGGER: 'jira-service-management.json',
  LOCAL_JSW_SWAGGER: 'jira-software.json',
  LOCAL_CONF_SWAGGER: 'confluence-v1.json',
  LOCAL_CONF_V2_SWAGGER: 'confluence-v2.json',
  LOCAL_BB_SWAGGER: 'bitbucket.json',
};
process.env['USE_LOCAL_SWAGGER'] = 'true';
for (const [name, file] of Object.entries(specs)) process.env[name] = path.join(openapi, file);

const require = createRequire(path.join(import.meta.dirname, 'forge-lint', 'package.json'));
/* eslint-disable @typescript-eslint/no-explicit-any -- @forge/lint is CommonJS without types here */
const lintPkg: any = require('@forge/lint');
const shared: any = require('@forge/cli-shared');
const loadedAt = performance.now();

process.chdir(appDir);
const messages: string[] = [];
const logger = { info: (m: string) => messages.push(String(m)), warn: (m: string) => messages.push(String(m)), error: (m: string) => messages.push(String(m)), debug: () => {}, trace: () => {} };
const statsig = { getDeprecatedRuntimes: async () => [] };

const reader = new shared.FileSystemReader();
const configFile = new shared.ConfigFile(reader, new shared.FileSystemWriter());
const uiKitDirs = (await configFile.getResources(['nativeUI'])).map((r: { path: string }) => path.dirname(r.path));
const exclude = [...(await shared.listGitIgnoreFiles(reader)), '.git', 'node_modules'];
const lists: string[][] = await Promise.all(['./src', ...uiKitDirs].map((dir) => reader.recursiveReadDir(dir, exclude)));
const files = [...new Set(lists.flat())];
const manifest = await configFile.readConfig();
const listedAt = performance.now();

// Measure, without changing what runs: the Ajv schema compilations inside @forge/manifest's
// SchemaValidator, and the windows in which the linters bootstrap and execute (they run concurrently).
const manifestMain = require.resolve('@forge/manifest', { paths: [path.dirname(require.resolve('@forge/lint'))] });
const schemaModule: any = require(path.join(path.dirname(manifestMain), 'validators', 'schema-validator.js'));
const compile = { count: 0, ms: 0 };
const Original = schemaModule.SchemaValidator;
schemaModule.SchemaValidator = class extends Original {
  constructor(schema: unknown) {
    const s = performance.now();
    super(schema);
    compile.count++;
    compile.ms += performance.now() - s;
  }
};
const windows = { bootstrap: [Infinity, 0], execute: [Infinity, 0] };
const within = async <T>(w: number[], run: () => Promise<T>): Promise<T> => {
  w[0] = Math.min(w[0] as number, performance.now());
  const r = await run();
  w[1] = Math.max(w[1] as number, performance.now());
  return r;
};
const linters: any[] = await lintPkg.getClientSideLintersOnly(manifest, shared.DEFAULT_ENVIRONMENT_KEY, logger, statsig);
for (const linter of linters) {
  const bootstrap = linter.bootstrap.bind(linter);
  const batchExecute = linter.batchExecute.bind(linter);
  linter.bootstrap = () => within(windows.bootstrap, bootstrap);
  linter.batchExecute = (inputs: unknown) => within(windows.execute, () => batchExecute(inputs));
}
let parseFirst = Infinity;
let parseLast = 0;
const parseFunction = async (file: string, parser: unknown) => {
  parseFirst = Math.min(parseFirst, performance.now());
  const r = await lintPkg.parseSourceFile(file, parser);
  parseLast = Math.max(parseLast, performance.now());
  return r;
};
const results: any[] = await lintPkg.lint(files, manifest, shared.DEFAULT_ENVIRONMENT_KEY, logger, statsig, {
  linters,
  parseFunction,
  linter: { mode: 'client-side' },
});
const done = performance.now();
const count = lintPkg.problemCount(results);
const round = (ms: number) => Math.round(ms);
process.stdout.write(
  `${JSON.stringify({
    files: files.length,
    errors: count.errors,
    warnings: count.warnings,
    firstProblems: results
      .flatMap((r) => [...r.errors, ...r.warnings].map((p: { line: number; message: string }) => `${path.relative(appDir, path.resolve(r.file))}:${p.line} ${p.message}`))
      .slice(0, 8),
    linterFailures: messages.filter((m) => /failed|error/i.test(m)).slice(0, 5),
    phasesMs: {
      loadModules: round(loadedAt - started),
      listFilesAndManifest: round(listedAt - loadedAt),
      parse: round(Math.max(0, parseLast - parseFirst)),
      bootstrap: round((windows.bootstrap[1] as number) - (windows.bootstrap[0] as number)),
      execute: round((windows.execute[1] as number) - (windows.execute[0] as number)),
      lint: round(done - listedAt),
      total: round(done - started),
    },
    linters: linters.length,
    schemaCompilations: { count: compile.count, ms: round(compile.ms) },
  })}\n`,
);
