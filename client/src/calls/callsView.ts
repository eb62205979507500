/**
 * The SIP Calls view and the status bar item of the active SIP or log document: asks the server for
 * the document's calls when it becomes active and each time the server says its calls may have
 * changed (after it publishes diagnostics), debounced so a log that grows line by line is asked
 * about a few times a second at most.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CallsRequest, type CallRow } from '../../../catalog/src/protocol';
import { onCallsChanged } from '../callsChanged';
import { affectsLanguage } from '../clientL10n';
import type { L10n } from '../translation';
import {
  callCounts,
  DEFAULT_OPTIONS,
  mergeRows,
  statusText,
  viewDescription,
  viewMessage,
  type Listed,
  type ViewOptions,
} from './model';
import { contextValues } from './toggles';
import { CallsTreeProvider, type CallsNode } from './treeProvider';

export const CALLS_VIEW_ID = 'sipLens.calls';
/** Context key: the active editor shows a document the view lists calls of (the view's `when`). */
const ACTIVE_CONTEXT = 'sipLens.callsDocument';
const OPTIONS_KEY = 'sipLens.calls.options';
/** How long a burst of `callsChanged` notifications is gathered before asking once. */
const REFRESH_DEBOUNCE_MS = 100;

export function isCallsDocument(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
  return document !== undefined && (document.languageId === 'sip' || document.languageId === 'log');
}

export class CallsView implements vscode.Disposable {
  readonly provider: CallsTreeProvider;
  readonly view: vscode.TreeView<CallsNode>;
  readonly statusBar: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly updated = new vscode.EventEmitter<void>();
  /** Fires after each update of the rows (for the tests: wait for it instead of sleeping). */
  readonly onDidUpdate = this.updated.event;
  private document: vscode.TextDocument | undefined;
  /** The size up to which a log read from disk is held whole, when this one was streamed (its calls have no text). */
  private streamedOver: number | undefined;
  /** How many calls the log has, when the server listed only some of them. */
  private listed: Listed | undefined;
  private rows: readonly CallRow[] = [];
  private version: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  private options: ViewOptions;

  constructor(
    private readonly client: LanguageClient,
    private readonly l10n: L10n,
    private readonly state: vscode.Memento,
  ) {
    this.options = { ...DEFAULT_OPTIONS, ...state.get<Partial<ViewOptions>>(OPTIONS_KEY), filter: '' };
    this.provider = new CallsTreeProvider(l10n);
    // Several calls selected draw one ladder (sipLens.showCallFlow from the context menu).
    this.view = vscode.window.createTreeView(CALLS_VIEW_ID, {
      treeDataProvider: this.provider,
      showCollapseAll: true,
      canSelectMany: true,
    });
    this.statusBar = vscode.window.createStatusBarItem('sipLens.calls.status', vscode.StatusBarAlignment.Left, 10);
    this.statusBar.name = l10n.t('SIP calls');
    this.statusBar.command = 'sipLens.calls.focus';
    this.disposables.push(
      this.provider,
      this.view,
      this.statusBar,
      this.updated,
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.document) this.follow(undefined);
      }),
      onCallsChanged(client)((params) => {
        // Every publication, even of the same version: a change of sipLens.language re-words the rows.
        if (params.uri === this.document?.uri.toString()) this.schedule();
      }),
      client.onDidChangeState(() => this.schedule()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!affectsLanguage(event)) return;
        // The client's words (durations, tooltips) change with the language even where the rows do not.
        this.provider.reset();
        this.render();
      }),
    );
    void this.applyContext();
    this.follow(vscode.window.activeTextEditor);
  }

  get current(): {
    readonly document?: vscode.TextDocument;
    readonly rows: readonly CallRow[];
    readonly options: ViewOptions;
    readonly streamedOver?: number;
  } {
    return { document: this.document, rows: this.rows, options: this.options, streamedOver: this.streamedOver };
  }

  /**
   * A log read from disk (client/src/largeFiles/): VS Code gave extensions no document for it, so
   * the view lists its calls by URI, through a stand-in with the only fields the view reads.
   */
  showOnDisk(uri: vscode.Uri, streamedOver?: number): void {
    if (this.document?.uri.toString() === uri.toString() && this.streamedOver === streamedOver) return;
    this.setDocument({ uri, isClosed: false, languageId: 'log' } as vscode.TextDocument, streamedOver);
  }

  /** Follows the active editor; an editor of another kind hides the view's rows, a non-text focus keeps them. */
  private follow(editor: vscode.TextEditor | undefined): void {
    const document = editor?.document;
    if (editor && !isCallsDocument(document)) this.setDocument(undefined);
    else if (!editor && this.document?.isClosed) this.setDocument(undefined);
    else if (document && document !== this.document) this.setDocument(document);
  }

  private setDocument(document: vscode.TextDocument | undefined, streamedOver?: number): void {
    this.document = document;
    this.streamedOver = streamedOver;
    this.listed = undefined;
    this.rows = [];
    this.version = undefined;
    void vscode.commands.executeCommand('setContext', ACTIVE_CONTEXT, document !== undefined);
    this.render();
    if (document) this.schedule(0);
  }

  /** Asks the server again after `delay`, once for any number of calls in between. */
  schedule(delay = REFRESH_DEBOUNCE_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, delay);
  }

  private async refresh(): Promise<void> {
    const document = this.document;
    if (!document || !this.client.isRunning()) return;
    const held = { rows: this.rows, version: this.version };
    const params = { uri: document.uri.toString(), ...(held.version !== undefined ? { since: held.version } : {}) };
    const result = await this.client.sendRequest(CallsRequest, params).catch(() => null);
    // Null: the version was replaced while the server summarised it; its own notification follows.
    // A delta is against the rows held when asking (`held`), so an answer that arrives after a newer one is dropped.
    if (!result || document !== this.document || result.version < (this.version ?? -1)) return;
    this.rows = mergeRows(held.rows, result);
    this.listed = result.listed;
    this.version = result.version;
    this.render();
    this.updated.fire();
  }

  private render(): void {
    this.provider.update(this.rows, this.options);
    const shown = this.provider.visible.length;
    this.view.description = this.document ? viewDescription(shown, this.rows.length, this.options, this.l10n) : '';
    this.view.message = this.document
      ? viewMessage(shown, this.rows.length, this.options, this.l10n, this.listed)
      : undefined;
    this.renderStatusBar();
  }

  private renderStatusBar(): void {
    if (!this.document || this.version === undefined) {
      this.statusBar.hide();
      return;
    }
    const { calls, failed } = this.listed ?? callCounts(this.rows);
    this.statusBar.text = `$(call-outgoing) ${statusText(this.rows, this.l10n, this.listed)}`;
    this.statusBar.tooltip = this.l10n.t(
      '{0} calls, {1} failed, in {2}. Click to open the SIP Calls view.',
      calls,
      failed,
      vscode.workspace.asRelativePath(this.document.uri),
    );
    this.statusBar.show();
  }

  /** Changes the view's options (the toggles and the filter); the toggles are remembered per workspace. */
  async setOptions(change: Partial<ViewOptions>): Promise<void> {
    this.options = { ...this.options, ...change };
    const { showNoise, groupByState } = this.options;
    await this.state.update(OPTIONS_KEY, { showNoise, groupByState });
    await this.applyContext();
    this.render();
  }

  /** The context keys the title bar's toggles read, as last set (for the tests). */
  get context(): Readonly<Record<string, boolean>> {
    return this.contextSet;
  }

  private contextSet: Record<string, boolean> = {};

  private async applyContext(): Promise<void> {
    const values = contextValues(this.options);
    await Promise.all(
      Object.entries(values).map(([key, value]) => vscode.commands.executeCommand('setContext', key, value)),
    );
    this.contextSet = values;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
