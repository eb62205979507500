/**
 * Issue 16 F8: `sip-lens check` holds one file's analysis at a time. The live heap (after a full
 * collection) while the report of many files is written stays near the live heap of one file,
 * where reading every file first held them all (100 files of 50 MB ran out of memory).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { runCli } from '../../server/src/cli/main';
import { mentions, Scratch } from '../support/cliLogs';

/** A full collection on demand, so what is measured is what is still reachable. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** The most live heap seen while `check --json paths` writes, sampled on every 16th chunk. */
function peakLiveHeap(paths: readonly string[], gc: () => void): number {
  gc();
  const base = process.memoryUsage().heapUsed;
  let chunks = 0;
  let peak = 0;
  const status = runCli(['check', '--json', ...paths], {
    out: () => {
      if (chunks++ % 16 !== 0) return;
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed - base);
    },
    err: () => undefined,
  });
  assert.equal(status, 0);
  return peak;
}

describe('sip-lens check memory', () => {
  let scratch: Scratch;
  before(() => (scratch = new Scratch()));
  after(() => scratch.remove());

  it('holds about one file however many files it checks', { timeout: 60_000 }, () => {
    const text = mentions(30_000);
    const paths = Array.from({ length: 8 }, (_, i) => scratch.write(`log-${i}.log`, text));
    const gc = collector();
    const one = peakLiveHeap(paths.slice(0, 1), gc);
    const eight = peakLiveHeap(paths, gc);
    assert.ok(one > 1_000_000, `one file's analysis measured at ${one} bytes`);
    assert.ok(
      eight < one * 1.5,
      `eight files held ${(eight / 1e6).toFixed(1)} MB, one file ${(one / 1e6).toFixed(1)} MB`,
    );
  });
});
