/**
 * The built `sip-lens` CLI as a process (issue 16 F7): a reader that goes away ends it quietly
 * with the verdict still in its exit status, and a failure of its own prints one line and exits
 * 3, never 1, which means "the log has errors".
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, openSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/lspClient';
import { answeredCall, mentions, Scratch } from '../support/cliLogs';

const CLI = join(REPO_ROOT, 'server', 'dist', 'cli.js');
const TIMEOUT = { timeout: 20_000 };

/** Runs the CLI, reads the first chunk of its output, then closes the pipe, like `| head -c 1`. */
function runAndCloseEarly(args: readonly string[]): Promise<{ status: number | null; stderr: string; read: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let read = 0;
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.stdout.once('data', (chunk: Buffer) => {
      read = chunk.length;
      child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr, read }));
  });
}

describe('sip-lens as a process', () => {
  let scratch: Scratch;
  let big: string;
  let failing: string;
  before(() => {
    scratch = new Scratch();
    // About 30 MB of JSON: far more than a pipe holds, so the CLI is still writing when the pipe closes.
    big = scratch.write('mentions.log', mentions(200_000));
    failing = scratch.write('failing.log', answeredCall('x', 503, 'Service Unavailable'));
  });
  after(() => scratch.remove());

  it('ends quietly with status 0 when the reader closes the pipe early on a clean log', TIMEOUT, async () => {
    const { status, stderr, read } = await runAndCloseEarly(['check', '--json', big]);
    assert.ok(read > 0);
    assert.equal(stderr, '');
    assert.equal(status, 0);
  });

  it('still exits 1 for an error in a file it reached after the pipe closed', TIMEOUT, async () => {
    const { status, stderr } = await runAndCloseEarly(['check', '--json', big, failing]);
    assert.equal(stderr, '');
    assert.equal(status, 1);
  });

  it(
    'prints one line and exits 3 when its output cannot be written',
    { ...TIMEOUT, skip: !existsSync('/dev/full') && 'no /dev/full here' },
    () => {
      const full = openSync('/dev/full', 'w');
      try {
        const result = spawnSync(process.execPath, [CLI, 'check', failing], {
          stdio: ['ignore', full, 'pipe'],
          encoding: 'utf8',
        });
        assert.equal(result.status, 3);
        assert.match(result.stderr, /^sip-lens: internal error: .*ENOSPC.*\n$/u);
      } finally {
        closeSync(full);
      }
    },
  );
});
