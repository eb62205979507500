/**
 * The progress of a long analysis in the status bar, from the moment the server received the
 * document (`sipLens/analysisProgress`): "SIP Lens: analysing big.log 40%", and a click stops it.
 * Once stopped, the item says so and a click analyses again. VS Code's own rendering of LSP work
 * done progress offers no cancel in the status bar, which is why the server sends this instead.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AnalysisProgressNotification, type AnalysisProgressParams } from '../../../catalog/src/protocol';
import type { L10n } from '../translation';
import { fileName } from './unsyncedTabs';

export const CANCEL_ANALYSIS_COMMAND = 'sipLens.cancelAnalysis';
export const ANALYSE_AGAIN_COMMAND = 'sipLens.analyseAgain';

/** A progress notification as the client received it, with its time: for the in-VS Code figures. */
export interface ReceivedProgress extends AnalysisProgressParams {
  readonly at: number;
}

/** The progress item's text and the command a click runs, for one document's last notification. */
export function progressItem(
  progress: AnalysisProgressParams,
  l10n: L10n,
): { text: string; tooltip: string; command?: string } | undefined {
  const name = fileName(progress.uri);
  if (progress.state === 'begin' || progress.state === 'report') {
    const text =
      progress.phase === 'reading'
        ? l10n.t('SIP Lens: reading {0} {1}%', name, progress.percentage ?? 0)
        : l10n.t('SIP Lens: analysing {0} {1}%', name, progress.percentage ?? 0);
    return {
      text: `$(sync~spin) ${text}`,
      tooltip: l10n.t('Click to stop analysing {0}.', name),
      command: CANCEL_ANALYSIS_COMMAND,
    };
  }
  if (progress.state === 'cancelled')
    return {
      text: `$(debug-pause) ${l10n.t('SIP Lens: stopped analysing {0}', name)}`,
      tooltip: l10n.t('Click to analyse {0} again.', name),
      command: ANALYSE_AGAIN_COMMAND,
    };
  return undefined;
}

export class ProgressStatus implements vscode.Disposable {
  readonly item: vscode.StatusBarItem;
  /** Every notification received, in order (the in-VS Code tests and figures read it). */
  readonly received: ReceivedProgress[] = [];
  private readonly latest = new Map<string, AnalysisProgressParams>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<ReceivedProgress>();
  readonly onDidReceive = this.changed.event;
  /** The document the item speaks of. */
  shownUri: string | undefined;

  constructor(
    client: LanguageClient,
    private readonly l10n: L10n,
    /** Told when an analysis stopped or failed, to say so (the item alone is easy to miss). */
    private readonly ended: (progress: AnalysisProgressParams) => void,
  ) {
    this.item = vscode.window.createStatusBarItem('sipLens.analysisProgress', vscode.StatusBarAlignment.Left, 11);
    this.item.name = l10n.t('SIP Lens analysis progress');
    this.disposables.push(
      this.item,
      this.changed,
      client.onNotification(AnalysisProgressNotification, (params) => this.receive(params)),
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
    );
  }

  private receive(params: AnalysisProgressParams): void {
    const received = { ...params, at: performance.timeOrigin + performance.now() };
    this.received.push(received);
    // Kept bounded: a session that follows many logs should not grow this list forever.
    if (this.received.length > 1000) this.received.splice(0, this.received.length - 1000);
    if (params.state === 'end' || params.state === 'failed') this.latest.delete(params.uri);
    else this.latest.set(params.uri, params);
    if (params.state === 'cancelled' || params.state === 'failed') this.ended(params);
    this.render();
    this.changed.fire(received);
  }

  /** The stopped document's state goes once it is analysed again or forgotten. */
  forget(uri: string): void {
    this.latest.delete(uri);
    this.render();
  }

  /** The active editor's document when it has progress to show, else the last one that has. */
  private render(): void {
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    const uri = active && this.latest.has(active) ? active : [...this.latest.keys()].pop();
    const progress = uri === undefined ? undefined : this.latest.get(uri);
    const shown = progress && progressItem(progress, this.l10n);
    this.shownUri = shown ? uri : undefined;
    if (!shown || uri === undefined) return this.item.hide();
    this.item.text = shown.text;
    this.item.tooltip = shown.tooltip;
    this.item.command = shown.command ? { title: shown.text, command: shown.command, arguments: [uri] } : undefined;
    this.item.show();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
