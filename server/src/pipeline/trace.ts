/**
 * The server's own timeline, for measuring where an open's time goes (docs/PERFORMANCE.md, issue 22):
 * with SIP_LENS_TRACE=1 in its environment the server writes one line per step to standard error
 * (the wall clock, comparable with the client's on the same machine, the time since the last line and
 * the resident memory). Off, it costs one check per step and writes nothing: the shipped server never
 * sets it, and standard output carries the protocol over stdio, so the trace never goes there.
 */
const enabled = typeof process !== 'undefined' && Boolean(process.env.SIP_LENS_TRACE);

let last = 0;

/** Records `step` (and `detail()`, built only when tracing). */
export function trace(step: string, detail?: () => string): void {
  if (!enabled) return;
  const now = performance.now();
  const memory = process.memoryUsage();
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  const held = `rss ${mb(memory.rss)} heap ${mb(memory.heapUsed)}/${mb(memory.heapTotal)} external ${mb(memory.external)} MB`;
  const line = `[sip-lens trace] ${(performance.timeOrigin + now).toFixed(1)} +${(now - last).toFixed(1)} ms ${held} ${step}`;
  last = now;
  process.stderr.write(`${line}${detail ? ` ${detail()}` : ''}\n`);
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
