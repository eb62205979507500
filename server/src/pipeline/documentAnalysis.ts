/**
 * Caches one analysis per document version, so hover, diagnostics, inlay hints and symbols
 * share the work instead of each re-scanning the text. Between versions the cache is told the
 * exact edits (see documentSync.ts) and re-analyses only the messages around them. A whole
 * analysis of anything longer than one slice runs in slices (progressive.ts), so no document
 * holds the server for longer than a slice, and closing or replacing the document stops it.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { mergeEdits } from '../document/editMerge';
import { releaseMemoryBefore } from './memory';
import { trace } from './trace';
import { NO_PROGRESS, type StartProgress } from './analysisProgress';
import { analyzeAtOnce, analyzeInSlices, SLICE_CHARS, type SliceProgress } from './progressive';
import { SipTextDocument } from '../document/sipTextDocument';
import { reanalyze, type AnalysisChange, type AnalysisSnapshot, type TextEdit } from '../analysis/incremental';
import type { Analysis, SipMessage, Transaction, TransactionOf } from '../analysis/types';
import { requestLookups, transactionLookup, type FlowIndex } from '../rules/flow-index';
import { evaluateRuleState } from '../rules';
import { updateRuleState } from '../rules/incremental';
import type { RuleState } from '../rules/state';
import type { Finding, RuleOptions, RuleResult } from '../rules/types';

export interface DocumentAnalysis {
  readonly uri: string;
  readonly version: number;
  readonly analysis: Analysis;
  /** The transaction a message belongs to (for hover cards). */
  readonly transactionOf: TransactionOf;
  /** The request a transaction answers, by the rules' own lookup (flow-index.ts `requestOf`). */
  readonly requestOf: (transaction: Transaction) => SipMessage | undefined;
  /** Wall time of the analysis that produced this state, in milliseconds. */
  readonly analysisMs: number;
  /** True when only the region around the last edits was re-analysed. */
  readonly incremental: boolean;
  /** Wall time of the last rules evaluation, in milliseconds (0 until findings are asked for). */
  readonly rulesMs: number;
  /** Findings are computed lazily, per rule options, because settings differ per document. */
  findings(options: RuleOptions): readonly Finding[];
  /** `findings` with the counts of every finding and what the cap left out. */
  ruleResult(options: RuleOptions): RuleResult;
}

/** The previous version's rules and the change since: enough to judge only what the edit touched. */
interface InheritedRules {
  readonly key: string;
  readonly state: RuleState;
  readonly change: AnalysisChange;
}

class CachedAnalysis implements DocumentAnalysis {
  private lookup: TransactionOf | undefined;

  /** Built on the first hover: publishing diagnostics for a big log does not need it. */
  readonly transactionOf: TransactionOf = (messageIndex) => {
    this.lookup ??= transactionLookup(this.analysis);
    return this.lookup(messageIndex);
  };

  private requests: Pick<FlowIndex, 'requestOf'> | undefined;

  /** Built on the first hover, like `transactionOf`. */
  readonly requestOf = (transaction: Transaction): SipMessage | undefined => {
    this.requests ??= requestLookups(
      this.analysis.messages,
      this.analysis.calls.flatMap((call) => call.transactions),
    );
    return this.requests.requestOf(transaction);
  };

  rulesMs = 0;
  private rules: { key: string; state: RuleState } | undefined;

  readonly analysis: Analysis;
  readonly incremental: boolean;

  constructor(
    readonly uri: string,
    readonly version: number,
    readonly snapshot: AnalysisSnapshot,
    readonly analysisMs: number,
    private inherited?: InheritedRules,
  ) {
    this.analysis = snapshot.analysis;
    this.incremental = snapshot.incremental;
  }

  /** The state a (sliced) whole analysis built, with the rules it carried along when it had options. */
  static fromSlices(uri: string, version: number, progress: SliceProgress): CachedAnalysis {
    const cached = new CachedAnalysis(
      uri,
      version,
      { ...progress.snapshot, incremental: false, change: undefined },
      progress.analysisMs,
    );
    if (progress.rules) {
      cached.rules = { key: JSON.stringify(progress.rules.options), state: progress.rules };
      cached.rulesMs = progress.rulesMs;
    }
    return cached;
  }

  findings(options: RuleOptions): readonly Finding[] {
    return this.ruleResult(options).findings;
  }

  ruleResult(options: RuleOptions): RuleResult {
    const key = JSON.stringify(options);
    if (this.rules?.key !== key) {
      const started = performance.now();
      const inherited = this.inherited?.key === key ? this.inherited : undefined;
      const state = inherited
        ? updateRuleState(inherited.state, this.analysis, inherited.change, options)
        : evaluateRuleState(this.analysis, options);
      this.rules = { key, state };
      // Dropped once used: a chain of inherited states would keep every old version's candidates alive.
      this.inherited = undefined;
      this.rulesMs = performance.now() - started;
    }
    return this.rules.state;
  }

  /**
   * The rules the next version can build on. When this version's findings were never asked for
   * (a version only hovered), they are worked out now, incrementally, so the chain stays one long.
   */
  rulesForSuccessor(): { key: string; state: RuleState } | undefined {
    if (!this.rules && this.inherited) this.findings(this.inherited.state.options);
    return this.rules;
  }
}

/** The edits that turn version `fromVersion`'s text into version `toVersion`'s. */
interface PendingEdits {
  readonly fromVersion: number;
  readonly toVersion: number;
  /** Undefined after a full-text replacement: then only a whole analysis will do. */
  readonly edit: TextEdit | undefined;
}

/** A whole analysis being done in slices, and the state of the prefix analysed so far. */
interface RunningAnalysis {
  readonly version: number;
  done: Promise<void>;
  partial?: CachedAnalysis;
  /** Set when its document was closed: whoever waited for it has nothing left to analyse. */
  closed?: boolean;
}

export class AnalysisCache {
  private readonly byUri = new Map<string, CachedAnalysis>();
  private readonly pending = new Map<string, PendingEdits>();
  private readonly running = new Map<string, RunningAnalysis>();
  /** The rule options each document's diagnostics were last asked with: sliced analyses carry its rules along. */
  private readonly ruleOptions = new Map<string, RuleOptions>();
  /** The newest version each document's edits reached: older versions are not worth a whole analysis. */
  private readonly newest = new Map<string, number>();
  /**
   * Documents whose analysis the user stopped, with the prefix analysed until then: requests
   * (hover, tokens) are answered from it, and nothing more is analysed until `resume`.
   */
  private readonly paused = new Map<string, CachedAnalysis | undefined>();

  /** `startProgress` is told about every sliced analysis; it decides which to show. */
  constructor(private readonly startProgress: StartProgress = NO_PROGRESS) {}

  /**
   * Makes sure the cache holds `document`'s version before diagnostics are built with
   * `options`. A whole analysis runs in slices, so the server answers other requests meanwhile;
   * edits that arrive during it are applied incrementally afterwards.
   */
  async prepare(document: TextDocument, options?: RuleOptions): Promise<void> {
    const uri = document.uri;
    if (options) this.ruleOptions.set(uri, options);
    if (this.paused.has(uri)) return;
    // A run for an earlier version is finished, not restarted: the edits since build on its result.
    for (let run = this.running.get(uri); run; run = this.running.get(uri)) {
      await run.done;
      // Closed meanwhile: a second caller (the validator after the open's own start) must not start it again.
      if (run.closed) return;
    }
    // Stopped while an earlier run finished.
    if (this.paused.has(uri)) return;
    const cached = this.byUri.get(uri);
    // A newer version exists or got there first: this one will never be published.
    if ((cached && cached.version >= document.version) || document.version < (this.newest.get(uri) ?? 0)) return;
    if (this.hasIncrementalPath(document) || textLength(document) <= SLICE_CHARS) {
      this.get(document);
      return;
    }
    await this.start(document).done;
  }

  private hasIncrementalPath(document: TextDocument): boolean {
    const edits = this.pending.get(document.uri);
    const cached = this.byUri.get(document.uri);
    return (
      cached !== undefined &&
      edits?.edit !== undefined &&
      edits.fromVersion === cached.version &&
      edits.toVersion === document.version
    );
  }

  /**
   * The analysis of `document`, for a request. Never more than one slice of work: mid-way
   * through a sliced analysis the answer comes from the prefix analysed so far, and a document
   * with no usable analysis starts a sliced one and answers from its first slice.
   */
  get(document: TextDocument): DocumentAnalysis {
    const uri = document.uri;
    const cached = this.byUri.get(uri);
    if (cached && cached.version === document.version) return cached;
    if (this.paused.has(uri)) return this.paused.get(uri) ?? this.emptyFor(document);
    const run = this.running.get(uri);
    if (run?.partial && (run.version === document.version || this.editsFollow(uri, run.version, document.version)))
      return run.partial;
    if (this.hasIncrementalPath(document)) return this.reanalyzeEdits(document, cached as CachedAnalysis);
    if (textLength(document) <= SLICE_CHARS) return this.analyzeNow(document);
    return this.start(document).partial ?? this.analyzeNow(document);
  }

  /** True when the recorded edits of `uri` lead from `fromVersion` to `toVersion` without a full replacement. */
  private editsFollow(uri: string, fromVersion: number, toVersion: number): boolean {
    const edits = this.pending.get(uri);
    return edits?.edit !== undefined && edits.fromVersion === fromVersion && edits.toVersion === toVersion;
  }

  /** An edit re-analysed in place: the messages around it, in proportion to the edit. */
  private reanalyzeEdits(document: TextDocument, cached: CachedAnalysis): CachedAnalysis {
    const started = performance.now();
    const edit = (this.pending.get(document.uri) as PendingEdits).edit as TextEdit;
    this.pending.delete(document.uri);
    // The document's AppendableText and line index are shared: an append never joins the whole text.
    const ours = document instanceof SipTextDocument ? document : undefined;
    const snapshot = reanalyze(cached.snapshot, ours?.text ?? document.getText(), edit, ours?.lines);
    const rules = snapshot.change && cached.rulesForSuccessor();
    const inherited = rules && snapshot.change ? { ...rules, change: snapshot.change } : undefined;
    return this.store(
      new CachedAnalysis(document.uri, document.version, snapshot, performance.now() - started, inherited),
    );
  }

  /** A document of at most one slice, analysed at once. */
  private analyzeNow(document: TextDocument): CachedAnalysis {
    const uri = document.uri;
    this.dropEditsUpTo(uri, document.version);
    const ours = document instanceof SipTextDocument ? document : undefined;
    return this.store(
      CachedAnalysis.fromSlices(
        uri,
        document.version,
        analyzeAtOnce(document.getText(), ours?.lines, () => this.ruleOptions.get(uri)),
      ),
    );
  }

  /**
   * Starts a sliced whole analysis of `document`, replacing (and so stopping) any earlier one.
   * The first slice is done before this returns, so `partial` is there for the caller.
   */
  private start(document: TextDocument): RunningAnalysis {
    const uri = document.uri;
    const length = textLength(document);
    const run: RunningAnalysis = { version: document.version, done: Promise.resolve() };
    this.running.set(uri, run);
    // The earlier version's analysis is of no use to a whole analysis: let it go before the new one grows.
    this.byUri.delete(uri);
    this.dropEditsUpTo(uri, document.version);
    trace('analysis starts');
    releaseMemoryBefore(length);
    trace('collected before analysing');
    const lines = document instanceof SipTextDocument ? document.lines : undefined;
    // Worded in the language the document's diagnostics were last asked in (English before any were).
    const progress = this.startProgress(uri, length, this.ruleOptions.get(uri)?.language);
    const isCurrent = () => this.running.get(uri) === run;
    const onSlice = (slice: SliceProgress) => {
      run.partial = CachedAnalysis.fromSlices(uri, run.version, slice);
      progress.report(slice.snapshot.analysis.textLength / length);
    };
    run.done = analyzeInSlices(
      document.getText(),
      onSlice,
      () => !isCurrent(),
      lines,
      () => this.ruleOptions.get(uri),
    )
      .then((result) => {
        if (result && isCurrent()) this.store(CachedAnalysis.fromSlices(uri, run.version, result));
      })
      .finally(() => {
        progress.done();
        run.partial = undefined;
        if (isCurrent()) this.running.delete(uri);
      });
    return run;
  }

  private store(state: CachedAnalysis): CachedAnalysis {
    this.byUri.set(state.uri, state);
    return state;
  }

  /** Edits up to `version` are in a whole analysis of that version; later ones stay recorded. */
  private dropEditsUpTo(uri: string, version: number): void {
    const edits = this.pending.get(uri);
    if (edits && edits.toVersion <= version) this.pending.delete(uri);
  }

  /**
   * Records that the document went from `fromVersion` to `toVersion` by `edit` (undefined for
   * a full replacement). Edits that follow a cached version are folded together until the
   * next analysis; anything out of order just means the next analysis is a whole one.
   */
  noteEdit(uri: string, fromVersion: number, toVersion: number, edit: TextEdit | undefined): void {
    this.newest.set(uri, toVersion);
    // The base is the version a sliced analysis is about to cache, or else the cached one.
    const run = this.running.get(uri);
    const baseVersion = run?.version ?? this.byUri.get(uri)?.version;
    if (baseVersion === undefined) return;
    const earlier = this.pending.get(uri);
    let merged: TextEdit | undefined;
    if (earlier && earlier.fromVersion === baseVersion)
      merged = earlier.toVersion === fromVersion && earlier.edit && edit ? mergeEdits(earlier.edit, edit) : undefined;
    else merged = baseVersion === fromVersion ? edit : undefined;
    this.pending.set(uri, { fromVersion: baseVersion, toVersion, edit: merged });
    // A run whose result the new version cannot build on is wasted work: stop it at its next slice.
    if (run && !merged) this.running.delete(uri);
  }

  /**
   * Stops analysing `document` (the user cancelled): a sliced analysis stops at its next slice, and
   * none starts until `resume`. False when its current version is analysed already: nothing to stop.
   */
  pause(document: TextDocument): boolean {
    const uri = document.uri;
    if (this.byUri.get(uri)?.version === document.version || this.paused.has(uri)) return false;
    this.paused.set(uri, this.running.get(uri)?.partial);
    this.running.delete(uri);
    return true;
  }

  isPaused(uri: string): boolean {
    return this.paused.has(uri);
  }

  /** Lets a stopped document be analysed again (by the next `prepare`); false if it was not stopped. */
  resume(uri: string): boolean {
    return this.paused.delete(uri);
  }

  /** What a stopped document with nothing analysed yet answers from: no messages. */
  private emptyFor(document: TextDocument): CachedAnalysis {
    return CachedAnalysis.fromSlices(document.uri, document.version, analyzeAtOnce(''));
  }

  /** The current state without analysing: for statistics, which must not trigger work. */
  peek(uri: string): DocumentAnalysis | undefined {
    return this.byUri.get(uri);
  }

  /** Forgets everything held for `uri`; a sliced analysis of it stops at its next slice. */
  delete(uri: string): void {
    const run = this.running.get(uri);
    if (run) run.closed = true;
    this.byUri.delete(uri);
    this.pending.delete(uri);
    this.running.delete(uri);
    this.ruleOptions.delete(uri);
    this.newest.delete(uri);
    this.paused.delete(uri);
  }
}

/** The document's length, without joining an appended SipTextDocument text into one string. */
export function textLength(document: TextDocument): number {
  return document instanceof SipTextDocument ? document.length : document.getText().length;
}
