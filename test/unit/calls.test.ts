/**
 * Call summaries (issue 20): the state and deciding code of every call of the flow fixtures and of
 * the format fixtures, the timing read from the log's stamps (hand-computed below), and how a call
 * without a final response is told apart: in progress within the RFC 3261 timers, stuck past them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, LineIndex } from '../../server/src/analysis';
import { matchesCall, parseStateFilter, summarizeCalls, type CallSummary } from '../../server/src/calls';
import { otherCallAt, timedCall } from '../support/callLogs';
import { REPO_ROOT } from '../support/lspClient';

function summariesOfText(text: string): CallSummary[] {
  const lines = new LineIndex(text);
  return summarizeCalls(text, analyze(text, { lineIndex: lines }), lines);
}

function summariesOf(name: string): CallSummary[] {
  return summariesOfText(readFileSync(join(REPO_ROOT, 'test', 'fixtures', name), 'utf8'));
}

/** `kind state code` of each call, `+BYE` when a BYE ended it. */
function outline(summaries: readonly CallSummary[]): string[] {
  return summaries.map((s) => `${s.kind} ${s.state} ${s.finalCode ?? '-'}${s.endedWithBye ? ' +BYE' : ''}`);
}

describe('call states on the flow fixtures', () => {
  const expected: Readonly<Record<string, readonly string[]>> = {
    // 407 challenge, retry with credentials, 200: answered (the challenge is not the outcome)
    'invite-407-answered.log': ['call answered 200'],
    'invite-503-603.log': ['call rejected 503', 'call declined 603'],
    'invite-busy.log': ['call busy 486'],
    'invite-cancelled.log': ['call cancelled 487'],
    // only 100 Trying, no times in the log: stuck, reported as no answer
    'invite-stuck.log': ['call no-answer -'],
    'proxy-forwarded-busy.log': ['call busy 486'],
    'reason-phrases.log': ['call busy 486', 'call rejected 436', 'call no-answer 480'],
    'register-auth-ok.log': ['registration succeeded 200'],
    'register-auth-rejected.log': ['registration auth-failed 401'],
    'unregistered-codes.log': ['call rejected 499'],
  };
  for (const [name, states] of Object.entries(expected)) {
    it(name, () => assert.deepEqual(outline(summariesOf(`flows/${name}`)), states));
  }
});

describe('call states on the format fixtures', () => {
  it('an answered call ended by a BYE, a cancelled fork, an OPTIONS ping (raw messages)', () => {
    assert.deepEqual(outline(summariesOf('raw-messages.sip')), [
      'registration succeeded 200',
      'call answered 200 +BYE',
      'call cancelled 487',
      'options succeeded 200',
    ]);
  });

  it('not found, no answer (480) and declined (chan_sip)', () => {
    assert.deepEqual(outline(summariesOf('asterisk-chansip.log')), [
      'call not-found 404',
      'call no-answer 480',
      'call declined 603',
    ]);
  });

  it('subscription and MESSAGE kinds (Homer)', () => {
    assert.deepEqual(outline(summariesOf('homer.log')), [
      'subscription rejected 489',
      'call not-found 404',
      'message succeeded 202',
    ]);
  });

  it('an INVITE still ringing when the log ends is in progress (pjsua)', () => {
    assert.deepEqual(outline(summariesOf('pjsua.log')).at(-1), 'call in-progress -');
  });

  it('reads the parties, the request URI and the message count', () => {
    const [call] = summariesOf('sngrep-export.log');
    assert.ok(call);
    assert.deepEqual(call.from, { user: '+15875550142' });
    assert.deepEqual(call.to, { user: '+14035551212' });
    assert.equal(call.requestUri, 'sip:+14035551212@192.0.2.1:5060');
    assert.equal(call.messageCount, 5);
    assert.equal(call.firstMessage, 0);
  });
});

describe('call timing', () => {
  it('start, provisional, 18x, answer, setup delay and time to answer (sngrep, by hand)', () => {
    const [call] = summariesOf('sngrep-export.log');
    const timing = call?.timing;
    assert.ok(timing);
    assert.equal(timing.start?.text, '2026/01/15 10:00:00.123456');
    assert.equal(timing.firstProvisional?.text, '2026/01/15 10:00:00.124890');
    assert.equal(timing.first18x?.text, '2026/01/15 10:00:01.380012');
    assert.equal(timing.answer?.text, '2026/01/15 10:00:04.001200');
    // 180 at 01.380012 - INVITE at 00.123456
    assert.equal(timing.setupDelayMs, 1256.556);
    // 200 at 04.001200 - INVITE at 00.123456
    assert.equal(timing.timeToAnswerMs, 3877.744);
    assert.equal(timing.durationMs, undefined);
  });

  it('duration and disconnect delay of a call ended by a BYE (constructed sngrep log)', () => {
    const [call] = summariesOfText(timedCall(['200 OK', 'BYE']));
    assert.equal(call?.state, 'answered');
    assert.equal(call?.endedWithBye, true);
    // 200 at 10:00:02.000, BYE at 10:01:02.500, its 200 at 10:01:02.540
    assert.equal(call?.timing.durationMs, 60_500);
    assert.equal(call?.timing.disconnectDelayMs, 40);
    assert.equal(call?.timing.end?.text, '2026/01/15 10:01:02.500000');
  });

  it('the setup delay of the INVITE that decided, not of a challenged one before it', () => {
    const [call] = summariesOf('flows/invite-407-answered.log');
    assert.ok(call?.timing.setupDelayMs !== undefined && call.timing.setupDelayMs < call.timing.timeToAnswerMs!);
  });

  it('no times in the log, no timing at all (never zeros)', () => {
    const [call] = summariesOf('flows/invite-503-603.log');
    assert.deepEqual(call?.timing, {});
  });
});

describe('a call without a final response', () => {
  it('is in progress within Timer C after a provisional response, stuck after it', () => {
    const ringing = timedCall(['180 Ringing']);
    assert.equal(summariesOfText(ringing + otherCallAt('10:02:00.000000'))[0]?.state, 'in-progress');
    assert.equal(summariesOfText(ringing + otherCallAt('10:03:02.000000'))[0]?.state, 'no-answer');
  });

  it('is in progress within Timer B without a response, stuck after it', () => {
    const silent = timedCall([]);
    assert.equal(summariesOfText(silent + otherCallAt('10:00:31.000000'))[0]?.state, 'in-progress');
    assert.equal(summariesOfText(silent + otherCallAt('10:00:33.000000'))[0]?.state, 'no-answer');
  });

  it('is cancelled when a CANCEL was sent', () => {
    const call = summariesOfText(timedCall(['CANCEL']))[0];
    assert.equal(call?.state, 'cancelled');
    assert.equal(call?.finalCode, undefined);
  });
});

describe('filters', () => {
  it('--state failed takes every failure state; a state list; unknown words are refused', () => {
    assert.deepEqual([...(parseStateFilter('failed') ?? [])].sort(), [
      'auth-failed',
      'busy',
      'declined',
      'no-answer',
      'not-found',
      'rejected',
    ]);
    assert.deepEqual([...(parseStateFilter('busy,no answer') ?? [])], ['busy', 'no-answer']);
    assert.equal(parseStateFilter('broken'), undefined);
  });

  it('text matches a number, a Call-ID, a code or a state label', () => {
    const calls = summariesOf('asterisk-chansip.log');
    const shown = (text: string) => calls.filter((c) => matchesCall(c, undefined, text)).map((c) => c.finalCode);
    assert.deepEqual(shown('15875550123'), [480]);
    assert.deepEqual(shown('404'), [404]);
    assert.deepEqual(shown('DECLINED'), [603]);
    assert.deepEqual(shown('reception'), [480, 603]);
  });
});
