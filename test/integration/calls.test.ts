/**
 * Issue 20 in the real editor: the SIP Calls view lists the calls of a sample log with the right
 * states (through the extension's tree data provider, as VS Code renders it), the filter narrows it,
 * selecting a call puts the cursor on its first message, the status bar counts, the statistics
 * document opens, and an append to the log reaches the view.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SipLensApi } from '../../client/src/extension';
import type { CallsView } from '../../client/src/calls/callsView';
import type { CallRow } from '../../catalog/src/protocol';
import { EXTENSION_ID, lineOf, openFixture, serverReady, waitForEvent } from './helpers';

function callsView(): CallsView {
  const api = vscode.extensions.getExtension<SipLensApi>(EXTENSION_ID)?.exports;
  assert.ok(api?.calls, 'the extension exports its Calls view');
  return api.calls;
}

/** Waits until the view lists `document` with rows that satisfy `predicate`. */
function listed(
  view: CallsView,
  document: vscode.TextDocument,
  predicate: (count: number, rows: readonly CallRow[]) => boolean,
): Promise<true> {
  return waitForEvent(
    view.onDidUpdate,
    () =>
      view.current.document === document && predicate(view.current.rows.length, view.current.rows) ? true : undefined,
    () => `the view shows ${view.current.document?.uri.path ?? 'nothing'} with ${view.current.rows.length} rows`,
  );
}

/** What each top-level item shows: label, description and icon. */
function items(view: CallsView): string[] {
  return view.provider.getChildren().map((node) => {
    const item = view.provider.getTreeItem(node);
    const icon = item.iconPath as vscode.ThemeIcon;
    return `${String(item.label)} | ${String(item.description)} | ${icon.id}/${(icon.color as { id?: string } | undefined)?.id ?? ''}`;
  });
}

suite('SIP Calls view', () => {
  suiteSetup(serverReady);

  teardown(async () => {
    await vscode.commands.executeCommand('sipLens.calls.clearFilter');
  });

  test('lists each call of the log with its state, and counts them in the status bar', async () => {
    const view = callsView();
    const document = await openFixture('call-outcomes.log');
    await listed(view, document, (count) => count === 5);
    assert.deepEqual(items(view), [
      '1001 → +14035550123 | 2026-11-20 09:21:05.011 · 486 Busy Here | circle-slash/testing.iconFailed',
      '1001 → +14035550188 | 2026-11-20 09:24:40.250 · 487 Request Terminated | circle-slash/disabledForeground',
      '1001 → +442079460000 | 2026-11-20 09:30:12.700 · 503 Service Unavailable | error/testing.iconFailed',
      '1001 → +18005550199 | 2026-11-20 09:36:48.020 · 499 Request Rejected | error/testing.iconFailed',
      '1001 → +14035550142 | 2026-11-20 09:41:19.600 · in progress | loading/charts.yellow',
    ]);
    assert.deepEqual(
      view.provider.visible.map((row) => `${row.state} ${row.stateLabel}`),
      ['busy busy', 'cancelled cancelled', 'rejected rejected', 'rejected rejected', 'in-progress in progress'],
    );
    assert.equal(view.statusBar.text, '$(call-outgoing) SIP: 5 calls · 3 failed');
    assert.equal(view.statusBar.command, 'sipLens.calls.focus');
  });

  test('the filter narrows the list and shows in the view’s description', async () => {
    const view = callsView();
    const document = await openFixture('call-outcomes.log');
    await listed(view, document, (count) => count === 5);
    assert.equal(view.context['sipLens.calls.filtered'], false);
    await vscode.commands.executeCommand('sipLens.calls.filter', 'rejected');
    assert.equal(view.context['sipLens.calls.filtered'], true, 'the funnel fills and the clear button shows');
    assert.deepEqual(
      view.provider.visible.map((row) => row.finalCode),
      [503, 499],
    );
    assert.equal(view.view.description, '2 of 5 · filter: rejected');
    await vscode.commands.executeCommand('sipLens.calls.filter', '+1403');
    assert.deepEqual(
      view.provider.visible.map((row) => row.to),
      ['+14035550123', '+14035550188', '+14035550142'],
    );
    await vscode.commands.executeCommand('sipLens.calls.filter', 'no such number');
    assert.equal(view.view.message, 'No call matches "no such number".');
    await vscode.commands.executeCommand('sipLens.calls.filter', 'failed');
    assert.deepEqual(
      view.provider.visible.map((row) => row.finalCode),
      [486, 503, 499],
    );
    await vscode.commands.executeCommand('sipLens.calls.clearFilter');
    assert.equal(view.context['sipLens.calls.filtered'], false);
    assert.equal(view.provider.visible.length, 5);
    assert.equal(view.view.description, '5');
  });

  test('grouping by state puts the calls under their state; its button swaps for "list in log order"', async () => {
    const view = callsView();
    const document = await openFixture('call-outcomes.log');
    await listed(view, document, (count) => count === 5);
    assert.equal(view.context['sipLens.calls.groupedByState'], false);
    await vscode.commands.executeCommand('sipLens.calls.groupByState');
    try {
      assert.equal(view.context['sipLens.calls.groupedByState'], true, 'the title bar now offers "list in log order"');
      const groups = view.provider.getChildren();
      assert.deepEqual(
        groups.map(
          (group) => `${String(view.provider.getTreeItem(group).label)} (${view.provider.getChildren(group).length})`,
        ),
        ['busy (1)', 'rejected (2)', 'cancelled (1)', 'in progress (1)'],
      );
    } finally {
      await vscode.commands.executeCommand('sipLens.calls.listInLogOrder');
    }
    assert.equal(view.context['sipLens.calls.groupedByState'], false);
    assert.equal(view.provider.getChildren().length, 5);
  });

  test('OPTIONS pings are hidden until "show pings", and its button swaps for "hide pings"', async () => {
    const view = callsView();
    const original = (await openFixture('call-outcomes.log')).getText();
    const document = await vscode.workspace.openTextDocument({ language: 'log', content: original + PING });
    await vscode.window.showTextDocument(document);
    try {
      await listed(view, document, (count) => count === 6);
      assert.equal(view.context['sipLens.calls.pingsHidden'], true);
      assert.equal(view.provider.visible.length, 5, 'the ping is hidden by default');
      assert.equal(view.view.description, '5 of 6');
      assert.equal(view.statusBar.text, '$(call-outgoing) SIP: 5 calls · 3 failed', 'nor does the status bar count it');
      await vscode.commands.executeCommand('sipLens.calls.showPings');
      assert.equal(view.context['sipLens.calls.pingsHidden'], false, 'the title bar now offers "hide pings"');
      assert.deepEqual(
        view.provider.visible.map((row) => row.kind),
        ['call', 'call', 'call', 'call', 'call', 'options'],
      );
      assert.equal(view.view.description, '6');
      await vscode.commands.executeCommand('sipLens.calls.hidePings');
      assert.equal(view.context['sipLens.calls.pingsHidden'], true);
      assert.equal(view.provider.visible.length, 5);
    } finally {
      await vscode.commands.executeCommand('sipLens.calls.hidePings');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('selecting a call puts the cursor on its first message', async () => {
    const view = callsView();
    const document = await openFixture('call-outcomes.log');
    await listed(view, document, (count) => count === 5);
    const row = view.current.rows.find((candidate) => candidate.finalCode === 503);
    assert.ok(row);
    const item = view.provider.getTreeItem({ type: 'call', row });
    assert.ok(item.command, 'a call item carries the reveal command');
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document, document);
    assert.equal(editor.selection.active.line, lineOf(document, 'INVITE sip:+442079460000@'));
    assert.equal(editor.selection.active.character, 0);
  });

  test('shows the statistics in a read-only document, with the RFC 6076 metrics', async () => {
    const view = callsView();
    const document = await openFixture('call-outcomes.log');
    await listed(view, document, (count) => count === 5);
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('sipLens.showCallStatistics');
    assert.ok(editor, 'the statistics open in an editor');
    const text = editor.document.getText();
    assert.equal(editor.document.uri.scheme, 'sip-lens-stats');
    assert.match(text, /^call-outcomes\.log: 5 call\(s\), 3 failed$/mu);
    assert.match(text, /Session Request Delay \(SRD\), RFC 6076 §4\.3: \d+ ms, from 4 call\(s\)/u);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('a call appended to the log reaches the view', async () => {
    const view = callsView();
    const original = (await openFixture('call-outcomes.log')).getText();
    const document = await vscode.workspace.openTextDocument({ language: 'log', content: original });
    await vscode.window.showTextDocument(document);
    await listed(view, document, (count) => count === 5);
    const edit = new vscode.WorkspaceEdit();
    const end = document.lineAt(document.lineCount - 1).range.end;
    edit.insert(document.uri, end, '\nSIP/2.0 603 Decline\nCall-ID: appended@x\nCSeq: 9 INVITE\n\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await listed(view, document, (count) => count === 6);
    assert.equal(view.current.rows[5]?.callId, 'appended@x');
    assert.equal(view.statusBar.text, '$(call-outgoing) SIP: 6 calls · 4 failed');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('an answer appended to a call redraws that call alone, not the list', async () => {
    const view = callsView();
    const original = (await openFixture('call-outcomes.log')).getText();
    const document = await vscode.workspace.openTextDocument({ language: 'log', content: original });
    await vscode.window.showTextDocument(document);
    await listed(view, document, (count) => count === 5);
    const list = view.provider.topLevel;
    const refreshes = view.provider.itemRefreshes;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.lineAt(document.lineCount - 1).range.end, ANSWER);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await listed(view, document, (_, rows) => rows[4]?.state === 'answered');
    assert.equal(view.provider.topLevel, list, 'the list was not rebuilt');
    assert.equal(view.provider.itemRefreshes, refreshes + 1, 'one refresh of the changed item');
    assert.equal(view.statusBar.text, '$(call-outgoing) SIP: 5 calls · 3 failed');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

/** An OPTIONS ping a proxy answers: noise the view hides by default. */
const PING = [
  '',
  'OPTIONS sip:pbx.example.com SIP/2.0',
  'Via: SIP/2.0/UDP 203.0.113.20:5060;branch=z9hG4bKping1',
  'From: <sip:ping@203.0.113.20>;tag=p1',
  'To: <sip:pbx.example.com>',
  'Call-ID: ping-1@203.0.113.20',
  'CSeq: 1 OPTIONS',
  'Content-Length: 0',
  '',
  'SIP/2.0 200 OK',
  'Via: SIP/2.0/UDP 203.0.113.20:5060;branch=z9hG4bKping1',
  'From: <sip:ping@203.0.113.20>;tag=p1',
  'To: <sip:pbx.example.com>;tag=p2',
  'Call-ID: ping-1@203.0.113.20',
  'CSeq: 1 OPTIONS',
  'Content-Length: 0',
  '',
].join('\n');

/** The 200 OK that answers the fixture's last call (in progress until then). */
const ANSWER = [
  '',
  '[2026-11-20 09:41:25.000] VERBOSE[3140] res_pjsip_logger.c: <--- Received SIP response (400 bytes) from UDP:203.0.113.20:5060 --->',
  'SIP/2.0 200 OK',
  'Via: SIP/2.0/UDP 198.51.100.10:5060;rport=5060;branch=z9hG4bKPj37c2c690-f157-4eac-a0ef-1426d253e6fc',
  'From: "Front Desk" <sip:1001@pbx.example.com>;tag=4b8c519b-d791-4c1a-a040-f11a6bbb0453',
  'To: <sip:+14035550142@203.0.113.20>;tag=answered1',
  'Call-ID: 06da6014-532a-49a7-a850-c9f11679e160',
  'CSeq: 14870 INVITE',
  'Content-Length: 0',
  '',
].join('\n');
