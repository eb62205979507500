/**
 * Issue 22: `sip-lens calls` streams its input. The live heap (after a full collection) while the
 * CSV rows of a log are written stays the same for a log four times longer, where reading the whole
 * text held the text and its analysis: memory follows the calls still open, not the log. A horizon
 * of 1 MiB (calls summarised after 1 MiB of silence) keeps both logs past it, as the default 8 MiB
 * does for real logs of hundreds of MB.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { runCli } from '../../server/src/cli/main';
import { failedCalls } from '../support/callLogs';
import { Scratch } from '../support/cliLogs';

/** A full collection on demand, so what is measured is what is still reachable. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** The most live heap seen while `calls --csv path` writes, sampled on every 8th chunk. */
function peakLiveHeap(path: string, gc: () => void): number {
  gc();
  const base = process.memoryUsage().heapUsed;
  let chunks = 0;
  let peak = 0;
  const status = runCli(['calls', '--csv', '--horizon', '1', path], {
    out: () => {
      if (chunks++ % 8 !== 0) return;
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed - base);
    },
    err: () => undefined,
  });
  assert.equal(status, 0);
  assert.ok(chunks > 20, `${chunks} chunks written`);
  return peak;
}

describe('sip-lens calls memory', () => {
  let scratch: Scratch;
  before(() => (scratch = new Scratch()));
  after(() => scratch.remove());

  it('holds as much for a 24 MB log as for a 6 MB one', { timeout: 120_000 }, () => {
    const small = scratch.write('small.log', failedCalls(6_000_000, 'small'));
    const big = scratch.write('big.log', failedCalls(24_000_000, 'big'));
    const gc = collector();
    const one = peakLiveHeap(small, gc);
    const four = peakLiveHeap(big, gc);
    assert.ok(one > 1_000_000, `the small log's peak measured at ${one} bytes`);
    assert.ok(four < one * 1.5, `24 MB held ${(four / 1e6).toFixed(1)} MB, 6 MB held ${(one / 1e6).toFixed(1)} MB`);
  });
});
