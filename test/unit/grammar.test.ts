/**
 * The SIP TextMate grammar (source.sip), tokenized with vscode-textmate + vscode-oniguruma
 * exactly as VS Code does, over test/fixtures/grammar/trace.sip.
 */
import * as assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import {
  assertNoScope,
  assertScope,
  lineWith,
  readGrammarJson,
  tokenizeFixture,
  type TokenizedLine,
} from './grammar-harness';

let trace: TokenizedLine[] = [];
const line = (needle: string): TokenizedLine => lineWith(trace, needle);

before(async () => {
  trace = await tokenizeFixture('source.sip', 'trace.sip');
});

describe('source.sip start lines', () => {
  it('scopes a request line: method, Request-URI and version', () => {
    const invite = line('INVITE sip:+14035551212');
    assertScope(invite, 'INVITE', 'keyword.other.method.sip');
    assertScope(invite, 'sip:+14035551212@203.0.113.7:5060', 'meta.request-uri.sip');
    assertScope(invite, 'sip:+14035551212@203.0.113.7:5060', 'markup.underline.link.uri.sip');
    assertScope(invite, 'SIP/2.0', 'constant.other.version.sip');
    assertScope(invite, 'user', 'variable.parameter.sip');
    assertScope(line('BYE sips:'), 'sips:bob@example.net', 'markup.underline.link.uri.sip');
  });

  it('scopes a status line: version, code and reason phrase', () => {
    const busy = line('SIP/2.0 486 Busy Here');
    assertScope(busy, 'SIP/2.0', 'constant.other.version.sip');
    assertScope(busy, '486', 'constant.numeric.status-code.sip');
    assertScope(busy, 'Busy Here.', 'string.unquoted.reason-phrase.sip');
  });

  const classes: ReadonlyArray<[string, string, string]> = [
    ['SIP/2.0 100 Trying', '100', 'support.type.status.provisional.sip'],
    ['SIP/2.0 180 Ringing', '180', 'support.type.status.provisional.sip'],
    ['SIP/2.0 200 OK', '200', 'markup.inserted.status.success.sip'],
    ['SIP/2.0 302 Moved', '302', 'markup.changed.status.redirection.sip'],
    ['SIP/2.0 486 Busy', '486', 'markup.deleted.status.client-failure.sip'],
    ['SIP/2.0 503 Service', '503', 'invalid.illegal.status.server-failure.sip'],
    ['SIP/2.0 603 Decline', '603', 'keyword.control.status.global-failure.sip'],
    ['SIP/2.0 701 No response', '701', 'constant.numeric.status.other.sip'],
  ];
  for (const [needle, code, scope] of classes) {
    it(`gives ${code} its class scope ${scope}`, () => {
      assertScope(line(needle), code, scope, needle.indexOf(code));
    });
  }

  it('gives each class a different theme-visible scope', () => {
    // Themes colour by the leading segments (markup.inserted, invalid, ...), so those must differ per class.
    const repository = readGrammarJson('source.sip').repository as Record<string, { patterns: { name: string }[] }>;
    const roots = (repository['status-code-class']?.patterns ?? []).map((p) => p.name.split('.').slice(0, 2).join('.'));
    assert.equal(roots.length, 7, 'one rule per class 1xx..6xx plus one for 7xx-9xx');
    assert.equal(new Set(roots).size, 7, roots.join(', '));
  });

  it('recognises start lines indented by three spaces (FreeSWITCH)', () => {
    assertScope(line('   SIP/2.0 200 OK'), '200', 'markup.inserted.status.success.sip');
  });
});

describe('source.sip headers', () => {
  it('scopes header names and the separator', () => {
    const maxForwards = line('Max-Forwards: 70');
    assertScope(maxForwards, 'Max-Forwards', 'variable.other.header-name.sip');
    assertScope(maxForwards, ':', 'punctuation.separator.key-value.sip');
    assertScope(maxForwards, '70', 'meta.header-value.sip');
    assertNoScope(maxForwards, '70', 'markup.');
  });

  it('scopes the Call-ID value as one identifier', () => {
    assertScope(line('Call-ID: a84b'), 'a84b4c76e66710@pc33.example.com', 'string.unquoted.call-id.sip');
  });

  it('scopes CSeq number and method, and does not take the number for a status code', () => {
    const cseq = line('CSeq: 102 INVITE');
    assertScope(cseq, '102', 'constant.numeric.cseq.sip');
    assertNoScope(cseq, '102', 'constant.numeric.status-code');
    assertScope(cseq, 'INVITE', 'keyword.other.method.sip');
  });

  it('scopes the Via protocol, transport, sent-by and branch', () => {
    const via = line('Via: SIP/2.0/UDP 192.0.2.10:5060;rport;branch');
    assertScope(via, 'UDP', 'support.constant.transport.sip');
    assertScope(via, '192.0.2.10', 'constant.numeric.ipv4.sip');
    assertScope(via, '5060', 'constant.numeric.port.sip');
    assertScope(via, 'branch', 'variable.parameter.branch.sip');
    assertScope(via, 'z9hG4bKPj3f1c2a', 'string.unquoted.branch.sip');
    assertScope(via, 'rport', 'variable.parameter.sip');
  });

  it('scopes From display name, URI and tag', () => {
    const from = line('From: "Alice"');
    assertScope(from, '"Alice"', 'string.quoted.double.sip');
    assertScope(from, '<', 'punctuation.definition.uri.begin.sip');
    assertScope(from, 'sip:alice@example.com', 'markup.underline.link.uri.sip');
    assertScope(from, 'tag', 'variable.parameter.tag.sip');
    assertScope(from, '9fxced76sl', 'string.unquoted.tag.sip');
  });

  it('scopes a SIP Reason cause by class but a Q.850 cause as a plain number', () => {
    const sipReason = line('Reason: SIP;cause=503');
    assertScope(sipReason, 'SIP', 'storage.type.reason-protocol.sip');
    assertScope(sipReason, '503', 'invalid.illegal.status.server-failure.sip', sipReason.text.indexOf('cause'));
    assertScope(sipReason, '"Trunk concurrent call limit exceeded"', 'string.quoted.double.sip');
    const stir = line('Reason: STIR;cause=436');
    assertScope(stir, '436', 'markup.deleted.status.client-failure.sip');
    const q850 = line('Reason: Q.850;cause=17');
    assertScope(q850, 'Q.850', 'storage.type.reason-protocol.sip');
    assertScope(q850, '17', 'constant.numeric.cause.q850.sip');
    assertNoScope(q850, '17', 'markup.');
  });

  it('scopes the Identity PASSporT and its info URL', () => {
    const identity = line('Identity: ');
    assertScope(identity, 'eyJhbGciOiJFUzI1NiJ9', 'string.unquoted.passport.header.sip');
    assertScope(identity, 'c2lnbmF0dXJl', 'string.unquoted.passport.signature.sip');
    assertScope(identity, 'https://cert.example.org/passport.cer', 'markup.underline.link.http.sip');
    assertScope(identity, 'ppt', 'variable.parameter.sip');
  });

  it('treats compact forms like their long names', () => {
    assertScope(line('   i: a84b'), 'a84b4c76e66710@pc33.example.com', 'string.unquoted.call-id.sip');
    assertScope(line('   f: <sip:alice'), '9fxced76sl', 'string.unquoted.tag.sip');
    assertScope(line('   t: <sip:bob'), '8321234356', 'string.unquoted.tag.sip');
    assertScope(line('   v: SIP/2.0/TCP'), 'z9hG4bKnashds8', 'string.unquoted.branch.sip');
    assertScope(line('   l: 0'), '0', 'constant.numeric.content-length.sip');
  });

  it('scopes a bracketed IPv6 host and its port inside a URI', () => {
    const contact = line('Contact: <sip:alice@[2001:db8::10]');
    assertScope(contact, '2001:db8::10', 'constant.numeric.ipv6.sip');
    assertScope(contact, '5060', 'constant.numeric.port.sip');
    assertScope(contact, 'transport', 'variable.parameter.sip');
  });
});

describe('source.sip SDP body', () => {
  it('scopes m= media, port, protocol and payload types', () => {
    const media = line('m=audio 49170');
    assertScope(media, 'm', 'keyword.other.sdp-type.sip');
    assertScope(media, 'audio', 'support.type.media.sdp.sip');
    assertScope(media, '49170', 'constant.numeric.port.sdp.sip');
    assertScope(media, 'RTP/AVP', 'support.constant.protocol.sdp.sip');
    assertScope(media, '101', 'constant.numeric.payload-type.sdp.sip');
  });

  it('scopes a= attribute names, rtpmap and direction', () => {
    const rtpmap = line('a=rtpmap:0 PCMU/8000');
    assertScope(rtpmap, 'rtpmap', 'entity.other.attribute-name.sdp.sip');
    assertScope(rtpmap, 'PCMU', 'support.constant.codec.sdp.sip');
    assertScope(rtpmap, '8000', 'constant.numeric.clock-rate.sdp.sip');
    assertScope(line('a=fmtp:101'), 'fmtp', 'entity.other.attribute-name.sdp.sip');
    assertScope(line('a=sendonly'), 'sendonly', 'keyword.other.direction.sdp.sip');
  });

  it('scopes c= and o= addresses and the other SDP lines', () => {
    const connection = line('c=IN IP4');
    assertScope(connection, 'IN', 'support.constant.network-type.sdp.sip');
    assertScope(connection, '192.0.2.10', 'constant.numeric.ipv4.sip');
    assertScope(line('o=alice'), '192.0.2.10', 'constant.numeric.ipv4.sip');
    assertScope(line('v=0'), 'v', 'keyword.other.sdp-type.sip');
    assertScope(line('t=0 0'), 't', 'keyword.other.sdp-type.sip');
  });
});

describe('source.sip log banners', () => {
  const banners: ReadonlyArray<[string, string]> = [
    ['<--- Transmitting SIP request', 'comment.line.banner.asterisk.sip'],
    ['<--- Received SIP response', 'comment.line.banner.asterisk.sip'],
    ['<--- SIP read from', 'comment.line.banner.asterisk.sip'],
    ['<------------>', 'comment.line.separator.asterisk.sip'],
    ['recv 584 bytes from udp/', 'comment.line.banner.freeswitch.sip'],
    ['   -------------', 'comment.line.separator.sip'],
    ['2026/01/15 10:00:00.123456', 'comment.line.banner.sngrep.sip'],
    ['U 2026/04/14', 'comment.line.banner.ngrep.sip'],
    ['.RX 539 bytes', 'comment.line.banner.pjsua.sip'],
    ['--end msg--', 'comment.line.separator.pjsua.sip'],
    ['UDP message received', 'comment.line.banner.sipp.sip'],
    ['proto:UDP', 'comment.line.banner.homer.sip'],
  ];
  for (const [needle, scope] of banners) {
    it(`scopes ${JSON.stringify(needle)} as ${scope}`, () => {
      assertScope(line(needle), needle.trim(), scope);
    });
  }

  it('scopes ngrep packet separators', () => {
    const hash = trace.find((l) => l.text === '#');
    if (!hash) throw new Error('fixture lacks the ngrep # line');
    assertScope(hash, '#', 'comment.line.separator.ngrep.sip');
  });

  it('still scopes addresses inside banners', () => {
    assertScope(line('<--- Received SIP response'), '203.0.113.7', 'constant.numeric.ipv4.sip');
    assertScope(line('recv 584 bytes'), '203.0.113.4', 'constant.numeric.ipv4.sip');
    assertScope(line('recv 584 bytes'), '5090', 'constant.numeric.port.sip');
    assertScope(line('U 2026/04/14'), '50040', 'constant.numeric.port.sip');
  });

  it('colours the status code in a pjsua summary by class', () => {
    assertScope(line('.RX 539 bytes'), '503', 'invalid.illegal.status.server-failure.sip');
  });
});
