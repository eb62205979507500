/**
 * "SIP: Show call flow" and "SIP: Export call flow". Show is reached from the palette (a pick of the
 * active document's calls), from the code action and the hover link (a document and a position),
 * and from the Calls view's context menu (its selected calls, drawn in one ladder).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CallsRequest, type CallRow } from '../../../catalog/src/protocol';
import { isCallsDocument, type CallsView } from '../calls/callsView';
import { callDescription, callLabel, streamedCallMessage } from '../calls/model';
import type { CallsNode } from '../calls/treeProvider';
import type { L10n } from '../translation';
import { exportCallFlow, type ExportChoices } from './exportCommand';
import type { FlowPanels } from './index';
import type { FlowTarget } from './panel';

export const FLOW_COMMANDS = { show: 'sipLens.showCallFlow', export: 'sipLens.exportCallFlow' } as const;

interface Position {
  readonly line: number;
  readonly character: number;
}

function isPosition(value: unknown): value is Position {
  const candidate = value as Position | undefined;
  return Number.isSafeInteger(candidate?.line) && Number.isSafeInteger(candidate?.character);
}

function isCallNode(value: unknown): value is Extract<CallsNode, { type: 'call' }> {
  return (value as CallsNode | undefined)?.type === 'call';
}

/** The Calls view's selection as VS Code passes it to a context-menu command: the clicked node, then all selected. */
function selectedCallIds(node: unknown, selection: unknown): string[] {
  const nodes = Array.isArray(selection) && selection.includes(node) ? selection : [node];
  return nodes.filter(isCallNode).map((call) => call.row.callId);
}

async function documentOf(uri: string): Promise<vscode.TextDocument | undefined> {
  try {
    return await vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true));
  } catch {
    return undefined;
  }
}

/** The palette: a pick of the active document's calls, as the Calls view lists them. */
async function pickCall(
  client: LanguageClient,
  l10n: L10n,
): Promise<{ document: vscode.TextDocument; callId: string } | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!isCallsDocument(document) || !client.isRunning()) {
    void vscode.window.showInformationMessage(l10n.t('Open a SIP message or log to see its call flow.'));
    return undefined;
  }
  const result = await client.sendRequest(CallsRequest, { uri: document.uri.toString() });
  const rows = result?.rows ?? [];
  if (rows.length === 0) {
    void vscode.window.showInformationMessage(l10n.t('No calls in this document.'));
    return undefined;
  }
  const items = rows.map((row: CallRow) => ({
    label: callLabel(row),
    description: `${row.stateLabel}${row.finalCode !== undefined ? ` · ${row.finalCode}` : ''}`,
    detail: `${row.callId} · ${callDescription(row, l10n)}`,
    callId: row.callId,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: l10n.t('Show the call flow of which call?'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked && { document, callId: picked.callId };
}

/** Works out the document and the calls from however the command was run, then shows them. */
async function showCallFlow(
  panels: FlowPanels,
  client: LanguageClient,
  l10n: L10n,
  calls: CallsView,
  first: unknown,
  second: unknown,
): Promise<boolean> {
  let document: vscode.TextDocument | undefined;
  let target: FlowTarget | undefined;
  if (typeof first === 'string' && isPosition(second)) {
    document = await documentOf(first);
    target = { position: { line: second.line, character: second.character } };
  } else if (isCallNode(first)) {
    // A log streamed from disk keeps no text to draw from: say so rather than "No SIP call here".
    const { streamedOver } = calls.current;
    if (streamedOver !== undefined) {
      void vscode.window.showInformationMessage(streamedCallMessage(streamedOver, l10n));
      return false;
    }
    document = calls.current.document;
    target = { callIds: selectedCallIds(first, second) };
  } else {
    const picked = await pickCall(client, l10n);
    document = picked?.document;
    target = picked && { callIds: [picked.callId] };
  }
  if (!document || !target) return false;
  const shown = await panels.show(document, target);
  if (!shown) void vscode.window.showInformationMessage(l10n.t('No SIP call here.'));
  return shown;
}

export function registerFlowCommands(
  context: vscode.ExtensionContext,
  panels: FlowPanels,
  client: LanguageClient,
  l10n: L10n,
  calls: CallsView,
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(FLOW_COMMANDS.show, (first: unknown, second: unknown) =>
      showCallFlow(panels, client, l10n, calls, first, second),
    ),
    vscode.commands.registerCommand(FLOW_COMMANDS.export, (uri: unknown, choices: unknown) =>
      exportCallFlow(
        typeof uri === 'string' ? panels.panel(uri) : panels.lastPanel,
        l10n,
        typeof choices === 'object' && choices !== null ? (choices as ExportChoices) : {},
      ),
    ),
  );
}
