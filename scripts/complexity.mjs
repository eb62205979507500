#!/usr/bin/env node
// The complexity campaign of `npm run fuzz`: times the analysis of every adversarial shape
// (test/support/adversarialShapes.ts) at 1x and 4x its campaign size and fails when the 4x time
// exceeds about 6x the 1x time (linear gives 4x). Needs the test bundles (`npm run build`).
//
//   node scripts/complexity.mjs [--runs N] [--only TEXT]
//
// --runs N     timed runs per size; the median is kept (default 5)
// --only TEXT  only the shapes whose name contains TEXT
//
// Prints one line per shape, then a summary; exits 1 when a shape grew too fast. A shape that
// hangs is caught by the caller's timeout (scripts/fuzz.mjs): the last "measuring" line names it.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Linear code takes about 4x; caches and the collector add noise, so the bar is 6x. */
const MAX_GROWTH = 6;
/**
 * Below this the 1x time is mostly timer and collector noise: the ratio is taken against it
 * instead. A quadratic scan of a 4x input of a megabyte or more is far above 6x this anyway.
 */
const NOISE_FLOOR_MS = 5;
const SCALE = 4;

function option(flag, fallback) {
  const index = process.argv.indexOf(flag);
  return index === -1 ? fallback : process.argv[index + 1];
}

const runs = Math.max(1, Number(option('--runs', '5')) || 5);
const only = option('--only', '');

const require = createRequire(import.meta.url);
const { ADVERSARIAL_SHAPES, analyzeShape } = require(join(ROOT, 'test/out/support/adversarialShapes.js'));

function timeOnce(text) {
  const started = process.hrtime.bigint();
  analyzeShape(text);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Medians of `runs` alternating runs at 1x and 4x, after one warm-up run of each. */
function measure(shape) {
  const small = shape.build(shape.campaignSize);
  const large = shape.build(shape.campaignSize * SCALE);
  timeOnce(small);
  timeOnce(large);
  const smallTimes = [];
  const largeTimes = [];
  for (let i = 0; i < runs; i++) {
    smallTimes.push(timeOnce(small));
    largeTimes.push(timeOnce(large));
  }
  return { small: median(smallTimes), large: median(largeTimes), smallLength: small.length, largeLength: large.length };
}

const shapes = ADVERSARIAL_SHAPES.filter((shape) => shape.name.includes(only));
const failures = [];
console.log(`complexity: ${shapes.length} shapes, median of ${runs} runs at 1x and ${SCALE}x, failing above ${MAX_GROWTH}x`);
for (const shape of shapes) {
  console.log(`  measuring ${shape.name}`);
  const { small, large, smallLength, largeLength } = measure(shape);
  const growth = large / Math.max(small, NOISE_FLOOR_MS);
  const failed = growth > MAX_GROWTH;
  if (failed) failures.push(shape.name);
  const label = `${shape.finding ? `${shape.finding} ` : ''}${shape.name} [${shape.pass}]`;
  const sizes = `${(smallLength / 1e6).toFixed(2)}/${(largeLength / 1e6).toFixed(2)} MB`;
  console.log(`  ${failed ? 'FAIL' : 'ok  '} ${label}: ${small.toFixed(1)} ms -> ${large.toFixed(1)} ms (${sizes}), x${(large / Math.max(small, 1e-3)).toFixed(1)}`);
}
console.log(`complexity: ${shapes.length - failures.length} passed, ${failures.length} failed`);
if (failures.length > 0) console.log(`complexity: grew faster than linear: ${failures.join('; ')}`);
process.exit(failures.length > 0 ? 1 : 0);
