/**
 * The editor words its own overflow notice (issue 15 §1): the rules only say what the cap left out.
 * Issue 22 put it at the top of the document, graded by what it hides.
 */
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

  it('adds one notice at the top of the document naming sipLens.maxDiagnostics and what it hid', () => {
    const diagnostics = toDiagnostics(document, evaluateRules(analysis, { overrides: {}, maxFindings: 10 }));
    assert.equal(diagnostics.length, 11);
    const notice = diagnostics[0];
    assert.equal(notice?.code, 'diagnostics-capped');
    // As severe as the warnings it hides, so it does not sort after the ten shown in the Problems panel.
    assert.equal(notice?.severity, DiagnosticSeverity.Warning);
    assert.equal(
      notice?.message,
      '10 of 50 findings shown (most severe first, sipLens.maxDiagnostics); 40 more: 40 warnings.',
    );
    assert.deepEqual(notice?.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  });

  it('groups the digits of large counts and names each hidden severity, the most severe first', () => {
    const overflow = {
      hidden: 26_533,
      limit: 1000,
      offset: 0,
      hiddenBySeverity: { error: 3, warning: 26_529, information: 0, hint: 1 },
      severity: 'error' as const,
    };
    const totals = { error: 3, warning: 27_529, information: 0, hint: 1 };
    const [notice] = toDiagnostics(document, { findings: [], totals, overflow });
    assert.equal(
      notice?.message,
      '1,000 of 27,533 findings shown (most severe first, sipLens.maxDiagnostics); 26,533 more: 3 errors, 26,529 warnings, 1 hint.',
    );
    assert.equal(notice?.severity, DiagnosticSeverity.Error);
    const [chinese] = toDiagnostics(document, { findings: [], totals, overflow }, 'zh-cn');
    assert.equal(
      chinese?.message,
      '共 27,533 条诊断，已显示 1,000 条（严重程度高的优先，sipLens.maxDiagnostics）；另有 26,533 条：3 条错误、26,529 条警告、1 条提示。',
    );
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
