/**
 * Inlay fix hints, the call outline (document symbols) and the "Compare SIP codes" panel,
 * each exercised through the editor command a user's action would trigger.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  EXTENSION_ID,
  fixtureUri,
  inlayHints,
  labelText,
  lineOf,
  openFixture,
  serverReady,
  waitForEvent,
} from './helpers';

function callIds(document: vscode.TextDocument): string[] {
  const ids = [...document.getText().matchAll(/^Call-ID: (.+)$/gmu)].map((match) => (match[1] ?? '').trim());
  return [...new Set(ids)];
}

function compareTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('sipLens.compare'));
}

suite('Inlay hints, outline and compare panel', () => {
  suiteSetup(serverReady);

  test('a fix hint starting with "→ " follows the 486 and 503 status lines, none follows 1xx or 2xx', async () => {
    const document = await openFixture('call-outcomes.log');
    const hints = await inlayHints(document);
    for (const status of ['SIP/2.0 486 Busy Here', 'SIP/2.0 503 Service Unavailable']) {
      const line = lineOf(document, status);
      const hint = hints.find((h) => h.position.line === line);
      assert.ok(hint, `no hint on "${status}"; hints on lines ${hints.map((h) => h.position.line + 1)}`);
      assert.ok(labelText(hint).startsWith('→ '), `label: "${labelText(hint)}"`);
      assert.ok(
        hint.position.character >= document.lineAt(line).text.trimEnd().length,
        'the hint sits after the status line text',
      );
    }
    for (const status of ['SIP/2.0 100 Trying', 'SIP/2.0 180 Ringing', 'SIP/2.0 200 OK']) {
      const line = lineOf(document, status);
      assert.ok(!hints.some((h) => h.position.line === line), `unexpected hint on "${status}"`);
    }
  });

  test('the outline has one parent per Call-ID with the messages as children', async () => {
    const document = await openFixture('call-outcomes.log');
    const symbols =
      (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
        'vscode.executeDocumentSymbolProvider',
        document.uri,
      )) ?? [];
    const ids = callIds(document);
    assert.equal(ids.length, 5, 'fixture sanity: five calls');
    assert.equal(symbols.length, ids.length, `top-level symbols: ${symbols.map((s) => s.name).join(' | ')}`);
    for (const id of ids) {
      const parents = symbols.filter((s) => `${s.name} ${s.detail}`.includes(id));
      assert.equal(parents.length, 1, `exactly one parent for Call-ID ${id}`);
      assert.ok((parents[0]?.children.length ?? 0) >= 2, `Call-ID ${id} should list its messages`);
    }
    const childNames = symbols.flatMap((s) => s.children.map((c) => c.name));
    assert.ok(childNames.includes('INVITE sip:+14035550123@203.0.113.20'), childNames.join(' | '));
    assert.ok(childNames.includes('486 Busy Here (INVITE)'), childNames.join(' | '));
  });

  test('sipLens.compareCodes(486, 600) opens the compare webview panel', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('sipLens.compareCodes', 486, 600);
    const tab = await waitForEvent(
      vscode.window.tabGroups.onDidChangeTabs,
      compareTab,
      () => `open tabs: ${vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label)).join(', ')}`,
    );
    assert.match(tab.label, /486/);
    assert.match(tab.label, /600/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('sipLens.explainCode opens the card beside the log, which stays open in its own group', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const log = await vscode.workspace.openTextDocument(fixtureUri('call-outcomes.log'));
    await vscode.window.showTextDocument(log, { viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('sipLens.explainCode', 486);
    const cardTab = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label.includes('486'));
    const tab = await waitForEvent(vscode.window.tabGroups.onDidChangeTabs, cardTab, () => 'no 486 tab');
    const logGroup = vscode.window.tabGroups.all.find((g) => g.tabs.some((t) => t.label === 'call-outcomes.log'));
    assert.ok(logGroup, 'the log is still open');
    assert.notEqual(tab.group.viewColumn, logGroup.viewColumn, 'the card is in another group');
    assert.equal(logGroup.activeTab?.label, 'call-outcomes.log', 'the card does not cover the log');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('sipLens.explainCode(603) shows the catalog card as a read-only document', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('sipLens.explainCode', 603);
    const tab = await waitForEvent(
      vscode.window.tabGroups.onDidChangeTabs,
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label.includes('603')),
      () => `open tabs: ${vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label)).join(', ')}`,
    );
    assert.ok(tab);
    const card = await vscode.workspace.openTextDocument(vscode.Uri.parse('sip-lens:/explain/603.md'));
    assert.match(card.getText(), /^# 603 Decline/);
    assert.match(card.getText(), /## How to fix/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});

suite('Activation', () => {
  suiteSetup(serverReady);

  test('activation reports how long the client took to get ready (a figure for docs/PERFORMANCE.md)', () => {
    const api = vscode.extensions.getExtension<{ activationMs: number }>(EXTENSION_ID)?.exports;
    assert.ok(api, 'the extension exports its API');
    assert.equal(typeof api.activationMs, 'number');
    assert.ok(api.activationMs > 0);
    // Printed, not asserted: timing belongs in the benchmark report, not in a pass/fail test.
    console.log(
      `[figure] SIP Lens activation (client ready, server start excluded): ${api.activationMs.toFixed(1)} ms`,
    );
  });
});
