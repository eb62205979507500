/** Starts and owns the LanguageClient that talks to the SIP Lens language server. */
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { COMMANDS, SERVER_EXEC_ARGV } from '../../catalog/src/protocol';
import { RestartingErrorHandler } from './errorHandler';
import type { L10n } from './translation';
import { openTimesMiddleware } from './largeFiles/openTimes';
import type { SipLensInitializationOptions } from '../../catalog/src/protocol';

let client: LanguageClient | undefined;

/** Hover cards may link only to our own commands; everything else in them stays inert. */
const TRUSTED_HOVER_COMMANDS = [COMMANDS.compareCodes, COMMANDS.explainCode, COMMANDS.openRfc, COMMANDS.showCallFlow];

export function startLanguageClient(
  context: vscode.ExtensionContext,
  output: vscode.LogOutputChannel,
  l10n: L10n,
): LanguageClient {
  const serverModule = context.asAbsolutePath('server/dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'sip' }, { language: 'log' }],
    outputChannel: output,
    markdown: { isTrusted: { enabledCommands: TRUSTED_HOVER_COMMANDS }, supportHtml: false },
    errorHandler: new RestartingErrorHandler(output, l10n),
    synchronize: {},
    // Large files: progress with a cancel command in our own status bar item, and open timings.
    initializationOptions: { analysisProgress: true } satisfies SipLensInitializationOptions,
    middleware: openTimesMiddleware,
  };
  // The client id 'sipLens' makes vscode-languageclient honour the `sipLens.trace.server` setting.
  client = new LanguageClient('sipLens', 'SIP Lens', serverOptions, clientOptions);
  void client.start().catch((error: unknown) => {
    output.appendLine(l10n.t('SIP Lens: the language server failed to start: {0}', String(error)));
    void vscode.window.showErrorMessage(
      l10n.t('SIP Lens: the language server failed to start. See the "SIP Lens" output channel.'),
    );
  });
  return client;
}

export async function stopLanguageClient(): Promise<void> {
  if (client?.isRunning()) await client.stop();
  client = undefined;
}
