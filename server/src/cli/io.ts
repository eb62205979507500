/** Where the CLI writes; tests pass their own sinks to capture output. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

/** Exit statuses shared by every subcommand. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}
