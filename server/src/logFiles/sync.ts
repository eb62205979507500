/**
 * Where `check`, `calls` and `stats` read a log from: a file, `-` for standard input, and a file
 * whose name ends in `.gz` decompressed on the way. Every source is read through `logChunks`, a
 * sequence of byte chunks; `logText` decodes them as they come, for the streamed analysis
 * (server/src/stream), and `readLog` joins them into one string.
 *
 * One string is capped by V8 at `MAX_STRING_LENGTH` (about 512 M UTF-16 units), so `readLog`
 * refuses a bigger log with its size named instead of crashing with a RangeError. The limit is
 * applied to bytes: UTF-8 never needs fewer bytes than UTF-16 units, so a log under it always fits.
 * A streamed log has no limit.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { constants as bufferConstants } from 'node:buffer';
import { StringDecoder } from 'node:string_decoder';
import { GunzipError, gunzipChunks } from './gunzipStream';
import { cannotRead, formatSize, gzipFailure, LogReadError } from './errors';

/** The path that names standard input. */
export const STDIN = '-';

/** The most bytes of (decompressed) log text `readLog` reads into one string. */
export const MAX_LOG_BYTES = bufferConstants.MAX_STRING_LENGTH;

/** Read size: big enough for few system calls, small beside the text it builds. */
const CHUNK_BYTES = 1024 * 1024;

const PAUSE = new Int32Array(new SharedArrayBuffer(4));

export { cannotRead, formatSize, LogReadError };

export function isGzipPath(path: string): boolean {
  return path !== STDIN && /\.gz$/iu.test(path);
}

/** The log's text, decoded as UTF-8 (invalid bytes become U+FFFD: binary input is analysed, not fatal). */
export function readLog(path: string): string {
  try {
    return decode(path);
  } catch (error) {
    throw error instanceof LogReadError ? error : cannotRead(path, error);
  }
}

/** The log's text as `readLog` decodes it, piece by piece: the pieces joined are `readLog`'s string. */
export function* logText(path: string): Generator<string> {
  const decoder = new StringDecoder('utf8');
  const chunks = logChunks(path);
  for (;;) {
    let next: IteratorResult<Buffer>;
    try {
      next = chunks.next();
    } catch (error) {
      throw error instanceof LogReadError ? error : cannotRead(path, error);
    }
    if (next.done) break;
    yield decoder.write(next.value);
  }
  yield decoder.end();
}

function decode(path: string): string {
  const decoder = new StringDecoder('utf8');
  const parts: string[] = [];
  let bytes = 0;
  // Known before a byte is read: refused at once rather than after reading 512 MB.
  if (path !== STDIN && !isGzipPath(path)) {
    const size = statSync(path).size;
    if (size > MAX_LOG_BYTES) throw tooBig(path, size);
  }
  for (const chunk of logChunks(path)) {
    bytes += chunk.length;
    if (bytes > MAX_LOG_BYTES) throw tooBig(path, undefined);
    parts.push(decoder.write(chunk));
  }
  parts.push(decoder.end());
  return parts.join('');
}

/** The log's bytes in order, decompressed when the path ends in `.gz`; a chunk is valid until the next is asked for. */
export function* logChunks(path: string): Generator<Buffer> {
  if (path === STDIN) yield* descriptorChunks(0);
  else if (isGzipPath(path)) yield* gunzipped(path);
  else yield* fileChunks(path);
}

function* fileChunks(path: string): Generator<Buffer> {
  const fd = openSync(path, 'r');
  try {
    yield* descriptorChunks(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Blocking reads until end of file. Standard input may have been left non-blocking by whoever
 * started us (EAGAIN): then wait for the writer, as output.ts does for a full pipe.
 * One buffer serves every read: each chunk is decoded before the next is read, and a fresh 1 MB
 * buffer a read left dead buffers outside the heap until a full collection (20-30 MB of the
 * streamed check's peak).
 */
function* descriptorChunks(fd: number): Generator<Buffer> {
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  for (;;) {
    let read: number;
    try {
      read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(PAUSE, 0, 0, 1);
        continue;
      }
      if (code === 'EOF') return; // Windows: a closed pipe on standard input.
      throw error;
    }
    if (read === 0) return;
    yield buffer.subarray(0, read);
  }
}

/** A gzip file's text, inflated by a worker as it is read (gunzipStream.ts); its failures worded here. */
function* gunzipped(path: string): Generator<Buffer> {
  try {
    yield* gunzipChunks(path);
  } catch (error) {
    throw error instanceof GunzipError ? gzipFailure(path, error.failure) : error;
  }
}

/** `size` is the file's size when it is known (a plain file), else the log passed the limit as it was read. */
function tooBig(path: string, size: number | undefined): LogReadError {
  if (size === undefined) return new LogReadError('logTooBigStream', { path });
  return new LogReadError('logTooBig', { path, size: formatSize(size) });
}
