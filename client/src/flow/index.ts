/**
 * The editor side of the call flow (issue 21): one ladder panel per document, the commands that
 * open it (palette, code action, hover link, the Calls view's context menu) and the export.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { CallsView } from '../calls/callsView';
import type { L10n } from '../translation';
import { registerFlowCommands } from './command';
import type { FlowHostMessage } from './messages';
import { FlowPanel, type FlowHost, type FlowTarget } from './panel';

export interface PostedMessage {
  readonly uri: string;
  readonly message: FlowHostMessage;
}

/** The open ladders, by document. */
export class FlowPanels implements vscode.Disposable {
  private readonly panels = new Map<string, FlowPanel>();
  private readonly postedEmitter = new vscode.EventEmitter<PostedMessage>();
  /** Fires for each message sent to a ladder's webview (for the tests). */
  readonly onDidPost = this.postedEmitter.event;
  /** The panel shown or used last: what the export command exports when not told which. */
  private last: FlowPanel | undefined;
  private readonly host: FlowHost;

  constructor(extensionUri: vscode.Uri, client: LanguageClient, l10n: L10n, log: (message: string) => void) {
    this.host = {
      extensionUri,
      client,
      l10n,
      log,
      posted: (uri, message) => this.postedEmitter.fire({ uri, message }),
    };
  }

  panel(uri: string): FlowPanel | undefined {
    return this.panels.get(uri);
  }

  get lastPanel(): FlowPanel | undefined {
    return this.last;
  }

  /** Shows `target` of `document` in its panel, opened if needed; false when there is no call there. */
  async show(document: vscode.TextDocument, target: FlowTarget): Promise<boolean> {
    const uri = document.uri.toString();
    let panel = this.panels.get(uri);
    const created = !panel;
    panel ??= new FlowPanel(document, this.host, () => {
      this.panels.delete(uri);
      if (this.last === panel) this.last = undefined;
    });
    this.panels.set(uri, panel);
    const shown = await panel.show(target);
    if (!shown && created) panel.dispose();
    if (shown) this.last = panel;
    return shown;
  }

  /** Closes the panel of a closed document. */
  close(uri: string): void {
    this.panels.get(uri)?.dispose();
  }

  dispose(): void {
    for (const panel of [...this.panels.values()]) panel.dispose();
    this.postedEmitter.dispose();
  }
}

export function registerFlow(
  context: vscode.ExtensionContext,
  client: LanguageClient,
  l10n: L10n,
  calls: CallsView,
  log: (message: string) => void,
): FlowPanels {
  const panels = new FlowPanels(context.extensionUri, client, l10n, log);
  context.subscriptions.push(
    panels,
    vscode.workspace.onDidCloseTextDocument((document) => panels.close(document.uri.toString())),
  );
  registerFlowCommands(context, panels, client, l10n, calls);
  return panels;
}
