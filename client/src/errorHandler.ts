/**
 * Restarts a crashed server a bounded number of times and tells the user once, instead of
 * nagging on every crash or silently leaving them without diagnostics.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
} from 'vscode-languageclient/node';
import type { L10n } from './translation';

/** At most this many restarts within the window; a server that crashes faster than that is left stopped. */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

export class RestartingErrorHandler implements ErrorHandler {
  private restarts: number[] = [];
  private toldUser = false;

  constructor(
    private readonly output: vscode.LogOutputChannel,
    private readonly l10n: L10n,
  ) {}

  error(): ErrorHandlerResult {
    return { action: ErrorAction.Continue, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.restarts = this.restarts.filter((time) => now - time < RESTART_WINDOW_MS);
    if (this.restarts.length >= MAX_RESTARTS) {
      const message = this.l10n.t(
        'SIP Lens: the language server stopped {0} times in 3 minutes and will not be restarted. See the "SIP Lens" output channel.',
        MAX_RESTARTS,
      );
      this.output.appendLine(message);
      return { action: CloseAction.DoNotRestart, message };
    }
    this.restarts.push(now);
    this.output.appendLine(
      this.l10n.t('SIP Lens: the language server stopped; restarting ({0}/{1}).', this.restarts.length, MAX_RESTARTS),
    );
    if (!this.toldUser) {
      this.toldUser = true;
      void vscode.window.showWarningMessage(
        this.l10n.t('SIP Lens: the language server stopped unexpectedly and was restarted.'),
      );
    }
    return { action: CloseAction.Restart, handled: true };
  }
}
