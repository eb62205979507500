/**
 * One call-flow panel per document: it asks the server for the ladder of its calls, draws it in a
 * webview, and links it to the editor both ways (a click reveals the message, the cursor highlights
 * the arrow). It asks again when the server says the document's calls may have changed, so the view
 * follows edits and appends. The webview is untrusted: its messages are validated (messages.ts).
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CallFlowRequest, type CallFlowResult } from '../../../catalog/src/protocol';
import { onCallsChanged } from '../callsChanged';
import type { L10n } from '../translation';
import { renderFlowHtml } from './html';
import { arrowAtLine, parseFlowMessage, rejectedType, type FlowHostMessage, type FlowWebviewMessage } from './messages';
import { flowViewText } from './viewText';

/** What a panel is asked to draw: Call-IDs (first the main leg), or the call at a position. */
export type FlowTarget =
  | { readonly callIds: readonly string[] }
  | { readonly position: { readonly line: number; readonly character: number } };

export interface FlowHost {
  readonly extensionUri: vscode.Uri;
  readonly client: LanguageClient;
  readonly l10n: L10n;
  log(message: string): void;
  /** Every message sent to a webview (the tests observe the link from the editor through it). */
  posted(uri: string, message: FlowHostMessage): void;
}

const REFRESH_DEBOUNCE_MS = 150;
const MEDIA = ['client', 'media'] as const;

export class FlowPanel implements vscode.Disposable {
  static readonly viewType = 'sipLens.callFlow';
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  private queued: FlowHostMessage | undefined;
  private callIds: readonly string[] = [];
  private linked = -1;
  private timer: NodeJS.Timeout | undefined;
  private disposed = false;
  /** The last answer drawn: what export and reveal read. */
  result: CallFlowResult | undefined;

  constructor(
    readonly document: vscode.TextDocument,
    private readonly host: FlowHost,
    private readonly onDispose: () => void,
  ) {
    const media = vscode.Uri.joinPath(host.extensionUri, ...MEDIA);
    this.panel = vscode.window.createWebviewPanel(
      FlowPanel.viewType,
      host.l10n.t('Call flow'),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, retainContextWhenHidden: true, localResourceRoots: [media] },
    );
    this.panel.webview.html = this.html();
    this.disposables.push(
      this.panel.onDidDispose(() => this.dispose()),
      this.panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
      onCallsChanged(host.client)((params) => {
        if (params.uri === this.uri) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (event.textEditor.document === this.document) this.follow(event.selections[0]?.active.line);
      }),
    );
  }

  get uri(): string {
    return this.document.uri.toString();
  }

  /** Draws `target` (the Call-IDs given, or the call at a position); false when there is no call there. */
  async show(target: FlowTarget): Promise<boolean> {
    const result = await this.request(target);
    if (!result) return false;
    this.callIds = result.diagram.legs.map((leg) => leg.callId);
    this.draw(result);
    this.panel.reveal(undefined, true);
    return true;
  }

  /** Adds a leg the server suggested (or any Call-ID of the document) to the ladder. */
  async addLeg(callId: string): Promise<void> {
    if (this.callIds.includes(callId)) return;
    await this.show({ callIds: [...this.callIds, callId] });
  }

  /** A message as if the webview had posted it (the webview's own path, and the tests' hook). */
  receive(raw: unknown): Promise<void> {
    const message = parseFlowMessage(raw);
    if (!message) {
      this.host.log(this.host.l10n.t('Ignored a malformed message from the call flow view ({0}).', rejectedType(raw)));
      return Promise.resolve();
    }
    return this.handle(message);
  }

  private async handle(message: FlowWebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        if (this.queued) this.post(this.queued);
        this.queued = undefined;
        return;
      case 'reveal':
        return this.reveal(message.arrow);
      case 'addLeg':
        // Only a leg the server offered: the webview cannot make us draw what it likes.
        if (this.result?.suggestions.some((suggestion) => suggestion.callId === message.callId)) {
          await this.addLeg(message.callId);
        }
        return;
      case 'export':
        await vscode.commands.executeCommand('sipLens.exportCallFlow', this.uri);
        return;
    }
  }

  /** Selects the arrow's message in an editor of the document and scrolls it to the middle. */
  private async reveal(index: number): Promise<void> {
    const arrow = this.result?.diagram.arrows[index];
    if (!arrow) return;
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === this.document);
    const editor = await vscode.window.showTextDocument(this.document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      preserveFocus: false,
      preview: false,
    });
    const start = new vscode.Position(arrow.line, 0);
    editor.selection = new vscode.Selection(start, start);
    const end = this.document.lineAt(Math.min(arrow.endLine, this.document.lineCount - 1)).range.end;
    editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private follow(line: number | undefined): void {
    if (line === undefined || !this.result) return;
    const arrow = arrowAtLine(this.result.diagram, line);
    if (arrow === this.linked) return;
    this.linked = arrow;
    this.post({ type: 'highlight', arrow });
  }

  private draw(result: CallFlowResult): void {
    this.result = result;
    const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document === this.document);
    const line = editor?.selection.active.line;
    this.linked = line === undefined ? -1 : arrowAtLine(result.diagram, line);
    this.panel.title = this.host.l10n.t('Call flow: {0}', shortId(this.callIds[0] ?? ''));
    const text = flowViewText(this.host.l10n);
    this.post({
      type: 'show',
      diagram: result.diagram,
      suggestions: result.suggestions,
      text,
      ...(this.linked >= 0 ? { highlight: this.linked } : {}),
    });
  }

  private post(message: FlowHostMessage): void {
    if (this.disposed) return;
    this.host.posted(this.uri, message);
    // A webview drops what arrives before its script listens: the last diagram waits for `ready`.
    if (!this.ready) {
      if (message.type === 'show') this.queued = message;
      return;
    }
    void this.panel.webview.postMessage(message);
  }

  private async request(target: FlowTarget): Promise<CallFlowResult | null> {
    if (!this.host.client.isRunning()) return null;
    const params = 'callIds' in target ? { uri: this.uri, callIds: target.callIds } : { uri: this.uri, ...target };
    try {
      return await this.host.client.sendRequest(CallFlowRequest, params);
    } catch (error) {
      this.host.log(this.host.l10n.t('The call flow request failed: {0}', String(error)));
      return null;
    }
  }

  /** A burst of changes (a growing log) asks once. */
  private schedule(): void {
    if (this.callIds.length === 0) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DEBOUNCE_MS);
  }

  async refresh(): Promise<void> {
    const result = await this.request({ callIds: this.callIds });
    // The call is gone from the document (an edit removed it): keep the last ladder.
    if (result && !this.disposed) this.draw(result);
  }

  private html(): string {
    const webview = this.panel.webview;
    const media = (...path: string[]) =>
      webview.asWebviewUri(vscode.Uri.joinPath(this.host.extensionUri, ...MEDIA, ...path)).toString();
    const text = flowViewText(this.host.l10n);
    return renderFlowHtml({
      cspSource: webview.cspSource,
      nonce: randomBytes(16).toString('base64'),
      scriptUri: media('dist', 'flow.js'),
      styleUri: media('flow', 'flow.css'),
      title: this.host.l10n.t('Call flow'),
      htmlLang: text.htmlLang,
      ladderLabel: text.ladderLabel,
    });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    this.onDispose();
    this.panel.dispose();
    while (this.disposables.length > 0) this.disposables.pop()?.dispose();
  }
}

/** A Call-ID short enough for a tab title. */
function shortId(callId: string): string {
  return callId.length > 24 ? `${callId.slice(0, 23)}…` : callId;
}
