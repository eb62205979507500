/**
 * The client is thin on purpose: it starts the language server, registers the commands, and
 * never parses logs itself (the server answers questions about documents).
 */
import * as vscode from 'vscode';
import { startLanguageClient, stopLanguageClient } from './languageClient';
import { registerCommands } from './commands';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('SIP Lens', { log: true });
  context.subscriptions.push(output);
  const started = Date.now();
  const client = startLanguageClient(context, output);
  registerCommands(context, client, output);
  output.appendLine(`SIP Lens activated in ${Date.now() - started} ms (language server starting).`);
}

export async function deactivate(): Promise<void> {
  await stopLanguageClient();
}
