/**
 * The client is thin on purpose: it starts the language server, registers the commands, and
 * never parses logs itself (the server answers questions about documents).
 */
import * as vscode from 'vscode';
import { startLanguageClient, stopLanguageClient } from './languageClient';
import { registerCommands } from './commands';
import { createClientL10n } from './clientL10n';
import { registerCalls, type CallsView } from './calls/index';
import { registerLargeFiles, type LargeFiles } from './largeFiles/index';
import { registerFlow, type FlowPanels } from './flow/index';

/** What activate() returns to other extensions and to the in-VS Code tests. */
export interface SipLensApi {
  /** Milliseconds from activation until the client was ready, not counting the server's own start. */
  readonly activationMs: number;
  /** The SIP Calls view: its tree data provider, rows, options and status bar item (for the in-VS Code tests). */
  readonly calls: CallsView;
  /** Large logs: analysis progress with cancel, and "Analyse on disk" (for the in-VS Code tests). */
  readonly largeFiles: LargeFiles;
  /** The call-flow panels: their answers and the messages sent to their webviews (for the in-VS Code tests). */
  readonly flow: FlowPanels;
}

export function activate(context: vscode.ExtensionContext): SipLensApi {
  const started = performance.now();
  const output = vscode.window.createOutputChannel('SIP Lens', { log: true });
  context.subscriptions.push(output);
  const l10n = createClientL10n(context.extensionPath, (message) => output.warn(message));
  const client = startLanguageClient(context, output, l10n);
  registerCommands(context, client, output, l10n);
  const calls = registerCalls(context, client, l10n);
  const largeFiles = registerLargeFiles(context, client, l10n, (uri, streamedOver) =>
    calls.showOnDisk(uri, streamedOver),
  );
  const flow = registerFlow(context, client, l10n, calls, (message) => output.warn(message));
  const activationMs = performance.now() - started;
  output.info(l10n.t('SIP Lens activated in {0} ms; the language server is starting.', activationMs.toFixed(1)));
  return { activationMs, calls, largeFiles, flow };
}

export async function deactivate(): Promise<void> {
  await stopLanguageClient();
}
