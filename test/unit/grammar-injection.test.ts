/**
 * The injection grammars: SIP inside VS Code's `log` language (text.log) and ```sip fenced
 * blocks inside Markdown. Stand-in host grammars from test/fixtures/grammar/ take the
 * built-in scope names; the registry's getInjections attaches our grammars to them.
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

describe('sip-log.injection inside text.log', () => {
  let log: TokenizedLine[] = [];
  const line = (needle: string): TokenizedLine => lineWith(log, needle);

  before(async () => {
    log = await tokenizeFixture('text.log', 'sample.log');
  });

  it('is declared for the log language without replacing it', () => {
    const grammar = readGrammarJson('sip-log.injection');
    assert.match(String(grammar.injectionSelector), /^L:text\.log\b/);
    assert.equal(grammar.scopeName, 'sip-log.injection');
    assert.equal(grammar.fileTypes, undefined, 'the injection must not claim .log files');
  });

  it('keeps the log grammar in charge of ordinary log text', () => {
    const first = line('Sending request');
    assertScope(first, '2026-01-15', 'constant.numeric.date.log');
    assertScope(first, 'INFO', 'keyword.other.level.log');
    const error = line('ERROR: request failed');
    assertScope(error, 'ERROR', 'keyword.other.level.log');
    assertNoScope(error, 'ERROR', 'variable.other.header-name');
  });

  it('scopes a request line at the start of a line', () => {
    const invite = line('INVITE sip:bob@example.net SIP/2.0');
    assertScope(invite, 'INVITE', 'keyword.other.method.sip');
    assertScope(invite, 'sip:bob@example.net', 'markup.underline.link.uri.sip');
    assertScope(invite, 'SIP/2.0', 'constant.other.version.sip');
  });

  it('scopes a status line after a log prefix, with the class colour', () => {
    const busy = line('got SIP/2.0 486 Busy Here');
    assertScope(busy, '2026-01-15', 'constant.numeric.date.log');
    assertScope(busy, 'SIP/2.0', 'constant.other.version.sip');
    assertScope(busy, '486', 'markup.deleted.status.client-failure.sip');
    assertScope(busy, 'Busy Here', 'string.unquoted.reason-phrase.sip');
  });

  it('scopes an indented status line and its headers', () => {
    assertScope(line('   SIP/2.0 404 Not Found'), '404', 'markup.deleted.status.client-failure.sip');
    const reason = line('   Reason: Q.850;cause=1');
    assertScope(reason, 'Reason', 'variable.other.header-name.sip');
    assertScope(reason, '1', 'constant.numeric.cause.q850.sip', reason.text.indexOf('cause'));
  });

  it('scopes SIP headers, reusing the main grammar', () => {
    const via = line('Via: SIP/2.0/UDP');
    assertScope(via, 'Via', 'variable.other.header-name.sip');
    assertScope(via, 'z9hG4bK776asdhds', 'string.unquoted.branch.sip');
    assertScope(via, '192.0.2.10', 'constant.numeric.ipv4.sip');
    assertScope(line('From: <sip:alice'), '1928301774', 'string.unquoted.tag.sip');
    assertScope(line('Call-ID: 3848'), '3848276298220188511@example.com', 'string.unquoted.call-id.sip');
    const cseq = line('CSeq: 1 INVITE');
    assertScope(cseq, '1', 'constant.numeric.cseq.sip', cseq.text.indexOf(' '));
    assertScope(cseq, 'INVITE', 'keyword.other.method.sip');
  });

  it('scopes an Asterisk banner that follows a log prefix', () => {
    const banner = line('res_pjsip_logger.c: <--- Received');
    assertScope(
      banner,
      '<--- Received SIP response (512 bytes) from UDP:203.0.113.7:5060 --->',
      'comment.line.banner.asterisk.sip',
    );
    assertScope(banner, 'res_pjsip_logger.c', 'constant.language.dotted.log');
  });

  it('leaves unknown "Key: value" log lines alone', () => {
    assertNoScope(line('Status: done'), 'Status: done', 'meta.header');
  });

  it('scopes SDP media lines', () => {
    assertScope(line('m=audio 49170'), 'audio', 'support.type.media.sdp.sip');
  });
});

describe('sip-markdown.injection inside text.html.markdown', () => {
  let markdown: TokenizedLine[] = [];

  before(async () => {
    markdown = await tokenizeFixture('text.html.markdown', 'sample.md');
  });

  it('embeds source.sip in ```sip blocks', () => {
    const status = lineWith(markdown, 'SIP/2.0 487');
    assertScope(status, '487', 'meta.embedded.block.sip');
    assertScope(status, '487', 'markup.deleted.status.client-failure.sip');
    assertScope(lineWith(markdown, 'CSeq: 1 CANCEL'), 'CANCEL', 'keyword.other.method.sip');
  });

  it('scopes the fence and language like VS Code Markdown does', () => {
    const fence = lineWith(markdown, '```sip');
    assertScope(fence, '```', 'punctuation.definition.markdown');
    assertScope(fence, 'sip', 'fenced_code.block.language.markdown');
  });

  it('ends the block at the closing fence and leaves other languages alone', () => {
    const other = lineWith(markdown, 'SIP/2.0 200 OK');
    assertNoScope(other, 'SIP/2.0 200 OK', 'meta.embedded.block.sip');
    assertNoScope(other, '200', 'markup.inserted');
  });
});
