/**
 * Reading and checking one file for `sip-lens check`, one file at a time. The file is streamed
 * (server/src/stream): its text is analysed window by window as it is read, so memory holds what
 * is still open in the log, not the log.
 */
import { accessSync, constants, statSync } from 'node:fs';
import type { StreamedRuleResult } from '../rules/types';
import type { Language } from '../../../catalog/src/language';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { StreamCheck } from '../stream/check';
import type { Position, StreamOccurrence } from '../stream/types';
import { UsageError } from './io';
import { cannotRead, LogReadError, logText, STDIN } from '../logFiles/sync';

/** Places offsets of the log: those of the finding read last, and of the overflow notice. */
export interface PositionSource {
  positionAt(offset: number): Position;
}

/** One file, being checked: what every output format is written from. */
export interface CheckedFile {
  readonly path: string;
  readonly document: PositionSource;
  /**
   * Its findings are written as they are read, once: reading them reads the file. `totals` and
   * `overflow` hold once they have all been read.
   */
  readonly result: StreamedRuleResult;
  /** Tells `listener` each stretch of occurrences as the file is read (before reading findings). */
  listenOccurrences(listener: (occurrences: readonly StreamOccurrence[]) => void): void;
  /** Reads what the writer left unread (it stops when nobody reads the output), so the counts are whole. */
  readToEnd(): void;
  /** Calls judged in two parts (silent for longer than the horizon, then seen again): once read to the end. */
  callsJudgedInParts(): number;
}

/** `language` words the findings (the rules' messages); the caller words everything else. */
export function checkFile(path: string, maxFindings: number, language: Language, horizonChars?: number): CheckedFile {
  let listener: ((occurrences: readonly StreamOccurrence[]) => void) | undefined;
  const check = new StreamCheck(
    logText(path),
    {
      overrides: DEFAULT_SETTINGS.severityOverrides,
      maxFindings,
      language,
      ...(horizonChars === undefined ? {} : { horizonChars }),
    },
    (occurrences) => listener?.(occurrences),
  );
  return {
    path,
    document: check,
    result: check,
    listenOccurrences: (next) => {
      listener = next;
    },
    readToEnd: () => check.readToEnd(),
    callsJudgedInParts: () => check.callsJudgedInParts,
  };
}

/**
 * Checked for every path before any is read, so a mistyped one fails before anything is printed.
 * Standard input (`-`) is whatever the shell connected: there is nothing to check before reading
 * it, but it can be read only once.
 */
export function assertReadable(paths: readonly string[]): void {
  if (paths.filter((path) => path === STDIN).length > 1) throw new UsageError('stdinTwice');
  paths.filter((path) => path !== STDIN).forEach(assertReadableFile);
}

function assertReadableFile(path: string): void {
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
    accessSync(path, constants.R_OK);
  } catch (error) {
    throw cannotRead(path, error);
  }
  if (!isFile) throw new LogReadError('notRegularFile', { path });
}
