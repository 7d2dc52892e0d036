import { parseArgs } from 'node:util';
import { VERSION } from '../version.ts';
import { runScan } from './commands/scan.ts';
import { UsageError } from './errors.ts';

const HELP = `candor ${VERSION} — keeps an Atlassian Marketplace app's security and privacy statements true

Usage:
  candor scan <app-dir> [--format text|json]   scan an app into facts with evidence

Options:
  --format <f>   output format (default: text)
  -h, --help     show this help
  -v, --version  show the version

Exit codes: 0 done, 1 findings at or above the threshold, 2 usage or input error.`;

export type Command = (positionals: string[], values: Record<string, string | boolean | undefined>) => Promise<number>;

const COMMANDS: Record<string, Command> = { scan: runScan };

/** Parses arguments, runs a command, returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
    if (values.version) {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const [name, ...rest] = positionals;
    if (values.help || !name) {
      process.stdout.write(`${HELP}\n`);
      return name || values.help ? 0 : 2;
    }
    const command = COMMANDS[name];
    if (!command) throw new UsageError(`unknown command "${name}"`);
    return await command(rest, values);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`candor: ${(error as Error).message}\nRun "candor --help" for usage.\n`);
      return 2;
    }
    throw error;
  }
}
