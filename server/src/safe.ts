/**
 * Every request handler runs through `runSafe`: an exception in one feature on one strange
 * document is logged and answered as an error, and never takes the whole server down.
 */
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import { traced } from './pipeline/trace';

export interface Logger {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.message}\n${error.stack ?? ''}`;
  return String(error);
}

export function runSafe<T>(
  logger: Logger,
  what: string,
  token: CancellationToken | undefined,
  work: () => T,
): T | ResponseError<void> {
  if (token?.isCancellationRequested) return cancelled();
  try {
    return traced(what, work);
  } catch (error) {
    logger.error(`SIP Lens: ${what} failed: ${errorText(error)}`);
    return new ResponseError(
      LSPErrorCodes.RequestFailed,
      `SIP Lens: ${what} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}
