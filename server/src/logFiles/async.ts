/**
 * Reads a log from disk for "SIP: Analyse on disk" (pipeline/onDisk.ts): VS Code hands extensions no text
 * over 50 MB, so the server reads the file itself. Asynchronous, in chunks, so the server answers
 * other requests while it reads, reports how far it got and stops when cancelled; a `.gz` file is
 * inflated on the way (zlib's stream, off the main thread). The words for every failure are the
 * CLI's too (errors.ts).
 *
 * Two ways to take the text: `readLogForAnalysis` holds it whole (one string, for the whole-text
 * analysis, up to a size the caller chooses), `streamLog` hands it over chunk by chunk and keeps
 * nothing (for the streamed analysis, server/src/stream/, at any size).
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { cannotRead, gzipFailure, LogReadError } from './errors';
import { isGzipPath } from './sync';

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

/** Where a read ended, without its text: where the next read of an append starts. */
export type ReadPosition = Omit<LogRead, 'text'>;

/** Takes each decoded chunk; the next is read once the promise it returns settles. */
export type ChunkSink = (text: string) => void | Promise<void>;

/** Thrown when the read was cancelled. */
export class ReadCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/**
 * Thrown by a whole read when the text turns out longer than the caller holds whole (a `.gz` log's
 * size is known only once inflated).
 */
export class TooLongToHold extends Error {
  constructor() {
    super('too long to hold whole');
  }
}

/**
 * The log at `path`, decoded as UTF-8, with `onProgress(fraction)` as it goes; throws
 * `ReadCancelled` when `token` is cancelled between chunks, `TooLongToHold` past `maxBytes` bytes
 * of text, and a `LogReadError` when the file cannot be read or is not valid gzip data.
 */
export async function readLogForAnalysis(
  path: string,
  onProgress: (fraction: number) => void,
  token: ReadCancel,
  maxBytes: number,
): Promise<LogRead> {
  const parts: string[] = [];
  let bytes = 0;
  const position = await streamLog(
    path,
    (text) => {
      bytes += Buffer.byteLength(text);
      if (bytes > maxBytes) throw new TooLongToHold();
      parts.push(text);
    },
    onProgress,
    token,
  );
  return { text: parts.join(''), ...position };
}

/**
 * The log at `path`, decoded as UTF-8, handed to `sink` chunk by chunk (a few megabytes each, a
 * chunk's last line possibly cut): nothing is held, so a log of any size can be read. Throws as
 * `readLogForAnalysis` does (and whatever `sink` throws); resolves with where the read ended.
 */
export async function streamLog(
  path: string,
  sink: ChunkSink,
  onProgress: (fraction: number) => void,
  token: ReadCancel,
): Promise<ReadPosition> {
  try {
    return isGzipPath(path)
      ? await readGzip(path, sink, onProgress, token)
      : await readPlain(path, 0, sink, onProgress, token);
  } catch (error) {
    throw knownFailure(error) ? error : cannotRead(path, error);
  }
}

/**
 * What was appended to `path` since `earlier`, or undefined when the file no longer starts with
 * what was read (rotated, truncated, rewritten) or is gzip data: then only a whole read will do.
 */
export async function readAppended(
  path: string,
  earlier: ReadPosition,
  onProgress: (fraction: number) => void,
  token: ReadCancel,
): Promise<LogRead | undefined> {
  if (isGzipPath(path)) return undefined;
  try {
    if (!(await stillStartsWith(path, earlier))) return undefined;
    const parts: string[] = [];
    const position = await readPlain(
      path,
      earlier.fileBytes,
      (text) => void parts.push(text),
      onProgress,
      token,
      earlier.tail,
    );
    return { text: parts.join(''), ...position };
  } catch (error) {
    throw knownFailure(error) ? error : cannotRead(path, error);
  }
}

/**
 * A lower bound of the bytes of text a gzip file inflates to, read from its last 4 bytes: ISIZE,
 * the size of the last member's input modulo 2^32 (RFC 1952 §2.3.1). Never more than the text (a
 * file of several members has more before the last; a bigger one wrapped past 4 GiB), so a bound
 * over a limit settles that the text is too; 0 when the file is too short or cannot be read.
 */
export async function gzipTextAtLeast(path: string): Promise<number> {
  try {
    const handle = await open(path, 'r');
    try {
      const size = (await handle.stat()).size;
      if (size < 18) return 0;
      const trailer = Buffer.alloc(4);
      await handle.read(trailer, 0, 4, size - 4);
      return trailer.readUInt32LE(0);
    } finally {
      await handle.close();
    }
  } catch {
    return 0;
  }
}

/** True when `path` holds exactly what a read ended at `earlier` (same size, same last bytes). */
export async function unchangedSince(path: string, earlier: ReadPosition): Promise<boolean> {
  if (isGzipPath(path)) return false;
  try {
    return (await stat(path)).size === earlier.fileBytes && (await stillEndsWith(path, earlier));
  } catch {
    return false;
  }
}

/** The file is at least as long as at `earlier` and still has its last bytes there. */
async function stillStartsWith(path: string, earlier: ReadPosition): Promise<boolean> {
  return (await stat(path)).size >= earlier.fileBytes && (await stillEndsWith(path, earlier));
}

function knownFailure(error: unknown): boolean {
  return error instanceof LogReadError || error instanceof ReadCancelled || error instanceof TooLongToHold;
}

async function stillEndsWith(path: string, earlier: ReadPosition): Promise<boolean> {
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

/** The bytes of `path` from `start`, decoded, chunk by chunk. */
async function readPlain(
  path: string,
  start: number,
  sink: ChunkSink,
  onProgress: (fraction: number) => void,
  token: ReadCancel,
  tailBefore: Uint8Array = new Uint8Array(0),
): Promise<ReadPosition> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new LogReadError('notRegularFile', { path });
    const size = info.size;
    const decoder = new StringDecoder('utf8');
    let at = start;
    let tail = tailBefore;
    for (;;) {
      if (token.isCancellationRequested) throw new ReadCancelled();
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, at);
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(0, bytesRead);
      tail = lastBytes(tail, chunk);
      at += bytesRead;
      await sink(decoder.write(chunk));
      onProgress(size > 0 ? Math.min(1, at / size) : 1);
    }
    const rest = decoder.end();
    if (rest) await sink(rest);
    return { fileBytes: at, tail };
  } finally {
    await handle.close();
  }
}

/** A gzip file inflated as it is read; the fraction is of the compressed bytes read. */
async function readGzip(
  path: string,
  sink: ChunkSink,
  onProgress: (fraction: number) => void,
  token: ReadCancel,
): Promise<ReadPosition> {
  const size = (await stat(path)).size;
  const source = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  const gunzip = createGunzip({ chunkSize: CHUNK_BYTES });
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  const decoder = new StringDecoder('utf8');
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      if (token.isCancellationRequested) throw new ReadCancelled();
      await sink(decoder.write(chunk));
      onProgress(size > 0 ? Math.min(1, source.bytesRead / size) : 1);
    }
  } catch (error) {
    throw wordedGzipFailure(path, error);
  } finally {
    source.destroy();
    gunzip.destroy();
  }
  const rest = decoder.end();
  if (rest) await sink(rest);
  return { fileBytes: size, tail: Buffer.alloc(0) };
}

/** zlib's failures worded as the CLI words them (errors.ts). */
function wordedGzipFailure(path: string, error: unknown): unknown {
  if (knownFailure(error)) return error;
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
