/**
 * Issue 22: the built `sip-lens check` runs in a worker thread with a capped heap (cli/worker.ts).
 * Its output and exit status are the in-process `runCli`'s on every fixture, and its peak memory
 * on a generated log stays under a bound the main-thread check passed by tens of megabytes.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotatedFixtureNames, fixturePath } from '../fixtures';
import { BUILT_CLI, runCaptured, spawnBuiltCli } from '../support/cliRun';
import { Scratch } from '../support/cliLogs';
import { workerHeap } from '../../server/src/cli/worker';

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
/**
 * A generated log big enough for the check's memory to reach its steady state: on a 2-core Linux
 * machine the main-thread check peaked at 206-213 MB on it, the worker at 145-156 MB.
 */
const LOG_BYTES = 40 * 2 ** 20;
const PEAK_MB = 185;

describe('sip-lens check in its worker', () => {
  const fixtures = annotatedFixtureNames().map(fixturePath);

  for (const format of FORMATS) {
    for (const cap of [[], ['--max-diagnostics', '7']]) {
      const args = ['check', '--format', format, ...cap, ...fixtures];
      it(`writes what runCli writes: --format ${format} ${cap.join(' ')}`, () => {
        const inProcess = runCaptured(args);
        const built = spawnBuiltCli(args);
        assert.equal(built.status, inProcess.status);
        assert.equal(built.err, inProcess.err);
        // Compared whole, not line by line: a worker that lost or reordered a chunk fails here.
        assert.ok(built.out === inProcess.out, `${format}: the built CLI's output differs from runCli's`);
        assert.ok(inProcess.out.length > 1000, `${format}: the fixtures gave ${inProcess.out.length} characters`);
      });
    }
  }

  it('fails a bad --lang before starting any worker, with the usage error', () => {
    const built = spawnBuiltCli(['check', '--lang', 'xx', fixtures[0] as string]);
    assert.equal(built.status, 2);
    assert.match(built.err, /^sip-lens: .*xx/u);
  });
});

/** Linux keeps a process's peak RSS in /proc/<pid>/status (VmHWM); elsewhere nothing is measured. */
const PROC = existsSync('/proc/self/status');

/**
 * The built CLI's peak RSS in bytes on `args`, read from VmHWM while it runs (a high-water mark, so
 * a late reading holds every earlier peak; only the last few milliseconds could be missed).
 */
function peakRss(args: readonly string[]): Promise<{ rss: number; status: number | null }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BUILT_CLI, ...args], { stdio: ['ignore', 'ignore', 'ignore'] });
    let rss = 0;
    const read = () => {
      try {
        const match = /VmHWM:\s+(\d+) kB/u.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (match) rss = Math.max(rss, Number(match[1]) * 1024);
      } catch {
        // The process has just ended: the readings so far stand.
      }
    };
    const timer = setInterval(read, 5);
    child.on('error', fail);
    child.on('exit', (status) => {
      clearInterval(timer);
      done({ rss, status });
    });
  });
}

describe('sip-lens check memory, built', { skip: PROC ? false : 'no /proc here to read a peak RSS from' }, () => {
  let scratch: Scratch;
  let log: string;
  before(async () => {
    scratch = new Scratch();
    log = join(scratch.dir, 'generated.log');
    const generator = await import('../../scripts/bench/generate.mjs');
    generator.writeLog(log, LOG_BYTES);
  });
  after(() => scratch.remove());

  it(`peaks under ${PEAK_MB} MB on a ${LOG_BYTES / 2 ** 20} MB log`, { timeout: 120_000 }, async () => {
    const { rss, status } = await peakRss(['check', log]);
    assert.equal(status, 1, 'the generated log has error-level findings');
    assert.ok(rss > 0, 'no peak RSS was read');
    assert.ok(rss < PEAK_MB * 2 ** 20, `peak RSS ${(rss / 2 ** 20).toFixed(0)} MB`);
  });
});

describe('the check worker heap', () => {
  it('caps the old generation for the default horizon, whose calls fit in it', () => {
    assert.ok((workerHeap(['check', 'big.log']).maxOldGenerationSizeMb ?? 0) >= 512);
  });

  it('leaves V8 its own limit for a horizon asked for, which holds more calls by design', () => {
    assert.equal(workerHeap(['check', '--horizon', 'all', 'big.log']).maxOldGenerationSizeMb, undefined);
    assert.equal(workerHeap(['check', '--horizon', '64', 'big.log']).maxOldGenerationSizeMb, undefined);
  });

  it('caps the young generation either way', () => {
    for (const args of [
      ['check', 'x.log'],
      ['check', '--horizon', 'all', 'x.log'],
    ])
      assert.ok((workerHeap(args).maxYoungGenerationSizeMb ?? 0) > 0);
  });
});
