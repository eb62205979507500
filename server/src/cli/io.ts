/** Where the CLI writes; tests pass their own sinks to capture output. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

/** Exit statuses shared by every subcommand. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A mistake in how the CLI was called. Path problems skip the usage text: it would bury the message. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly showUsage = true,
  ) {
    super(message);
  }
}
