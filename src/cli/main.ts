import { parseArgs } from 'node:util';
import { VERSION } from '../version.ts';
import { UsageError } from './errors.ts';

const HELP = `candor ${VERSION} \u2014 keeps an Atlassian Marketplace app's security and privacy statements true

Usage:
  candor check <app-dir> [--statement FILE]...   verify the profile's and statements' claims against the app
  candor scan <app-dir>                          scan an app into facts with evidence
  candor init <app-dir> [--print]                draft candor.yaml from the scan (never overwrites)
  candor snapshot <app-dir> [--version V] [--out FILE]   save this version's facts for release reviews
  candor diff <a> <b> [--app DIR]                data-handling changes between two snapshots, folders or git refs
  candor site <app-dir>... --out DIR             build a static trust center for one or many apps
  candor generate <app-dir> --out DIR [--format md,html,json,confluence] [--only statement,...]
                                                 write the statements and Marketplace answers from profile and code

Options:
  --format <f>         text (default), json; check also: sarif, markdown, github
  --statement <file>   a published statement (text, Markdown or HTML); repeatable
  --section <text>     only the statement's part under a heading containing this text
  --profile <file>     the trust profile (default: candor.yaml in the app folder)
  --fail-on <level>    check: exit 1 for findings at or above error (default), warning, note, or none;
                       diff: statement-update, review, info, or none (default)
  --version <v>        snapshot: the version (default: package.json version, then the git commit)
  --out <path>         snapshot: the file to write; site, generate: the folder to write
  --app <dir>          diff: the app folder whose repository git refs are read from (default: .)
  --only <list>        generate: statement, incident, privacy, security, program, marketplace, questionnaire
  --force              site, generate: replace files in --out that Candor did not write or that were edited
  --no-cache           analyse every file again (the cache keeps unchanged files' analysis, in
                       $CANDOR_CACHE_DIR or ~/.cache/candor; CANDOR_CACHE=off also turns it off)
  -h, --help     show this help
  -v, --version  show the version

Exit codes: 0 done, 1 findings at or above the threshold, 2 usage or input error.`;

export type Command = (positionals: string[], values: Record<string, string | boolean | string[] | undefined>) => Promise<number>;

/** Commands load on demand, so a scan does not load what only a check needs. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./commands/check.ts')).runCheck,
  diff: async () => (await import('./commands/diff.ts')).runDiff,
  generate: async () => (await import('./commands/generate.ts')).runGenerate,
  init: async () => (await import('./commands/init.ts')).runInit,
  scan: async () => (await import('./commands/scan.ts')).runScan,
  site: async () => (await import('./commands/site.ts')).runSite,
  snapshot: async () => (await import('./commands/snapshot.ts')).runSnapshot,
};

/** Parses arguments, runs a command, returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        statement: { type: 'string', multiple: true },
        section: { type: 'string' },
        profile: { type: 'string' },
        'fail-on': { type: 'string' },
        print: { type: 'boolean' },
        out: { type: 'string' },
        app: { type: 'string' },
        only: { type: 'string' },
        force: { type: 'boolean' },
        'no-cache': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        // `snapshot --version V` names a version; everywhere else `--version` prints Candor's.
        version: argv[0] === 'snapshot' ? { type: 'string' } : { type: 'boolean', short: 'v' },
      },
    });
    if (values.version === true) {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (values['no-cache']) process.env.CANDOR_CACHE = 'off';
    const [name, ...rest] = positionals;
    if (values.help || !name) {
      process.stdout.write(`${HELP}\n`);
      return name || values.help ? 0 : 2;
    }
    const load = COMMANDS[name];
    if (!load) throw new UsageError(`unknown command "${name}"`);
    return await (await load())(rest, values);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`candor: ${(error as Error).message}\nRun "candor --help" for usage.\n`);
      return 2;
    }
    throw error;
  }
}
