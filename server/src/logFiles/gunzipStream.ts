/**
 * A gzip file's decompressed bytes, chunk by chunk, for a reader that runs synchronously.
 *
 * node:zlib streams only asynchronously, and the CLI runs synchronously by design (output is
 * written with blocking writes so a slow reader slows it down, see output.ts). Inflating the
 * whole file with `gunzipSync` held the compressed file, every decompressed byte and the text at
 * once (1.34 GB of RSS for a 200 MB log, against 0.89 GB for the plain file). So a worker thread
 * streams the file through `createGunzip` and hands each chunk over through shared memory; the
 * main thread blocks on `Atomics.wait` until the next one is there. At most one chunk is in
 * flight, so the worker never runs ahead of the analysis.
 */
import { Worker } from 'node:worker_threads';

/** Chunk size for both sides; 1 MB makes the hand-over cost small beside inflating it. */
const CHUNK_BYTES = 1024 * 1024;

/** `control[0]`: the slot's state, `control[1]`: how many bytes it holds. */
const EMPTY = 0;
const DATA = 1;
const END = 2;
const FAILED = 3;

/** How long a silent worker is waited for before sip-lens gives up (a worker that cannot start says nothing). */
const SILENCE_MS = 60_000;

/** What the worker reports when reading or inflating fails: zlib's or the file system's code and message. */
export interface GunzipFailure {
  readonly code?: string;
  readonly message: string;
}

/**
 * The worker, as source: it is evaluated, not loaded from a file, so the bundled CLI needs no
 * second entry point. It waits for the slot to be empty, fills it, and says what it holds.
 */
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { createReadStream } = require('node:fs');
const { createGunzip } = require('node:zlib');
const { path, shared, chunkBytes } = workerData;
const control = new Int32Array(shared, 0, 2);
const data = new Uint8Array(shared, 8);
function put(state, bytes) {
  while (Atomics.load(control, 0) !== ${EMPTY}) Atomics.wait(control, 0, Atomics.load(control, 0));
  data.set(bytes);
  control[1] = bytes.length;
  Atomics.store(control, 0, state);
  Atomics.notify(control, 0);
}
(async () => {
  try {
    const source = createReadStream(path, { highWaterMark: chunkBytes });
    const gunzip = createGunzip({ chunkSize: chunkBytes });
    source.on('error', (error) => gunzip.destroy(error));
    source.pipe(gunzip);
    for await (const chunk of gunzip)
      for (let at = 0; at < chunk.length; at += data.length) put(${DATA}, chunk.subarray(at, at + data.length));
    put(${END}, new Uint8Array(0));
  } catch (error) {
    const failure = { code: error && error.code, message: String(error && error.message) };
    put(${FAILED}, Buffer.from(JSON.stringify(failure).slice(0, data.length)));
  }
})();
`;

/** Thrown for a file that cannot be read or is not whole, valid gzip data. */
export class GunzipError extends Error {
  constructor(readonly failure: GunzipFailure) {
    super(failure.message);
  }
}

/** The decompressed bytes of the gzip file at `path`, in order; concatenated members are read as one. */
export function* gunzipChunks(path: string): Generator<Buffer> {
  const shared = new SharedArrayBuffer(8 + CHUNK_BYTES);
  const control = new Int32Array(shared, 0, 2);
  const data = new Uint8Array(shared, 8);
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path, shared, chunkBytes: CHUNK_BYTES } });
  // Never what keeps the process alive: a reader that stops early (too big a log) just leaves.
  worker.unref();
  try {
    for (;;) {
      if (Atomics.wait(control, 0, EMPTY, SILENCE_MS) === 'timed-out')
        throw new Error(`the gzip reader gave no data for ${SILENCE_MS / 1000} s`);
      if (Atomics.load(control, 0) === EMPTY) continue;
      const state = Atomics.load(control, 0);
      const bytes = Buffer.from(data.subarray(0, control[1]));
      Atomics.store(control, 0, EMPTY);
      Atomics.notify(control, 0);
      if (state === END) return;
      if (state === FAILED) throw new GunzipError(JSON.parse(bytes.toString('utf8')) as GunzipFailure);
      yield bytes;
    }
  } finally {
    void worker.terminate();
  }
}
