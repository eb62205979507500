// How figures are written in the console table and in docs/PERFORMANCE.md.
import { MB } from './options.mjs';

/** Milliseconds with precision that suits their size. */
export function ms(value) {
  if (value === undefined || value === null || Number.isNaN(value)) return undefined;
  if (value < 10) return `${value.toFixed(2)} ms`;
  if (value < 100) return `${value.toFixed(1)} ms`;
  return `${Math.round(value)} ms`;
}

export function megabytes(bytes) {
  if (bytes === undefined) return undefined;
  return `${(bytes / MB).toFixed(bytes < 10 * MB ? 2 : 0)} MB`;
}

export function ratio(numerator, denominator) {
  if (numerator === undefined || denominator === undefined || denominator <= 0) return undefined;
  return `${(numerator / denominator).toFixed(1)}×`;
}

/** A fraction as a percentage: 0.083 → "8.3 %". */
export function percent(share) {
  return `${(share * 100).toFixed(1)} %`;
}

/** A change as a signed percentage: "+8.3 %", "−2.0 %". */
export function signedPercent(share) {
  return `${share < 0 ? '−' : '+'}${percent(Math.abs(share))}`;
}

/** A figure, or why there is none: "timed out", "not measured", ... */
export function cell(value, problem, fallback = 'n/a') {
  if (problem && /timed out|budget/.test(problem)) return value ? `${value} (timed out)` : 'timed out';
  return value ?? fallback;
}
