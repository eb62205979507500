/** Parses the command line and dispatches to a subcommand. */
import { runCalls } from './calls';
import { runCheck } from './check';
import { runCompare } from './compare';
import { runExplain } from './explain';
import { runStats } from './stats';
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, OutputClosed, terminalLine, UsageError, type CliIO } from './io';
import { SERVER_VERSION as VERSION } from '../version';

export const USAGE = `Usage: sip-lens <command> [options]

Commands:
  explain <code> [--json]          Print the catalog card for a SIP response code.
  compare <a> <b> [--json]         Compare two SIP response codes side by side.
  check [--json] <file...>         Find SIP status codes in logs and report call-flow problems.
  calls [--json | --csv] [--state failed] [--filter TEXT] <file...>
                                   List the calls of logs: state, final code, parties, timing.
  stats [--json] <file...>         Response counts, top failure codes and RFC 6076 metrics.

Options:
  --json                           Machine-readable output.
  --max-diagnostics <n>            check: show at most n findings per file (default: all).
                                   The exit status still counts every finding.
  -h, --help                       Show this help.
  -v, --version                    Show the version.

Exit status:
  0  no error-level finding
  1  error-level findings (check)
  2  usage error or unreadable file
  3  internal error in sip-lens
`;

export function runCli(args: readonly string[], io: CliIO): number {
  try {
    return dispatch(args, io);
  } catch (error) {
    if (error instanceof OutputClosed) return EXIT_OK;
    if (error instanceof UsageError) {
      io.err(`sip-lens: ${terminalLine(error.message)}\n${error.showUsage ? `\n${USAGE}` : ''}`);
      return EXIT_USAGE;
    }
    io.err(`sip-lens: internal error: ${terminalLine(firstLine(error))}\n`);
    return EXIT_INTERNAL;
  }
}

function dispatch(args: readonly string[], io: CliIO): number {
  const [command, ...rest] = args;
  switch (command) {
    case 'explain':
      return runExplain(rest, io);
    case 'compare':
      return runCompare(rest, io);
    case 'check':
      return runCheck(rest, io);
    case 'calls':
      return runCalls(rest, io);
    case 'stats':
      return runStats(rest, io);
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
}

/** One line, never a stack trace: the name and message, e.g. "RangeError: Invalid string length". */
function firstLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.split('\n', 1)[0] ?? '';
}
