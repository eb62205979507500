/**
 * The two ways progress reaches the user (analysisProgress.ts). SIP Lens's own client shows
 * `sipLens/analysisProgress` in a status bar item with a cancel command and words it itself.
 * Other editors get LSP work done progress, created by the server and marked cancellable; VS
 * Code's own rendering of it (vscode-languageclient puts it in the status bar) offers no cancel,
 * which is why SIP Lens's client asks for the notification instead.
 */
import type { Connection, InitializeParams, WorkDoneProgressServerReporter } from 'vscode-languageserver';
import { fill } from '../../../catalog/src/l10n';
import type { Language } from '../../../catalog/src/language';
import {
  AnalysisProgressNotification,
  type AnalysisPhase,
  type SipLensInitializationOptions,
} from '../../../catalog/src/protocol';
import { documentName, type ProgressEnd, type ProgressSink } from './analysisProgress';
import { PROGRESS_STRINGS } from './pipeline-strings';

/** `sipLens/analysisProgress` notifications, for a client that shows them. */
export function notificationSink(connection: Connection): ProgressSink {
  return {
    begin: (uri, phase, percentage, _language, receivedAt) =>
      void connection.sendNotification(AnalysisProgressNotification, {
        uri,
        state: 'begin',
        phase,
        percentage,
        receivedAt,
      }),
    report: (uri, phase, percentage) =>
      void connection.sendNotification(AnalysisProgressNotification, { uri, state: 'report', phase, percentage }),
    end: (uri, how) =>
      void connection.sendNotification(AnalysisProgressNotification, {
        uri,
        state: how.state,
        phase: 'analysing',
        ...(how.state === 'failed' ? { message: how.message } : {}),
      }),
  };
}

/** The progress message, "analysing big.log" or "reading big.log", in `language`. */
export function progressMessage(uri: string, phase: AnalysisPhase, language: Language): string {
  return fill(PROGRESS_STRINGS[language][phase], { name: documentName(uri) });
}

/**
 * LSP work done progress, one token per document. Each step chains on the last, so begin,
 * reports and done reach the client in order; the analysis never waits for the client to answer
 * the creation. Cancelling the token stops the document's analysis (`onCancel`).
 */
export function workDoneSink(connection: Connection, onCancel: (uri: string) => void): ProgressSink {
  const steps = new Map<string, Promise<WorkDoneProgressServerReporter | undefined>>();
  const chain = (uri: string, work: (reporter: WorkDoneProgressServerReporter) => void) => {
    const step = steps.get(uri);
    if (step)
      steps.set(
        uri,
        step.then((reporter) => (reporter && work(reporter), reporter)),
      );
  };
  return {
    begin: (uri, phase, percentage, language) => {
      const message = progressMessage(uri, phase, language);
      const created = connection.window.createWorkDoneProgress().then(
        (reporter) => {
          reporter.begin('SIP Lens', percentage, message, true);
          reporter.token.onCancellationRequested(() => onCancel(uri));
          return reporter;
        },
        () => undefined,
      );
      steps.set(uri, created);
    },
    report: (uri, phase, percentage, language) =>
      chain(uri, (reporter) => reporter.report(percentage, progressMessage(uri, phase, language))),
    end: (uri, _how: ProgressEnd) => {
      chain(uri, (reporter) => reporter.done());
      steps.delete(uri);
    },
  };
}

/** SIP Lens's notification when the client asks for it, else work done progress when the client shows it, else none. */
export function chooseProgressSink(
  connection: Connection,
  params: InitializeParams,
  onCancel: (uri: string) => void,
): ProgressSink | undefined {
  const options = params.initializationOptions as SipLensInitializationOptions | undefined;
  if (options?.analysisProgress === true) return notificationSink(connection);
  if (params.capabilities.window?.workDoneProgress === true) return workDoneSink(connection, onCancel);
  return undefined;
}
