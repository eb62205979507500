/**
 * Progress for analyses long enough to notice (documents analysed in slices, see
 * progressive.ts): VS Code shows it in the status bar as "SIP Lens: analysing big.log 40%".
 * Work done progress is created by the server (`window/workDoneProgress/create`), so it is only
 * used when the client says it supports it; the analysis never waits for the client to answer.
 */
import type { Connection } from 'vscode-languageserver';
import { fill } from '../../../catalog/src/l10n';
import { DEFAULT_LANGUAGE, type Language } from '../../../catalog/src/language';
import { PROGRESS_STRINGS } from './pipeline-strings';

/** One long analysis' progress. */
export interface ProgressHandle {
  /** `fraction` of the document is analysed, from 0 to 1. */
  report(fraction: number): void;
  done(): void;
}

/** Called for every analysis done in slices, with the document's length and the language to word it in. */
export type StartProgress = (uri: string, length: number, language?: Language) => ProgressHandle;

/** Analyses of shorter documents end before a progress message would be read. */
export const PROGRESS_MIN_CHARS = 8 * 1024 * 1024;

export const NO_PROGRESS: StartProgress = () => ({ report: () => undefined, done: () => undefined });

/** The file name of a document URI, for the progress message. */
export function documentName(uri: string): string {
  const query = uri.search(/[?#]/u);
  const path = query < 0 ? uri : uri.slice(0, query);
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name) || uri;
  } catch {
    return name || uri;
  }
}

/**
 * LSP work done progress, when `supported()` (the client's capability) is true, for documents long
 * enough to show it.
 */
export function lspProgress(connection: Connection, supported: () => boolean): StartProgress {
  return (uri, length, language = DEFAULT_LANGUAGE) => {
    if (!supported() || length < PROGRESS_MIN_CHARS) return NO_PROGRESS(uri, length);
    const message = fill(PROGRESS_STRINGS[language].analysing, { name: documentName(uri) });
    // Each step chains on the last, so begin, reports and done reach the client in order.
    let step = connection.window.createWorkDoneProgress().then(
      (reporter) => (reporter.begin('SIP Lens', 0, message, false), reporter),
      () => undefined,
    );
    return {
      report: (fraction) => {
        // A report means work remains (the last slice is still to come): 100 % is for `done`.
        const percentage = Math.max(0, Math.min(99, Math.round(fraction * 100)));
        step = step.then((reporter) => (reporter?.report(percentage, message), reporter));
      },
      done: () => {
        step = step.then((reporter) => (reporter?.done(), undefined));
      },
    };
  };
}
