/**
 * The Calls view's commands: the toggles and the filter in its title bar, reveal on select, and the
 * context menu of a call (copy its Call-ID, filter to one of its numbers, show its diagnostics).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CallMessagesRequest, type CallRow } from '../../../catalog/src/protocol';
import type { L10n } from '../translation';
import type { CallsView } from './callsView';
import { streamedCallMessage } from './model';
import { FILTER_COMMANDS, TOGGLES } from './toggles';
import { REVEAL_CALL_COMMAND, type CallsNode } from './treeProvider';

export const CALLS_COMMANDS = {
  reveal: REVEAL_CALL_COMMAND,
  filter: FILTER_COMMANDS.set,
  editFilter: FILTER_COMMANDS.edit,
  clearFilter: FILTER_COMMANDS.clear,
  copyCallId: 'sipLens.calls.copyCallId',
  filterToNumber: 'sipLens.calls.filterToNumber',
  showDiagnostics: 'sipLens.calls.showDiagnostics',
  focus: 'sipLens.calls.focus',
} as const;

/** A command's argument: a tree node (context menu), a Call-ID (item click, tests), or the selection. */
function rowOf(view: CallsView, argument: unknown): CallRow | undefined {
  if (typeof argument === 'string') return view.current.rows.find((row) => row.callId === argument);
  const node = argument as CallsNode | undefined;
  if (node?.type === 'call') return node.row;
  const selected = view.view.selection[0];
  return selected?.type === 'call' ? selected.row : undefined;
}

/** Puts the cursor on the call's first message and scrolls it into view. */
async function reveal(view: CallsView, row: CallRow | undefined): Promise<vscode.TextEditor | undefined> {
  const document = view.current.document;
  if (!row || !document) return undefined;
  const position = new vscode.Position(row.line, row.character);
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: true, preview: false });
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
  return editor;
}

async function askFilter(view: CallsView, l10n: L10n): Promise<void> {
  const value = await vscode.window.showInputBox({
    title: l10n.t('Filter SIP calls'),
    prompt: l10n.t(
      'A number or user, a Call-ID, a code, a state (busy, no answer) or "failed". Empty shows every call.',
    ),
    value: view.current.options.filter,
  });
  if (value !== undefined) await view.setOptions({ filter: value.trim() });
}

async function filterToNumber(view: CallsView, row: CallRow | undefined, l10n: L10n): Promise<void> {
  const numbers = [...new Set([row?.from, row?.to].filter((value): value is string => value !== undefined))];
  const number =
    numbers.length > 1
      ? await vscode.window.showQuickPick(numbers, { title: l10n.t('Filter to which number?') })
      : numbers[0];
  if (number !== undefined) await view.setOptions({ filter: number });
}

/** The diagnostics inside the call's messages, in a quick pick; picking one reveals it. */
async function showDiagnostics(
  view: CallsView,
  client: LanguageClient,
  row: CallRow | undefined,
  l10n: L10n,
): Promise<void> {
  const { document, streamedOver } = view.current;
  if (!row || !document || !client.isRunning()) return;
  if (streamedOver !== undefined) {
    void vscode.window.showInformationMessage(streamedCallMessage(streamedOver, l10n));
    return;
  }
  const result = await client.sendRequest(CallMessagesRequest, { uri: document.uri.toString(), callId: row.callId });
  const ranges = (result?.ranges ?? []).map(
    (range) => new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character),
  );
  const diagnostics = vscode.languages
    .getDiagnostics(document.uri)
    .filter((diagnostic) => ranges.some((range) => range.contains(diagnostic.range)));
  if (diagnostics.length === 0) {
    void vscode.window.showInformationMessage(l10n.t('No SIP Lens diagnostics in call {0}.', row.callId));
    return;
  }
  const items = diagnostics.map((diagnostic) => ({
    label: diagnostic.message.split('\n')[0] ?? '',
    description: l10n.t('line {0}', diagnostic.range.start.line + 1),
    diagnostic,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: l10n.t('Diagnostics of call {0}', row.callId) });
  if (!picked) return;
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  editor.selection = new vscode.Selection(picked.diagnostic.range.start, picked.diagnostic.range.end);
  editor.revealRange(picked.diagnostic.range, vscode.TextEditorRevealType.InCenter);
}

export function registerCallsCommands(
  context: vscode.ExtensionContext,
  view: CallsView,
  client: LanguageClient,
  l10n: L10n,
): void {
  const register = (id: string, run: (argument: unknown) => unknown) =>
    context.subscriptions.push(vscode.commands.registerCommand(id, run));
  register(CALLS_COMMANDS.reveal, (argument) => reveal(view, rowOf(view, argument)));
  for (const { off, on } of TOGGLES) {
    register(off.command, () => view.setOptions(off.set));
    register(on.command, () => view.setOptions(on.set));
  }
  const filter = (argument: unknown) =>
    typeof argument === 'string' ? view.setOptions({ filter: argument }) : askFilter(view, l10n);
  register(CALLS_COMMANDS.filter, filter);
  register(CALLS_COMMANDS.editFilter, filter);
  register(CALLS_COMMANDS.clearFilter, () => view.setOptions({ filter: '' }));
  register(CALLS_COMMANDS.copyCallId, async (argument) => {
    const row = rowOf(view, argument);
    if (row) await vscode.env.clipboard.writeText(row.callId);
  });
  register(CALLS_COMMANDS.filterToNumber, (argument) => filterToNumber(view, rowOf(view, argument), l10n));
  register(CALLS_COMMANDS.showDiagnostics, (argument) => showDiagnostics(view, client, rowOf(view, argument), l10n));
}
