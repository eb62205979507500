/**
 * Progress for analyses long enough to notice: a document of PROGRESS_MIN_CHARS or more shows
 * progress from the moment the server receives it (not after its first slice: reading settings
 * and the first slice already take a while on a busy machine), until its diagnostics are out, it
 * is closed, or the user cancels. A log read from disk (onDisk.ts) shows its reading the same way.
 * How it reaches the user is a `ProgressSink` (progressSinks.ts): SIP Lens's own status bar item,
 * which can cancel, or LSP work done progress for other editors.
 */
import { DEFAULT_LANGUAGE, type Language } from '../../../catalog/src/language';
import type { AnalysisPhase } from '../../../catalog/src/protocol';

/** One long analysis' progress, as the analysis cache reports it. */
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

/** How an analysis ended, for the sink: finished, stopped by the user, or failed (with the reason). */
export type ProgressEnd =
  { readonly state: 'end' | 'cancelled' } | { readonly state: 'failed'; readonly message: string };

/** Where progress is shown. Calls for one URI come in order: begin, reports, then one end. */
export interface ProgressSink {
  begin(uri: string, phase: AnalysisPhase, percentage: number, language: Language, receivedAt: number): void;
  report(uri: string, phase: AnalysisPhase, percentage: number, language: Language): void;
  end(uri: string, how: ProgressEnd): void;
}

interface Shown {
  phase: AnalysisPhase;
  percentage: number;
  readonly language: Language;
}

/** The wall clock in milliseconds, comparable with the client's (same machine): for the in-VS Code figures. */
export const wallClock = (): number => performance.timeOrigin + performance.now();

/** Every document whose progress is shown, so each gets one begin and one end however its work is split. */
export class AnalysisProgress {
  private readonly shown = new Map<string, Shown>();

  /** Set once the client said how it shows progress (startServer.ts, on `initialize`); none until then. */
  constructor(public sink: ProgressSink | undefined) {}

  /** A document arrived (opened, or read from disk): progress begins now when it is long enough. */
  begin(uri: string, length: number, phase: AnalysisPhase, language = DEFAULT_LANGUAGE): void {
    if (!this.sink || length < PROGRESS_MIN_CHARS) return;
    const held = this.shown.get(uri);
    if (held) return this.report(uri, phase, 0);
    this.shown.set(uri, { phase, percentage: 0, language });
    this.sink.begin(uri, phase, 0, language, wallClock());
  }

  /** `fraction` of `phase` is done; a report of what was already said is not sent again. */
  report(uri: string, phase: AnalysisPhase, fraction: number): void {
    const held = this.shown.get(uri);
    if (!held) return;
    // 100 % is for the end: a report means work remains.
    const percentage = Math.max(0, Math.min(99, Math.round(fraction * 100)));
    if (held.phase === phase && held.percentage === percentage) return;
    held.phase = phase;
    held.percentage = percentage;
    this.sink?.report(uri, phase, percentage, held.language);
  }

  /** Ends the document's progress, if it shows any. */
  end(uri: string, how: ProgressEnd = { state: 'end' }): void {
    if (!this.shown.delete(uri)) return;
    this.sink?.end(uri, how);
  }

  isShown(uri: string): boolean {
    return this.shown.has(uri);
  }

  /**
   * The cache's hook: each sliced analysis of a long document reports here. Its end is not the
   * progress' end (the diagnostics still have to go out, see validation.ts), unless it was the
   * last work left: the end comes from `end`, called when the diagnostics are published.
   */
  readonly startProgress: StartProgress = (uri, length, language) => {
    this.begin(uri, length, 'analysing', language);
    return { report: (fraction) => this.report(uri, 'analysing', fraction), done: () => undefined };
  };
}

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
