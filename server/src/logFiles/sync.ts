/**
 * Where `check`, `calls`, `stats` and `flow` read a log from: a file, `-` for standard input, and a
 * file whose name ends in `.gz` decompressed on the way. Every source is read through `logChunks`,
 * a sequence of byte chunks; `logText` decodes them as they come, for the streamed analysis
 * (server/src/stream): a log of any size, never one string.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { GunzipError, gunzipChunks } from './gunzipStream';
import { cannotRead, gzipFailure, LogReadError } from './errors';

/** The path that names standard input. */
export const STDIN = '-';

/** Read size: big enough for few system calls, small beside the window analysed. */
const CHUNK_BYTES = 1024 * 1024;

const PAUSE = new Int32Array(new SharedArrayBuffer(4));

export { cannotRead, LogReadError };

export function isGzipPath(path: string): boolean {
  return path !== STDIN && /\.gz$/iu.test(path);
}

/** The log's text, decoded as UTF-8 as it is read (invalid bytes become U+FFFD: binary input is analysed). */
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
