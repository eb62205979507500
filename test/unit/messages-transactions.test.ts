/**
 * Transactions and calls: responses paired with requests by Call-ID + CSeq number + CSeq
 * method (+ top Via branch), final responses, CANCEL/487 pairing, stuck INVITEs.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, type Analysis, type Call, type Transaction } from '../../server/src/analysis/index';
import { readFixture } from '../fixtures/index';

/** `INVITE 2: req 7, responses 8,9,10, final 10` */
function describeTransaction(analysis: Analysis, transaction: Transaction): string {
  const code = (index: number | undefined) =>
    index === undefined ? '-' : String(analysis.messages[index]?.statusCode);
  return (
    `${transaction.method} ${transaction.cseqNumber}: request ${transaction.request ?? '-'}, ` +
    `responses ${transaction.responses.map(code).join(',') || '-'}, final ${code(transaction.finalResponse)}`
  );
}

function callOf(analysis: Analysis, callId: string): Call {
  const call = analysis.calls.find((c) => c.callId === callId);
  assert.ok(call, callId);
  return call;
}

const raw = analyze(readFixture('raw-messages.sip'));

test('calls are grouped by Call-ID in order of first appearance', () => {
  assert.deepEqual(
    raw.calls.map((c) => [c.callId, c.messages.length]),
    [
      ['reg-725c2b1e@192.0.2.10', 4],
      ['call-486-a84b4c76e66710@192.0.2.10', 10],
      ['fork-180b2@192.0.2.10', 9],
      ['options-408@203.0.113.50', 2],
    ],
  );
});

test('REGISTER challenged with 401, retried with credentials, accepted with 200', () => {
  const call = callOf(raw, 'reg-725c2b1e@192.0.2.10');
  assert.deepEqual(
    call.transactions.map((t) => describeTransaction(raw, t)),
    ['REGISTER 101: request 0, responses 401, final 401', 'REGISTER 102: request 2, responses 200, final 200'],
  );
  assert.equal(raw.messages[2]?.hasCredentials, true);
});

test('INVITE 407 -> ACK -> INVITE with Proxy-Authorization -> 100/180/200 -> ACK -> BYE/200', () => {
  const call = callOf(raw, 'call-486-a84b4c76e66710@192.0.2.10');
  assert.deepEqual(
    call.transactions.map((t) => describeTransaction(raw, t)),
    [
      'INVITE 1: request 4, responses 407, final 407',
      'ACK 1: request 6, responses -, final -',
      'INVITE 2: request 7, responses 100,180,200, final 200',
      'ACK 2: request 11, responses -, final -',
      'BYE 3: request 12, responses 200, final 200',
    ],
  );
});

test('CANCEL is its own transaction; the 487 answers the INVITE', () => {
  const call = callOf(raw, 'fork-180b2@192.0.2.10');
  assert.deepEqual(
    call.transactions.map((t) => describeTransaction(raw, t)),
    [
      'INVITE 1: request 14, responses 100,180,487, final 487',
      'PRACK 2: request 17, responses 200, final 200',
      'CANCEL 1: request 19, responses 200, final 200',
      'ACK 1: request 22, responses -, final -',
    ],
  );
});

test('rejected credentials: 401, retry with Authorization, 401 again', () => {
  const asterisk = analyze(readFixture('asterisk-pjsip.log'));
  const call = callOf(asterisk, 'Kx8y3NvL2q');
  assert.deepEqual(
    call.transactions.map((t) => describeTransaction(asterisk, t)),
    ['REGISTER 20: request 0, responses 401, final 401', 'REGISTER 21: request 2, responses 401, final 401'],
  );
  assert.deepEqual(
    call.messages.map((i) => asterisk.messages[i]?.hasCredentials),
    [false, false, true, false],
  );
});

test('a stuck INVITE has a 100 Trying and no final response', () => {
  const pjsua = analyze(readFixture('pjsua.log'));
  const call = callOf(pjsua, '7d8e9f0a-1b2c-4d3e-9f4a-5b6c7d8e9f0a');
  assert.deepEqual(
    call.transactions.map((t) => describeTransaction(pjsua, t)),
    ['INVITE 8120: request 9, responses 100, final -'],
  );
  assert.equal(call.transactions[0]?.finalResponse, undefined);
});

test('busy, unavailable and declined calls end in their final response', () => {
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    [
      'asterisk-pjsip.log',
      '1c7f9e2a-4b6d-4e8f-a0b1-c2d3e4f5a6b7',
      'INVITE 10487: request 4, responses 100,183,486, final 486',
    ],
    ['asterisk-pjsip.log', '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9', 'INVITE 22541: request 9, responses 503, final 503'],
    [
      'asterisk-chansip.log',
      '6f1e2d3c4b5a69780a1b2c3d4e5f6071@192.0.2.5:5060',
      'INVITE 102: request 4, responses 100,180,480, final 480',
    ],
    ['sipp-messages.log', '1-4017@192.0.2.3', 'INVITE 1: request 0, responses 100,180,603, final 603'],
    ['ngrep.log', '77e1d2c3b4a5', 'INVITE 240: request 5, responses 100,480, final 480'],
  ];
  for (const [fixture, callId, expected] of cases) {
    const analysis = analyze(readFixture(fixture));
    assert.equal(
      describeTransaction(analysis, callOf(analysis, callId).transactions[0] as Transaction),
      expected,
      fixture,
    );
  }
});

test('retransmissions join their transaction; a second branch (a proxy leg) is a separate one', () => {
  const message = (start: string, branch: string) =>
    `${start}\nVia: SIP/2.0/UDP 192.0.2.1;branch=${branch}\nCall-ID: leg@x\nCSeq: 9 INVITE\n\n`;
  const text = [
    message('INVITE sip:b@example.com SIP/2.0', 'z9hG4bKa'),
    message('INVITE sip:b@example.com SIP/2.0', 'z9hG4bKa'),
    message('INVITE sip:b@198.51.100.1 SIP/2.0', 'z9hG4bKb'),
    message('SIP/2.0 486 Busy Here', 'z9hG4bKb'),
    message('SIP/2.0 486 Busy Here', 'z9hG4bKa'),
    message('SIP/2.0 486 Busy Here', 'z9hG4bKa'),
  ].join('');
  const analysis = analyze(text);
  assert.deepEqual(
    analysis.calls[0]?.transactions.map((t) => describeTransaction(analysis, t)),
    ['INVITE 9: request 0, responses 486,486, final 486', 'INVITE 9: request 2, responses 486, final 486'],
  );
  assert.deepEqual(
    analysis.calls[0]?.transactions.map((t) => t.responses),
    [[4, 5], [3]],
  );
});

test('a response whose request is not in the log still forms a transaction', () => {
  const analysis = analyze('SIP/2.0 603 Decline\nCall-ID: orphan@x\nCSeq: 4 INVITE\n\n');
  assert.deepEqual(analysis.calls[0]?.transactions, [
    { callId: 'orphan@x', cseqNumber: 4, method: 'INVITE', request: undefined, responses: [0], finalResponse: 0 },
  ]);
});

test('the first final response wins, later ones (a 200 after a 487 race) are kept in responses', () => {
  const text = ['SIP/2.0 180 Ringing', 'SIP/2.0 487 Request Terminated', 'SIP/2.0 200 OK']
    .map((start) => `${start}\nCall-ID: race@x\nCSeq: 1 INVITE\n\n`)
    .join('');
  const analysis = analyze(text);
  const transaction = analysis.calls[0]?.transactions[0];
  assert.deepEqual([transaction?.responses, transaction?.finalResponse], [[0, 1, 2], 1]);
});

test('messages without CSeq belong to their call but to no transaction', () => {
  const analysis = analyze('INVITE sip:b@example.com SIP/2.0\nCall-ID: nocseq@x\n\n');
  assert.deepEqual(
    analysis.calls.map((c) => [c.messages, c.transactions.length]),
    [[[0], 0]],
  );
});
