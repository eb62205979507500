/** The editor side of the calls (issue 20): the SIP Calls view, its status bar item, commands and statistics. */
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { L10n } from '../translation';
import { CallsView } from './callsView';
import { registerCallsCommands } from './commands';
import { registerStatistics } from './statistics';

export { CallsView } from './callsView';

export function registerCalls(context: vscode.ExtensionContext, client: LanguageClient, l10n: L10n): CallsView {
  const view = new CallsView(client, l10n, context.workspaceState);
  context.subscriptions.push(view);
  registerCallsCommands(context, view, client, l10n);
  registerStatistics(context, client, l10n, () => view.current.document);
  return view;
}
