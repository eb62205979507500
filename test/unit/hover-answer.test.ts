/**
 * The hover leads with the answer (issue 18): meaning, what this response did with the finding's
 * own short fix, the actions, and only then the rest of the card. It reads the call flow through
 * the rules' own lookup, so it never contradicts a diagnostic.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { hover } from '../../server/src/features/hover';
import { AnalysisCache } from '../../server/src/pipeline/documentAnalysis';
import { DEFAULT_RULE_OPTIONS } from '../../server/src/rules/index';
import { FlowBuilder } from './rules-support';

/** The hover's Markdown lines at the first `needle`'s code, through the server's own hover. */
function hoverLines(text: string, needle: string): string[] {
  const document = TextDocument.create('file:///hover-answer.log', 'log', 1, text);
  const state = new AnalysisCache().get(document);
  const result = hover(document, state, document.positionAt(text.indexOf(needle) + needle.length - 2));
  assert.ok(result, `no hover on ${needle}`);
  return (result.contents as { value: string }).value.split('\n');
}

describe('the hover, answer first', () => {
  it('a failing 486: heading, meaning, the finding and its short fix, then the actions, then the card', () => {
    const { text, analysis } = new FlowBuilder()
      .request('INVITE', 'h1', 102)
      .response(486, 'Busy Here', 'h1', 102, 'INVITE')
      .build();
    const lines = hoverLines(text, 'SIP/2.0 486');
    const state = new AnalysisCache().get(TextDocument.create('file:///x.log', 'log', 1, text));
    const [finding] = state.findings(DEFAULT_RULE_OPTIONS);
    assert.equal(analysis.messages.length, 2);
    assert.deepEqual(lines.slice(0, 7), [
      '### 486 Busy Here · 4xx Client Failure',
      '',
      lines[2],
      '',
      '**In this log:** 486 Busy Here ends INVITE (CSeq 102): callee busy on this device. **The call failed here.**',
      '',
      `→ ${finding?.shortFix}`,
    ]);
    assert.match(lines[2] ?? '', /^The callee was reached[^\n]*\.$/u);
    assert.match(lines[8] ?? '', /^\[Explain 486\]\(command:sipLens\.explainCode[^)]*\) · \[Compare with…\]/u);
    assert.equal(lines[10], '---');
    const howToFix = lines.indexOf('**How to fix.**');
    assert.ok(howToFix > 10, 'the fix steps come after the rule');
    assert.equal(lines.join('\n').match(/\bFix\b/gu), null, '"Fix" is never a second heading');
  });

  it('success and provisional codes get no "How to fix"', () => {
    const { text } = new FlowBuilder()
      .request('INVITE', 'h2', 1)
      .response(180, 'Ringing', 'h2', 1, 'INVITE')
      .response(200, 'OK', 'h2', 1, 'INVITE')
      .build();
    for (const needle of ['SIP/2.0 180', 'SIP/2.0 200']) {
      const markdown = hoverLines(text, needle).join('\n');
      assert.doesNotMatch(markdown, /How to fix/u, needle);
      assert.match(markdown, /\*\*In this log:\*\* answers \*\*`INVITE`\*\* \(CSeq 1\)/u, needle);
    }
  });

  it('a response whose branch matches no request: the hover finds the INVITE, as the rules do', () => {
    const { text } = new FlowBuilder()
      .request('INVITE', 'h3', 7, { branch: 'z9hG4bKout' })
      .response(487, 'Request Terminated', 'h3', 7, 'INVITE', { branch: 'z9hG4bKother' })
      .build();
    const markdown = hoverLines(text, 'SIP/2.0 487').join('\n');
    assert.doesNotMatch(markdown, /the request is not in this log/u);
    assert.match(markdown, /487 Request Terminated ends INVITE \(CSeq 7\)/u);
  });

  it('names the log format that carried the message (issue 17)', () => {
    const text =
      '{"level":"info","msg":"SIP/2.0 486 Busy Here\\r\\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\\r\\n' +
      'Call-ID: fmt-1@192.0.2.1\\r\\nCSeq: 7 INVITE\\r\\n\\r\\n"}\n';
    const lines = hoverLines(text, 'SIP/2.0 486');
    assert.ok(
      lines.some((line) => /^\*\*Call:\*\* Call-ID `fmt-1@192\.0\.2\.1` · json log/u.test(line)),
      lines.join('\n'),
    );
  });
});
