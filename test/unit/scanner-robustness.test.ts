/**
 * analyze() must never throw, must stay linear on hostile input, and must be deterministic.
 * Random texts are built from SIP-shaped pieces (start lines, headers, banners, line breaks,
 * ANSI codes, NULs, lone surrogates) so the fuzzing reaches the parsers, not just the skip paths.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyze, type Analysis } from '../../server/src/analysis/index';

const PIECES = [
  'SIP/2.0 ',
  'SIP/2.0',
  '486',
  '200',
  '100',
  '7',
  ' Busy Here',
  ' ',
  '\t',
  '.',
  "'",
  '"',
  ',',
  ';',
  ':',
  '=',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  'INVITE sip:bob@example.com SIP/2.0',
  'ACK tel:+1 SIP/2.0',
  'Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1',
  'Call-ID: abc',
  'i: x',
  'CSeq: 1 INVITE',
  'CSeq: 1 CANCEL',
  'From: <sip:a@b>;tag=1',
  't: <sip:c@d>;tag=2',
  'Content-Length: 10',
  'l: 0',
  'Content-Type: message/sipfrag',
  'Reason: ',
  'SIP;cause=487',
  'Q.850;cause=17;text="x"',
  'STIR;cause=',
  'Authorization: Digest',
  'completed with code: ',
  'got sip response ',
  '[reason=',
  ' (Busy',
  ')]',
  'Status: ',
  ' Packets',
  'SIP 200 OK : ',
  '<--- Received SIP response (512 bytes) from UDP:203.0.113.7:5060 --->',
  '   -----------------',
  'recv 584 bytes from udp/[192.0.2.1]:5060 at 1:',
  'U 2026/04/14 17:05:04.057430 192.0.2.1:5060 -> 192.0.2.2:5060',
  '--end msg--',
  '#',
  'proto:UDP ',
  '\u001b[32m',
  '\u001b[0m',
  '\u001b',
  '\u0000',
  '\ud800',
  '\udfff',
  '📞',
  'é',
  '\u2028',
];

const sipShaped = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((pieces) => pieces.join(''));
const anyText = fc.string({ unit: 'binary', maxLength: 200 });

/** Structural invariants every analysis must satisfy. */
function checkInvariants(text: string, analysis: Analysis): void {
  assert.equal(analysis.textLength, text.length);
  let previous = -1;
  for (const occurrence of analysis.occurrences) {
    assert.ok(occurrence.offset > previous, 'occurrences sorted, one per offset');
    previous = occurrence.offset;
    assert.equal(text.slice(occurrence.offset, occurrence.offset + 3), String(occurrence.code));
    assert.ok(occurrence.code >= 100 && occurrence.code <= 699);
    const message = analysis.messages[occurrence.messageIndex];
    if (occurrence.messageIndex !== -1)
      assert.ok(message && message.startOffset <= occurrence.offset && occurrence.offset < message.endOffset);
  }
  for (const cause of analysis.q850)
    assert.equal(Number(text.slice(cause.offset, cause.offset + cause.length)), cause.cause);
  analysis.messages.forEach((message, index) => {
    assert.equal(message.index, index);
    assert.ok(
      message.startOffset < message.startLineEnd &&
        message.startLineEnd <= message.endOffset &&
        message.endOffset <= text.length,
    );
    const next = analysis.messages[index + 1];
    if (next) assert.ok(message.endOffset <= next.startOffset, 'messages do not overlap');
  });
  for (const call of analysis.calls) {
    for (const index of call.messages) assert.equal(analysis.messages[index]?.callId, call.callId);
    for (const transaction of call.transactions) {
      for (const index of [transaction.request, ...transaction.responses])
        if (index !== undefined) assert.ok(call.messages.includes(index));
    }
  }
}

test('never throws, keeps its invariants, and is deterministic on SIP-shaped random text', () => {
  fc.assert(
    fc.property(sipShaped, (text) => {
      const analysis = analyze(text);
      checkInvariants(text, analysis);
      assert.deepEqual(analyze(text), analysis);
    }),
    { numRuns: 1500 },
  );
});

test('never throws on arbitrary code points, lone surrogates included', () => {
  fc.assert(
    fc.property(anyText, fc.constantFrom('', '\ud800', '\udc00x', '\u0000'), (text, extra) => {
      checkInvariants(text + extra, analyze(text + extra));
    }),
    { numRuns: 500 },
  );
});

test('binary data (random bytes read as latin1) does not throw', () => {
  const bytes = Buffer.alloc(200_000);
  let seed = 7;
  for (let i = 0; i < bytes.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = seed & 0xff;
  }
  const text = bytes.toString('latin1') + 'SIP/2.0 486 Busy Here\n';
  checkInvariants(text, analyze(text));
});

test('a 20 MB single line with scattered candidates completes with exact results', () => {
  const filler = 'x'.repeat(1_000_000);
  const line = Array.from(
    { length: 20 },
    (_, i) => `${filler} SIP/2.0 ${200 + i} OK completed with code: 408 Reason: SIP;cause=487 `,
  ).join('');
  const analysis = analyze(line);
  assert.equal(analysis.occurrences.filter((o) => o.kind === 'status-line').length, 20);
  assert.ok(
    analysis.occurrences.every((o) => o.kind !== 'status-line' || (o.phrase ?? '').length <= 256),
    'phrases are bounded',
  );
});

test('long runs of near-matches stay linear (no catastrophic backtracking)', () => {
  const hostile = [
    'completed with code: '.repeat(100_000),
    '[reason=486 ('.repeat(100_000),
    ' SIP 200 '.repeat(100_000) + ' '.repeat(100_000),
    'Reason: SIP;cause="'.repeat(50_000),
    `SIP/2.0 200 ${' '.repeat(1_000_000)}`,
    `INVITE ${'a'.repeat(1_000_000)} SIP/2.0\n`,
    'Status: 200 '.repeat(100_000),
    '\r'.repeat(1_000_000),
    'SIP/2.0 100 Trying\n'.repeat(50_000),
  ];
  for (const text of hostile) checkInvariants(text, analyze(text));
});

test('CR-only, CRLF and LF texts are all analysed', () => {
  const message =
    'INVITE sip:bob@example.com SIP/2.0\nCall-ID: cr@example.com\nCSeq: 1 INVITE\n\nSIP/2.0 486 Busy Here\nCall-ID: cr@example.com\nCSeq: 1 INVITE\n\n';
  for (const eol of ['\n', '\r\n', '\r']) {
    const analysis = analyze(message.replace(/\n/g, eol));
    assert.equal(analysis.messages.length, 2, JSON.stringify(eol));
    assert.equal(analysis.calls[0]?.transactions[0]?.finalResponse, 1);
  }
});
