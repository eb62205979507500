/** Parses the command line and dispatches to a subcommand, in the language it asks for. */
import { fill } from '../../../catalog/src/l10n';
import { languageFromEnvironment, type Language } from '../../../catalog/src/language';
import { runCalls } from './calls';
import { runCheck } from './check';
import { ERROR_STRINGS, USAGE_STRINGS } from './cli-strings';
import { runCompare } from './compare';
import { runExplain } from './explain';
import { runFlow } from './flow';
import { runStats } from './stats';
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, OutputClosed, terminalLine, UsageError, type CliIO } from './io';
import { takeLanguage, type Environment } from './languageOption';
import { LogReadError } from '../logFiles/errors';
import { SERVER_VERSION as VERSION } from '../version';

/** The help text in `language`. */
export function usage(language: Language = 'en'): string {
  return USAGE_STRINGS[language].usage;
}

/**
 * Runs one command line. `env` supplies the default language (LC_ALL, LC_MESSAGES, LANG); the
 * process passes its own, and a caller that passes none gets English whatever the machine's locale.
 */
export function runCli(args: readonly string[], io: CliIO, env: Environment = {}): number {
  // Until `--lang` is read (or if it is bad), errors are worded in the environment's language.
  let language = languageFromEnvironment(env);
  try {
    const choice = takeLanguage(args, env);
    language = choice.language;
    return dispatch(choice.rest, io, language);
  } catch (error) {
    if (error instanceof OutputClosed) return EXIT_OK;
    if (error instanceof UsageError) {
      io.err(`sip-lens: ${terminalLine(error.worded(language))}\n${error.showUsage ? `\n${usage(language)}` : ''}`);
      return EXIT_USAGE;
    }
    // A file that cannot be read: its message alone, the usage text would bury it.
    if (error instanceof LogReadError) {
      io.err(`sip-lens: ${terminalLine(error.worded(language))}\n`);
      return EXIT_USAGE;
    }
    return internalError(io, error, language);
  }
}

/** A fault in sip-lens itself (here, or in the worker that ran the command): one line, exit 3. */
export function internalError(io: CliIO, error: unknown, language: Language): number {
  const reason = terminalLine(firstLine(error));
  io.err(`sip-lens: ${fill(ERROR_STRINGS[language].internalError, { reason })}\n`);
  return EXIT_INTERNAL;
}

function dispatch(args: readonly string[], io: CliIO, language: Language): number {
  const [command, ...rest] = args;
  switch (command) {
    case 'explain':
      return runExplain(rest, io, language);
    case 'compare':
      return runCompare(rest, io, language);
    case 'check':
      return runCheck(rest, io, language);
    case 'calls':
      return runCalls(rest, io, language);
    case 'stats':
      return runStats(rest, io, language);
    case 'flow':
      return runFlow(rest, io, language);
    case '-v':
    case '--version':
      io.out(`${VERSION}\n`);
      return EXIT_OK;
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      io.out(usage(language));
      return command === undefined ? EXIT_USAGE : EXIT_OK;
    default:
      throw new UsageError('unknownCommand', { command });
  }
}

/** One line, never a stack trace: the name and message, e.g. "RangeError: Invalid string length". */
function firstLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.split('\n', 1)[0] ?? '';
}
