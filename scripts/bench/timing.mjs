// Statistics and time limits shared by every measurement.

export class TimeoutError extends Error {
  constructor(what, ms) {
    super(`${what} timed out after ${(ms / 1000).toFixed(1)} s`);
    this.name = 'TimeoutError';
  }
}

/** Rejects with a TimeoutError when `promise` has not settled within `ms`. */
export function withTimeout(promise, ms, what) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(what, ms)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

export function now() {
  return performance.now();
}

/** @param {readonly number[]} values */
export function median(values) {
  return percentile(values, 50);
}

/** Nearest-rank percentile: the value below which `p`% of the samples fall. */
export function percentile(values, p) {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}
