/**
 * The calls of each open document, for the Calls view, the status bar and the statistics: summarised
 * from the document's cached analysis once per version and language, a batch of calls at a time, so
 * a big log never holds the server for longer than a slice (hovers and other documents are answered
 * between batches, as during a sliced analysis). Only the newest version's summaries are kept: a
 * summary holds its text, and an old version's text is the whole old log.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CallRow } from '../../../catalog/src/protocol';
import type { Language } from '../../../catalog/src/language';
import { LineIndex } from '../analysis/lineIndex';
import type { Analysis } from '../analysis/types';
import { callSummarizer, type CallSummary } from '../calls/index';
import { SipTextDocument } from '../document/sipTextDocument';
import { callRow } from '../features/callsView';
import type { AnalysisCache } from './documentAnalysis';

/** The longest one batch of summaries runs before the server yields to other work. */
const BATCH_MS = 20;
/** How many calls are summarised between looks at the clock. */
const CALLS_PER_CHECK = 64;

/** One version's calls: the summaries (for the statistics) and the rows (for the view). */
export interface DocumentCalls {
  readonly version: number;
  readonly language: Language;
  readonly analysis: Analysis;
  readonly lines: LineIndex;
  readonly summaries: readonly CallSummary[];
  readonly rows: readonly CallRow[];
  /** Wall time spent summarising, not counting the time given to other work between batches. */
  readonly summaryMs: number;
}

interface Pending {
  readonly version: number;
  readonly language: Language;
  readonly done: Promise<DocumentCalls | undefined>;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export class CallsService {
  private readonly byUri = new Map<string, Pending>();

  /** `batchMs`: how long one batch may run before yielding (tests yield after every CALLS_PER_CHECK calls with 0). */
  constructor(
    private readonly cache: AnalysisCache,
    private readonly batchMs = BATCH_MS,
  ) {}

  /**
   * The calls of `document`'s version in `language`; undefined when that version was replaced or
   * closed before they were done (the next `sipLens/callsChanged` tells the client to ask again).
   */
  calls(document: TextDocument, language: Language): Promise<DocumentCalls | undefined> {
    const held = this.byUri.get(document.uri);
    if (held && held.version === document.version && held.language === language) return held.done;
    const uri = document.uri;
    const isCurrent = () => this.byUri.get(uri) === pending;
    const done = this.compute(document, language, isCurrent).then((calls) => {
      // Nothing to keep: the next request for this version starts afresh.
      if (!calls && isCurrent()) this.byUri.delete(uri);
      return calls;
    });
    const pending: Pending = { version: document.version, language, done };
    // Replacing the entry lets the older version's summaries (and their text) go.
    this.byUri.set(document.uri, pending);
    return pending.done;
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }

  /** The document moved on to `version`: the summaries of an older one (and the old text they hold) go now. */
  changed(uri: string, version: number): void {
    const held = this.byUri.get(uri);
    if (held && held.version < version) this.byUri.delete(uri);
  }

  private async compute(
    document: TextDocument,
    language: Language,
    isCurrent: () => boolean,
  ): Promise<DocumentCalls | undefined> {
    // The whole analysis of this version (sliced for a big document), never a prefix of it.
    await this.cache.prepare(document);
    const state = this.cache.peek(document.uri);
    if (!state || state.version !== document.version || !isCurrent()) return undefined;
    const text = document.getText();
    const lines = document instanceof SipTextDocument ? document.lines : new LineIndex(text);
    const { analysis } = state;
    const summarize = callSummarizer(text, analysis, lines);
    const summaries: CallSummary[] = [];
    const rows: CallRow[] = [];
    let summaryMs = 0;
    let batchStart = performance.now();
    for (const call of analysis.calls) {
      const summary = summarize(call);
      summaries.push(summary);
      rows.push(callRow(summary, analysis, lines, language));
      if (summaries.length % CALLS_PER_CHECK !== 0 || performance.now() - batchStart < this.batchMs) continue;
      summaryMs += performance.now() - batchStart;
      await yieldToEventLoop();
      if (!isCurrent()) return undefined;
      batchStart = performance.now();
    }
    summaryMs += performance.now() - batchStart;
    return { version: document.version, language, analysis, lines, summaries, rows, summaryMs };
  }
}
