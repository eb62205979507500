/**
 * "SIP: Show call statistics": the statistics of the active SIP or log document in a read-only
 * virtual document (`sip-lens-stats:`), in the document's language, as the server words them (the
 * text `sip-lens stats` prints). A virtual document never asks to be saved; showing it again
 * asks the server again.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CallStatisticsRequest } from '../../../catalog/src/protocol';
import type { L10n } from '../translation';

export const STATISTICS_SCHEME = 'sip-lens-stats';
export const SHOW_STATISTICS_COMMAND = 'sipLens.showCallStatistics';

class StatisticsProvider implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly texts = new Map<string, string>();

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  set(uri: vscode.Uri, text: string): void {
    this.texts.set(uri.toString(), text);
    this.changed.fire(uri);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** `sip-lens-stats:/<name> (statistics).txt?<document uri>`: one per log, named after it. */
function statisticsUri(document: vscode.TextDocument, l10n: L10n): vscode.Uri {
  const name = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1) || 'log';
  const path = `/${l10n.t('{0} (statistics)', name)}.txt`;
  return vscode.Uri.from({ scheme: STATISTICS_SCHEME, path, query: document.uri.toString() });
}

export function registerStatistics(
  context: vscode.ExtensionContext,
  client: LanguageClient,
  l10n: L10n,
  documentOf: () => vscode.TextDocument | undefined,
): void {
  const provider = new StatisticsProvider();
  const show = async (): Promise<vscode.TextEditor | undefined> => {
    const document = documentOf();
    if (!document) {
      void vscode.window.showInformationMessage(
        l10n.t('SIP Lens: open a SIP or log document to see its call statistics.'),
      );
      return undefined;
    }
    if (!client.isRunning()) return undefined;
    const result = await client.sendRequest(CallStatisticsRequest, { uri: document.uri.toString() });
    if (!result) {
      void vscode.window.showInformationMessage(l10n.t('SIP Lens: the document changed; try again in a moment.'));
      return undefined;
    }
    const uri = statisticsUri(document, l10n);
    provider.set(uri, result.text);
    const shown = await vscode.workspace.openTextDocument(uri);
    return vscode.window.showTextDocument(shown, { preview: false, viewColumn: vscode.ViewColumn.Beside });
  };
  context.subscriptions.push(
    provider,
    vscode.workspace.registerTextDocumentContentProvider(STATISTICS_SCHEME, provider),
    vscode.commands.registerCommand(SHOW_STATISTICS_COMMAND, show),
  );
}
