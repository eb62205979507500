/**
 * What the log says about each message (issue 20): the timestamp of the banner or prefix that
 * carried it, with its precision; the route a banner names, or the one the top Via infers; and
 * the parties. Unit cases for each stamp and banner shape (constructed lines), then every
 * fixture format end to end, on its first messages.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, LineIndex } from '../../server/src/analysis';
import { elapsedMs, timeIn } from '../../server/src/analysis/logTime';
import { messageFacts, type MessageFacts } from '../../server/src/analysis/messageFacts';
import { endpointText, routeIn, viaSender, type Route } from '../../server/src/analysis/route';
import { REPO_ROOT } from '../support/lspClient';

describe('timeIn: the stamp shapes of the recognised formats', () => {
  const cases: ReadonlyArray<[line: string, text: string, date: string, digits: number, iso?: string]> = [
    // Asterisk (pjsip logger)
    [
      '[2026-01-15 10:00:00.412] VERBOSE[4321] res_pjsip_logger.c:',
      '2026-01-15 10:00:00.412',
      'full',
      3,
      '2026-01-15T10:00:00.412Z',
    ],
    // Asterisk chan_sip and syslog (Kamailio, OpenSIPS): no year
    ['[Jan 15 10:12:07] VERBOSE[2410] chan_sip.c:', 'Jan 15 10:12:07', 'month-day', 0],
    ['Nov  6 10:23:55 proxy1 kamailio[5863]: INFO: <script>: relaying', 'Nov  6 10:23:55', 'month-day', 0],
    // FreeSWITCH siptrace banner: a time of day in microseconds
    ['recv 584 bytes from udp/[203.0.113.4]:5090 at 12:30:57.916812:', '12:30:57.916812', 'none', 6],
    // FreeSWITCH console line
    ['2026-01-15 12:30:57.902114 97.73% [NOTICE] switch_channel.c:1142', '2026-01-15 12:30:57.902114', 'full', 6],
    // sngrep and ngrep
    ['2026/01/15 10:00:00.123456 203.0.113.20:5060 -> 192.0.2.1:5060', '2026/01/15 10:00:00.123456', 'full', 6],
    ['U 2026/04/14 17:05:04.057430 192.0.2.123:50040 -> 192.0.2.3:5060 #1', '2026/04/14 17:05:04.057430', 'full', 6],
    // pjsua
    ['17:05:04.052        pjsua_core.c  ...TX 546 bytes Request msg REGISTER', '17:05:04.052', 'none', 3],
    // SIPp message log separator, and its error log's tab between date and time
    [
      '----------------------------------------------- 2026-01-15 10:10:00.123456',
      '2026-01-15 10:10:00.123456',
      'full',
      6,
    ],
    ['2026-01-15\t10:00:04.123456\t1768471204.123456: Aborting call', '2026-01-15\t10:00:04.123456', 'full', 6],
    // Homer, JSON lines: ISO 8601 with Z
    [
      'proto:UDP 2026-01-15T10:00:00.101Z  192.0.2.40:5060 ---> 198.51.100.20:5060',
      '2026-01-15T10:00:00.101Z',
      'full',
      3,
      '2026-01-15T10:00:00.101Z',
    ],
    [
      '{"time":"2026-01-15T10:00:00.101Z","level":"debug"',
      '2026-01-15T10:00:00.101Z',
      'full',
      3,
      '2026-01-15T10:00:00.101Z',
    ],
    // An ISO offset is honoured: 10:00 at +01:00 is 09:00 UTC
    [
      '2026-01-15T10:00:00+01:00 sbc1 sip: received',
      '2026-01-15T10:00:00+01:00',
      'full',
      0,
      '2026-01-15T09:00:00.000Z',
    ],
    [
      '2026-01-15 10:00:02.512301+0100 Linphone[1204:5013370] [belle-sip]',
      '2026-01-15 10:00:02.512301+0100',
      'full',
      6,
    ],
    // Python logging: a comma before the milliseconds
    ['2026-01-15 10:00:12,412 DEBUG sipclient.transport: sent', '2026-01-15 10:00:12,412', 'full', 3],
    // linphone on Android: a colon before the milliseconds
    ['2026-01-15 10:00:00:131 [org.linphone/belle-sip] MESSAGE channel', '2026-01-15 10:00:00:131', 'full', 3],
    // SIP.js: JavaScript's Date#toString
    [
      'logger-factory.js:85 Thu Jan 15 2026 10:00:00 GMT+0100 (CET) | sip.Transport',
      'Jan 15 2026 10:00:00 GMT+0100',
      'full',
      0,
      '2026-01-15T09:00:00.000Z',
    ],
    // tcpdump
    ['10:15:02.118204 IP 192.0.2.20.5060 > 198.51.100.7.5060: SIP: REGISTER', '10:15:02.118204', 'none', 6],
  ];
  for (const [line, text, date, digits, iso] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => {
      const time = timeIn(line);
      assert.ok(time, `no time in ${line}`);
      assert.equal(time.text, text);
      assert.equal(time.date, date);
      assert.equal(time.fractionDigits, digits);
      if (iso !== undefined) assert.equal(new Date(time.ms).toISOString(), iso);
    });
  }

  for (const line of [
    'Max-Forwards: 70',
    'c=IN IP4 10.0.0.180',
    'ff02::1:5060',
    '2026-02-30 10:00:00',
    '25:61:00',
    'v=0',
  ]) {
    it(`finds no time in ${JSON.stringify(line)}`, () => assert.equal(timeIn(line), undefined));
  }

  it('reads a fraction of any length from 1 to 9 digits to the nanosecond', () => {
    const fractions: ReadonlyArray<[fraction: string, ms: number, nanos: number]> = [
      ['1', 100, 0],
      ['12', 120, 0],
      ['123', 123, 0],
      ['1234', 123, 400_000],
      ['12345', 123, 450_000],
      ['123456', 123, 456_000],
      ['1234567', 123, 456_700],
      ['12345678', 123, 456_780],
      ['123456789', 123, 456_789],
    ];
    for (const [fraction, ms, nanos] of fractions) {
      const time = timeIn(`10:00:00.${fraction} x`);
      assert.deepEqual(
        time && { ms: time.ms, nanos: time.nanos, digits: time.fractionDigits },
        { ms: 36_000_000 + ms, nanos, digits: fraction.length },
        fraction,
      );
    }
  });

  it('reads each stamp’s own day when days alternate (a day’s start is remembered between stamps)', () => {
    const day = 86_400_000;
    const stamps = ['2026-01-15 10:00:00', '2026-01-16 10:00:00', '2026-01-15 10:00:00', 'Feb 29 10:00:00'];
    const ms = stamps.map((stamp) => timeIn(stamp)?.ms);
    assert.deepEqual(ms.slice(0, 3), [
      Date.UTC(2026, 0, 15, 10),
      Date.UTC(2026, 0, 15, 10) + day,
      Date.UTC(2026, 0, 15, 10),
    ]);
    assert.equal(ms[3], Date.UTC(2000, 1, 29, 10), 'a month and day placed in a leap year');
  });

  it('measures across midnight for times of day, and never across date kinds', () => {
    assert.equal(elapsedMs(timeIn('23:59:59.500'), timeIn('00:00:00.250')), 750);
    assert.equal(elapsedMs(timeIn('2026-01-15 10:00:00'), timeIn('10:00:01')), undefined);
    assert.equal(elapsedMs(timeIn('2026-01-15 10:00:00.123456'), timeIn('2026-01-15 10:00:01.380012')), 1256.556);
  });
});

function routeText(route: Route | undefined): string {
  if (!route) return 'none';
  const source = route.source ? endpointText(route.source) : '?';
  const destination = route.destination ? endpointText(route.destination) : '?';
  return `${route.direction ?? '-'} ${source} -> ${destination}`;
}

describe('routeIn: the banner shapes', () => {
  const cases: ReadonlyArray<[line: string, expected: string]> = [
    ['<--- Received SIP request (512 bytes) from UDP:203.0.113.45:5060 --->', 'in UDP 203.0.113.45:5060 -> ?'],
    ['<--- Transmitting SIP response (531 bytes) to TLS:[2001:db8::7]:5061 --->', 'out ? -> TLS [2001:db8::7]:5061'],
    ['<--- SIP read from UDP:203.0.113.7:5060 --->', 'in UDP 203.0.113.7:5060 -> ?'],
    ['<--- Reliably Transmitting (NAT) to 203.0.113.7:5060 --->', 'out ? -> 203.0.113.7:5060'],
    ['recv 584 bytes from udp/[203.0.113.4]:5090 at 12:30:57.916812:', 'in UDP 203.0.113.4:5090 -> ?'],
    ['send 1187 bytes to tcp/[2001:db8::4]:5060 at 12:30:57.916812:', 'out ? -> TCP [2001:db8::4]:5060'],
    [
      '17:05:04.052 pjsua_core.c ...TX 546 bytes Request msg REGISTER/cseq=1 (tdta0x1) to UDP 203.0.113.9:5060:',
      'out ? -> UDP 203.0.113.9:5060',
    ],
    [
      '.RX 539 bytes Response msg 401/REGISTER/cseq=1 (rdata0x1) from TCP 203.0.113.9:5060:',
      'in TCP 203.0.113.9:5060 -> ?',
    ],
    ['2026/01/15 10:00:00.123456 203.0.113.20:5060 -> 192.0.2.1:5060', '- 203.0.113.20:5060 -> 192.0.2.1:5060'],
    ['U 2026/04/14 17:05:04.057430 192.0.2.123:50040 -> 192.0.2.3:5060 #1', '- 192.0.2.123:50040 -> 192.0.2.3:5060'],
    [
      'proto:UDP 2026-01-15T10:00:00Z  192.0.2.40:5060 ---> 198.51.100.20:5060',
      '- 192.0.2.40:5060 -> 198.51.100.20:5060',
    ],
    ['10:15:02.118204 IP 192.0.2.20.5060 > 198.51.100.7.5060: SIP: REGISTER', '- 192.0.2.20:5060 -> 198.51.100.7:5060'],
    [
      'MESSAGE channel [0x7a]: message sent to [UDP://198.51.100.7:5060], size: [489] bytes',
      'out ? -> UDP 198.51.100.7:5060',
    ],
    [
      'MESSAGE channel [0x10b]: received [380] new bytes from [TLS://sip.example.com:5061]:',
      'in TLS sip.example.com:5061 -> ?',
    ],
    ['{"time":"2026-01-15T10:00:00.101Z","dir":"out","peer":"198.51.100.7:5060","msg":"', 'out ? -> 198.51.100.7:5060'],
    ['UDP message sent (553 bytes):', 'out ? -> ?'],
    ['UDP message received [361] bytes :', 'in ? -> ?'],
    ['JsSIP:Transport received WebSocket text message:', 'in ? -> ?'],
    ["2026-01-15 10:00:12,412 DEBUG sipclient.transport: sent b'", 'out ? -> ?'],
    ['\u2191 ', 'out ? -> ?'],
  ];
  for (const [line, expected] of cases) {
    it(`reads ${JSON.stringify(line.slice(0, 60))}`, () => assert.equal(routeText(routeIn(line)), expected));
  }

  for (const line of [
    'Changing [client] [REGISTER] transaction, from state [TRYING] to [COMPLETED]',
    'peer 10.0.0.180 rtt 180ms',
  ]) {
    it(`names no route in ${JSON.stringify(line)}`, () => assert.equal(routeIn(line), undefined));
  }

  it('reads the Via sender, preferring received and rport (RFC 3581)', () => {
    assert.equal(
      endpointText(viaSender('SIP/2.0/UDP 192.0.2.20:5060;branch=z9hG4bK1') ?? { host: '' }),
      'UDP 192.0.2.20:5060',
    );
    const natted = viaSender('SIP/2.0/UDP 10.0.0.5:5060;rport=62000;received=203.0.113.9;branch=z9hG4bK1');
    assert.equal(endpointText(natted ?? { host: '' }), 'UDP 203.0.113.9:62000');
    assert.equal(
      endpointText(viaSender('SIP/2.0/TLS [2001:db8::1]:5061;branch=z9hG4bK1') ?? { host: '' }),
      'TLS [2001:db8::1]:5061',
    );
    assert.equal(
      endpointText(viaSender('SIP/2.0/WSS df7jal23ls0d.invalid;branch=z9hG4bK1') ?? { host: '' }),
      'WSS df7jal23ls0d.invalid',
    );
  });
});

/** The facts of message `index` of a fixture. */
function factsOf(name: string, index: number): MessageFacts {
  const text = readFileSync(join(REPO_ROOT, 'test', 'fixtures', name), 'utf8');
  const lines = new LineIndex(text);
  const analysis = analyze(text, { lineIndex: lines });
  const message = analysis.messages[index];
  assert.ok(message, `${name} has no message ${index}`);
  return messageFacts(text, lines, analysis.messages, message);
}

describe('messageFacts on every fixture format', () => {
  // [fixture, message index, time as written, route, From user]
  const cases: ReadonlyArray<[string, number, string | undefined, string, string]> = [
    ['asterisk-pjsip.log', 0, '2026-01-15 10:00:00.412', 'in UDP 203.0.113.45:5060 -> ?', '1001'],
    ['asterisk-pjsip.log', 1, '2026-01-15 10:00:00.413', 'out ? -> UDP 203.0.113.45:5060', '1001'],
    // chan_sip: the banner has no time; the prefix line above it has
    ['asterisk-chansip.log', 0, 'Jan 15 10:12:07', 'in UDP 203.0.113.7:5060 -> ?', '+14035551212'],
    ['freeswitch-siptrace.log', 0, '12:30:57.916812', 'out ? -> UDP 203.0.113.4:5090', '+15875550100'],
    ['freeswitch-siptrace.log', 1, '12:30:57.941032', 'in UDP 203.0.113.4:5090 -> ?', '+15875550100'],
    ['sngrep-export.log', 1, '2026/01/15 10:00:00.124890', '- 192.0.2.1:5060 -> 203.0.113.20:5060', '+15875550142'],
    ['ngrep.log', 0, '2026/04/14 17:05:04.057430', '- 192.0.2.123:50040 -> 192.0.2.3:5060', 'bob'],
    ['pjsua.log', 1, '17:05:04.101', 'in UDP 203.0.113.9:5060 -> ?', 'alice'],
    // SIPp: the banner says only the direction; the source comes from the Via, flagged inferred below
    ['sipp-messages.log', 0, '2026-01-15 10:10:00.123456', 'out UDP 192.0.2.3:5060 -> ?', 'sipp'],
    ['homer.log', 0, '2026-01-15T10:00:00.101Z', '- 192.0.2.40:5060 -> 198.51.100.20:5060', '2002'],
    ['json-escaped.log', 0, '2026-01-15T10:00:00.101Z', 'out ? -> 198.51.100.7:5060', 'alice'],
    ['linphone-android.log', 1, '2026-01-15 10:00:00:183', 'in UDP 198.51.100.7:5060 -> ?', 'alice'],
    ['belle-sip-ios.log', 0, '2026-01-15 10:00:02.512301+0100', 'out ? -> TLS sip.example.com:5061', 'alice'],
    ['sipjs-console.log', 0, 'Jan 15 2026 10:00:00 GMT+0100', 'out WSS p0v3c7r2k1sd.invalid -> ?', 'alice'],
    // DevTools: a frame's time is on the line after its data
    ['websocket-devtools.log', 1, '10:00:00.183', 'in ? -> WSS 203.0.113.60:61022', 'alice'],
    ['tcpdump-ascii.log', 0, '10:15:02.118204', '- 192.0.2.20:5060 -> 198.51.100.7:5060', 'alice'],
    // A raw message: no time, the Via's sender as the request's source
    ['raw-messages.sip', 0, undefined, '- UDP 192.0.2.10:5060 -> ?', 'alice'],
  ];
  for (const [name, index, time, route, fromUser] of cases) {
    it(`${name} message ${index}`, () => {
      const facts = factsOf(name, index);
      assert.equal(facts.time?.text, time);
      assert.equal(routeText(facts.route), route);
      assert.equal(facts.from?.user, fromUser);
    });
  }

  it('flags routes read from the Via as inferred, and those the banner names as not', () => {
    assert.equal(factsOf('sipp-messages.log', 0).route.inferred, true);
    assert.equal(factsOf('raw-messages.sip', 1).route.inferred, true);
    assert.equal(factsOf('asterisk-pjsip.log', 0).route.inferred, false);
    assert.equal(factsOf('sngrep-export.log', 0).route.inferred, false);
  });

  it('reads display names, also escaped by a JSON log, and User-Agent or Server', () => {
    const invite = factsOf('json-escaped.log', 4);
    assert.deepEqual(invite.from, { user: 'alice', display: 'Alice' });
    assert.deepEqual(factsOf('asterisk-chansip.log', 4).from, { user: '200', display: 'Reception' });
    assert.equal(factsOf('pjsua.log', 0).userAgent, 'PJSUA v2.14.1 Linux-6.1/x86_64/glibc-2.36');
    assert.equal(factsOf('pjsua.log', 1).userAgent, 'FPBX-16.0.40(18.20.0)');
    // ngrep's trailing dots (the CRs) are not part of the values
    assert.equal(factsOf('ngrep.log', 1).userAgent, 'OpenSIPS (3.4.5 (x86_64/linux))');
  });

  it('reads a syslog-prefixed dump and an IPv6 sngrep export (constructed)', () => {
    const syslog = [
      'Nov  6 10:23:55 proxy1 kamailio[5863]: DEBUG: <core> received from udp:[2001:db8::20]:5060:',
      'OPTIONS sip:proxy1.example.com SIP/2.0',
      'Via: SIP/2.0/UDP [2001:db8::20]:5060;branch=z9hG4bK-77',
      'From: <sip:monitor@example.com>;tag=1',
      'To: <sip:proxy1.example.com>',
      'Call-ID: opt-1@example.com',
      'CSeq: 1 OPTIONS',
      'Content-Length: 0',
      '',
    ].join('\n');
    const lines = new LineIndex(syslog);
    const analysis = analyze(syslog, { lineIndex: lines });
    const facts = messageFacts(syslog, lines, analysis.messages, analysis.messages[0]!);
    assert.equal(facts.time?.text, 'Nov  6 10:23:55');
    assert.equal(facts.time?.date, 'month-day');
    assert.equal(routeText(facts.route), 'in UDP [2001:db8::20]:5060 -> ?');
    assert.equal(facts.from?.user, 'monitor');
  });
});
