/**
 * Issue 21 in the real editor: "Show call flow" opens the ladder of the call at the cursor (as the
 * code action runs it), a click on an arrow reveals its message (posted through the panel's own
 * message path, as the webview posts it), moving the cursor highlights the arrow (the message sent
 * to the webview), the Calls view's selection draws several legs, an append redraws, and the export
 * copies Mermaid.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SipLensApi } from '../../client/src/extension';
import type { FlowPanels, PostedMessage } from '../../client/src/flow/index';
import type { FlowHostMessage } from '../../client/src/flow/messages';
import { EXTENSION_ID, lineOf, openFixture, serverReady, waitForEvent } from './helpers';

const REJECTED_ID = '4a6f8b30-d80c-4aca-a248-122efde72ed7';
const BUSY_ID = 'e74b7a78-2289-4ccb-af92-22772db43331';

function api(): SipLensApi {
  const exports = vscode.extensions.getExtension<SipLensApi>(EXTENSION_ID)?.exports;
  assert.ok(exports?.flow, 'the extension exports its call-flow panels');
  return exports;
}

/** The next message sent to `uri`'s webview that satisfies `predicate` (listening from now on). */
function nextPosted(
  panels: FlowPanels,
  uri: vscode.Uri,
  predicate: (message: FlowHostMessage) => boolean,
): Promise<PostedMessage> {
  let seen: PostedMessage | undefined;
  // Registered before waitForEvent's own listener, so its probe sees what this one caught.
  const catcher = panels.onDidPost((event) => {
    if (!seen && event.uri === uri.toString() && predicate(event.message)) seen = event;
  });
  return waitForEvent(
    panels.onDidPost,
    () => seen,
    () => `no matching message to ${uri.path}`,
  ).finally(() => catcher.dispose());
}

/** The line of the first `needle` after `anchor`. */
function lineAfter(document: vscode.TextDocument, anchor: string, needle: string): number {
  const text = document.getText();
  const at = text.indexOf(needle, text.indexOf(anchor));
  assert.ok(at >= 0, `no "${needle}" after "${anchor}"`);
  return document.positionAt(at).line;
}

/** A header line of the rejected call's 100 Trying (not its start line). */
const tryingHeader = (document: vscode.TextDocument) =>
  lineAfter(document, 'INVITE sip:+442079460000@', 'Server: CarrierSBC/4.2');

async function showAt(document: vscode.TextDocument, line: number): Promise<void> {
  const position = new vscode.Position(line, 3);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
  editor.selection = new vscode.Selection(position, position);
  // What the code action on that line runs.
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    document.uri,
    new vscode.Range(position, position),
  );
  const flow = actions.find((action) => action.command?.command === 'sipLens.showCallFlow');
  assert.ok(flow?.command, `a "Show call flow" action on line ${line + 1}`);
  const shown = await vscode.commands.executeCommand<boolean>(flow.command.command, ...(flow.command.arguments ?? []));
  assert.equal(shown, true);
}

suite('Call flow', () => {
  suiteSetup(serverReady);

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the command opens the ladder of the call at the cursor', async () => {
    const { flow } = api();
    const document = await openFixture('call-outcomes.log');
    const drawn = nextPosted(flow, document.uri, (message) => message.type === 'show');
    await showAt(document, tryingHeader(document));
    const { message } = await drawn;
    assert.equal(message.type, 'show');
    if (message.type !== 'show') return;
    assert.equal(message.diagram.legs[0]?.callId, REJECTED_ID);
    assert.deepEqual(message.diagram.arrows.map((arrow) => arrow.label).slice(0, 3), [
      'INVITE',
      '100 Trying',
      '503 Service Unavailable',
    ]);
    assert.equal(flow.panel(document.uri.toString())?.result?.diagram.legs[0]?.callId, REJECTED_ID);
  });

  test('clicking an arrow reveals its message in the editor', async () => {
    const { flow } = api();
    const document = await openFixture('call-outcomes.log');
    await showAt(document, lineOf(document, 'INVITE sip:+442079460000@'));
    const panel = flow.panel(document.uri.toString());
    const arrows = panel?.result?.diagram.arrows ?? [];
    const rejected = arrows.findIndex((arrow) => arrow.code === 503);
    assert.ok(panel && rejected >= 0);
    // The message the webview posts when the arrow is clicked.
    await panel.receive({ type: 'reveal', arrow: rejected });
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document, document);
    assert.equal(editor.selection.active.line, lineOf(document, 'SIP/2.0 503 Service Unavailable'));
    // A malformed message is ignored, not obeyed.
    await panel.receive({ type: 'reveal', arrow: 'x' });
    assert.equal(editor.selection.active.line, lineOf(document, 'SIP/2.0 503 Service Unavailable'));
  });

  test('moving the cursor highlights the arrow of its message', async () => {
    const { flow } = api();
    const document = await openFixture('call-outcomes.log');
    await showAt(document, lineOf(document, 'INVITE sip:+442079460000@'));
    const arrows = flow.panel(document.uri.toString())?.result?.diagram.arrows ?? [];
    const trying = arrows.findIndex((arrow) => arrow.code === 100);
    assert.ok(trying >= 0);
    const highlighted = nextPosted(
      flow,
      document.uri,
      (message) => message.type === 'highlight' && message.arrow !== -1,
    );
    const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
    const line = tryingHeader(document);
    editor.selection = new vscode.Selection(line, 0, line, 0);
    const { message } = await highlighted;
    assert.deepEqual(message, { type: 'highlight', arrow: trying });
  });

  test("the Calls view's selection draws its calls in one ladder", async () => {
    const { flow, calls } = api();
    const document = await openFixture('call-outcomes.log');
    await waitForEvent(
      calls.onDidUpdate,
      () => (calls.current.document === document && calls.current.rows.length === 5 ? true : undefined),
      () => `the Calls view shows ${calls.current.rows.length} rows`,
    );
    const node = (callId: string) => {
      const row = calls.current.rows.find((candidate) => candidate.callId === callId);
      assert.ok(row);
      return { type: 'call' as const, row };
    };
    const first = node(BUSY_ID);
    // What VS Code passes a context-menu command: the clicked node, then every selected node.
    const shown = await vscode.commands.executeCommand('sipLens.showCallFlow', first, [first, node(REJECTED_ID)]);
    assert.equal(shown, true);
    const legs = flow.panel(document.uri.toString())?.result?.diagram.legs.map((leg) => leg.callId);
    assert.deepEqual(legs, [BUSY_ID, REJECTED_ID]);
  });

  test('the ladder follows an append, and exports as Mermaid', async () => {
    const { flow } = api();
    const original = (await openFixture('call-outcomes.log')).getText();
    const document = await vscode.workspace.openTextDocument({ language: 'log', content: original });
    await vscode.window.showTextDocument(document);
    await showAt(document, lineOf(document, 'INVITE sip:+442079460000@'));
    const before = flow.panel(document.uri.toString())?.result?.diagram.arrows.length ?? 0;
    const redrawn = nextPosted(
      flow,
      document.uri,
      (message) => message.type === 'show' && message.diagram.arrows.length === before + 1,
    );
    const edit = new vscode.WorkspaceEdit();
    const end = document.lineAt(document.lineCount - 1).range.end;
    edit.insert(document.uri, end, `\nSIP/2.0 503 Service Unavailable\nCall-ID: ${REJECTED_ID}\nCSeq: 9143 INVITE\n\n`);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await redrawn;
    const text = await vscode.commands.executeCommand<string>('sipLens.exportCallFlow', document.uri.toString(), {
      format: 'mermaid',
      mask: 'credentials',
      destination: 'clipboard',
    });
    assert.match(text, /^sequenceDiagram/mu);
    assert.equal(await vscode.env.clipboard.readText(), text);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the Calls view keeps following the log while a ladder follows it, and after the ladder closes', async () => {
    const { flow, calls } = api();
    const original = (await openFixture('call-outcomes.log')).getText();
    const document = await vscode.workspace.openTextDocument({ language: 'log', content: original });
    await vscode.window.showTextDocument(document);
    await showAt(document, lineOf(document, 'INVITE sip:+442079460000@'));
    const listed = (count: number) =>
      waitForEvent(
        calls.onDidUpdate,
        () => (calls.current.document === document && calls.current.rows.length === count ? true : undefined),
        () => `the Calls view shows ${calls.current.rows.length} rows of ${calls.current.document?.uri.path}`,
      );
    const append = async (callId: string) => {
      const edit = new vscode.WorkspaceEdit();
      const end = document.lineAt(document.lineCount - 1).range.end;
      edit.insert(document.uri, end, `\nSIP/2.0 603 Decline\nCall-ID: ${callId}\nCSeq: 9 INVITE\n\n`);
      assert.ok(await vscode.workspace.applyEdit(edit));
    };
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
    await listed(5);
    await append('first-appended@x');
    await listed(6);
    flow.panel(document.uri.toString())?.dispose();
    await append('second-appended@x');
    await listed(7);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
