/**
 * A log that cannot be read: a missing file, a directory, broken gzip data, more text than one
 * string can hold. Worded when it is shown, in the reader's language, by the CLI and the editor alike.
 */
import { fill } from '../../../catalog/src/l10n';
import type { Language } from '../../../catalog/src/language';
import { LOG_READ_STRINGS, type LogReadKey } from './log-files-strings';

/** Values for a message's `{name}` placeholders. */
export type LogReadValues = Readonly<Record<string, string | number>>;

export class LogReadError extends Error {
  constructor(
    readonly key: LogReadKey,
    readonly values: LogReadValues = {},
  ) {
    super(fill(LOG_READ_STRINGS.en[key], values));
  }

  /** The message in `language`. */
  worded(language: Language): string {
    return fill(LOG_READ_STRINGS[language][this.key], this.values);
  }
}

/** The two reasons users meet are worded in their language; any other is the system's own message. */
export function cannotRead(path: string, error: unknown): LogReadError {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return new LogReadError('noSuchFile', { path });
  if (code === 'EACCES') return new LogReadError('permissionDenied', { path });
  return new LogReadError('cannotRead', { path, reason: error instanceof Error ? error.message : String(error) });
}

/** zlib's failures, worded: "unexpected end of file" is a file that stops inside the compressed data. */
export function gzipFailure(path: string, failure: { readonly code?: string; readonly message: string }): LogReadError {
  if (failure.code === 'Z_BUF_ERROR') return new LogReadError('gzipTruncated', { path });
  if (failure.code?.startsWith('Z_')) return new LogReadError('gzipCorrupt', { path, reason: failure.message });
  return cannotRead(path, Object.assign(new Error(failure.message), { code: failure.code }));
}

/** "600 MB", "2.1 GB": binary units, as `ls -h` and the 512 MB limit count them. */
export function formatSize(bytes: number): string {
  const mb = bytes / 2 ** 20;
  return mb < 1024 ? `${Math.round(mb)} MB` : `${(mb / 1024).toFixed(1)} GB`;
}
