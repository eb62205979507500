/**
 * What the server says about a large document's progress, and the diagnostics of the documents
 * watched, in arrival order: shared by the large-documents server tests.
 */
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { AnalysisProgressNotification, type AnalysisProgressParams } from '../../catalog/src/protocol';
import type { ServerHandle } from './lspClient';

/** The server's settings for these tests: progress notifications on. */
export const PROGRESS_OPTIONS = { analysisProgress: true };

/**
 * What the server says about progress, and the diagnostics of the documents `watch`ed, in arrival
 * order (diagnostics through a waiter that never resolves: the handle owns that notification).
 */
export function recordProgress(server: ServerHandle) {
  const events: Array<{ progress?: AnalysisProgressParams; diagnostics?: PublishDiagnosticsParams }> = [];
  server.connection.onNotification(AnalysisProgressNotification.method, (progress: AnalysisProgressParams) => {
    events.push({ progress });
  });
  const watch = (uri: string) => {
    void server.waitForDiagnostics(uri, (diagnostics) => (events.push({ diagnostics }), false));
  };
  const progressOf = (uri: string) => events.flatMap((e) => (e.progress?.uri === uri ? [e.progress] : []));
  const waitFor = async (uri: string, state: AnalysisProgressParams['state']) => {
    for (;;) {
      const found = progressOf(uri).find((p) => p.state === state);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  return { events, progressOf, waitFor, watch };
}
