/**
 * `sip-lens calls`, `stats` and `flow` stream their input (issue 22): a log past the old 512 MB limit
 * is read through instead of refused; a log of many windows gives, from a file, standard input and
 * gzip alike, the whole text's summaries and statistics; a call silent past the horizon is said.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { analyze, LineIndex } from '../../server/src/analysis';
import { callStatistics, summarizeCalls } from '../../server/src/calls';
import { REPO_ROOT } from '../support/lspClient';
import { failedCalls } from '../support/callLogs';
import { Scratch } from '../support/cliLogs';

const CLI = join(REPO_ROOT, 'server', 'dist', 'cli.js');

function cli(args: readonly string[], input?: Buffer) {
  const result = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 512 * 2 ** 20 });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

/** What `calls --json` and `stats --json` printed for one file when they read the whole text. */
function wholeJson(path: string, text: string) {
  const lines = new LineIndex(text);
  const analysis = analyze(text, { lineIndex: lines });
  const calls = summarizeCalls(text, analysis, lines);
  const file = (body: object) => `${JSON.stringify({ files: [body] }, null, 2)}\n`;
  return {
    calls: file({ path, total: calls.length, calls }),
    stats: file({ path, ...callStatistics(analysis, calls) }),
  };
}

describe('sip-lens calls, stats and flow stream', () => {
  let scratch: Scratch;
  before(() => (scratch = new Scratch()));
  after(() => scratch.remove());

  it('read a 600 MB file, past what one string holds, instead of refusing it', { timeout: 180_000 }, () => {
    // A sparse file of NUL bytes: no line break in 600 MB, so windows are cut inside the line.
    const path = scratch.write('huge.log', '');
    const fd = openSync(path, 'r+');
    ftruncateSync(fd, 600 * 2 ** 20);
    closeSync(fd);
    const calls = cli(['calls', '--csv', path]);
    assert.equal(calls.err, '');
    assert.equal(calls.status, 0);
    assert.equal(calls.out.split('\n').length, 2, 'the header alone');
    const stats = cli(['stats', '--json', path]);
    assert.equal(stats.err, '');
    assert.equal(JSON.parse(stats.out).files[0].calls, 0);
  });

  it(
    'give the whole text figures for a many-window log, from a file, standard input and gzip',
    { timeout: 180_000 },
    () => {
      // About 5 MB: five windows of 1 M characters; then calls with times, one still ringing.
      const text =
        failedCalls(5_000_000) + readFileSync(join(REPO_ROOT, 'test/fixtures/flows/flow-legs-timing.log'), 'utf8');
      const path = scratch.write('many.log', text);
      const gzipped = `${path}.gz`;
      writeFileSync(gzipped, gzipSync(text));
      const expected = wholeJson(path, text);
      const runs: Array<[string[], string]> = [
        [['calls', '--json'], expected.calls],
        [['stats', '--json'], expected.stats],
        [['calls', '--csv'], ''],
      ];
      for (const [args, whole] of runs) {
        const fromFile = cli([...args, path]);
        assert.equal(fromFile.status, 0, fromFile.err);
        if (whole !== '') assert.equal(fromFile.out, whole, args.join(' '));
        // CSV writes a cell starting with '-' as text ('-), so no spreadsheet reads it as a formula.
        const stdin = args.includes('--csv') ? "'-" : '-';
        assert.equal(cli([...args, '-'], readFileSync(path)).out, fromFile.out.replaceAll(path, stdin), args.join(' '));
        assert.equal(cli([...args, gzipped]).out, fromFile.out.replaceAll(path, gzipped), args.join(' '));
      }
      const ringing = cli(['calls', '--state', 'in-progress', path]);
      assert.match(ringing.out, /: 1 of \d+ call\(s\) shown/u);
      const ladder = cli(['flow', path, '--call-id', 'call-7001@192.0.2.10']);
      assert.equal(ladder.status, 0, ladder.err);
      assert.match(ladder.out, /INVITE/u);
      assert.equal(cli(['flow', gzipped, '--call-id', 'call-7001@192.0.2.10']).out, ladder.out);
      assert.equal(cli(['flow', '-', '--call-id', 'call-7001@192.0.2.10'], readFileSync(path)).out, ladder.out);
    },
  );

  it('say when a call came back after the horizon: it is listed in parts', { timeout: 60_000 }, () => {
    const call = failedCalls(1).split('\n\n')[0] as string;
    // The INVITE, two MiB of other calls, then its answer: past a horizon of 1 MiB.
    const [invite, answer] = failedCalls(1).split(/\n\n(?=SIP)/u) as [string, string];
    assert.ok(call.length > 0 && answer.startsWith('SIP/2.0'));
    const text = `${invite}\n\n${failedCalls(2 * 2 ** 20, 'other')}${answer}`;
    const path = scratch.write('parted.log', text);
    const parted = cli(['calls', '--horizon', '1', '--csv', path]);
    assert.equal(parted.status, 0, parted.err);
    assert.match(parted.err, /1 times a call had a message again after more than 1 MiB of log without one/u);
    assert.equal(parted.out.split('\n').filter((line) => line.includes('call-0@192.0.2.10')).length, 2);
    const whole = cli(['calls', '--horizon', 'all', '--csv', path]);
    assert.equal(whole.err, '');
    assert.equal(whole.out.split('\n').filter((line) => line.includes('call-0@192.0.2.10')).length, 1);
  });
});
