/** Registers the extension's commands; the server is asked about documents, never the client. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CODE_AT_REQUEST,
  COMMANDS,
  DOCUMENT_CODES_REQUEST,
  type CodeAtParams,
  type CodeAtResult,
  type DocumentCodesParams,
  type DocumentCodesResult,
} from '../../catalog/src/protocol';
import { registerCompareCommand, registerCompareSerializer } from './compare/command';
import { disableCodeDiagnostics } from './settingsCommands';

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient, output: vscode.LogOutputChannel): void {
  const log = (message: string) => output.appendLine(message);
  const deps = {
    documentCodes: async (uri: string): Promise<number[]> => {
      if (!client.isRunning()) return [];
      const params: DocumentCodesParams = { uri };
      const result = await client.sendRequest<DocumentCodesResult>(DOCUMENT_CODES_REQUEST, params);
      return [...result.codes];
    },
    codeAt: async (uri: string, line: number, character: number): Promise<number | null> => {
      if (!client.isRunning()) return null;
      const params: CodeAtParams = { uri, position: { line, character } };
      return (await client.sendRequest<CodeAtResult>(CODE_AT_REQUEST, params)).code;
    },
    log,
  };
  registerCompareCommand(context, deps);
  registerCompareSerializer(context, deps);
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.disableCodeDiagnostics, (code: unknown, uri?: unknown) => disableCodeDiagnostics(code, log, uri)),
  );
}
