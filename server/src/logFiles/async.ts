/**
 * Reads a log from disk for "SIP: Analyse on disk" (pipeline/onDisk.ts): VS Code hands extensions no text
 * over 50 MB, so the server reads the file itself. Asynchronous, in chunks, so the server answers
 * other requests while it reads, reports how far it got and stops when cancelled; a `.gz` file is
 * inflated on the way (zlib's stream, off the main thread). The limits and the words for every
 * failure are the CLI's too (sync.ts, errors.ts): the analysis still wants one string, and V8 caps a
 * string at about 512 M UTF-16 units.
 *
 * `readLogForAnalysis` is the one function the editor reads logs through: bounded-memory streaming
 * (server/src/stream/) will replace what it returns without touching its callers' progress or cancel.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { cannotRead, formatSize, gzipFailure, LogReadError } from './errors';
import { isGzipPath, MAX_LOG_BYTES } from './sync';

/** Read size: few system calls, and short enough between looks at the cancel flag. */
const CHUNK_BYTES = 4 * 1024 * 1024;

export interface ReadCancel {
  readonly isCancellationRequested: boolean;
}

/** A whole read, or the bytes appended since an earlier one. */
export interface LogRead {
  readonly text: string;
  /** Bytes read from the file (compressed bytes for `.gz`): where an append starts next time. */
  readonly fileBytes: number;
  /** The last bytes read (at most TAIL_BYTES): an append is taken only when they are still there. */
  readonly tail: Uint8Array;
}

/** How much of the end of a read is compared before taking more bytes as an append. */
const TAIL_BYTES = 4096;

/** Thrown when the read was cancelled. */
export class ReadCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/**
 * The log at `path`, decoded as UTF-8, with `onProgress(fraction)` as it goes; throws
 * `ReadCancelled` when `token` is cancelled between chunks and a `LogReadError` when the
 * file cannot be read, is not valid gzip data or holds more text than a string can.
 */
export async function readLogForAnalysis(
  path: string,
  onProgress: (fraction: number) => void,
  token: ReadCancel,
): Promise<LogRead> {
  try {
    return isGzipPath(path) ? await readGzip(path, onProgress, token) : await readPlain(path, 0, onProgress, token);
  } catch (error) {
    throw error instanceof LogReadError || error instanceof ReadCancelled ? error : cannotRead(path, error);
  }
}

/**
 * What was appended to `path` since `earlier`, or undefined when the file no longer starts with
 * what was read (rotated, truncated, rewritten) or is gzip data: then only a whole read will do.
 */
export async function readAppended(
  path: string,
  earlier: LogRead,
  onProgress: (fraction: number) => void,
  token: ReadCancel,
): Promise<LogRead | undefined> {
  if (isGzipPath(path)) return undefined;
  try {
    const size = (await stat(path)).size;
    if (size < earlier.fileBytes || !(await stillEndsWith(path, earlier))) return undefined;
    return await readPlain(path, earlier.fileBytes, onProgress, token, earlier.tail);
  } catch (error) {
    throw error instanceof LogReadError || error instanceof ReadCancelled ? error : cannotRead(path, error);
  }
}

async function stillEndsWith(path: string, earlier: LogRead): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const bytes = Buffer.alloc(earlier.tail.length);
    const at = earlier.fileBytes - earlier.tail.length;
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, at);
    return bytesRead === bytes.length && bytes.equals(earlier.tail);
  } finally {
    await handle.close();
  }
}

/** The bytes of `path` from `start`, decoded; the size is checked before a byte is read. */
async function readPlain(
  path: string,
  start: number,
  onProgress: (fraction: number) => void,
  token: ReadCancel,
  tailBefore: Uint8Array = new Uint8Array(0),
): Promise<LogRead> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new LogReadError('notRegularFile', { path });
    const size = info.size;
    if (size > MAX_LOG_BYTES) throw new LogReadError('diskTooBig', { path, size: formatSize(size) });
    const decoder = new StringDecoder('utf8');
    const parts: string[] = [];
    let at = start;
    let tail = tailBefore;
    for (;;) {
      if (token.isCancellationRequested) throw new ReadCancelled();
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, at);
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(0, bytesRead);
      parts.push(decoder.write(chunk));
      tail = lastBytes(tail, chunk);
      at += bytesRead;
      // A file still growing as it is read is read to where it was when the read began.
      if (at - start > MAX_LOG_BYTES) throw new LogReadError('diskTooBigStream', { path });
      onProgress(size > 0 ? Math.min(1, at / size) : 1);
    }
    parts.push(decoder.end());
    return { text: parts.join(''), fileBytes: at, tail };
  } finally {
    await handle.close();
  }
}

/** A gzip file inflated as it is read; the fraction is of the compressed bytes read. */
async function readGzip(path: string, onProgress: (fraction: number) => void, token: ReadCancel): Promise<LogRead> {
  const size = (await stat(path)).size;
  const source = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  const gunzip = createGunzip({ chunkSize: CHUNK_BYTES });
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  const decoder = new StringDecoder('utf8');
  const parts: string[] = [];
  let bytes = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      if (token.isCancellationRequested) throw new ReadCancelled();
      bytes += chunk.length;
      if (bytes > MAX_LOG_BYTES) throw new LogReadError('diskTooBigStream', { path });
      parts.push(decoder.write(chunk));
      onProgress(size > 0 ? Math.min(1, source.bytesRead / size) : 1);
    }
  } catch (error) {
    throw wordedGzipFailure(path, error);
  } finally {
    source.destroy();
    gunzip.destroy();
  }
  parts.push(decoder.end());
  return { text: parts.join(''), fileBytes: size, tail: Buffer.alloc(0) };
}

/** zlib's failures worded as the CLI words them (errors.ts). */
function wordedGzipFailure(path: string, error: unknown): unknown {
  if (error instanceof LogReadError || error instanceof ReadCancelled) return error;
  const code = (error as { code?: string }).code;
  if (code?.startsWith('Z_')) return gzipFailure(path, { code, message: String((error as Error).message) });
  return cannotRead(path, error);
}

/** The last TAIL_BYTES of `before` followed by `chunk`. */
function lastBytes(before: Uint8Array, chunk: Uint8Array): Uint8Array {
  if (chunk.length >= TAIL_BYTES) return Buffer.from(chunk.subarray(chunk.length - TAIL_BYTES));
  const joined = Buffer.concat([before, chunk]);
  return Buffer.from(joined.subarray(Math.max(0, joined.length - TAIL_BYTES)));
}
