/** Parses the command line and dispatches to a subcommand. */
import { parseStatusCode } from '../../../catalog/src/index';
import { runCheck } from './check';
import { runCompare } from './compare';
import { runExplain } from './explain';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from './io';
import { SERVER_VERSION as VERSION } from '../version';

export const USAGE = `Usage: sip-lens <command> [options]

Commands:
  explain <code> [--json]          Print the catalog card for a SIP response code.
  compare <a> <b> [--json]         Compare two SIP response codes side by side.
  check [--json] <file...>         Find SIP status codes in logs and report call-flow problems.
                                   Exit status: 0 no errors, 1 error-level findings, 2 usage error.

Options:
  --json                           Machine-readable output.
  --max-diagnostics <n>            check: cap findings per file (default 1000).
  -h, --help                       Show this help.
  -v, --version                    Show the version.
`;

export function runCli(args: readonly string[], io: CliIO): number {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'explain':
        return runExplain(rest, io);
      case 'compare':
        return runCompare(rest, io);
      case 'check':
        return runCheck(rest, io);
      case '-v':
      case '--version':
        io.out(`${VERSION}\n`);
        return EXIT_OK;
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.out(USAGE);
        return command === undefined ? EXIT_USAGE : EXIT_OK;
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`sip-lens: ${error.message}\n${error.showUsage ? `\n${USAGE}` : ''}`);
    return EXIT_USAGE;
  }
}

/** Splits flags from positional arguments; unknown flags are usage errors. */
export function parseFlags(args: readonly string[], known: readonly string[], withValue: readonly string[] = []) {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positional.push(arg);
      continue;
    }
    if (withValue.includes(arg)) {
      const value = args[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      flags.set(arg, value);
    } else if (known.includes(arg)) flags.set(arg, true);
    else throw new UsageError(`unknown option '${arg}'`);
  }
  return { flags, positional };
}

/** Parses a status-code argument: exactly three digits in 100-699. */
export function parseCodeArgument(raw: string | undefined): number {
  if (raw === undefined) throw new UsageError('missing SIP response code');
  const code = parseStatusCode(raw);
  if (code === undefined) throw new UsageError(`'${raw.slice(0, 40)}' is not a SIP response code (expected a number from 100 to 699)`);
  return code;
}
