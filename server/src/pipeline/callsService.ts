/**
 * The calls of each open document, for the Calls view, the status bar and the statistics: rows from
 * the document's cached analysis once per version and language, a batch of calls at a time, so a
 * big log never holds the server for longer than a slice (hovers and other documents are answered
 * between batches, as during a sliced analysis). A new version re-summarises only the calls an edit
 * could have changed (see `CallRowMemo`); the statistics summarise every call, on request. Only the
 * newest version's summaries are kept: a summary holds its text, and an old version's text is the
 * whole old log.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CallRow } from '../../../catalog/src/protocol';
import type { Language } from '../../../catalog/src/language';
import { ownedUniqueSlice } from '../analysis/chars';
import { LineIndex } from '../analysis/lineIndex';
import { elapsedMs, type LogTime } from '../analysis/logTime';
import type { Analysis, Call, SipMessage } from '../analysis/types';
import { callSummarizer, type CallSummary, type SummaryText } from '../calls/index';
import { SipTextDocument } from '../document/sipTextDocument';
import { callRow } from '../features/callsView';
import type { AnalysisCache } from './documentAnalysis';

/** The longest one batch of summaries runs before the server yields to other work. */
const BATCH_MS = 20;
/** How many calls are summarised between looks at the clock. */
const CALLS_PER_CHECK = 64;

/** One version's calls: the rows (for the view), and the summaries of every call on request (statistics). */
export interface DocumentCalls {
  readonly version: number;
  readonly language: Language;
  readonly analysis: Analysis;
  readonly lines: LineIndex;
  readonly rows: readonly CallRow[];
  /** How many rows were carried over from the previous version unchanged, not summarised again. */
  readonly reused: number;
  /** The rows of the version computed before this one, when there was one: what a delta is taken against. */
  readonly previous?: { readonly version: number; readonly rows: readonly CallRow[] };
  /** Wall time spent on the rows, not counting the time given to other work between batches. */
  readonly rowsMs: number;
  /** Every call's summary (computed when first asked, then kept with this version); undefined if replaced. */
  summaries(): Promise<readonly CallSummary[] | undefined>;
}

/**
 * What the last rows of a document were built from. Messages before the first one an edit replaced
 * are the same objects in both analyses (analysis/incremental.ts keeps them, offsets and all), and
 * a message's time is read from the lines just above it, which lie after the message before it: so a
 * call whose messages all come before that point, no more and no fewer than before, has the same
 * row. Except when it has no final response: its state then depends on where the log ends (`endKeeps`).
 */
interface CallRowMemo {
  readonly version: number;
  readonly list: readonly CallRow[];
  readonly language: Language;
  readonly logEnd: LogTime | undefined;
  readonly messages: readonly SipMessage[];
  /** Updated in place by the version after (see `memoOf`): only the newest memo is ever read. */
  readonly rows: Map<string, RowMemo>;
}

interface RowMemo {
  readonly row: CallRow;
  readonly count: number;
  readonly last: number;
}

interface Pending {
  readonly version: number;
  readonly language: Language;
  readonly done: Promise<DocumentCalls | undefined>;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export class CallsService {
  private readonly byUri = new Map<string, Pending>();
  private readonly memos = new Map<string, CallRowMemo>();

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
    this.memos.delete(uri);
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
    // Never the whole text as one string: after an append that would copy the whole log (see AppendableText).
    const text: SummaryText =
      document instanceof SipTextDocument
        ? { prefix: document.text.prefix, source: document.text }
        : document.getText();
    const lines = document instanceof SipTextDocument ? document.lines : new LineIndex(document.getText());
    const { analysis } = state;
    const summarize = callSummarizer(text, analysis, lines);
    const memo = this.memos.get(document.uri);
    const reusable = memo?.language === language ? memo : undefined;
    const unchangedBefore = reusable ? firstDifference(reusable.messages, analysis.messages) : 0;
    const rows: CallRow[] = [];
    let reused = 0;
    let end: { readonly time: LogTime | undefined } | undefined;
    const logEnd = () => (end ??= { time: summarize.logEnd() }).time;
    const rowsMs = await this.inBatches(analysis.calls, isCurrent, (call) => {
      const kept = reusable?.rows.get(call.callId);
      const last = call.messages[call.messages.length - 1] ?? 0;
      const same = kept && kept.count === call.messages.length && kept.last === last && last < unchangedBefore;
      if (same && (kept.row.finalCode !== undefined || endKeeps(kept.row, reusable?.logEnd, logEnd()))) {
        rows.push(kept.row);
        reused++;
      } else {
        const row = callRow(summarize(call), analysis, lines, language);
        // Read again but unchanged (a call still ringing as the log's end moves): the same object, so
        // that `rowsSince` does not send it and every row after it again.
        rows.push(kept && sameRow(kept.row, row) ? kept.row : row);
      }
    });
    if (rowsMs === undefined) return undefined;
    // A version replaced during its last batch leaves the memo to the current one, which may be reading it.
    if (isCurrent())
      this.memos.set(document.uri, memoOf(document.version, language, owned(logEnd()), analysis, rows, reusable));
    let summaries: Promise<readonly CallSummary[] | undefined> | undefined;
    const all = async () => {
      const list: CallSummary[] = [];
      const ms = await this.inBatches(analysis.calls, isCurrent, (call) => list.push(summarize(call)));
      return ms === undefined ? undefined : list;
    };
    return {
      version: document.version,
      language,
      analysis,
      lines,
      rows,
      reused,
      ...(reusable ? { previous: { version: reusable.version, rows: reusable.list } } : {}),
      rowsMs,
      summaries: () => (summaries ??= all()),
    };
  }

  /** Runs `work` on each call, yielding between batches; the time spent, or undefined when the version was replaced. */
  private async inBatches(
    calls: readonly Call[],
    isCurrent: () => boolean,
    work: (call: Call) => void,
  ): Promise<number | undefined> {
    let spent = 0;
    let batchStart = performance.now();
    for (let i = 0; i < calls.length; i++) {
      work(calls[i] as Call);
      if ((i + 1) % CALLS_PER_CHECK !== 0 || performance.now() - batchStart < this.batchMs) continue;
      spent += performance.now() - batchStart;
      await yieldToEventLoop();
      if (!isCurrent()) return undefined;
      batchStart = performance.now();
    }
    return spent + performance.now() - batchStart;
  }
}

/**
 * `calls`' rows for a client holding those of version `since`: when that is the version computed
 * before (in the same language), only the rows from the first one that is not the very row carried
 * over (the same object); otherwise all of them.
 */
export function rowsSince(
  calls: DocumentCalls,
  since: number | undefined,
): { from?: number; rows: readonly CallRow[] } {
  const { previous } = calls;
  // Not for `since === calls.version`: the client may hold that version's rows in another language.
  if (!previous || since !== previous.version) return { rows: calls.rows };
  const from = firstDifference(previous.rows, calls.rows);
  return { from, rows: calls.rows.slice(from) };
}

/** The index of the first message that is not the same object in both lists (the shorter length if none). */
function firstDifference<T>(before: readonly T[], after: readonly T[]): number {
  const length = Math.min(before.length, after.length);
  for (let i = 0; i < length; i++) if (before[i] !== after[i]) return i;
  return length;
}

/**
 * The memo of `rows`. With the memo `before` they were built from, its map is updated in place
 * (tens of thousands of calls, of which an append changes a few): a carried-over row's entry is
 * already right. A call that went away leaves an entry behind: the map is then built afresh.
 */
function memoOf(
  version: number,
  language: Language,
  logEnd: LogTime | undefined,
  analysis: Analysis,
  rows: readonly CallRow[],
  before?: CallRowMemo,
): CallRowMemo {
  const byCallId = before?.rows ?? new Map<string, RowMemo>();
  const { calls } = analysis;
  for (let i = 0; i < calls.length; i++) {
    const call = calls[i] as Call;
    const row = rows[i] as CallRow;
    const count = call.messages.length;
    const last = call.messages[count - 1] ?? 0;
    const entry = byCallId.get(call.callId);
    if (entry?.row === row && entry.count === count && entry.last === last) continue;
    byCallId.set(call.callId, { row, count, last });
  }
  if (before && byCallId.size !== calls.length) return memoOf(version, language, logEnd, analysis, rows);
  return { version, list: rows, language, logEnd, messages: analysis.messages, rows: byCallId };
}

/** `time` with its text copied: the memo outlives the version, and a summary's time is a slice of its whole text. */
function owned(time: LogTime | undefined): LogTime | undefined {
  return time && { ...time, text: ownedUniqueSlice(time.text, 0, time.text.length) };
}

/** Whether two rows say the same: flat objects of strings, numbers and booleans. */
function sameRow(a: CallRow, b: CallRow): boolean {
  const keys = Object.keys(a) as Array<keyof CallRow>;
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => a[key] === b[key]);
}

/**
 * Whether a call without a final response keeps its state as the log's end moves from `before` to
 * `after`: a cancelled one always; any when the end did not move; a stuck one ("no answer", past the
 * RFC 3261 timers) while the end only moves later on a dated clock (a time of day alone can wrap).
 */
function endKeeps(row: CallRow, before: LogTime | undefined, after: LogTime | undefined): boolean {
  if (row.state === 'cancelled') return true;
  if (
    before === after ||
    (before && after && before.ms === after.ms && before.nanos === after.nanos && before.date === after.date)
  )
    return true;
  if (row.state !== 'no-answer' || !before || !after || before.date === 'none') return false;
  return (elapsedMs(before, after) ?? -1) >= 0;
}
