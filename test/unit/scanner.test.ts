/**
 * Focused tests of the status-code scanner: status lines, Reason headers, each log mention
 * pattern, and the traps it must never flag. Expected codes are marked «like this» in the
 * test strings; `expectCodes` strips the marks and checks offsets, codes and kinds exactly.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, MENTION_PATTERNS, type OccurrenceKind } from '../../server/src/analysis/index';

interface Expected {
  readonly offset: number;
  readonly code: number;
  readonly kind: OccurrenceKind;
}

/** Text with «486» marks removed, and where each mark was. */
function unmark(template: string, kind: OccurrenceKind): { text: string; expected: Expected[] } {
  const expected: Expected[] = [];
  let text = '';
  let last = 0;
  for (const match of template.matchAll(/«(\d+)»/g)) {
    text += template.slice(last, match.index);
    expected.push({ offset: text.length, code: Number(match[1]), kind });
    text += match[1];
    last = match.index + match[0].length;
  }
  return { text: text + template.slice(last), expected };
}

function found(text: string): Expected[] {
  return analyze(text).occurrences.map(({ offset, code, kind }) => ({ offset, code, kind }));
}

function expectCodes(template: string, kind: OccurrenceKind): void {
  const { text, expected } = unmark(template, kind);
  assert.deepEqual(found(text), expected, JSON.stringify(text));
}

function expectNone(text: string): void {
  assert.deepEqual(found(text), [], JSON.stringify(text));
}

describe('status lines', () => {
  test('at line start, indented, behind a log prefix, and at the end of the text', () => {
    expectCodes(
      'SIP/2.0 «486» Busy Here\n   SIP/2.0 «180» Ringing\n2026-01-15 [DEBUG] got SIP/2.0 «200» OK\nSIP/2.0 «603»',
      'status-line',
    );
  });

  test('the phrase is the rest of the line, trimmed; a missing phrase is an empty one', () => {
    const occurrences = analyze(
      'SIP/2.0 500 Trunk concurrent call limit exceeded  \r\nSIP/2.0 202\r\nSIP/2.0 603 Declined.\n',
    ).occurrences;
    assert.deepEqual(
      occurrences.map((o) => o.phrase),
      ['Trunk concurrent call limit exceeded', '', 'Declined.'],
    );
  });

  test("ngrep shows CR as a trailing '.', which is not part of the phrase", () => {
    const text =
      'U 2026/04/14 17:05:04.057430 192.0.2.3:5060 -> 192.0.2.123:50040\nSIP/2.0 100 Trying.\nVia: SIP/2.0/UDP 192.0.2.123:50040;branch=z9hG4bK1.\n.\n';
    assert.deepEqual(
      analyze(text).occurrences.map((o) => [o.code, o.phrase]),
      [[100, 'Trying']],
    );
  });

  test('ngrep without byline prints a whole packet on one line: the phrase stops at the first ".."', () => {
    const occurrences = analyze(
      '  SIP/2.0 404 Not Found..Via: SIP/2.0/UDP 192.0.2.1:5060..CSeq: 1 INVITE....\n',
    ).occurrences;
    assert.deepEqual(
      occurrences.map((o) => [o.code, o.phrase]),
      [[404, 'Not Found']],
    );
  });

  test('unregistered codes are found like any other; only 100-699 are status codes', () => {
    expectCodes(
      'SIP/2.0 «499» Custom Failure\nSIP/2.0 «478» Unresolvable destination (478/TM)\nSIP/2.0 099 Nope\nSIP/2.0 701 pjsip internal\nSIP/2.0 4860 x\n',
      'status-line',
    );
  });

  test('SIPp quotes the received message: the status line after the quote counts', () => {
    const { text, expected } = unmark(
      "while expecting '«401»' (index 1), received 'SIP/2.0 «478» Unresolvable destination\nCSeq: 1 REGISTER\n\n'",
      'mention',
    );
    const second = expected[1] as Expected;
    assert.deepEqual(found(text), [expected[0], { ...second, kind: 'status-line' }]);
  });

  test('tshark -V status line and fields', () => {
    const template =
      'Session Initiation Protocol («486»)\n    Status-Line: SIP/2.0 «486» Busy Here\n        Status-Code: «486»\n        [Resent Packet: False]\n';
    const { text, expected } = unmark(template, 'mention');
    const kinds: OccurrenceKind[] = ['mention', 'status-line', 'mention'];
    assert.deepEqual(
      found(text),
      expected.map((e, i) => ({ ...e, kind: kinds[i] as OccurrenceKind })),
    );
  });

  test('Via versions, HTTP status lines and words ending in SIP/2.0 are not status lines', () => {
    expectNone(
      'Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK100\nHTTP/1.1 404 Not Found\nXSIP/2.0 200 OK\nRTSP/1.0 200 OK\n',
    );
  });
});

describe('Reason headers', () => {
  test('SIP and STIR causes are codes; Q.850 causes are not', () => {
    const { text, expected } = unmark(
      'Reason: SIP;cause=«487»;text="Request Terminated"\nReason: Q.850;cause=17;text="User busy"\nReason: STIR;cause=«436»;text="Bad Identity Info"\n',
      'reason-sip',
    );
    const analysis = analyze(text);
    assert.deepEqual(
      analysis.occurrences.map((o) => [o.offset, o.code, o.kind]),
      [
        [expected[0]?.offset, 487, 'reason-sip'],
        [expected[1]?.offset, 436, 'reason-stir'],
      ],
    );
    assert.deepEqual(
      analysis.q850.map((q) => [text.slice(q.offset, q.offset + q.length), q.cause, q.length]),
      [['17', 17, 2]],
    );
  });

  test('names and protocols are case-insensitive, blanks around ; and = are allowed, values may be listed', () => {
    const text = 'reason: sip ; cause = 580 ; text="Precondition Failure"\nREASON:Q.850;cause=16, SIP;cause=480\n';
    const analysis = analyze(text);
    assert.deepEqual(
      analysis.occurrences.map((o) => o.code),
      [580, 480],
    );
    assert.deepEqual(
      analysis.q850.map((q) => q.cause),
      [16],
    );
  });

  test('FreeSWITCH sends Q.850 cause 487 (ORIGINATOR_CANCEL): still a Q.850 cause, not a SIP code', () => {
    const analysis = analyze(
      'CANCEL sip:bob@example.com SIP/2.0\nCSeq: 1 CANCEL\nReason: Q.850;cause=487;text="ORIGINATOR_CANCEL"\n',
    );
    assert.deepEqual(analysis.occurrences, []);
    assert.deepEqual(
      analysis.q850.map((q) => [q.cause, q.length]),
      [[487, 3]],
    );
  });

  test('a commas inside a quoted text does not start a new value', () => {
    const analysis = analyze('Reason: Q.850;cause=34;text="No circuit, channel available", SIP;cause=503\n');
    assert.deepEqual(
      analysis.occurrences.map((o) => o.code),
      [503],
    );
    assert.deepEqual(
      analysis.q850.map((q) => q.cause),
      [34],
    );
  });

  test('only a header that starts its line: X-Reason and mid-line mentions are not Reason headers', () => {
    expectNone(
      'X-Reason: SIP;cause=486\nlog: Reason: SIP;cause=486\nReason: SIP;cause=4860\nReason: SIP;cause=86\nReason: SIP\n',
    );
  });
});

/** One realistic line per mention pattern; every pattern must be covered. */
const MENTION_EXAMPLES: ReadonlyArray<readonly [source: string, template: string]> = [
  [
    'Kamailio/OpenSIPS script xlog',
    'Nov  6 10:23:55 proxy1 kamailio[5863]: ERROR: <script>: request to sip:alice@example.net completed with code: «408»',
  ],
  [
    'Kamailio uac / Asterisk chan_sip',
    'uac_reg_tm_callback(): got sip response «408» while registering [sip:trunk@example.org]',
  ],
  ['Kamailio uac / Asterisk chan_sip', '    -- Got SIP response «486» "Busy Here" back from 203.0.113.7:5060'],
  ['Kamailio uac', 'uac_reg_tm_callback(): got «423» response while registering [carrier2], set new expires to 3600'],
  [
    'Kamailio tm',
    "ERROR: tm [t_reply.c:479]: _reply_light(): can't generate «487» reply when a final «200» was sent out",
  ],
  ['Kamailio/OpenSIPS script xlog', 'INFO: <script>: relay reply «486» for INVITE sip:+14035551212@example.com'],
  ['Kamailio/OpenSIPS script xlog', 'NOTICE: <script>: sending reply «403» to REGISTER from 203.0.113.66:5072'],
  ['Kamailio/OpenSIPS script xlog', 'INFO: <script>: REGISTER sip:1001@example.com reply code: «200»'],
  ['Kamailio tm debug / FreeSWITCH variables', 't_should_relay_response(): T_code=«180», new_code=«200»'],
  ['Kamailio tm debug / FreeSWITCH variables', 'variable_sip_term_status: [«486»]'],
  ['FreeSWITCH variables', 'variable_proto_specific_hangup_cause: [sip%3A«486»]'],
  [
    'FreeSWITCH sofia',
    '[DEBUG] sofia.c:7493 Channel sofia/internal/1000@192.0.2.20 entering state [terminated][«487»]',
  ],
  [
    'FreeSWITCH sofia gateway',
    '[ERR] sofia_reg.c:2880 carrier Failed Registration with status Forbidden [«403»]. failure #1',
  ],
  [
    'Asterisk res_pjsip_outbound_registration',
    "Fatal response '«403»' received from 'sip:sip.example.net' on registration attempt to 'sip:1001@sip.example.net'",
  ],
  ['pjsua', '.RX 539 bytes Response msg «200»/REGISTER/cseq=22358 (rdata0x7f8b1c0036a8) from UDP 203.0.113.9:5060:'],
  ['pjsua', '17:05:16.204 pjsua_app.c .......Call 0 is DISCONNECTED [reason=«486» (Busy Here)]'],
  ['pjsua', '17:05:10.894 pjsua_app.c .......Call 0 state changed to EARLY («180» Ringing)'],
  [
    'pjsua',
    'pjsua_acc.c ....sip:alice@example.com: registration success, status=«200» (OK), will re-register in 300 seconds',
  ],
  ['SIPp', "Aborting call on unexpected message for Call-Id '1-31@192.0.2.3': while expecting '«401»' (index 1)"],
  ['tshark summary', '    4   5.000123  203.0.113.5 → 192.0.2.10   SIP 489 Status: «486» Busy Here |'],
  ['tshark -V', '        Status-Code: «486»'],
  ['tshark -V', 'Session Initiation Protocol («486»)'],
  ['tshark -z sip,stat', '  SIP «486» Busy Here       :     3 Packets'],
  ['code and its registered phrase', 'call 7f3a: peer hung up: «488» Not Acceptable Here'],
  [
    'named code (sip_status, final reply, status, code, response, reply)',
    '{"level":"error","msg":"call failed","sip_status": «503»}',
  ],
  [
    'named code (sip_status, final reply, status, code, response, reply)',
    'register failed with status «480» and reason timeout',
  ],
  ['sofia-sip / drachtio nta', 'nta.c:3214 agent_recv_response() nta: received «183» Session Progress for INVITE (7)'],
  ['baresip call', 'call: SIP Progress: «183» Session Progress (application/sdp)'],
  ['baresip registration status', 'alice@example.com: {0/UDP/v4} «200» OK (Asterisk PBX 20.5.0) [1 binding]'],
  ['baresip reg', 'reg: sip:alice@example.com: «403» Wrong password (sip:192.0.2.5;transport=udp)'],
  ['transaction summary (CSeq METHOD <code>)', 'SIP\tTransaction 3 BYE <«200»> completed'],
];

describe('log mentions', () => {
  for (const [source, template] of MENTION_EXAMPLES) {
    test(`${source}: ${template.slice(0, 60)}`, () => expectCodes(template, 'mention'));
  }

  test('every mention pattern has an example above', () => {
    const covered = new Set(MENTION_EXAMPLES.map(([source]) => source));
    assert.deepEqual(
      MENTION_PATTERNS.map((p) => p.source).filter((source) => !covered.has(source)),
      [],
    );
  });

  test('phrases come from the line where the format carries one', () => {
    const text = [
      'Call 0 is DISCONNECTED [reason=486 (Busy Here)]',
      '    -- Got SIP response 480 "Temporarily Unavailable" back from 198.51.100.7:5060',
      '  5 0.2 192.0.2.1 → 192.0.2.2 SIP 345 Status: 200 OK  (1 binding) |',
      ' SIP 200 OK   : 10 Packets',
      'completed with code: 408',
    ].join('\n');
    assert.deepEqual(
      analyze(text).occurrences.map((o) => o.phrase),
      ['Busy Here', 'Temporarily Unavailable', 'OK', 'OK', undefined],
    );
  });

  test('tshark stat rows with varying spacing', () => {
    expectCodes(
      ' SIP «200» OK   : 10 Packets\n  SIP «407» Proxy Authentication Required :     3 Packets\n\tSIP «100» Trying\t:\t1 Packets\n',
      'mention',
    );
  });

  test('exactly-spelled wordings do not match other spellings', () => {
    expectNone(
      'status: 486 busy\nresponse msg 200/REGISTER\nsession initiation protocol (486)\nsip 200 ok : 3 packets\n',
    );
  });

  test('generic wording is ignored on lines about HTTP', () => {
    expectNone('http_client: curl (http://192.0.2.90/route) reply code 404\nHTTP Status: 404 Not Found\n');
  });

  test('a bare "response 404" or "response code 404" is too likely HTTP to count', () => {
    expectNone('LNP lookup failed, response code 404 from REST service\nsent response 200 to 192.0.2.90\n');
  });

  test('header-like text inside a SIP message is not a log mention', () => {
    expectCodes('SIP/2.0 «200» OK\nX-Status: 486\nX-Note: completed with code: 408\nCSeq: 1 INVITE\n\n', 'status-line');
  });
});

describe('traps: numbers that look like codes but are not', () => {
  const traps: ReadonlyArray<readonly [string, string]> = [
    ['ports and IP octets', 'from UDP:203.0.113.45:5060 to 10.0.0.180:5061 via 198.51.100.200'],
    [
      'byte counts',
      'recv 584 bytes from udp/[203.0.113.4]:5090 at 12:30:57.916812:\nUDP message received [769] bytes :\n<--- Received SIP response (512 bytes) --->',
    ],
    [
      'CSeq, Content-Length, Max-Forwards, Expires',
      'CSeq: 102 INVITE\nContent-Length: 245\nMax-Forwards: 70\nExpires: 3600\nl: 129',
    ],
    [
      'timers and session timers',
      'Retry-After: 120\nSession-Expires: 1800;refresher=uac\nMin-SE: 90\nRSeq: 281\nRAck: 281 314 INVITE',
    ],
    [
      'Warning header codes',
      'Warning: 399 sbc.example.net "Incompatible media format"\nWarning: 305 sbc.example.net "Incompatible media"',
    ],
    ['timestamps and PIDs', '2026-01-15 10:23:55.480 kamailio[5863]: [C-00000486] VERBOSE[4321] 1768471200.123456'],
    ['source line numbers', 'ERROR: tm [t_reply.c:479]: _reply_light(): failed\nsofia.c:7493 sofia_reg.c:2880'],
    [
      'SDP ports and payload types',
      'm=audio 18600 RTP/AVP 0 8 101\na=rtpmap:101 telephone-event/8000\no=- 404 486 IN IP4 192.0.2.1',
    ],
    ['phone numbers and URIs', 'INVITE to sip:+14035551212@example.com and tel:+18005550199 and sip:486@example.com'],
    ['branch and tag ids', 'Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK-486-603\nFrom: <sip:a@example.com>;tag=404a7c2'],
    ['Q.850 causes', 'Reason: Q.850;cause=102;text="Recovery on timer expiry"\nhangup_cause=USER_BUSY q850=17'],
    ['HTTP', 'HTTP/1.1 404 Not Found\n<title>503 Service Unavailable</title>'],
    ['kamailio errno', 'udp_send(): sendto(sock, buf, len: 584) - err: Network is unreachable (101)'],
    ['SIP version words', 'Supported: 100rel, timer\nRequire: 100rel'],
  ];
  for (const [name, text] of traps) test(name, () => expectNone(text));
});

describe('ANSI colour codes', () => {
  test('are seen through, and offsets stay those of the original text', () => {
    const { text, expected } = unmark(
      '\u001b[36m   SIP/2.0 «180» Ringing\u001b[0m\n\u001b[33mentering state [proceeding][«180»]\u001b[0m\n',
      'status-line',
    );
    const analysis = analyze(text);
    assert.deepEqual(
      analysis.occurrences.map((o) => o.offset),
      expected.map((e) => e.offset),
    );
    assert.deepEqual(
      analysis.occurrences.map((o) => [o.kind, o.phrase]),
      [
        ['status-line', 'Ringing'],
        ['mention', undefined],
      ],
    );
  });
});

test('occurrences are sorted by offset and carry the index of the message that contains them', () => {
  const text =
    'completed with code: 408\nSIP/2.0 486 Busy Here\nCSeq: 1 INVITE\nCall-ID: a@b\nReason: SIP;cause=486\n\nsending reply 403\n';
  const analysis = analyze(text);
  assert.deepEqual(
    analysis.occurrences.map((o) => [o.code, o.kind, o.messageIndex]),
    [
      [408, 'mention', -1],
      [486, 'status-line', 0],
      [486, 'reason-sip', 0],
      [403, 'mention', -1],
    ],
  );
});
