/**
 * Messages inside other text: tcpdump -A and -X captures, messages logged on one line with
 * literal `\r\n` escapes (JSON, Python), and SDK consoles that print a message after a prefix.
 * Each test holds one shape the scanner missed (or misread) before.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, type Analysis, type SipMessage } from '../../server/src/analysis/index';
import { readFixture } from '../fixtures/index';

function codes(analysis: Analysis, text: string): string[] {
  return analysis.occurrences.map((o) => `${o.code}@${text.slice(o.offset - 8, o.offset)}`);
}

function summary(message: SipMessage): string {
  const start = message.method ?? message.statusCode;
  return `${start} ${message.cseqNumber}/${message.cseqMethod} ${message.callId} ${message.viaBranch} ${message.format}`;
}

describe('tcpdump -A: a message right after the IP and UDP headers', () => {
  test('a status line after a run of dots is a message with its headers', () => {
    const text = [
      'E..4..@.@....SIP/2.0 407 Proxy Authentication Required',
      'Via: SIP/2.0/UDP 192.0.2.20:5060;branch=z9hG4bK1',
      'Call-ID: c1',
      'CSeq: 5 INVITE',
      '',
    ].join('\n');
    const analysis = analyze(text);
    assert.deepEqual(analysis.messages.map(summary), ['407 5/INVITE c1 z9hG4bK1 tcpdump']);
    assert.equal(analysis.messages[0]?.reasonPhrase, 'Proxy Authentication Required');
  });

  test('the payload column (byte 28) holds even when the checksum byte prints as a letter', () => {
    const header = 'E..4..@.@....3d.....`......x';
    assert.equal(header.length, 28);
    const text = [
      `${header}INVITE sip:bob@example.net SIP/2.0`,
      'Via: SIP/2.0/UDP h;branch=z9hG4bK2',
      'CSeq: 1 INVITE',
      '',
    ];
    const status = [`${header}SIP/2.0 486 Busy Here`, 'Via: SIP/2.0/UDP h;branch=z9hG4bK2', 'CSeq: 1 INVITE', ''];
    const analysis = analyze([...text, ...status].join('\n'));
    assert.deepEqual(
      analysis.messages.map((m) => `${m.method ?? m.statusCode} ${m.format}`),
      ['INVITE tcpdump', '486 tcpdump'],
    );
  });

  test('an address byte 0x0a cuts the header line: the payload column carries over', () => {
    // 15 header bytes, then 0x0a printed as a line break (byte 15), then 12 more: the payload at byte 28.
    const text = ['E..Z .@.@.,|.3d', '.........F.6SIP/2.0 407 Proxy Authentication Required', 'CSeq: 1 INVITE', ''];
    const analysis = analyze(text.join('\n'));
    assert.deepEqual(
      analysis.occurrences.map((o) => o.code),
      [407],
    );
    assert.equal(analysis.messages[0]?.format, 'tcpdump');
  });

  test('a method glued to header bytes is the known method it ends with', () => {
    const text = ['E..P..@.@.-....', '.3d......<.AREGISTER sip:example.com SIP/2.0', 'CSeq: 20 REGISTER', ''];
    assert.equal(analyze(text.join('\n')).messages[0]?.method, 'REGISTER');
  });

  test('words that start with E are no IPv4 header: a letter before SIP/2.0 still joins a word', () => {
    const text = 'ERROR: the transport said xxxxxxxSIP/2.0 486 Busy Here\n';
    const padded = `ERROR 12345678901234567890 xSIP/2.0 486 Busy Here\n`;
    assert.equal(padded.indexOf('SIP/2.0') - 1, 27);
    assert.deepEqual(analyze(text).occurrences, []);
    assert.deepEqual(analyze(padded).occurrences, []);
  });
});

describe('tcpdump -X: the status code in the ASCII column of hex rows', () => {
  const rows = [
    '\t0x0000:  4500 011f 2a2f 4000 4011 2350 c633 6407  E...*/@.@.#P.3d.',
    '\t0x0010:  c000 0214 13c4 13c4 010b aafe 5349 502f  ............SIP/',
    '\t0x0020:  322e 3020 3438 3620 4275 7379 2048 6572  2.0.486.Busy.Her',
    '\t0x0030:  650d 0a56 6961 3a20 5349 502f 322e 302f  e..Via:.SIP/2.0/',
  ];

  test('a status line cut across two rows: the code whole in the second is read', () => {
    const text = `${rows.join('\n')}\n`;
    const analysis = analyze(text);
    assert.deepEqual(codes(analysis, text), ['486@72  2.0.']);
    assert.equal(analysis.occurrences[0]?.phrase, '', 'the column shows dots for spaces: no phrase');
    assert.deepEqual(analysis.messages, []);
  });

  test('a status line whole within one row is read', () => {
    const text = '\t0x0030:  5349 502f 322e 3020 3138 3020 5269 6e67  SIP/2.0.180.Ring\n';
    assert.deepEqual(codes(analyze(text), text), ['180@SIP/2.0.']);
  });

  test('hex groups and row offsets are never codes, and rows that do not line up are not rows', () => {
    const hexOnly = '\t0x0486:  4500 0486 0180 0603 0200 0486 0180 0603  ....SIP/2.0.48\n';
    assert.deepEqual(analyze(hexOnly).occurrences, []);
    const shifted = '\t0x0020: 322e 3020 3438 3620 4275 7379 2048 6572  SIP/2.0.486.Busy\n';
    assert.deepEqual(analyze(shifted).occurrences, []);
    assert.deepEqual(analyze('version SIP/2.0.486. of nothing\n').occurrences, []);
  });

  test('CRLF and CR line ends: the cut status line is read, and a row mark at a line start is passed once', () => {
    for (const eol of ['\r\n', '\r']) {
      const text = `${rows.join(eol)}${eol}`;
      assert.deepEqual(
        analyze(text).occurrences.map((o) => o.code),
        [486],
        JSON.stringify(eol),
      );
      // The hex-row search looks for `x0`; at the very start of a CRLF line it used to find the
      // same mark again and again (a hang found by the rules' property test).
      const marks = `a${eol}x0${eol}x0 b${eol}0x0010:  x0${eol}`.repeat(1000);
      assert.deepEqual(analyze(marks).occurrences, [], JSON.stringify(eol));
    }
  });

  test('a code cut in two is missed, never guessed', () => {
    const text = [
      '\t0x0010:  c000 0214 13c4 13c4 010b aafe 5349 502f  ........SIP/2.0.4',
      '\t0x0020:  322e 3020 3438 3620 4275 7379 2048 6572  86.Busy.Here....',
    ].join('\n');
    assert.deepEqual(analyze(text).occurrences, []);
  });
});

describe('one-line messages with literal \\r\\n escapes', () => {
  const json = readFixture('json-escaped.log');

  test('the phrase stops at the escape, and the headers are read from the escaped text', () => {
    const analysis = analyze(json);
    assert.deepEqual(analysis.messages.map(summary), [
      'REGISTER 1/REGISTER jreg-41c2 z9hG4bK-j1a json',
      '401 1/REGISTER jreg-41c2 z9hG4bK-j1a json',
      'REGISTER 2/REGISTER jreg-41c2 z9hG4bK-j2b json',
      '200 2/REGISTER jreg-41c2 z9hG4bK-j2b json',
      'INVITE 10/INVITE jcall-77e0 z9hG4bK-i1 json',
      '183 10/INVITE jcall-77e0 z9hG4bK-i1 json',
      '486 10/INVITE jcall-77e0 z9hG4bK-i1 json',
      'ACK 10/ACK jcall-77e0 z9hG4bK-i1 json',
      'OPTIONS 301/OPTIONS jopt-9a z9hG4bK-o1 python',
      '503 301/OPTIONS jopt-9a z9hG4bK-o1 python',
    ]);
    assert.deepEqual(
      analysis.messages.filter((m) => m.kind === 'response').map((m) => m.reasonPhrase),
      ['Unauthorized', 'OK', 'Session Progress', 'Busy Here', 'Service Unavailable'],
    );
    assert.equal(analysis.messages[2]?.hasCredentials, true);
    // The cause is read; a quoted text keeps JSON's escaping (`\"User busy\"` is not unescaped).
    assert.deepEqual(
      analysis.messages[6]?.reasons.map((r) => [r.protocol, r.cause]),
      [['Q.850', 17]],
    );
  });

  test('requests and responses pair into transactions, so call-flow rules see them', () => {
    const call = analyze(json).calls.find((c) => c.callId === 'jreg-41c2');
    assert.deepEqual(
      call?.transactions.map((t) => [t.cseqNumber, t.request, t.finalResponse]),
      [
        [1, 0, 1],
        [2, 2, 3],
      ],
    );
  });

  test('each message ends at its closing quote; what follows on the line is log text', () => {
    const line = '{"msg":"SIP/2.0 486 Busy Here\\r\\nCall-ID: x\\r\\n\\r\\n","peer":"198.51.100.7"}';
    const message = analyze(line).messages[0];
    assert.equal(line.slice(message?.endOffset ?? 0), '","peer":"198.51.100.7"}');
  });

  test('a message whose line breaks became blanks: the phrase stops before the next header', () => {
    const text = 'rx: SIP/2.0 180 Ringing  Contact: <sip:bob@192.0.2.7>  CSeq: 2 INVITE\n';
    assert.equal(analyze(text).occurrences[0]?.phrase, 'Ringing');
    assert.equal(analyze('rx: SIP/2.0 480 Call  Back Later\n').occurrences[0]?.phrase, 'Call  Back Later');
  });

  test('a quoted status line without escapes keeps its phrase clean', () => {
    const analysis = analyze('{"status_line":"SIP/2.0 486 Busy Here","n":1}\n');
    assert.equal(analysis.occurrences[0]?.phrase, 'Busy Here');
    assert.deepEqual(analysis.messages, []);
  });

  test('an escaped status line with no header after it is a code, not a message', () => {
    const analysis = analyze('log: "SIP/2.0 480 Temporarily Unavailable\\r\\n" from upstream\n');
    assert.deepEqual(
      analysis.occurrences.map((o) => [o.code, o.phrase]),
      [[480, 'Temporarily Unavailable']],
    );
    assert.deepEqual(analysis.messages, []);
  });

  test('\\n alone (a logger that escaped only line feeds) separates headers too', () => {
    const text = "sent 'INVITE sip:b@example.net SIP/2.0\\nCSeq: 3 INVITE\\nCall-ID: n1\\n\\n'\n";
    assert.deepEqual(analyze(text).messages.map(summary), ['INVITE 3/INVITE n1 undefined escaped']);
  });
});

describe('SDK consoles: the format that printed the message is named', () => {
  const formats = (name: string) => [...new Set(analyze(readFixture(name)).messages.map((m) => m.format))];

  test('JsSIP, SIP.js, SIPml5, linphone on Android and iOS, DevTools WebSocket frames', () => {
    assert.deepEqual(formats('jssip-console.log'), ['jssip']);
    assert.deepEqual(formats('sipjs-console.log'), ['sip.js']);
    assert.deepEqual(formats('sipml5-console.log'), ['sipml5']);
    assert.deepEqual(formats('linphone-android.log'), ['linphone']);
    assert.deepEqual(formats('belle-sip-ios.log'), ['linphone']);
    assert.deepEqual(formats('websocket-devtools.log'), ['websocket']);
  });

  test('a message after a prefix on its first line only is read with its headers', () => {
    const messages = analyze(readFixture('jssip-console.log')).messages;
    assert.deepEqual(
      messages.map((m) => `${m.method ?? m.statusCode} ${m.cseqNumber}`),
      ['REGISTER 93', '401 93', 'REGISTER 94', '200 94', '100 2861', '180 2861', '480 2861'],
    );
  });
});
