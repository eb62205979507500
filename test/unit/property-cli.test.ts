/**
 * `sip-lens check` prints findings that quote log text (reason phrases). Whatever the log holds,
 * the text output must not carry terminal control sequences or bidi overrides, and the JSON
 * output must stay parseable. Files are real (the CLI reads paths), so runs are fewer.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { runCli } from '../../server/src/cli/main';
import { arbSipLog } from '../support/sipGenerators';
import { arbAnyLog } from '../support/damagedLogs';
import { assertProperty, fuzzRuns } from '../support/properties';

const TIMEOUT = { timeout: 600_000 };
/**
 * C0 controls (tab and the newline that ends each finding are harmless), DEL, C1 controls, and
 * bidi marks, embeddings, overrides and isolates.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

function check(args: string[]): { status: number; out: string; err: string } {
  let out = '';
  let err = '';
  const status = runCli(['check', ...args], { out: (t) => (out += t), err: (t) => (err += t) });
  return { status, out, err };
}

describe('sip-lens check over random SIP logs (property)', () => {
  let dir: string;
  let counter = 0;
  const writeLog = (text: string) => {
    const path = join(dir, `log-${++counter}.log`);
    writeFileSync(path, text, 'utf8');
    return path;
  };
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sip-lens-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints no control characters or bidi overrides, whatever the phrases hold', TIMEOUT, () => {
    const hostilePhrases = fc.constantFrom(
      '\u001b[2J\u001b]0;pwned\u0007',
      '\u009b31m',
      '\u202eevil\u202c',
      '\u200fmark',
      'cr\rhere',
      'nul\u0000',
    );
    const arbHostileLog = fc
      .tuple(arbSipLog, hostilePhrases)
      .map(([log, phrase]) => `${log}\nSIP/2.0 486 ${phrase}\nCSeq: 1 INVITE\n`);
    assertProperty(
      fc.property(fc.oneof(arbHostileLog, arbAnyLog), (text) => {
        const { status, out } = check([writeLog(text)]);
        assert.ok(status === 0 || status === 1, `status ${status}`);
        const unsafe = TERMINAL_UNSAFE.exec(out);
        assert.equal(
          unsafe,
          null,
          `U+${unsafe?.[0].codePointAt(0)?.toString(16).padStart(4, '0')} reached the terminal`,
        );
      }),
      { numRuns: Math.max(20, Math.floor(fuzzRuns() / 4)) },
    );
  });

  it('prints JSON that parses and reports as many diagnostics as the text output', TIMEOUT, () => {
    assertProperty(
      fc.property(arbAnyLog, (text) => {
        const path = writeLog(text);
        const json = JSON.parse(check(['--json', path]).out) as { files: { diagnostics: unknown[] }[] };
        const lines = check([path]).out.split('\n').filter(Boolean);
        assert.equal(json.files[0]?.diagnostics.length, lines.length);
      }),
      { numRuns: Math.max(20, Math.floor(fuzzRuns() / 4)) },
    );
  });
});
