/**
 * Issue 18 in the real editor: the hover of a failing status line leads with the answer and its
 * actions, and the Quick Fix menu offers Explain, then Compare, then the turn-off.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analysedDiagnostics, hoversAt, lineOf, openFixture, positionOf, serverReady, SOURCE } from './helpers';

suite('Answer first: hover and quick fixes', () => {
  suiteSetup(serverReady);

  test('the hover of a failing 486 answers, fixes and offers its actions within its first 12 lines', async () => {
    const document = await openFixture('call-outcomes.log');
    const hovers = await hoversAt(document, positionOf(document, 'SIP/2.0 486 Busy Here', 9));
    const card = hovers
      .flatMap((hover) => hover.contents)
      .map((content) => (typeof content === 'string' ? content : content.value))
      .find((value) => value.startsWith('### 486'));
    assert.ok(card, `no SIP Lens card among the hovers:\n${JSON.stringify(hovers)}`);
    const lines = card.split('\n');
    assert.equal(lines[0], '### 486 Busy Here · 4xx Client Failure');
    assert.match(lines[2] ?? '', /^The callee was reached/u, 'the one-line meaning comes second');
    assert.match(lines[4] ?? '', /^\*\*In this log:\*\* 486 Busy Here ends INVITE \(CSeq \d+\).*The call failed here/u);
    assert.match(lines[6] ?? '', /^→ callee busy on this device: /u);
    const actions = lines.findIndex((line) => line.startsWith('[Explain 486]'));
    assert.ok(actions >= 0 && actions < 12, `the actions are on line ${actions + 1}:\n${card}`);
    assert.match(lines[actions] ?? '', /\[Compare with…\].*\[RFC 3261 §21\.4\.24\]/u);
    assert.ok(lines.indexOf('---') > actions, 'the full card comes after the answer');
  });

  test('the Quick Fix menu on a 486 lists Explain (preferred), Compare, then Turn off, all quick fixes', async () => {
    const document = await openFixture('call-outcomes.log');
    const diagnostics = await analysedDiagnostics(document);
    const line = lineOf(document, 'SIP/2.0 486 Busy Here');
    const diagnostic = diagnostics.find((d) => d.source === SOURCE && d.range.start.line === line);
    assert.ok(diagnostic, 'the 486 has a diagnostic');
    const actions =
      (await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        document.uri,
        diagnostic.range,
        vscode.CodeActionKind.QuickFix.value,
      )) ?? [];
    const ours = actions.filter((action) => /\b486\b/u.test(action.title));
    assert.deepEqual(
      ours.map((action) => action.title),
      ['Explain 486', 'Compare 486 with…', 'Turn off diagnostics for 486'],
    );
    assert.ok(ours.every((action) => action.kind?.value === vscode.CodeActionKind.QuickFix.value));
    assert.equal(ours[0]?.isPreferred, true, 'Explain is the preferred fix');
  });
});
