/**
 * Standard output for a CLI whose output can be far bigger than memory should hold (the JSON of
 * a 50 MB log): text is written in chunks as it is made, synchronously, so a slow reader slows
 * the CLI down instead of letting unwritten text pile up, and a closed pipe is noticed at once.
 */
import { writeSync } from 'node:fs';
import { OutputClosed, type CliIO } from './io';

/** Big enough that a huge report makes few system calls, small enough to hold without noticing. */
const CHUNK_CHARS = 64 * 1024;

/**
 * Collects output into chunks and hands each to `io.out`. Once the reader has gone, further
 * output is dropped: callers check `closed` to skip formatting it, but keep working out the
 * exit status, which must not depend on who reads the output.
 */
export class ChunkedOutput {
  private pending: string[] = [];
  private pendingChars = 0;
  closed = false;

  /** `escape` is applied to each chunk just before it is written (JSON output's extra escaping). */
  constructor(
    private readonly io: CliIO,
    private readonly escape: (text: string) => string = (text) => text,
  ) {}

  write(text: string): void {
    if (this.closed) return;
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= CHUNK_CHARS) this.flush();
  }

  flush(): void {
    if (this.closed || this.pendingChars === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    try {
      this.io.out(this.escape(text));
    } catch (error) {
      if (!(error instanceof OutputClosed)) throw error;
      this.closed = true;
    }
  }
}

/**
 * The process's own output and error streams. `process.stdout` to a pipe buffers every write in
 * memory when the reader is slower (11 MB held for a 11 MB burst, measured on Node 20) and reports
 * a closed pipe only later, as an 'error' event; a blocking write to the descriptor does neither.
 */
export function processIO(): CliIO {
  return {
    out: (text) => writeAll(1, text),
    err: (text) => {
      try {
        writeAll(2, text);
      } catch (error) {
        // Nobody reads the errors either: nothing is left to tell.
        if (!(error instanceof OutputClosed)) throw error;
      }
    },
  };
}

const PAUSE = new Int32Array(new SharedArrayBuffer(4));

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(fd, bytes, written);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') throw new OutputClosed();
      if (code !== 'EAGAIN') throw error;
      // A descriptor left non-blocking by whoever started us, and its pipe is full: wait for the reader.
      Atomics.wait(PAUSE, 0, 0, 1);
    }
  }
}
