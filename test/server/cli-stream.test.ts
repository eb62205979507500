/**
 * `sip-lens check` streams its input (issue 22): a log past the old 512 MB limit (where one
 * string could not hold it) is read through, from a file or standard input, and the report of a
 * log cut into many windows is the report of the whole text.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/lspClient';
import { busyThenUnavailable, Scratch } from '../support/cliLogs';

const CLI = join(REPO_ROOT, 'server', 'dist', 'cli.js');

function check(args: readonly string[], input?: Buffer) {
  const result = spawnSync(process.execPath, [CLI, 'check', ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

describe('sip-lens check streams', () => {
  let scratch: Scratch;
  before(() => {
    scratch = new Scratch();
  });
  after(() => scratch.remove());

  it('reads a 600 MB file, past what one string holds, without refusing it', { timeout: 120_000 }, () => {
    // A sparse file of NUL bytes: no line break in 600 MB, so windows are cut inside the line.
    const path = scratch.write('huge.log', '');
    const fd = openSync(path, 'r+');
    ftruncateSync(fd, 600 * 2 ** 20);
    closeSync(fd);
    const { status, out, err } = check([path]);
    assert.equal(err, '');
    assert.equal(status, 0);
    assert.equal(out, '');
  });

  it('gives the same report for a many-window log from a file, standard input and gzip', { timeout: 120_000 }, () => {
    // About 12 MB: a dozen windows of 1 M characters, with calls failing in each.
    const text = busyThenUnavailable().repeat(60);
    const path = scratch.write('busy.log', text);
    const gzipped = `${path}.gz`;
    writeFileSync(gzipped, gzipSync(text));
    for (const format of ['text', 'json']) {
      const fromFile = check(['--format', format, path]);
      assert.equal(fromFile.status, 1);
      assert.ok(fromFile.out.length > 100_000, 'a report with many findings');
      const fromStdin = check(['--format', format, '-'], readFileSync(path));
      assert.equal(fromStdin.status, 1);
      assert.equal(fromStdin.out, fromFile.out.replaceAll(path, '-'));
      const fromGzip = check(['--format', format, gzipped]);
      assert.equal(fromGzip.status, 1);
      assert.equal(fromGzip.out, fromFile.out.replaceAll(path, gzipped));
    }
  });
});
