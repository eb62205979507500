/**
 * The call-flow rules on flows built with FlowBuilder (no scanner involved): each test is a
 * small call an engineer would recognise, and asserts which findings it gets and where.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getEntry } from '../../catalog/src/index';
import { DEFAULT_RULE_OPTIONS, evaluateRules } from '../../server/src/rules/index';
import type { Finding } from '../../server/src/rules/types';
import { byRule, covered, FlowBuilder } from './rules-support';

function run(flow: FlowBuilder): { text: string; findings: Finding[] } {
  const { text, analysis } = flow.build();
  return { text, findings: evaluateRules(analysis, DEFAULT_RULE_OPTIONS).findings };
}

function summary(text: string, findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.rule}/${f.severity}@${covered(text, f)}`);
}

describe('auth challenges', () => {
  it('401 answered by a REGISTER with credentials that got 200 is only a hint', () => {
    const flow = new FlowBuilder()
      .request('REGISTER', 'reg1', 1)
      .response(401, 'Unauthorized', 'reg1', 1, 'REGISTER')
      .request('REGISTER', 'reg1', 2, { credentials: true })
      .response(200, 'OK', 'reg1', 2, 'REGISTER');
    const { text, findings } = run(flow);
    assert.deepEqual(summary(text, findings), ['auth-challenge/hint@401']);
    const [hint] = findings;
    assert.match(
      hint?.message ?? '',
      /^401 Unauthorized challenged REGISTER \(CSeq 1\); the retry \(CSeq 2\) got 200 OK$/u,
    );
    assert.doesNotMatch(hint?.shortFix ?? '', /resend/u, 'an answered challenge needs no resend');
    assert.equal(hint?.code, 401);
    assert.equal(covered(text, { ...hint!, ...hint!.related! }), 'REGISTER sip:service@example.com SIP/2.0');
  });

  it('a retry that keeps the CSeq but opens a new branch also answers the challenge', () => {
    const flow = new FlowBuilder()
      .request('REGISTER', 'reg2', 5, { branch: 'z9hG4bKa' })
      .response(401, 'Unauthorized', 'reg2', 5, 'REGISTER', { branch: 'z9hG4bKa' })
      .request('REGISTER', 'reg2', 5, { branch: 'z9hG4bKb', credentials: true })
      .response(200, 'OK', 'reg2', 5, 'REGISTER', { branch: 'z9hG4bKb' });
    const { text, findings } = run(flow);
    assert.deepEqual(summary(text, findings), ['auth-challenge/hint@401']);
  });

  it('credentials refused again: the first 401 was the normal challenge (a hint), the error is on the second', () => {
    const flow = new FlowBuilder()
      .request('REGISTER', 'reg3', 1)
      .response(401, 'Unauthorized', 'reg3', 1, 'REGISTER')
      .request('REGISTER', 'reg3', 2, { credentials: true })
      .response(401, 'Unauthorized', 'reg3', 2, 'REGISTER');
    const { text, findings } = run(flow);
    // Issue 17: one refused password, one finding; the challenge that asked for it is not a failure.
    assert.deepEqual(summary(text, findings), ['auth-challenge/hint@401', 'auth-rejected/error@401']);
    assert.match(findings[0]?.message ?? '', /the retry \(CSeq 2\) failed with 401 Unauthorized/u);
    assert.match(findings[1]?.message ?? '', /challenged REGISTER \(CSeq 2\) again: its credentials were rejected/u);
    // Issue 18: the hint on the normal challenge points at the refused retry; the rejection sends the
    // engineer to the account, and neither says "resend with Authorization".
    assert.match(findings[0]?.shortFix ?? '', /the call failed at 401 Unauthorized: see that response/u);
    assert.match(findings[1]?.shortFix ?? '', /check this account's auth username, password and realm/u);
    for (const finding of findings) assert.doesNotMatch(finding.shortFix ?? '', /resend/u);
    assert.ok(findings[0]!.offset < findings[1]!.offset);
  });

  it('a stale-nonce re-challenge followed by success is not an error', () => {
    const flow = new FlowBuilder()
      .request('REGISTER', 'reg4', 1)
      .response(401, 'Unauthorized', 'reg4', 1, 'REGISTER')
      .request('REGISTER', 'reg4', 2, { credentials: true })
      .response(401, 'Unauthorized', 'reg4', 2, 'REGISTER')
      .request('REGISTER', 'reg4', 3, { credentials: true })
      .response(200, 'OK', 'reg4', 3, 'REGISTER');
    const { text, findings } = run(flow);
    assert.deepEqual(summary(text, findings), ['auth-challenge/hint@401', 'auth-challenge/hint@401']);
    assert.match(findings[1]?.message ?? '', /again; a later retry with credentials succeeded/u);
    assert.match(findings[1]?.shortFix ?? '', /stale nonce/u);
  });

  it('407 to an INVITE answered by an authenticated INVITE that connects', () => {
    const flow = new FlowBuilder()
      .request('INVITE', 'inv1', 10)
      .response(407, 'Proxy Authentication Required', 'inv1', 10, 'INVITE')
      .request('ACK', 'inv1', 10)
      .request('INVITE', 'inv1', 11, { credentials: true })
      .response(100, 'Trying', 'inv1', 11, 'INVITE')
      .response(180, 'Ringing', 'inv1', 11, 'INVITE')
      .response(200, 'OK', 'inv1', 11, 'INVITE')
      .request('ACK', 'inv1', 11);
    const { text, findings } = run(flow);
    assert.deepEqual(summary(text, findings), ['auth-challenge/hint@407']);
  });

  it('a 401 with no retry in the log is an ordinary client failure', () => {
    const flow = new FlowBuilder().request('REGISTER', 'reg5', 1).response(401, 'Unauthorized', 'reg5', 1, 'REGISTER');
    const { text, findings } = run(flow);
    assert.deepEqual(summary(text, findings), ['final-client-failure/warning@401']);
    assert.match(findings[0]?.message ?? '', /no retry with credentials follows/u);
    assert.equal(findings[0]?.shortFix, getEntry(401)?.shortFix, 'no retry: the catalog advice (resend) applies');
  });
});

describe('one truth per finding', () => {
  it('a 407 whose retry got 403 points at the 403 and never calls the call normal', () => {
    const flow = new FlowBuilder()
      .request('INVITE', 'f1', 10)
      .response(407, 'Proxy Authentication Required', 'f1', 10, 'INVITE')
      .request('ACK', 'f1', 10)
      .request('INVITE', 'f1', 11, { credentials: true })
      .response(403, 'Forbidden', 'f1', 11, 'INVITE');
    const { text, findings } = run(flow);
    const challenge = findings.find((f) => covered(text, f) === '407');
    assert.ok(challenge);
    assert.match(
      challenge.message,
      /challenged INVITE \(CSeq 10\); the retry (\(CSeq 11\) )?failed with 403 Forbidden$/u,
    );
    for (const words of [challenge.message, challenge.shortFix ?? '']) assert.doesNotMatch(words, /normal/iu);
    assert.equal(challenge.shortFix, 'the challenge was answered; the call failed at 403 Forbidden: see that response');
    assert.equal(covered(text, { ...challenge, ...challenge.related! }), 'SIP/2.0 403 Forbidden');
  });

  it('a response whose Via branch matches no request answers its request in every rule', () => {
    const flow = new FlowBuilder()
      .request('INVITE', 'v1', 102, { branch: 'z9hG4bKsent' })
      .response(100, 'Trying', 'v1', 102, 'INVITE', { branch: 'z9hG4bKrewritten' })
      .response(486, 'Busy Here', 'v1', 102, 'INVITE', { branch: 'z9hG4bKrewritten' })
      .request('ACK', 'v1', 102);
    const { text, findings } = run(flow);
    // Not also "INVITE (CSeq 102) got no response at all": the 486 answers it, as its own finding says.
    assert.deepEqual(summary(text, findings), ['final-client-failure/warning@486']);
    assert.equal(
      covered(text, { ...findings[0]!, ...findings[0]!.related! }),
      'INVITE sip:service@example.com SIP/2.0',
    );
  });

  it('a vendor phrase ("100 Telnyx Trying") on a response and its copy is one remark, on the phrase', () => {
    const flow = new FlowBuilder()
      .request('INVITE', 't1', 1)
      .response(100, 'Telnyx Trying', 't1', 1, 'INVITE')
      .response(100, 'Telnyx Trying', 't1', 1, 'INVITE', { branch: 'z9hG4bKcopy' })
      .response(200, 'OK', 't1', 1, 'INVITE');
    const { text, findings } = run(flow);
    assert.deepEqual(summary(text, findings), ['nonstandard-phrase/information@Telnyx Trying']);
    assert.equal(
      findings[0]?.message,
      "100 sent as 'Telnyx Trying' (registered: 'Trying'); the code, not the phrase, says what happened",
    );
  });

  it('every finding with a short fix is at most one line and every message fits a Problems row', () => {
    const flow = new FlowBuilder()
      .request('INVITE', 'l1', 116734201)
      .response(407, 'Proxy Authentication Required', 'l1', 116734201, 'INVITE')
      .request('INVITE', 'l1', 116734202, { credentials: true })
      .response(480, 'Temporarily Unavailable because the far end said so at length', 'l1', 116734202, 'INVITE')
      .request('INVITE', 'l2', 1)
      .response(499, 'A vendor phrase that goes on and on and on for ever', 'l2', 1, 'INVITE');
    const { findings } = run(flow);
    assert.ok(findings.length >= 3);
    for (const finding of findings) {
      assert.ok(finding.message.length <= 100, `${finding.message.length}: ${finding.message}`);
      assert.ok(finding.shortFix && !finding.shortFix.includes('\n'), finding.rule);
    }
  });
});

describe('call outcomes', () => {
  it('a CANCELled INVITE ends with 487 as information; the CANCEL’s 200 is silent', () => {
    const flow = new FlowBuilder()
      .request('INVITE', 'c1', 1)
      .response(100, 'Trying', 'c1', 1, 'INVITE')
      .response(180, 'Ringing', 'c1', 1, 'INVITE')
      .request('CANCEL', 'c1', 1)
      .response(200, 'OK', 'c1', 1, 'CANCEL')
      .response(487, 'Request Terminated', 'c1', 1, 'INVITE')
      .request('ACK', 'c1', 1);
    const { text, findings } = run(flow);
    assert.deepEqual(summary(text, findings), ['request-terminated/information@487']);
    assert.match(findings[0]?.message ?? '', /after a CANCEL/u);
  });

  it('487 with no CANCEL in the log is a client failure', () => {
    const flow = new FlowBuilder().request('INVITE', 'c2', 1).response(487, 'Request Terminated', 'c2', 1, 'INVITE');
    const { text, findings } = run(flow);
    assert.deepEqual(summary(text, findings), ['final-client-failure/warning@487']);
  });

  it('486 is a warning that names the transaction, points at the INVITE and carries the catalog fix', () => {
    const flow = new FlowBuilder()
      .request('INVITE', 'b1', 1)
      .response(100, 'Trying', 'b1', 1, 'INVITE')
      .response(486, 'Busy Here', 'b1', 1, 'INVITE')
      .request('ACK', 'b1', 1);
    const { text, findings } = run(flow);
    assert.deepEqual(summary(text, findings), ['final-client-failure/warning@486']);
    const [finding] = findings;
    assert.equal(finding?.message, '486 Busy Here ends INVITE (CSeq 1): callee busy on this device');
    const entry = getEntry(486);
    if (entry) {
      assert.equal(finding?.shortFix, entry.shortFix);
      assert.equal(finding?.href, entry.rfcUrl);
    }
    assert.equal(finding?.related?.message, 'INVITE (CSeq 1) answered by this response');
    assert.equal(
      text.slice(finding!.related!.offset, finding!.related!.offset + finding!.related!.length),
      'INVITE sip:service@example.com SIP/2.0',
    );
  });

  it('a retransmitted final response is reported once', () => {
    const flow = new FlowBuilder()
      .request('INVITE', 'b2', 1)
      .response(486, 'Busy Here', 'b2', 1, 'INVITE')
      .response(486, 'Busy Here', 'b2', 1, 'INVITE')
      .response(486, 'Busy Here', 'b2', 1, 'INVITE');
    const { findings } = run(flow);
    assert.equal(findings.length, 1);
  });

  it('5xx and 6xx finals are errors; 1xx, 2xx and 3xx are never findings', () => {
    const flow = new FlowBuilder()
      .request('INVITE', 's1', 1)
      .response(503, 'Service Unavailable', 's1', 1, 'INVITE')
      .request('INVITE', 's2', 1)
      .response(603, 'Decline', 's2', 1, 'INVITE')
      .request('INVITE', 's3', 1)
      .response(183, 'Session Progress', 's3', 1, 'INVITE')
      .response(302, 'Moved Temporarily', 's3', 1, 'INVITE')
      .request('OPTIONS', 's4', 1)
      .response(200, 'OK', 's4', 1, 'OPTIONS');
    const { text, findings } = run(flow);
    assert.deepEqual(summary(text, findings), ['final-server-failure/error@503', 'final-global-failure/error@603']);
  });

  it('a response whose request is not in the log still gets its finding, without a related location', () => {
    const flow = new FlowBuilder().response(500, 'Server Internal Error', 'orphan', 7, 'BYE');
    const { findings } = run(flow);
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.related, undefined);
    assert.match(findings[0]?.message ?? '', /ends BYE \(CSeq 7\)/u);
  });
});

describe('requests left without a final response', () => {
  it('an INVITE that only got 100 Trying is flagged on its request line', () => {
    const flow = new FlowBuilder().request('INVITE', 'st1', 20).response(100, 'Trying', 'st1', 20, 'INVITE');
    const { text, findings } = run(flow);
    assert.deepEqual(summary(text, findings), ['no-final-response/warning@INVITE sip:service@example.com SIP/2.0']);
    assert.match(findings[0]?.message ?? '', /INVITE \(CSeq 20\) got only provisional responses \(last: 100 Trying\)/u);
    assert.equal(findings[0]?.href, 'https://www.rfc-editor.org/rfc/rfc3261#section-17.1.1.2');
    assert.equal(findings[0]?.code, undefined);
  });

  it('an unanswered INVITE is flagged only when the call goes on after it', () => {
    const alone = run(new FlowBuilder().request('INVITE', 'st2', 1));
    assert.deepEqual(alone.findings, []);
    const retransmitted = run(new FlowBuilder().request('INVITE', 'st3', 1).request('CANCEL', 'st3', 1));
    assert.deepEqual(summary(retransmitted.text, retransmitted.findings), [
      'no-final-response/warning@INVITE sip:service@example.com SIP/2.0',
    ]);
    assert.match(retransmitted.findings[0]?.message ?? '', /got no response at all/u);
  });

  it('non-INVITE without any response, and ACK, are not flagged', () => {
    const flow = new FlowBuilder().request('OPTIONS', 'o1', 1).request('ACK', 'o1', 2).request('OPTIONS', 'o1', 3);
    assert.deepEqual(run(flow).findings, []);
  });

  it('a non-INVITE stuck after a provisional response points at Timer F', () => {
    const flow = new FlowBuilder().request('MESSAGE', 'm1', 4).response(100, 'Trying', 'm1', 4, 'MESSAGE');
    const { findings } = run(flow);
    assert.equal(findings[0]?.rule, 'no-final-response');
    assert.equal(findings[0]?.href, 'https://www.rfc-editor.org/rfc/rfc3261#section-17.1.2.2');
  });
});

describe('codes and phrases', () => {
  it('an unregistered final code gets one finding, the failure, which says both', () => {
    const flow = new FlowBuilder().request('INVITE', 'u1', 1).response(499, 'Client Closed Request', 'u1', 1, 'INVITE');
    const { text, findings } = run(flow);
    assert.deepEqual(summary(text, findings), ['final-client-failure/warning@499']);
    assert.equal(
      findings[0]?.message,
      '499 Client Closed Request ends INVITE (CSeq 1); unregistered code, read as 400',
    );
  });

  it('turning the failure off leaves an unregistered final code unreported: the merged finding has its id', () => {
    const flow = new FlowBuilder().request('INVITE', 'u1', 1).response(499, 'Client Closed Request', 'u1', 1, 'INVITE');
    const { analysis } = flow.build();
    const options = { overrides: { 'final-client-failure': 'off' as const }, maxFindings: 1000 };
    assert.deepEqual(evaluateRules(analysis, options).findings, []);
  });

  it('an unregistered provisional code is to be treated as 183, not 100', () => {
    const flow = new FlowBuilder()
      .request('INVITE', 'u2', 1)
      .response(150, 'Checking', 'u2', 1, 'INVITE')
      .response(200, 'OK', 'u2', 1, 'INVITE');
    const { findings } = run(flow);
    assert.match(
      byRule(findings, 'unregistered-code')[0]?.message ?? '',
      /^150 Checking is not a registered SIP code; clients read it as 183 Session Progress$/u,
    );
  });

  it('an unregistered code in a log mention is reported, a registered one is not', () => {
    const flow = new FlowBuilder()
      .mention('ERROR: <script>: request to sip:7008@example.net completed with code: ', 478)
      .mention('ERROR: <script>: request to sip:7009@example.net completed with code: ', 408);
    const { text, findings } = run(flow);
    assert.deepEqual(summary(text, findings), ['unregistered-code/warning@478']);
  });

  it('a nonstandard phrase is information; aliases, case, trailing dots and missing phrases are not', () => {
    const flow = new FlowBuilder()
      .request('INVITE', 'p1', 1)
      .response(486, 'Not Here', 'p1', 1, 'INVITE')
      .request('INVITE', 'p2', 1)
      .response(436, 'Bad Identity-Info', 'p2', 1, 'INVITE')
      .request('INVITE', 'p3', 1)
      .response(480, undefined, 'p3', 1, 'INVITE')
      .request('INVITE', 'p4', 1)
      .response(404, 'not found.', 'p4', 1, 'INVITE');
    const { text, findings } = run(flow);
    const phrases = byRule(findings, 'nonstandard-phrase');
    assert.deepEqual(
      phrases.map((f) => covered(text, f)),
      ['Not Here'],
      'the remark covers the phrase: the code carries the failure',
    );
    assert.match(phrases[0]?.message ?? '', /486 sent as 'Not Here'/u);
    if (getEntry(486)) assert.match(phrases[0]?.message ?? '', /\(registered: 'Busy Here'\)/u);
    assert.equal(phrases[0]?.severity, 'information');
    assert.equal(byRule(findings, 'final-client-failure').length, 4);
  });
});

describe('ordering', () => {
  it('findings come sorted by offset across rules', () => {
    const flow = new FlowBuilder()
      .request('INVITE', 'o1', 1)
      .response(100, 'Trying', 'o1', 1, 'INVITE')
      .request('INVITE', 'o2', 1)
      .response(503, 'Out Of Capacity', 'o2', 1, 'INVITE')
      .mention('completed with code: ', 499);
    const { findings } = run(flow);
    const offsets = findings.map((f) => f.offset);
    assert.deepEqual(
      offsets,
      [...offsets].sort((a, b) => a - b),
    );
    assert.deepEqual(
      findings.map((f) => f.rule),
      ['no-final-response', 'final-server-failure', 'nonstandard-phrase', 'unregistered-code'],
    );
  });
});
