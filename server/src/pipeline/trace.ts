/**
 * The server's own timeline, for measuring where an open's time goes (docs/PERFORMANCE.md, issue 22):
 * with SIP_LENS_TRACE in its environment the server writes one line per step (the wall clock,
 * comparable with the client's on the same machine, the time since the last line and the memory
 * held) to standard error when the variable is `1`, else appended to the file it names (the
 * in-VS Code suite's way: there standard error goes to an output channel). Unset, it costs one
 * check per step and writes nothing: standard output carries the protocol over stdio, and the
 * shipped client never sets it.
 */
import { appendFileSync } from 'node:fs';

const setting = typeof process !== 'undefined' ? process.env.SIP_LENS_TRACE : undefined;
const enabled = Boolean(setting);
const write = (line: string) =>
  setting === '1' ? process.stderr.write(line) : appendFileSync(setting as string, line);

let last = 0;

/** Records `step` (and `detail()`, built only when tracing). */
export function trace(step: string, detail?: () => string): void {
  if (!enabled) return;
  // The detail first: what it costs (reading findings writes them) belongs to this step, not the next.
  const said = detail ? ` ${detail()}` : '';
  const now = performance.now();
  const memory = process.memoryUsage();
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  const held = `rss ${mb(memory.rss)} heap ${mb(memory.heapUsed)}/${mb(memory.heapTotal)} external ${mb(memory.external)} MB`;
  const line = `[sip-lens trace] ${(performance.timeOrigin + now).toFixed(1)} +${(now - last).toFixed(1)} ms ${held} ${step}`;
  last = now;
  write(`${line}${said}\n`);
}

/** `work()`, traced with how long it took when tracing. */
export function traced<T>(step: string, work: () => T): T {
  if (!enabled) return work();
  const started = performance.now();
  try {
    return work();
  } finally {
    trace(step, () => `${(performance.now() - started).toFixed(1)} ms`);
  }
}

export const tracing = enabled;
