/**
 * The rules on real call-flow logs (test/fixtures/flows), read by the real scanner: the
 * engine and `analyze` must agree on what a transaction, a retry and a retransmission are.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/index';
import { DEFAULT_RULE_OPTIONS, evaluateRules } from '../../server/src/rules/index';
import type { Finding } from '../../server/src/rules/types';
import { covered, readFlowFixture, shippedLogs } from './rules-support';

function check(name: string): { text: string; findings: Finding[] } {
  const text = readFlowFixture(name);
  return { text, findings: evaluateRules(analyze(text), DEFAULT_RULE_OPTIONS).findings };
}

/** "rule/severity@covered text" per finding, in order. */
function summary(name: string): string[] {
  const { text, findings } = check(name);
  return findings.map((f) => `${f.rule}/${f.severity}@${covered(text, f)}`);
}

describe('rules on call-flow fixtures', () => {
  it('Asterisk pjsip: REGISTER challenged then accepted is one hint', () => {
    assert.deepEqual(summary('register-auth-ok.log'), ['auth-challenge/hint@401']);
  });

  it('sngrep: REGISTER whose credentials are refused is an error on the second 401', () => {
    const { text, findings } = check('register-auth-rejected.log');
    assert.deepEqual(
      findings.map((f) => `${f.rule}/${f.severity}`),
      // Issue 17: the first 401 was the normal challenge, answered by the retry; the rejection is the second.
      ['auth-challenge/hint', 'auth-rejected/error'],
    );
    const rejected = findings[1] as Finding;
    assert.ok(text.indexOf('CSeq: 2 REGISTER') < rejected.offset, 'the error sits on the 401 that answers CSeq 2');
    assert.equal(covered(text, { ...rejected, ...rejected.related! }), 'REGISTER sip:sip.example.net SIP/2.0');
  });

  it('FreeSWITCH siptrace: 407 to an INVITE answered with Proxy-Authorization is one hint', () => {
    const { findings } = check('invite-407-answered.log');
    assert.deepEqual(
      findings.map((f) => f.rule),
      ['auth-challenge'],
    );
    assert.match(findings[0]?.message ?? '', /challenged INVITE \(CSeq 116734201\); the retry got 200 OK/u);
  });

  it('sngrep: a CANCELled INVITE gets information on the 487 and nothing on the CANCEL’s 200', () => {
    assert.deepEqual(summary('invite-cancelled.log'), ['request-terminated/information@487']);
  });

  it('raw: an INVITE with only 100 Trying is flagged on its request line', () => {
    assert.deepEqual(summary('invite-stuck.log'), [
      'no-final-response/warning@INVITE sip:4004@198.51.100.60:5060 SIP/2.0',
    ]);
  });

  it('ngrep: a retransmitted 486 Busy Here is one warning', () => {
    assert.deepEqual(summary('invite-busy.log'), ['final-client-failure/warning@486']);
  });

  it('a proxy log with the 486 received and forwarded upstream reports it once', () => {
    // Kamailio's default "100 trying -- your call is important to us" is a catalog alias of 100,
    // so only the forwarded 486 is reported, once.
    assert.deepEqual(summary('proxy-forwarded-busy.log'), ['final-client-failure/warning@486']);
  });

  it('503 and 603 are errors; Q.850 causes in Reason headers are not codes', () => {
    assert.deepEqual(summary('invite-503-603.log'), [
      'final-server-failure/error@503',
      'final-global-failure/error@603',
    ]);
  });

  it('SIPp and Kamailio: unregistered 499 on a status line and 478 in a log line', () => {
    const { text, findings } = check('unregistered-codes.log');
    assert.deepEqual(
      findings.map((f) => `${f.rule}/${f.severity}@${covered(text, f)}`),
      [
        'final-client-failure/warning@499',
        // Issue 17: an ERROR line reporting a final failure is itself a finding, and it says that the
        // code is unregistered (issue 18: one diagnostic per fact on one range).
        'reported-failure/warning@478',
        // An INFO line that only logs the 478 reports no failure: the unregistered code is remarked alone.
        'unregistered-code/warning@478',
      ],
    );
    assert.match(findings[0]?.message ?? '', /; unregistered code, read as 400$/u, 'the failure says both facts');
    assert.match(findings[1]?.message ?? '', /^Log line reports 478 .*; unregistered code, read as 400$/u);
    assert.match(findings[2]?.message ?? '', /not a registered SIP code/u);
  });

  it('log lines: a failure logged three times is one warning, INFO lines are quiet, a 487 after CANCEL is information', () => {
    const { text, findings } = check('reported-failures.log');
    assert.deepEqual(
      findings.map((f) => `${f.rule}/${f.severity}@${covered(text, f)}`),
      ['reported-failure/warning@486', 'reported-request-terminated/information@487', 'reported-failure/error@503'],
    );
    const busy = findings[0] as Finding;
    assert.equal(busy.offset, text.indexOf('486'));
    assert.deepEqual(
      busy.repeats?.map((r) => text.slice(r.offset, r.offset + r.length)),
      ['486', '486'],
      'the two later lines are related information',
    );
    assert.match(busy.message, /486 Busy Here/u);
    assert.ok(busy.shortFix, 'the finding carries its short fix for the inlay hint');
  });

  it('reason phrases: "486 Not Here" is information, the RFC 4474 alias and a missing phrase are not', () => {
    assert.deepEqual(summary('reason-phrases.log'), [
      'final-client-failure/warning@486',
      'nonstandard-phrase/information@Not Here',
      'final-client-failure/warning@436',
      'final-client-failure/warning@480',
    ]);
  });
});

describe('findings on every shipped log', () => {
  const logs = shippedLogs();

  it('finds logs to check', () => assert.ok(logs.length >= 20, `${logs.length} logs`));

  it('no two findings share one range: one diagnostic per fact', () => {
    for (const [path, text] of logs) {
      const seen = new Map<string, string>();
      for (const finding of evaluateRules(analyze(text), { overrides: {}, maxFindings: Infinity }).findings) {
        const range = `${finding.offset}+${finding.length}`;
        assert.ok(!seen.has(range), `${path}: ${seen.get(range)} and ${finding.rule} on ${covered(text, finding)}`);
        seen.set(range, finding.rule);
      }
    }
  });

  it('every message fits a Problems row (at most 100 characters) and every finding has a short fix', () => {
    for (const [path, text] of logs) {
      for (const finding of evaluateRules(analyze(text), { overrides: {}, maxFindings: Infinity }).findings) {
        assert.ok(finding.message.length <= 100, `${path}: ${finding.message.length}: ${finding.message}`);
        assert.ok(finding.shortFix, `${path}: ${finding.rule} has no short fix`);
      }
    }
  });
});
