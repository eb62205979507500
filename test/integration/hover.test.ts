/**
 * Hover cards, asked for through the editor's own hover command on fixtures of several log
 * formats, and the numbers that look like codes but are not.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, hoversAt, openFixture, positionOf, serverReady } from './helpers';

/** A card must name the code, its phrase, its class and link its RFC. */
function assertCard(text: string, code: number, phrase: string, className: string, rfc: number): void {
  assert.match(text, new RegExp(`\\b${code}\\b`), `hover should name ${code}:\n${text}`);
  assert.ok(text.includes(phrase), `hover should give the phrase "${phrase}":\n${text}`);
  assert.ok(text.includes(className), `hover should give the class "${className}":\n${text}`);
  assert.match(text, new RegExp(`https://\\S*rfc\\S*${rfc}`, 'i'), `hover should link RFC ${rfc}:\n${text}`);
}

/** Strips inline code spans: text inside them is shown literally and cannot become HTML or a link. */
function outsideCodeSpans(markdown: string): string {
  return markdown.replace(/`[^`]*`/gu, '');
}

suite('Hover cards', () => {
  suiteSetup(serverReady);

  test('a .log file keeps languageId "log" and still gets a card for 486 in an Asterisk pjsip log', async () => {
    const document = await openFixture('call-outcomes.log');
    assert.equal(document.languageId, 'log');
    const text = await hoverText(document, positionOf(document, 'SIP/2.0 486 Busy Here', 9));
    assertCard(text, 486, 'Busy Here', 'Client Failure', 3261);
  });

  test('503 in the same log is a Server Failure card', async () => {
    const document = await openFixture('call-outcomes.log');
    const text = await hoverText(document, positionOf(document, 'SIP/2.0 503 Service Unavailable', 8));
    assertCard(text, 503, 'Service Unavailable', 'Server Failure', 3261);
  });

  test('a .sip file gets languageId "sip" and a card for 404 in a raw trace with CRLF line ends', async () => {
    const document = await openFixture('trace.sip');
    assert.equal(document.languageId, 'sip');
    const text = await hoverText(document, positionOf(document, 'SIP/2.0 404 Not Found', 10));
    assertCard(text, 404, 'Not Found', 'Client Failure', 3261);
  });

  test('603 in a FreeSWITCH siptrace (indented messages) is a Global Failure card', async () => {
    const document = await openFixture('freeswitch.log');
    const text = await hoverText(document, positionOf(document, 'SIP/2.0 603 Decline', 8));
    assertCard(text, 603, 'Decline', 'Global Failure', 3261);
  });

  test('a Kamailio syslog line "completed with code: 408" gets the 408 card', async () => {
    const document = await openFixture('kamailio.log');
    const text = await hoverText(
      document,
      positionOf(document, 'completed with code: 408', 'completed with code: '.length + 1),
    );
    assertCard(text, 408, 'Request Timeout', 'Client Failure', 3261);
  });

  test('no card on a CSeq number, even one that reads like a provisional code', async () => {
    const document = await openFixture('call-outcomes.log');
    const text = await hoverText(document, positionOf(document, 'CSeq: 102 INVITE', 'CSeq: '.length + 1));
    assert.equal(text, '', `no hover expected on CSeq 102, got:\n${text}`);
  });

  test('no card on a port, a byte count or an SDP payload type', async () => {
    const document = await openFixture('register-auth.log');
    const port = await hoverText(document, positionOf(document, 'UDP:192.0.2.50:5060', 'UDP:192.0.2.50:'.length + 1));
    const bytes = await hoverText(document, positionOf(document, '(486 bytes)', 2));
    assert.equal(port, '', `no hover expected on port 5060, got:\n${port}`);
    assert.equal(bytes, '', `a byte count of 486 is not a 486 response, got:\n${bytes}`);
    const calls = await openFixture('call-outcomes.log');
    const payload = await hoverText(calls, positionOf(calls, 'RTP/AVP 0 8 101', 'RTP/AVP 0 8 '.length + 1));
    assert.equal(payload, '', `no hover expected on SDP payload type 101, got:\n${payload}`);
  });

  test('a hostile reason phrase stays inert text: no HTML, no live command link, no trusted delete command', async () => {
    const document = await openFixture('hostile.log');
    const hovers = await hoversAt(document, positionOf(document, 'SIP/2.0 403 ', 9));
    const markdowns = hovers
      .flatMap((hover) => hover.contents)
      .filter((c): c is vscode.MarkdownString => typeof c !== 'string');
    assert.ok(markdowns.length > 0, 'expected a Markdown hover on 403');
    for (const markdown of markdowns) {
      const visible = outsideCodeSpans(markdown.value);
      assert.doesNotMatch(visible, /<img/i, `raw HTML leaked into the hover:\n${markdown.value}`);
      assert.doesNotMatch(visible, /\]\(command:workbench/i, `a log-supplied command link is live:\n${markdown.value}`);
      assert.notEqual(markdown.supportHtml, true, 'hover Markdown must not render HTML');
      assert.notEqual(markdown.isTrusted, true, 'hover Markdown must not trust every command');
      const enabled = typeof markdown.isTrusted === 'object' ? markdown.isTrusted.enabledCommands : [];
      assert.ok(!enabled.includes('workbench.action.files.delete'), 'the delete command must not be enabled');
    }
  });
});
