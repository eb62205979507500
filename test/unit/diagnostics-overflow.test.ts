/** The editor words its own overflow notice (issue 15 §1): the rules only say what the cap left out. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { evaluateRules } from '../../server/src/rules';
import { FlowBuilder } from './rules-support';

describe('toDiagnostics', () => {
  const flow = new FlowBuilder();
  for (let i = 0; i < 50; i++)
    flow.request('INVITE', `call-${i}`, 1).response(486, 'Busy Here', `call-${i}`, 1, 'INVITE');
  const { text, analysis } = flow.build();
  const document = TextDocument.create('file:///busy.log', 'log', 1, text);

  it('adds one notice naming sipLens.maxDiagnostics at the first finding left out', () => {
    const all = evaluateRules(analysis, { overrides: {}, maxFindings: 1000 });
    const diagnostics = toDiagnostics(document, evaluateRules(analysis, { overrides: {}, maxFindings: 10 }));
    assert.equal(diagnostics.length, 11);
    const notice = diagnostics[10];
    assert.equal(notice?.code, 'diagnostics-capped');
    assert.equal(notice?.severity, DiagnosticSeverity.Information);
    assert.equal(notice?.message, '… and 40 more SIP Lens findings not shown (sipLens.maxDiagnostics = 10).');
    assert.deepEqual(notice?.range.start, document.positionAt(all.findings[10]?.offset ?? -1));
  });

  it('adds nothing when everything is shown or the notice is switched off', () => {
    assert.equal(toDiagnostics(document, evaluateRules(analysis, { overrides: {}, maxFindings: 50 })).length, 50);
    assert.equal(
      toDiagnostics(document, evaluateRules(analysis, { overrides: { 'diagnostics-capped': 'off' }, maxFindings: 10 }))
        .length,
      10,
    );
  });
});
