/**
 * `sip-lens check` in process: the exit status counts every finding whatever is shown (issue 15
 * §1), file names reach the terminal filtered (issue 16 F6), output goes out in chunks as it is
 * made and files are read one at a time (F7, F8).
 */
import { runCli } from '../../server/src/cli/main';
import { runCaptured } from '../support/cliRun';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OutputClosed } from '../../server/src/cli/io';
import { answeredCall, busyThenUnavailable, mentions, Scratch } from '../support/cliLogs';

const SAMPLE = join(__dirname, '..', '..', '..', 'samples', 'asterisk-pjsip.log');

const run = (...args: string[]) => runCaptured(args);

interface JsonReport {
  files: {
    path: string;
    counts: Record<string, number>;
    occurrences: unknown[];
    diagnostics: { severity: string; rule: string }[];
  }[];
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

let scratch: Scratch;
before(() => (scratch = new Scratch()));
after(() => scratch.remove());

describe('sip-lens check verdict', () => {
  let busy: string;
  before(() => (busy = scratch.write('busy-then-503.log', busyThenUnavailable())));

  it('exits 1 for an error past 1,000 warnings, and by default prints every finding', () => {
    const { status, out } = run('check', busy);
    assert.equal(status, 1);
    const lines = out.split('\n').filter(Boolean);
    assert.equal(lines.length, 1006);
    assert.match(lines.at(-1) ?? '', / error 503 Service Unavailable .*\[final-server-failure\]$/u);
  });

  // The cap keeps the most severe first (issue 22): the 503 at the end is shown before any 486.
  for (const [cap, hidden, severity] of [
    ['1000', '6 warnings', 'warning'],
    ['2', '1004 warnings', 'warning'],
    ['0', '1 error, 1005 warnings', 'error'],
  ] as const) {
    it(`exits 1 with --max-diagnostics ${cap}, keeps the error, and the overflow line counts the rest`, () => {
      const { status, out } = run('check', '--max-diagnostics', cap, busy);
      assert.equal(status, 1);
      const lines = out.split('\n').filter(Boolean);
      assert.equal(lines.length, Number(cap) + 1);
      const shown = lines.slice(0, -1);
      assert.equal(shown.filter((line) => / error 503 Service Unavailable/u.test(line)).length, cap === '0' ? 0 : 1);
      const overflow = lines.at(-1) ?? '';
      assert.match(
        overflow,
        new RegExp(
          ` ${severity} … and ${1006 - Number(cap)} more findings not shown \\(${hidden}; --max-diagnostics ${cap}\\) \\[diagnostics-capped\\]$`,
          'u',
        ),
      );
      assert.doesNotMatch(out, /sipLens\./u, 'the CLI names its flag, not the editor setting');
    });
  }

  it('exits as without the flag on the Asterisk sample with --max-diagnostics 2', () => {
    const whole = run('check', SAMPLE);
    const capped = run('check', '--max-diagnostics', '2', SAMPLE);
    assert.equal(whole.status, 1);
    assert.equal(capped.status, whole.status);
  });

  it('counts every finding by severity in JSON, also when the list is capped', () => {
    const whole = JSON.parse(run('check', '--json', busy).out) as JsonReport;
    const capped = run('check', '--json', '--max-diagnostics', '1', busy);
    assert.equal(capped.status, 1);
    const file = (JSON.parse(capped.out) as JsonReport).files[0];
    assert.deepEqual(file?.counts, { error: 1, warning: 1005, information: 0, hint: 0 });
    assert.deepEqual(file?.counts, whole.files[0]?.counts);
    assert.equal(file?.diagnostics.length, 1);
    assert.equal(whole.files[0]?.diagnostics.length, 1006);
  });

  it('rejects a --max-diagnostics that is not a whole number', () => {
    assert.equal(run('check', '--max-diagnostics', '-1', busy).status, 2);
    assert.equal(run('check', '--max-diagnostics', 'lots', busy).status, 2);
  });
});

describe('sip-lens check --json', () => {
  it('is the same pretty-printed JSON as JSON.stringify would make, for several files', () => {
    const a = scratch.write('a.log', answeredCall('a', 480, 'Temporarily Unavailable'));
    const b = scratch.write('b.log', 'nothing here\n');
    const { status, out } = run('check', '--json', a, SAMPLE, b);
    assert.equal(status, 1);
    const parsed = JSON.parse(out) as JsonReport;
    assert.equal(out, `${JSON.stringify(parsed, null, 2)}\n`);
    assert.deepEqual(
      parsed.files.map((f) => f.path),
      [a, SAMPLE, b],
    );
    assert.deepEqual(parsed.files[2], {
      path: b,
      counts: { error: 0, warning: 0, information: 0, hint: 0 },
      occurrences: [],
      diagnostics: [],
    });
  });

  it('writes a big report in bounded chunks, never as one string', () => {
    const path = scratch.write('mentions.log', mentions(40_000));
    const chunks: number[] = [];
    const status = runCli(['check', '--json', path], { out: (t) => chunks.push(t.length), err: () => undefined });
    assert.equal(status, 0);
    const total = chunks.reduce((sum, n) => sum + n, 0);
    assert.ok(total > 4_000_000, `${total} characters of JSON`);
    assert.ok(Math.max(...chunks) <= 128 * 1024, `a chunk of ${Math.max(...chunks)} characters`);
  });
});

describe('sip-lens check file names (issue 16 F6)', () => {
  const hostileName = 'evil\u001b]0;pwned\u0007\u001b[31m\u009b2J\u202eset\nfake.log';

  it('prints a file name with escape sequences and a line break filtered, one line per finding', () => {
    const path = scratch.write(hostileName, answeredCall('x', 486, 'Busy Here'));
    const { status, out } = run('check', path);
    assert.equal(status, 0);
    const lines = out.split('\n').filter(Boolean);
    assert.equal(lines.length, 1);
    const unsafe = TERMINAL_UNSAFE.exec(lines[0] ?? '');
    assert.equal(unsafe, null, `U+${unsafe?.[0].codePointAt(0)?.toString(16)} reached the terminal`);
    assert.match(
      lines[0] ?? '',
      /evil\ufffd\]0;pwned\ufffd\ufffd\[31m\ufffd2J\ufffdset\ufffdfake\.log:5:9 warning 486/u,
    );
  });

  it('filters the name in "cannot read" too', () => {
    const { status, err } = run('check', join(scratch.dir, `missing-${hostileName}`));
    assert.equal(status, 2);
    assert.equal(TERMINAL_UNSAFE.exec(err.trimEnd()), null);
    assert.equal(err.trimEnd().split('\n').length, 1, err);
    assert.match(err, /cannot read '.*missing-evil\ufffd\]0;pwned.*': no such file/u);
  });
});

describe('sip-lens check files one at a time (issue 16 F8)', () => {
  it('reads the second file only after the first one is written out', () => {
    const first = scratch.write('first.log', answeredCall('one', 486, 'Busy Here'));
    const second = scratch.write('second.log', answeredCall('two', 486, 'Busy Here'));
    let out = '';
    const status = runCli(['check', first, second], {
      out: (text) => {
        // Had the second file been read before the first one's findings were written, this change would go unseen.
        if (out === '') writeFileSync(second, answeredCall('two', 503, 'Service Unavailable'));
        out += text;
      },
      err: () => undefined,
    });
    assert.equal(status, 1);
    assert.match(out, /second\.log:5:9 error 503/u);
  });
});

describe('sip-lens faults (issue 16 F7)', () => {
  it('prints one line and exits 3 when something unexpected fails', () => {
    let err = '';
    const status = runCli(['explain', '486'], {
      out: () => {
        throw new RangeError('Invalid string length\n    at somewhere (file.js:1:1)');
      },
      err: (text) => (err += text),
    });
    assert.equal(status, 3);
    assert.equal(err, 'sip-lens: internal error: RangeError: Invalid string length\n');
  });

  it('stops writing quietly when the reader has gone, and still exits with the verdict of every file', () => {
    const busy = scratch.write('closed-busy.log', busyThenUnavailable());
    const quiet = scratch.write('closed-quiet.log', answeredCall('q', 486, 'Busy Here'));
    const late = scratch.write('closed-late.log', answeredCall('late', 503, 'Service Unavailable'));
    let writes = 0;
    let err = '';
    const io = {
      out: () => {
        writes++;
        throw new OutputClosed();
      },
      err: (text: string) => (err += text),
    };
    assert.equal(runCli(['check', quiet, busy], io), 1);
    assert.equal(
      runCli(['check', '--json', quiet, late], io),
      1,
      'the error in a file checked after the pipe closed still counts',
    );
    assert.equal(runCli(['check', quiet], io), 0);
    assert.equal(writes, 3, 'one attempt per run, then nothing more');
    assert.equal(err, '');
  });

  it('documents exit status 3 in --help', () => {
    assert.match(run('--help').out, /^ {2}3 {2}internal error/mu);
  });
});
