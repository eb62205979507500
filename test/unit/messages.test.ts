/**
 * The message model: splitting logs into SIP messages under each format's banners, and the
 * header fields read from them (Call-ID, CSeq, top Via branch, tags, Reason, credentials).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, LineIndex, type SipMessage } from '../../server/src/analysis/index';
import { readFixture } from '../fixtures/index';

/** `REGISTER 101/REGISTER` or `401 101/REGISTER`: start line and CSeq in one glance. */
function summary(message: SipMessage): string {
  return `${message.method ?? message.statusCode} ${message.cseqNumber}/${message.cseqMethod}`;
}

function messagesOf(name: string): readonly SipMessage[] {
  return analyze(readFixture(name)).messages;
}

describe('splitting each log format', () => {
  test('raw messages (CRLF, blank-line separated, compact headers)', () => {
    const messages = messagesOf('raw-messages.sip');
    assert.deepEqual(messages.map(summary), [
      'REGISTER 101/REGISTER',
      '401 101/REGISTER',
      'REGISTER 102/REGISTER',
      '200 102/REGISTER',
      'INVITE 1/INVITE',
      '407 1/INVITE',
      'ACK 1/ACK',
      'INVITE 2/INVITE',
      '100 2/INVITE',
      '180 2/INVITE',
      '200 2/INVITE',
      'ACK 2/ACK',
      'BYE 3/BYE',
      '200 3/BYE',
      'INVITE 1/INVITE',
      '100 1/INVITE',
      '180 1/INVITE',
      'PRACK 2/PRACK',
      '200 2/PRACK',
      'CANCEL 1/CANCEL',
      '200 1/CANCEL',
      '487 1/INVITE',
      'ACK 1/ACK',
      'OPTIONS 4711/OPTIONS',
      '200 4711/OPTIONS',
    ]);
    assert.ok(messages.every((m) => m.format === 'raw'));
    assert.deepEqual(messages.filter((m) => m.hasCredentials).map(summary), [
      'REGISTER 102/REGISTER',
      'INVITE 2/INVITE',
    ]);
    const options = messages[23];
    assert.equal(options?.callId, 'options-408@203.0.113.50');
    assert.equal(options?.viaBranch, 'z9hG4bKopt4881');
    assert.equal(options?.fromTag, 'mon1');
    assert.equal(options?.requestUri, 'sips:ping@example.org');
    assert.equal(messages[24]?.toTag, 'srv9');
  });

  test('the top Via is the first one; tags come from outside the angle brackets', () => {
    const invite = messagesOf('raw-messages.sip')[14];
    assert.equal(invite?.viaBranch, 'z9hG4bK7c1f.603e2a1b0000000000000000');
    assert.equal(invite?.fromTag, 'c0ffee01');
    assert.equal(invite?.toTag, undefined);
  });

  test('message extents end at the last header or body line', () => {
    const text = readFixture('raw-messages.sip');
    const lines = new LineIndex(text);
    const invite = messagesOf('raw-messages.sip')[4];
    assert.ok(invite);
    assert.equal(text.slice(lines.lineStart(lines.lineAt(invite.endOffset)), invite.endOffset), 'a=sendrecv');
    assert.equal(text.slice(invite.startOffset, invite.startLineEnd), 'INVITE sip:+14035551212@example.com SIP/2.0');
  });

  test('Asterisk pjsip logger', () => {
    const messages = messagesOf('asterisk-pjsip.log');
    assert.deepEqual(messages.map(summary), [
      'REGISTER 20/REGISTER',
      '401 20/REGISTER',
      'REGISTER 21/REGISTER',
      '401 21/REGISTER',
      'INVITE 10487/INVITE',
      '100 10487/INVITE',
      '183 10487/INVITE',
      '486 10487/INVITE',
      'ACK 10487/ACK',
      'INVITE 22541/INVITE',
      '503 22541/INVITE',
      'ACK 22541/ACK',
    ]);
    assert.ok(messages.every((m) => m.format === 'asterisk'));
    assert.deepEqual(messages[7]?.reasons, [{ protocol: 'Q.850', cause: 17, text: 'User busy' }]);
    assert.equal(messages[2]?.hasCredentials, true);
  });

  test('Asterisk chan_sip, with <--- banners and "Transmitting (no NAT)" lines', () => {
    const messages = messagesOf('asterisk-chansip.log');
    assert.deepEqual(messages.map(summary), [
      'INVITE 102/INVITE',
      '100 102/INVITE',
      '404 102/INVITE',
      'ACK 102/ACK',
      'INVITE 102/INVITE',
      '100 102/INVITE',
      '180 102/INVITE',
      '480 102/INVITE',
      'ACK 102/ACK',
      '603 103/INVITE',
    ]);
    assert.ok(messages.every((m) => m.format === 'asterisk'));
  });

  test('FreeSWITCH siptrace: indented messages between dashed rules, with ANSI colours', () => {
    const messages = messagesOf('freeswitch-siptrace.log');
    assert.deepEqual(messages.map(summary), [
      'INVITE 106354203/INVITE',
      '100 106354203/INVITE',
      '180 106354203/INVITE',
      'CANCEL 106354203/CANCEL',
      '200 106354203/CANCEL',
      '487 106354203/INVITE',
      'ACK 106354203/ACK',
      'INVITE 1/INVITE',
      '488 1/INVITE',
    ]);
    assert.ok(messages.every((m) => m.format === 'freeswitch'));
    assert.equal(messages[1]?.reasonPhrase, 'Trying');
    assert.equal(messages[1]?.callId, '5d2b8e1f-4a03-4c7e-9f16-2a8b3c4d5e6f');
    assert.deepEqual(messages[3]?.reasons, [{ protocol: 'Q.850', cause: 487, text: 'ORIGINATOR_CANCEL' }]);
  });

  test('pjsua: .TX/.RX banners and --end msg--', () => {
    const messages = messagesOf('pjsua.log');
    assert.deepEqual(messages.map(summary), [
      'REGISTER 22357/REGISTER',
      '401 22357/REGISTER',
      'REGISTER 22358/REGISTER',
      '200 22358/REGISTER',
      'INVITE 30511/INVITE',
      '100 30511/INVITE',
      '180 30511/INVITE',
      '486 30511/INVITE',
      'ACK 30511/ACK',
      'INVITE 8120/INVITE',
      '100 8120/INVITE',
    ]);
    assert.ok(messages.every((m) => m.format === 'pjsua'));
  });

  test('SIPp message trace and error log (messages quoted inline)', () => {
    const trace = messagesOf('sipp-messages.log');
    assert.deepEqual(trace.map(summary), [
      'INVITE 1/INVITE',
      '100 1/INVITE',
      '180 1/INVITE',
      '603 1/INVITE',
      'ACK 1/ACK',
      'INVITE 1/INVITE',
      '404 1/INVITE',
      'ACK 1/ACK',
    ]);
    assert.ok(trace.every((m) => m.format === 'sipp'));
    const errors = messagesOf('sipp-errors.log');
    assert.deepEqual(errors.map(summary), ['478 1/REGISTER', '499 1/INVITE', 'BYE 102/BYE', '503 1/INVITE']);
    assert.ok(errors.every((m) => m.format === 'sipp'));
    assert.equal(errors[0]?.reasonPhrase, 'Unresolvable destination (478/TM)');
    assert.deepEqual(errors[2]?.reasons, [{ protocol: 'SIP', cause: 408, text: 'Session timer expired' }]);
  });

  test('sngrep export', () => {
    const messages = messagesOf('sngrep-export.log');
    assert.equal(messages.length, 11);
    assert.ok(messages.every((m) => m.format === 'sngrep'));
    assert.deepEqual(messages[2]?.reasons, [{ protocol: 'STIR', cause: 436, text: 'Bad Identity Info' }]);
  });

  test('ngrep: trailing dots are CRs, not part of values', () => {
    const messages = messagesOf('ngrep.log');
    assert.deepEqual(messages.slice(0, 9).map(summary), [
      'REGISTER 5411/REGISTER',
      '100 5411/REGISTER',
      '401 5411/REGISTER',
      'REGISTER 5412/REGISTER',
      '200 5412/REGISTER',
      'INVITE 240/INVITE',
      '100 240/INVITE',
      '480 240/INVITE',
      'ACK 240/ACK',
    ]);
    assert.ok(messages.slice(0, 9).every((m) => m.format === 'ngrep'));
    assert.equal(messages[0]?.callId, '603f2e1d0c9b8a7');
    assert.equal(messages[0]?.viaBranch, 'z9hG4bKPj4b0c3d2e1f');
    assert.equal(messages[1]?.reasonPhrase, 'Trying');
    assert.deepEqual(messages[7]?.reasons, [{ protocol: 'Q.850', cause: 18, text: 'No user responding' }]);
  });

  test('Homer export, with tel: request URIs and a body ended by the next banner', () => {
    const messages = messagesOf('homer.log');
    assert.deepEqual(messages.map(summary), [
      'SUBSCRIBE 180/SUBSCRIBE',
      '489 180/SUBSCRIBE',
      'INVITE 33/INVITE',
      '100 33/INVITE',
      '404 33/INVITE',
      'ACK 33/ACK',
      'MESSAGE 1/MESSAGE',
      '202 1/MESSAGE',
    ]);
    assert.ok(messages.every((m) => m.format === 'homer'));
    assert.equal(messages[2]?.requestUri, 'tel:+14035551212;phone-context=example.com');
    const text = readFixture('homer.log');
    const message = messages[6];
    assert.ok(message);
    assert.equal(text.slice(message.endOffset - 'room 404 now'.length, message.endOffset), 'room 404 now');
  });

  test('log-only files have no messages', () => {
    for (const name of ['kamailio-syslog.log', 'opensips-syslog.log', 'tshark-summary.log', 'tshark-stat.log']) {
      assert.deepEqual(messagesOf(name), [], name);
    }
  });
});

describe('message details', () => {
  test('compact header forms and case-insensitive names', () => {
    const text =
      'INVITE sip:b@example.com SIP/2.0\r\nv: SIP/2.0/TCP 192.0.2.1;BRANCH=z9hG4bKc\r\nF: <sip:a@example.com>;TAG=1\r\nT: sip:b@example.com;tag=2\r\nI: compact@x\r\nCSEQ: 7 INVITE\r\nPROXY-AUTHORIZATION: Digest x\r\nL: 0\r\n\r\n';
    const [message] = analyze(text).messages;
    assert.ok(message);
    assert.deepEqual(
      [
        message.viaBranch,
        message.fromTag,
        message.toTag,
        message.callId,
        message.cseqNumber,
        message.cseqMethod,
        message.hasCredentials,
      ],
      ['z9hG4bKc', '1', '2', 'compact@x', 7, 'INVITE', true],
    );
  });

  test('folded header lines continue the header; a start line ends a message without a blank line', () => {
    const text =
      'SIP/2.0 200 OK\nSubject: a long\n  subject\nCall-ID: folded@x\nCSeq: 2 BYE\nSIP/2.0 200 OK\nCall-ID: next@x\n';
    const messages = analyze(text).messages;
    assert.deepEqual(
      messages.map((m) => m.callId),
      ['folded@x', 'next@x'],
    );
  });

  test('a message/sipfrag body (NOTIFY after REFER) stays in its message', () => {
    const text =
      'NOTIFY sip:a@example.com SIP/2.0\nCall-ID: refer@x\nCSeq: 3 NOTIFY\nEvent: refer\nContent-Type: message/sipfrag;version=2.0\nContent-Length: 16\n\nSIP/2.0 200 OK\r\n\nSIP/2.0 200 OK\nCall-ID: refer@x\nCSeq: 3 NOTIFY\n\n';
    const analysis = analyze(text);
    assert.deepEqual(analysis.messages.map(summary), ['NOTIFY 3/NOTIFY', '200 3/NOTIFY']);
    assert.deepEqual(
      analysis.occurrences.map((o) => [o.code, o.messageIndex]),
      [
        [200, 0],
        [200, 1],
      ],
    );
  });

  test('without Content-Length a typed body runs to the next blank line; an untyped one is not read', () => {
    const text =
      'MESSAGE sip:a@example.com SIP/2.0\nCall-ID: m@x\nCSeq: 1 MESSAGE\nContent-Type: text/plain\n\nhello\nworld\n\nnot body\n';
    const [message] = analyze(text).messages;
    assert.equal(message?.endOffset, text.indexOf('world') + 'world'.length);
  });

  test('a body stops at a log line even when Content-Length asks for more', () => {
    const text =
      'INVITE sip:a@example.com SIP/2.0\nCall-ID: c@x\nCSeq: 1 INVITE\nContent-Type: application/sdp\nContent-Length: 500\n\nv=0\ns=-\nJan 15 10:00:00 host kamailio[1]: INFO: after the message\n';
    const [message] = analyze(text).messages;
    assert.equal(message?.endOffset, text.indexOf('s=-') + 3);
  });

  test('Reason headers: all of them, every value', () => {
    const text =
      'BYE sip:a@example.com SIP/2.0\nCall-ID: r@x\nCSeq: 5 BYE\nReason: Q.850;cause=16;text="Normal call clearing"\nReason: SIP;cause=200;text="Call completed elsewhere", STIR;cause=438\n\n';
    const [message] = analyze(text).messages;
    assert.deepEqual(message?.reasons, [
      { protocol: 'Q.850', cause: 16, text: 'Normal call clearing' },
      { protocol: 'SIP', cause: 200, text: 'Call completed elsewhere' },
      { protocol: 'STIR', cause: 438 },
    ]);
  });

  test('any token method and sip, sips, tel and urn request URIs are request lines; other lines are not', () => {
    const text = [
      'FOO sip:a@example.com SIP/2.0',
      'OPTIONS sips:a@example.com SIP/2.0',
      'INVITE tel:+14035551212 SIP/2.0',
      'INVITE urn:service:sos SIP/2.0',
      'GET http://example.com SIP/2.0',
      'INVITE SIP/2.0',
    ]
      .map((line, i) => `${line}\nCall-ID: ${i}\n`)
      .join('\n');
    assert.deepEqual(
      analyze(text).messages.map((m) => m.method),
      ['FOO', 'OPTIONS', 'INVITE', 'INVITE'],
    );
  });

  test('a start line behind a prefix is a message only when headers follow at the left margin', () => {
    const text =
      "log: received 'SIP/2.0 486 Busy Here\nCall-ID: inline@x\nCSeq: 1 INVITE\n\n'\n    Status-Line: SIP/2.0 486 Busy Here\n        Status-Code: 486\n";
    assert.deepEqual(
      analyze(text).messages.map((m) => m.callId),
      ['inline@x'],
    );
  });

  test('messages without Call-ID are kept but belong to no call', () => {
    const analysis = analyze('SIP/2.0 100 Trying\nCSeq: 1 INVITE\n\n');
    assert.equal(analysis.messages.length, 1);
    assert.deepEqual(analysis.calls, []);
  });
});
