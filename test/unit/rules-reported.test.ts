/**
 * Failures reported by log lines (rules/reported-failure.ts, issue 17): invented but realistic
 * lines of Kamailio, pjsua, logcat and JSON loggers. Each failure is flagged once, in a failure
 * context only; repeats become related information; the call-flow judgement holds.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostic } from '../../server/src/features/diagnostics';
import { analyze } from '../../server/src/analysis';
import { analyzeWhole, reanalyze } from '../../server/src/analysis/incremental';
import { reasonPhraseEnd } from '../../server/src/analysis/reason';
import { evaluateRules, evaluateRuleState, updateRuleState } from '../../server/src/rules/index';
import type { Finding, RuleOptions } from '../../server/src/rules/types';

const OPTIONS: RuleOptions = { overrides: {}, maxFindings: 1000 };

function findings(text: string, options: RuleOptions = OPTIONS): Finding[] {
  return evaluateRules(analyze(text), options).findings;
}

/** "rule/severity@line" for each finding, the line counted from 1. */
function summary(text: string, options?: RuleOptions): string[] {
  return findings(text, options).map((f) => `${f.rule}/${f.severity}@${lineOf(text, f.offset)}`);
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** A Kamailio script line reporting a transaction's end. */
function kamailio(level: string, callId: string, code: number): string {
  return `Mar  2 10:15:02 proxy1 kamailio[4121]: ${level}: <script>: call-id=${callId} request to sip:bob@example.net completed with code: ${code}`;
}

describe('reported-failure: which lines report a failure', () => {
  it('an ERROR, WARNING or "failed" line naming a final failure is flagged; INFO and DEBUG lines are not', () => {
    const text = [
      kamailio('ERROR', 'c1', 486),
      kamailio('INFO', 'c2', 486),
      kamailio('WARNING', 'c3', 404),
      kamailio('DEBUG', 'c4', 503),
      'Mar  2 10:15:04 proxy1 kamailio[4121]: NOTICE: <script>: call-id=c5 INVITE failed: completed with code: 480',
      kamailio('INFO', 'c6', 200),
    ].join('\n');
    assert.deepEqual(summary(text), [
      'reported-failure/warning@1',
      'reported-failure/warning@3',
      'reported-failure/warning@5',
    ]);
  });

  it('reads the level of logcat, JSON and key=value lines, and the words rejected and closed', () => {
    const text = [
      '12-06 10:00:01.200  2113  2140 E SipCall : call-id=a1 got sip response 603 "Decline"',
      'E/SipService( 2113): call-id=a2 got sip response 488 "Not Acceptable Here"',
      '{"ts":"2026-03-02T10:15:02Z","level":"error","msg":"call-id=a3 got sip response 500"}',
      'ts=2026-03-02T10:15:02Z level=warn msg="call-id=a4 got sip response 408"',
      '10:15:02.113 dialog call-id=a5 rejected: got sip response 403',
      '10:15:02.113 I/SipService: call-id=a6 got sip response 486 "Busy Here"',
    ].join('\n');
    assert.deepEqual(summary(text), [
      'reported-failure/error@1',
      'reported-failure/warning@2',
      'reported-failure/error@3',
      'reported-failure/warning@4',
      'reported-failure/warning@5',
    ]);
  });

  it('grades like the message rules: 5xx and 6xx errors, 4xx warnings, and "4xx": "error" re-grades', () => {
    const text = [kamailio('ERROR', 'c1', 503), kamailio('ERROR', 'c2', 603), kamailio('ERROR', 'c3', 480)].join('\n');
    assert.deepEqual(summary(text), [
      'reported-failure/error@1',
      'reported-failure/error@2',
      'reported-failure/warning@3',
    ]);
    assert.deepEqual(summary(text, { ...OPTIONS, overrides: { '4xx': 'error', '503': 'off' } }), [
      'reported-failure/error@2',
      'reported-failure/error@3',
    ]);
  });

  it("links the code's catalog page and carries the code's short fix", () => {
    const [finding] = findings(kamailio('ERROR', 'c1', 486));
    assert.match(finding?.href ?? '', /rfc3261/u);
    assert.match(finding?.message ?? '', /486 Busy Here/u);
    assert.ok((finding?.shortFix ?? '').length > 0);
  });
});

describe('reported-failure: one failure, one diagnostic', () => {
  it('a proxy logging one 487 four times gets one finding with the other three as related information', () => {
    const lines = [1, 2, 3, 4].map(() => kamailio('ERROR', 'c9', 408));
    const text = lines.join('\n');
    const all = findings(text);
    assert.equal(all.length, 1);
    assert.equal(all[0]?.offset, text.indexOf('408'));
    assert.deepEqual(
      all[0]?.repeats?.map((r) => lineOf(text, r.offset)),
      [2, 3, 4],
    );
    const diagnostic = toDiagnostic(TextDocument.create('file:///p.log', 'log', 1, text), all[0] as Finding);
    assert.deepEqual(
      diagnostic.relatedInformation?.map((r) => r.location.range.start.line),
      [1, 2, 3],
      'the Problems panel lists the repeats under the one diagnostic',
    );
  });

  it('an app logging a failure, its stack trace, then the failure again gets one finding', () => {
    const text = [
      '2026-03-02 10:15:02,113 ERROR [pool-1-thread-3] CallManager - call-id=f00d INVITE failed: got sip response 503',
      'java.lang.IllegalStateException: call failed',
      '\tat com.example.voip.CallManager.dial(CallManager.java:404)',
      '\tat com.example.voip.CallManager.lambda$start$0(CallManager.java:180)',
      '2026-03-02 10:15:02,120 WARN  [pool-1-thread-3] CallManager - call-id=f00d giving up: got sip response 503',
    ].join('\n');
    assert.deepEqual(summary(text), ['reported-failure/error@1']);
    assert.deepEqual(
      findings(text)[0]?.repeats?.map((r) => lineOf(text, r.offset)),
      [5],
    );
  });

  it('the same code for two different Call-IDs is two failures', () => {
    const text = [kamailio('ERROR', 'alpha', 486), kamailio('ERROR', 'beta', 486)].join('\n');
    assert.deepEqual(summary(text), ['reported-failure/warning@1', 'reported-failure/warning@2']);
  });

  it('a failure also present as a SIP message is reported once, on the message', () => {
    const text = [
      'SIP/2.0 486 Busy Here',
      'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776asdhds',
      'Call-ID: m1@192.0.2.10',
      'CSeq: 1 INVITE',
      '',
      kamailio('ERROR', 'm1@192.0.2.10', 486),
    ].join('\n');
    assert.deepEqual(summary(text), ['final-client-failure/warning@1']);
  });

  it('a message of another Call-ID does not take a line naming its own', () => {
    const text = [
      'SIP/2.0 486 Busy Here',
      'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776asdhds',
      'Call-ID: m1@192.0.2.10',
      'CSeq: 1 INVITE',
      '',
      kamailio('ERROR', 'other@192.0.2.99', 486),
    ].join('\n');
    // The message rule reports the message; the line reports another call's failure.
    assert.deepEqual(summary(text), ['final-client-failure/warning@1', 'reported-failure/warning@6']);
  });
});

describe('reported-failure: the call-flow judgement', () => {
  it('a mentioned 401 followed by a successful retry stays quiet; one without a success is a warning', () => {
    const answered = [kamailio('WARNING', 'r1', 401), kamailio('INFO', 'r1', 200)].join('\n');
    assert.deepEqual(summary(answered), []);
    const refused = [kamailio('WARNING', 'r2', 407), kamailio('INFO', 'other', 200)].join('\n');
    assert.deepEqual(summary(refused), ['reported-failure/warning@1']);
  });

  it('a 487 on or after a line naming a CANCEL is information', () => {
    const own = kamailio('WARNING', 'k1', 487).replace('request to', 'CANCEL received, request to');
    assert.deepEqual(summary(own), ['reported-request-terminated/information@1']);
    const after = [
      'Mar  2 10:15:02 proxy1 kamailio[4121]: INFO: <script>: call-id=k2 CANCEL answered, completed with code: 200',
      kamailio('ERROR', 'k2', 487),
    ].join('\n');
    assert.deepEqual(summary(after), ['reported-request-terminated/information@2']);
    assert.deepEqual(summary(kamailio('ERROR', 'k3', 487)), ['reported-failure/warning@1']);
  });
});

describe('reported-failure: the incremental pass equals a whole one', () => {
  const line = fc.record({
    level: fc.constantFrom('ERROR', 'INFO', 'WARNING'),
    callId: fc.constantFrom('c1', 'c2'),
    code: fc.constantFrom(200, 401, 486, 487, 503),
  });
  const log = fc
    .array(line, { minLength: 1, maxLength: 30 })
    .map((lines) => lines.map(({ level, callId, code }) => kamailio(level, callId, code)).join('\n'));

  it('after deleting, inserting or changing any line', () => {
    fc.assert(
      fc.property(log, fc.nat(), fc.nat(), line, (text, at, span, extra) => {
        const lines = text.split('\n');
        const start = at % lines.length;
        const end = Math.min(lines.length, start + (span % 3));
        const replacement = span % 2 === 0 ? [] : [kamailio(extra.level, extra.callId, extra.code)];
        const next = [...lines.slice(0, start), ...replacement, ...lines.slice(end)].join('\n');
        const editStart = lines.slice(0, start).join('\n').length + (start > 0 ? 1 : 0);
        const oldEnd =
          editStart + lines.slice(start, end).join('\n').length + (end > start && end < lines.length ? 1 : 0);
        const prefix = text.slice(0, editStart);
        const suffix = text.slice(oldEnd);
        const inserted = next.slice(prefix.length, next.length - suffix.length);
        if (prefix + inserted + suffix !== next) return;
        const before = analyzeWhole(text);
        const state = evaluateRuleState(before.analysis, OPTIONS);
        const after = reanalyze(before, next, { start: editStart, end: oldEnd, insertedLength: inserted.length });
        const updated = after.change
          ? updateRuleState(state, after.analysis, after.change, OPTIONS)
          : evaluateRuleState(after.analysis, OPTIONS);
        const whole = evaluateRules(analyze(next), OPTIONS);
        assert.deepEqual({ findings: updated.findings, totals: updated.totals }, whole);
      }),
      { numRuns: 300 },
    );
  });
});

describe('reason phrases end before what a log wrote after them', () => {
  const phraseOf = (line: string) => {
    const start = line.indexOf('180') + 4;
    return line.slice(start, reasonPhraseEnd(line, start, line.length));
  };

  it('stops before the next header of a message logged on one line, a JSON object, or Markdown emphasis', () => {
    assert.equal(phraseOf('SIP/2.0 180 Ringing  Contact: <sip:bob@192.0.2.4>'), 'Ringing');
    assert.equal(phraseOf('SIP/2.0 180 Ringing\tCSeq: 1 INVITE'), 'Ringing');
    assert.equal(phraseOf('SIP/2.0 180 Ringing: {"callId":"x1","ms":12}'), 'Ringing');
    assert.equal(phraseOf('SIP/2.0 180 Ringing: ["x1", 12]'), 'Ringing');
    assert.equal(phraseOf('SIP/2.0 180 Ringing {"callId":"x1"}'), 'Ringing');
    assert.equal(phraseOf('**SIP/2.0 180 Ringing** arrived'), 'Ringing');
    assert.equal(phraseOf('`SIP/2.0 180 Ringing`'), 'Ringing');
    assert.equal(phraseOf('_SIP/2.0 180 Ringing_'), 'Ringing');
  });

  it('keeps free-text phrases whole, colons and underscores included', () => {
    assert.equal(phraseOf('SIP/2.0 180 Ringing: remote party alerted'), 'Ringing: remote party alerted');
    assert.equal(phraseOf('SIP/2.0 180 Call_Is_Ringing now'), 'Call_Is_Ringing now');
    assert.equal(phraseOf('SIP/2.0 180 Ringing (early media)'), 'Ringing (early media)');
    assert.equal(phraseOf('SIP/2.0 180 Ringing [run] {sic}'), 'Ringing [run] {sic}');
  });

  it('is linear: a long line of blanks and would-be header names is read in one pass', () => {
    const line = `SIP/2.0 180 ${'  Ringing'.repeat(200_000)}`;
    const started = process.hrtime.bigint();
    reasonPhraseEnd(line, 12, line.length);
    assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 500);
  });

  it('a registered phrase followed by a logged header is not a non-standard phrase', () => {
    const text = [
      '<--- Received SIP response (612 bytes) from UDP:203.0.113.7:5060 --->',
      'SIP/2.0 180 Ringing  Contact: <sip:bob@203.0.113.7>  Call-ID: r9@203.0.113.1  CSeq: 1 INVITE',
      '',
    ].join('\n');
    assert.equal(analyze(text).messages[0]?.reasonPhrase, 'Ringing');
    assert.deepEqual(
      findings(text).filter((f) => f.rule === 'nonstandard-phrase'),
      [],
    );
  });
});
