/**
 * The "Compare SIP codes" webview panel, in the shape of VS Code's webview-sample: one panel
 * at a time, created or revealed with `createOrShow`, restored after a reload by `revive`
 * through a `WebviewPanelSerializer`. The webview is untrusted: its messages are validated.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { compareCodes, isComparisonError } from '../../../catalog/src/compare';
import { affectsLanguage } from '../clientL10n';
import { ENGLISH, type L10n } from '../translation';
import { renderComparisonHtml, renderErrorHtml, type HtmlOptions } from './html';
import { describeRejected, isRfcEditorUrl, parseViewState, parseWebviewMessage, type WebviewMessage } from './messages';
import { compareViewText, panelTitle } from './viewText';

/** What the panel needs from the extension: where its diagnostics go, and the user's language. */
export interface CompareSink {
  /** Writes to the extension's output channel. */
  log(message: string): void;
  readonly l10n: L10n;
}

const SILENT: CompareSink = { log: () => undefined, l10n: ENGLISH };

const MEDIA = ['client', 'media'] as const;

function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  // Only the media folder is readable from the webview: not the workspace, not the rest of the extension.
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, ...MEDIA)] };
}

function makeNonce(): string {
  return randomBytes(16).toString('base64');
}

export class ComparePanel {
  public static readonly viewType = 'sipLens.compare';
  private static current: ComparePanel | undefined;

  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;

  /** Shows `a` vs `b` in the existing panel, or opens one beside the active editor. */
  public static createOrShow(
    extensionUri: vscode.Uri,
    a: number,
    b: number,
    codesInDocument: readonly number[],
    sink: CompareSink = SILENT,
  ): void {
    if (ComparePanel.current) {
      ComparePanel.current.show(a, b, codesInDocument);
      ComparePanel.current.panel.reveal();
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      ComparePanel.viewType,
      panelTitle(a, b, sink.l10n),
      vscode.ViewColumn.Beside,
      webviewOptions(extensionUri),
    );
    ComparePanel.current = new ComparePanel(panel, extensionUri, a, b, codesInDocument, sink);
  }

  /** Restores a panel VS Code kept across a reload; `state` is whatever the webview saved. */
  public static revive(
    panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    state: unknown,
    sink: CompareSink = SILENT,
  ): void {
    const saved = parseViewState(state);
    panel.webview.options = webviewOptions(extensionUri);
    ComparePanel.current = new ComparePanel(
      panel,
      extensionUri,
      saved?.a ?? 486,
      saved?.b ?? 600,
      saved?.documentCodes ?? [],
      sink,
    );
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private a: number,
    private b: number,
    private codesInDocument: readonly number[],
    private readonly sink: CompareSink,
  ) {
    this.render();
    this.panel.onDidDispose(() => this.dispose(), null, this.disposables);
    this.panel.webview.onDidReceiveMessage((raw: unknown) => this.onMessage(raw), null, this.disposables);
    // One setting changes every surface: an open comparison is redrawn in the new language.
    vscode.workspace.onDidChangeConfiguration(
      (event) => {
        if (affectsLanguage(event)) this.render();
      },
      null,
      this.disposables,
    );
  }

  private show(a: number, b: number, codesInDocument: readonly number[]): void {
    this.a = a;
    this.b = b;
    this.codesInDocument = codesInDocument;
    this.render();
  }

  private onMessage(raw: unknown): void {
    const message = parseWebviewMessage(raw);
    if (!message) {
      this.sink.log(describeRejected(raw, this.sink.l10n));
      return;
    }
    this.handle(message);
  }

  private handle(message: WebviewMessage): void {
    switch (message.type) {
      case 'ready':
        return;
      case 'compare':
        return this.show(message.a, message.b, this.codesInDocument);
      case 'swap':
        return this.show(this.b, this.a, this.codesInDocument);
      case 'openRfc':
        return this.openRfc(message.url);
    }
  }

  private openRfc(url: string): void {
    // Checked again here so this method stays safe whoever calls it.
    if (!isRfcEditorUrl(url)) return;
    void vscode.env
      .openExternal(vscode.Uri.parse(url, true))
      .then(undefined, (error: unknown) =>
        this.sink.log(this.sink.l10n.t('Could not open {0}: {1}', url, String(error))),
      );
  }

  private render(): void {
    const webview = this.panel.webview;
    const l10n = this.sink.l10n;
    const media = (...path: string[]) =>
      webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, ...MEDIA, ...path)).toString();
    const opts: HtmlOptions = {
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      scriptUri: media('dist', 'compare.js'),
      styleUri: media('compare.css'),
      codesInDocument: this.codesInDocument,
      text: compareViewText(l10n),
    };
    const model = compareCodes(this.a, this.b, l10n.language);
    this.panel.title = panelTitle(this.a, this.b, l10n);
    webview.html = isComparisonError(model)
      ? renderErrorHtml(model.error, { ...opts, inputs: { a: String(this.a), b: String(this.b) } })
      : renderComparisonHtml(model, opts);
  }

  private dispose(): void {
    // panel.dispose() fires onDidDispose, which calls us again.
    if (this.disposed) return;
    this.disposed = true;
    if (ComparePanel.current === this) ComparePanel.current = undefined;
    this.panel.dispose();
    while (this.disposables.length > 0) this.disposables.pop()?.dispose();
  }
}

/**
 * Restores compare panels after a window reload. Call once from `activate`; package.json must
 * list the `onWebviewPanel:sipLens.compare` activation event so VS Code activates us for it.
 * Rejected webview messages are reported through `sink.log`.
 */
export function registerCompareSerializer(context: vscode.ExtensionContext, sink: CompareSink): void {
  const serializer: vscode.WebviewPanelSerializer = {
    async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
      ComparePanel.revive(panel, context.extensionUri, state, sink);
    },
  };
  context.subscriptions.push(vscode.window.registerWebviewPanelSerializer(ComparePanel.viewType, serializer));
}
