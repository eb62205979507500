#!/usr/bin/env node
// `npm run fuzz`: a long, bounded property-testing campaign over random and damaged SIP logs.
// Builds the bundles, runs the complexity campaign (scripts/complexity.mjs: every adversarial
// shape at 1x and 4x, failing when the time grows faster than linear), then runs
// test/out/unit/property*.test.js with many more cases per property than `npm test` does, and
// prints how many cases really ran.
//
//   node scripts/fuzz.mjs [--runs N] [--seconds S] [--max-minutes M] [--complexity-only]
//
// --runs N         cases per property (default 20000)
// --seconds S      time budget per property; a property stops early, without failing, when it
//                  is spent (default 60)
// --max-minutes M  hard stop for the whole campaign (default 30)
// --complexity-only  run the complexity campaign and stop
//
// A failure prints fast-check's counterexample and seed; replay it with the same seed by
// passing { seed, path } to the failing property's parameters.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PROPERTY_DIR = join(ROOT, 'test/out/unit');

function positiveNumber(flag, fallback) {
  const index = process.argv.indexOf(flag);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`fuzz: ${flag} needs a positive number`);
    process.exit(2);
  }
  return value;
}

const runs = Math.floor(positiveNumber('--runs', 20000));
const seconds = positiveNumber('--seconds', 60);
const maxMinutes = positiveNumber('--max-minutes', 30);

function build() {
  const result = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('fuzz: the build failed');
    process.exit(result.status ?? 1);
  }
}

function propertyFiles() {
  const files = readdirSync(PROPERTY_DIR).filter((name) => /^property.*\.test\.js$/u.test(name));
  if (files.length === 0) {
    console.error(`fuzz: no property*.test.js in ${PROPERTY_DIR}`);
    process.exit(2);
  }
  return files.map((name) => join(PROPERTY_DIR, name));
}

/** Each property appends "<cases run> <1 if failed>" to the report file (test/support/properties.ts). */
function readReport(path) {
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { cases: 0, failures: 0, properties: 0 };
  }
  const rows = text
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' ').map(Number));
  return {
    cases: rows.reduce((sum, [count]) => sum + (count ?? 0), 0),
    failures: rows.reduce((sum, [, failed]) => sum + (failed ?? 0), 0),
    properties: rows.length,
  };
}

/** A quadratic scan on a megabyte takes minutes: past this the shape being measured failed. */
const COMPLEXITY_MINUTES = 10;

function complexityCampaign() {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/complexity.mjs')], {
    cwd: ROOT,
    stdio: 'inherit',
    timeout: COMPLEXITY_MINUTES * 60_000,
    killSignal: 'SIGKILL',
  });
  if (result.error?.code === 'ETIMEDOUT')
    console.log(
      `fuzz: the complexity campaign ran past ${COMPLEXITY_MINUTES} min (the last shape measured is the slow one)`,
    );
  return result.status === 0 && !result.error;
}

build();
const complexityPassed = complexityCampaign();
if (process.argv.includes('--complexity-only')) process.exit(complexityPassed ? 0 : 1);
const workDir = mkdtempSync(join(tmpdir(), 'sip-lens-fuzz-'));
const reportPath = join(workDir, 'report.txt');
const started = Date.now();
const files = propertyFiles();
console.log(`fuzz: ${files.length} files, up to ${runs} cases or ${seconds} s per property, ${maxMinutes} min at most`);
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], {
  cwd: ROOT,
  stdio: 'inherit',
  timeout: maxMinutes * 60_000,
  killSignal: 'SIGKILL',
  env: {
    ...process.env,
    SIP_LENS_FUZZ_RUNS: String(runs),
    SIP_LENS_FUZZ_SECONDS: String(seconds),
    SIP_LENS_FUZZ_REPORT: reportPath,
  },
});
const { cases, failures, properties } = readReport(reportPath);
rmSync(workDir, { recursive: true, force: true });
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
const timedOut = result.error?.code === 'ETIMEDOUT';
// A failed test file without a failed property (a crash, an assertion outside a property) still fails the run.
const failed = failures > 0 || timedOut || result.status !== 0 || !complexityPassed;
console.log(
  `fuzz: ${cases} cases, ${failures} failures (${properties} properties, ${minutes} min${timedOut ? ', stopped at --max-minutes' : ''})`,
);
if (!complexityPassed) console.log('fuzz: the complexity campaign failed (see above)');
process.exit(failed ? 1 : 0);
