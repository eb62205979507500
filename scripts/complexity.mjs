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
// Prints one line per shape, then a summary; exits 1 when a shape grew too fast or ran past its
// time limit. Each shape is measured in a worker thread, which is terminated at the limit: a
// backtracking regular expression cannot be interrupted any other way.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Linear code takes about 4x; caches and the collector add noise, so the bar is 6x. */
const MAX_GROWTH = 6;
/**
 * Below this the 1x time is mostly timer and collector noise: the ratio is taken against it
 * instead. A quadratic scan of a 4x input of a megabyte or more is far above 6x this anyway.
 */
const NOISE_FLOOR_MS = 10;
const SCALE = 4;
/** Linear code measures a shape in a few seconds; a quadratic scan of a megabyte takes hours. */
const SHAPE_LIMIT_MS = 120_000;

function option(flag, fallback) {
  const index = process.argv.indexOf(flag);
  return index === -1 ? fallback : process.argv[index + 1];
}

const runs = isMainThread ? Math.max(1, Number(option('--runs', '5')) || 5) : workerData.runs;
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

/** Measures one shape in a worker; undefined when it ran past SHAPE_LIMIT_MS. */
function measureInWorker(index) {
  return new Promise((resolveResult, reject) => {
    const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { index, runs } });
    const timer = setTimeout(() => {
      worker.terminate().then(() => resolveResult(undefined), reject);
    }, SHAPE_LIMIT_MS);
    worker.once('message', (result) => {
      clearTimeout(timer);
      resolveResult(result);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

async function campaign() {
  const shapes = ADVERSARIAL_SHAPES.map((shape, index) => ({ shape, index })).filter(({ shape }) =>
    shape.name.includes(only),
  );
  const failures = [];
  console.log(
    `complexity: ${shapes.length} shapes, median of ${runs} runs at 1x and ${SCALE}x, failing above ${MAX_GROWTH}x`,
  );
  for (const { shape, index } of shapes) {
    const label = `${shape.finding ? `${shape.finding} ` : ''}${shape.name} [${shape.pass}]`;
    const result = await measureInWorker(index);
    if (result === undefined) {
      failures.push(shape.name);
      console.log(`  FAIL ${label}: still running after ${SHAPE_LIMIT_MS / 1000} s`);
      continue;
    }
    const { small, large, smallLength, largeLength } = result;
    const failed = large / Math.max(small, NOISE_FLOOR_MS) > MAX_GROWTH;
    if (failed) failures.push(shape.name);
    const sizes = `${(smallLength / 1e6).toFixed(2)}/${(largeLength / 1e6).toFixed(2)} MB`;
    console.log(
      `  ${failed ? 'FAIL' : 'ok  '} ${label}: ${small.toFixed(1)} ms -> ${large.toFixed(1)} ms (${sizes}), x${(large / Math.max(small, 1e-3)).toFixed(1)}`,
    );
  }
  console.log(`complexity: ${shapes.length - failures.length} passed, ${failures.length} failed`);
  if (failures.length > 0) console.log(`complexity: grew faster than linear: ${failures.join('; ')}`);
  return failures.length === 0;
}

if (isMainThread) {
  process.exitCode = (await campaign()) ? 0 : 1;
} else {
  parentPort.postMessage(measure(ADVERSARIAL_SHAPES[workerData.index]));
}
