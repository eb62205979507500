/** Registers the extension's commands; the server is asked about documents, never the client. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CodeAtRequest, COMMANDS, DocumentCodesRequest, ShowAllFindingsRequest } from '../../catalog/src/protocol';
import { registerCompareCommand } from './compare/command';
import { registerCompareSerializer } from './compare/panel';
import { disableCodeDiagnostics } from './settingsCommands';
import type { L10n } from './translation';

export function registerCommands(
  context: vscode.ExtensionContext,
  client: LanguageClient,
  output: vscode.LogOutputChannel,
  l10n: L10n,
): void {
  const log = (message: string) => output.appendLine(message);
  const deps = {
    documentCodes: async (uri: string): Promise<number[]> => {
      if (!client.isRunning()) return [];
      const result = await client.sendRequest(DocumentCodesRequest, { uri });
      return [...result.codes];
    },
    codeAt: async (uri: string, line: number, character: number): Promise<number | null> => {
      if (!client.isRunning()) return null;
      return (await client.sendRequest(CodeAtRequest, { uri, position: { line, character } })).code;
    },
    log,
    l10n,
  };
  registerCompareCommand(context, deps);
  registerCompareSerializer(context, deps);
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.disableCodeDiagnostics, (code: unknown, uri?: unknown) =>
      disableCodeDiagnostics(code, log, l10n, uri),
    ),
    // From the overflow notice's quick fix (its document) or the Command Palette (the active editor's).
    vscode.commands.registerCommand(COMMANDS.showAllFindings, async (uri?: unknown): Promise<boolean> => {
      const target = typeof uri === 'string' ? uri : vscode.window.activeTextEditor?.document.uri.toString();
      if (target === undefined || !client.isRunning()) return false;
      return client.sendRequest(ShowAllFindingsRequest, { uri: target });
    }),
  );
}
