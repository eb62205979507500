/**
 * A list written to a temporary file as it is made and read back once, in order: JSON reports put
 * the counts before the lists, and the counts are known only once the whole log is read, so the
 * lists wait on disk rather than in memory. One JSON value per line (JSON.stringify never writes
 * a raw line break).
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';

/** Bytes gathered before a write, and read at a time. */
const BLOCK = 1024 * 1024;

export class Spill<T> {
  private readonly dir = mkdtempSync(join(tmpdir(), 'sip-lens-'));
  private readonly path = join(this.dir, 'list.jsonl');
  private readonly fd = openSync(this.path, 'w+');
  private closed = false;
  private pending: string[] = [];
  private pendingLength = 0;

  add(value: T): void {
    const line = `${JSON.stringify(value)}\n`;
    this.pending.push(line);
    this.pendingLength += line.length;
    if (this.pendingLength >= BLOCK) this.flush();
  }

  /** The values in the order they were added; the file is removed once they have all been read, or on `close`. */
  *values(): Generator<T> {
    this.flush();
    const decoder = new StringDecoder('utf8');
    const buffer = Buffer.allocUnsafe(BLOCK);
    let position = 0;
    let rest = '';
    for (;;) {
      const read = readSync(this.fd, buffer, 0, BLOCK, position);
      if (read === 0) break;
      position += read;
      const lines = (rest + decoder.write(buffer.subarray(0, read))).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) yield JSON.parse(line) as T;
    }
    this.close();
  }

  /**
   * Closes the file once: reading the values to the end closes it too, and a second `closeSync` of
   * the same number could close a file opened since under it (in the check's worker thread, Node
   * also warns about it on standard error).
   */
  close(): void {
    if (!this.closed) {
      this.closed = true;
      closeSync(this.fd);
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    writeSync(this.fd, this.pending.join(''));
    this.pending = [];
    this.pendingLength = 0;
  }
}
