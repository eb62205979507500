/** What every subcommand shares: where it writes, its exit statuses, and how arguments are read. */
import { parseStatusCode } from '../../../catalog/src/index';
import { fill } from '../../../catalog/src/l10n';
import type { Language } from '../../../catalog/src/language';
import { replaceUnsafeControls } from '../features/untrustedText';
import { ERROR_STRINGS, type ErrorKey } from './cli-strings';

/** Where the CLI writes; tests pass their own sinks to capture output. */
export interface CliIO {
  /** Writes to standard output; throws `OutputClosed` once nobody reads it any more. */
  out(text: string): void;
  err(text: string): void;
}

/** Exit statuses shared by every subcommand. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
/** A fault in sip-lens itself: distinct from 1, so a crash never reads as "the log has errors". */
export const EXIT_INTERNAL = 3;

/** Values for a message's `{name}` placeholders. */
export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * A mistake in how the CLI was called, worded when it is printed: it names its message, so it
 * can be thrown before the language is known (a bad `--lang`) and by code that does not know it.
 * Path problems skip the usage text: it would bury the message.
 */
export class UsageError extends Error {
  constructor(
    readonly key: ErrorKey,
    readonly values: MessageValues = {},
    readonly showUsage = true,
  ) {
    super(fill(ERROR_STRINGS.en[key], values));
  }

  /** The message in `language`. */
  worded(language: Language): string {
    return fill(ERROR_STRINGS[language][this.key], this.values);
  }
}

/** Standard output's reader has gone (`sip-lens check x.log | head -1`): not an error, nothing more to print. */
export class OutputClosed extends Error {
  constructor() {
    super('standard output was closed');
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
      if (value === undefined) throw new UsageError('needsValue', { option: arg });
      flags.set(arg, value);
    } else if (known.includes(arg)) flags.set(arg, true);
    else throw new UsageError('unknownOption', { option: arg });
  }
  return { flags, positional };
}

/** Parses a status-code argument: exactly three digits in 100-699. */
export function parseCodeArgument(raw: string | undefined): number {
  if (raw === undefined) throw new UsageError('missingCode');
  const code = parseStatusCode(raw);
  if (code === undefined) throw new UsageError('notACode', { value: raw.slice(0, 40) });
  return code;
}

/**
 * Untrusted text (a file name, an argument, an error that quotes one) made safe for one line of
 * a terminal: the shared filter, and no line break, which would forge a line of its own.
 */
export function terminalLine(text: string): string {
  return replaceUnsafeControls(text).replace(/[\n\t]/gu, '\ufffd');
}
