/**
 * Issue 22 part 2: `sip-lens` reads standard input (`-`) and `.gz` files, and refuses a log too
 * big for one string with its size named.
 */
import { runCaptured, spawnBuiltCli, SAMPLE_LOG } from '../support/cliRun';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { formatSize } from '../../server/src/logFiles/errors';
import { answeredCall, busyThenUnavailable, Scratch } from '../support/cliLogs';

const SAMPLE = SAMPLE_LOG;

const run = (...args: string[]) => runCaptured(args);

const spawnCli = (args: readonly string[], input?: string | Buffer, cwd?: string) =>
  spawnBuiltCli(args, { ...(input === undefined ? {} : { input }), ...(cwd === undefined ? {} : { cwd }) });

let scratch: Scratch;
before(() => (scratch = new Scratch()));
after(() => scratch.remove());

describe('sip-lens input: standard input and gzip', () => {
  it('reads standard input for -, with the same findings as the file', () => {
    const file = spawnCli(['check', SAMPLE]);
    const piped = spawnCli(['check', '-'], readFileSync(SAMPLE));
    assert.equal(piped.status, file.status);
    assert.equal(file.status, 1);
    assert.ok(file.out.length > 0);
    assert.equal(piped.out, file.out.replaceAll(`${SAMPLE}:`, '-:'));
  });

  it('reads standard input for calls and stats', () => {
    const text = answeredCall('piped', 486, 'Busy Here');
    const calls = spawnCli(['calls', '--json', '-'], text);
    assert.equal(calls.status, 0, calls.err);
    const report = JSON.parse(calls.out) as { files: { path: string; calls: { callId: string }[] }[] };
    assert.deepEqual(
      report.files[0]?.calls.map((c) => c.callId),
      ['piped@example.com'],
    );
    assert.match(spawnCli(['stats', '-'], text).out, /^-: 1 call\(s\), 1 failed/u);
  });

  it('refuses - named twice before reading anything: standard input can be read once', () => {
    for (const command of ['check', 'calls', 'stats']) {
      const { status, out, err } = run(command, '-', SAMPLE, '-');
      assert.equal(status, 2);
      assert.equal(out, '');
      assert.match(err, /^sip-lens: - \(standard input\) can be named only once\n/u);
    }
  });

  it('decompresses a .gz file for check, calls and stats, as if it were the plain log', () => {
    const plain = readFileSync(SAMPLE);
    const gz = scratch.write('sample.log.gz', '');
    writeFileSync(gz, gzipSync(plain));
    const copy = scratch.write('sample.log', plain.toString('utf8'));
    const named = (out: string, path: string) => out.replaceAll(path, 'LOG');
    for (const command of [['check'], ['check', '--json'], ['calls'], ['stats', '--json']]) {
      const fromGz = run(...command, gz);
      const fromPlain = run(...command, copy);
      assert.equal(fromGz.status, fromPlain.status, command.join(' '));
      assert.ok(fromPlain.out.length > 100, command.join(' '));
      assert.equal(named(fromGz.out, gz), named(fromPlain.out, copy), command.join(' '));
    }
  });

  it('hands a log of several megabytes over chunk by chunk, and refuses one truncated past its first chunks', () => {
    // 2.4 MB of text: more than two of the gzip reader's 1 MB hand-overs.
    const text = `${answeredCall('first', 486, 'Busy Here')}${'T_code=486\n'.repeat(220_000)}${answeredCall('last', 503, 'Service Unavailable')}`;
    const gz = scratch.write('several-mb.log.gz', '');
    const compressed = gzipSync(text);
    writeFileSync(gz, compressed);
    const copy = scratch.write('several-mb.log', text);
    const fromGz = run('check', '--json', gz);
    assert.equal(fromGz.status, 1);
    assert.equal(fromGz.out.replaceAll(gz, 'LOG'), run('check', '--json', copy).out.replaceAll(copy, 'LOG'));
    assert.equal(
      (JSON.parse(fromGz.out) as { files: { occurrences: unknown[] }[] }).files[0]?.occurrences.length,
      220_002,
    );
    writeFileSync(gz, compressed.subarray(0, compressed.length - 100));
    const truncated = run('check', gz);
    assert.equal(truncated.status, 2);
    assert.match(truncated.err, /the gzip data ends early/u);
  });

  it('reads concatenated gzip members as one log, as gzip -d does', () => {
    const first = answeredCall('one', 486, 'Busy Here');
    const second = answeredCall('two', 503, 'Service Unavailable');
    const path = scratch.write('two-members.log.gz', '');
    writeFileSync(path, Buffer.concat([gzipSync(first), gzipSync(second)]));
    const { status, out } = run('check', path);
    assert.equal(status, 1);
    assert.match(out, /:5:9 warning 486 /u);
    assert.match(out, /:13:9 error 503 /u);
  });

  it('refuses a truncated gzip file with exit 2 and says so, in both languages', () => {
    const whole = gzipSync(busyThenUnavailable());
    const path = scratch.write('truncated.log.gz', '');
    writeFileSync(path, whole.subarray(0, whole.length >> 1));
    const en = spawnCli(['check', path]);
    assert.equal(en.status, 2);
    assert.equal(en.out, '');
    assert.equal(en.err, `sip-lens: cannot read '${path}': the gzip data ends early (is the file truncated?)\n`);
    const zh = spawnCli(['check', '--lang', 'zh-cn', path]);
    assert.equal(zh.status, 2);
    assert.match(zh.err, /gzip 数据提前结束/u);
  });

  it('refuses a corrupt gzip file with exit 2, for every command', () => {
    const whole = gzipSync(busyThenUnavailable());
    const middle = whole.length >> 1;
    whole.writeUInt8(whole.readUInt8(middle) ^ 0xff, middle);
    const corrupt = scratch.write('corrupt.log.gz', '');
    writeFileSync(corrupt, whole);
    const notGzip = scratch.write('plain-text.gz', 'not compressed at all\n');
    for (const path of [corrupt, notGzip])
      for (const command of ['check', 'calls', 'stats']) {
        const { status, err } = run(command, path);
        assert.equal(status, 2, `${command} ${path}`);
        assert.match(err, /^sip-lens: cannot read '.*': (not valid gzip data \(.+\)|the gzip data ends early)/u);
        assert.equal(err.split('\n').length, 2, 'one line, no usage text');
      }
  });

  it('names sizes as ls -h does (the Analyse on disk refusal; calls and stats stream any size: cli-stream-calls)', () => {
    assert.equal(formatSize(2.5 * 2 ** 30), '2.5 GB');
  });
});
