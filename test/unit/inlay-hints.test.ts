/** The inline hint renders its finding's own short fix (issue 18): never the code's generic advice. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { inlayHints } from '../../server/src/features/inlayHints';
import { AnalysisCache } from '../../server/src/pipeline/documentAnalysis';
import { DEFAULT_RULE_OPTIONS, RULES } from '../../server/src/rules/index';
import { FlowBuilder } from './rules-support';

describe('inlay hints', () => {
  it("each hint is its finding's short fix, so a refused retry says to check the account", () => {
    const { text } = new FlowBuilder()
      .request('REGISTER', 'i1', 1)
      .response(401, 'Unauthorized', 'i1', 1, 'REGISTER')
      .request('REGISTER', 'i1', 2, { credentials: true })
      .response(401, 'Unauthorized', 'i1', 2, 'REGISTER')
      .request('INVITE', 'i2', 1)
      .response(486, 'Busy Here', 'i2', 1, 'INVITE')
      .request('INVITE', 'i3', 1)
      .response(499, 'Request Rejected', 'i3', 1, 'INVITE')
      .build();
    const document = TextDocument.create('file:///hints.log', 'log', 1, text);
    const state = new AnalysisCache().get(document);
    const whole = { start: { line: 0, character: 0 }, end: document.positionAt(text.length) };
    const hints = inlayHints(document, state, whole, DEFAULT_RULE_OPTIONS);
    const hinted = state.findings(DEFAULT_RULE_OPTIONS).filter((f) => RULES[f.rule].inlayHint);
    // The first 401 was the normal challenge (a hint without an inline hint, issue 17); the refused
    // retry, the 486 and the 499 are hinted.
    assert.equal(hinted.length, 3);
    assert.deepEqual(
      hints.map((hint) => hint.label),
      hinted.map((finding) => `→ ${finding.shortFix}`),
    );
    assert.ok(String(hints[0]?.label).includes("check this account's auth username"));
    assert.ok(hints.every((hint) => !String(hint.label).includes('resend with Authorization')));
  });
});
