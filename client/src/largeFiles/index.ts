/**
 * The editor side of large logs (issue 22): the progress of a long analysis with its cancel, and
 * "SIP: Analyse on disk" for logs VS Code does not hand to extensions.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  AnalyseAgainRequest,
  AnalysisStatsRequest,
  CancelAnalysisRequest,
  type AnalysisProgressParams,
  type AnalysisStatsResult,
} from '../../../catalog/src/protocol';
import type { L10n } from '../translation';
import { ANALYSE_ON_DISK_COMMAND, OnDiskLogs, type ShowOnDisk } from './onDisk';
import { openTimes, type OpenTimes } from './openTimes';
import { ANALYSE_AGAIN_COMMAND, CANCEL_ANALYSIS_COMMAND, ProgressStatus } from './progressStatus';
import { fileName } from './unsyncedTabs';

/** What the in-VS Code tests see of it. */
export interface LargeFiles {
  readonly progress: ProgressStatus;
  readonly onDisk: OnDiskLogs;
  /** When the client handed each document to the server. */
  readonly openTimes: ReadonlyMap<string, OpenTimes>;
  /** The server's figures for a document (analysis and rules time). */
  stats(uri: string): Promise<AnalysisStatsResult | null>;
}

/** A command's URI argument (a string from a status bar item or a test, a Uri from a menu). */
function uriArgument(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return value instanceof vscode.Uri ? value.toString() : undefined;
}

export function registerLargeFiles(
  context: vscode.ExtensionContext,
  client: LanguageClient,
  l10n: L10n,
  showCalls: ShowOnDisk,
): LargeFiles {
  const onDisk = new OnDiskLogs(client, l10n, showCalls);
  const again = async (uri: string): Promise<boolean> => {
    progress.forget(uri);
    const parsed = vscode.Uri.parse(uri);
    const synced = vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri);
    // A log read from disk (or never read, its read stopped) is read again; an open document is analysed again.
    if (!synced) return (await onDisk.analyse(parsed))?.outcome === 'read';
    return client.isRunning() && client.sendRequest(AnalyseAgainRequest, { uri });
  };
  const ended = (params: AnalysisProgressParams) => {
    const name = fileName(params.uri);
    if (params.state === 'failed') {
      void vscode.window.showErrorMessage(l10n.t('SIP Lens: analysing {0} failed: {1}', name, params.message ?? ''));
      return;
    }
    const action = l10n.t('Analyse again');
    void vscode.window
      .showInformationMessage(l10n.t('SIP Lens stopped analysing {0}; it shows no diagnostics.', name), action)
      .then((chosen) => (chosen === action ? again(params.uri) : undefined));
  };
  const progress = new ProgressStatus(client, l10n, ended);
  context.subscriptions.push(
    progress,
    onDisk,
    vscode.commands.registerCommand(ANALYSE_ON_DISK_COMMAND, (uri?: unknown) => {
      const target = uriArgument(uri);
      return onDisk.analyse(target === undefined ? undefined : vscode.Uri.parse(target));
    }),
    vscode.commands.registerCommand(CANCEL_ANALYSIS_COMMAND, async (uri?: unknown): Promise<boolean> => {
      const target = uriArgument(uri) ?? progress.shownUri;
      if (target === undefined || !client.isRunning()) return false;
      return client.sendRequest(CancelAnalysisRequest, { uri: target });
    }),
    vscode.commands.registerCommand(ANALYSE_AGAIN_COMMAND, async (uri?: unknown): Promise<boolean> => {
      const target = uriArgument(uri) ?? progress.shownUri ?? vscode.window.activeTextEditor?.document.uri.toString();
      return target === undefined ? false : again(target);
    }),
  );
  const stats = async (uri: string) => (client.isRunning() ? client.sendRequest(AnalysisStatsRequest, { uri }) : null);
  return { progress, onDisk, openTimes, stats };
}
