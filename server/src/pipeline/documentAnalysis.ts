/**
 * Caches one analysis per document version, so hover, diagnostics, inlay hints and symbols
 * share the work instead of each re-scanning the text. Between versions the cache is told the
 * exact edits (see documentSync.ts) and re-analyses only the messages around them.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { mergeEdits } from '../document/editMerge';
import { releaseMemoryBefore } from './memory';
import { NO_PROGRESS, type StartProgress } from './analysisProgress';
import { analyzeInSlices, PROGRESSIVE_MIN_CHARS, type SliceProgress } from './progressive';
import { SipTextDocument } from '../document/sipTextDocument';
import { analyzeWhole, reanalyze, type AnalysisChange, type AnalysisSnapshot, type TextEdit } from '../analysis/incremental';
import type { Analysis, TransactionOf } from '../analysis/types';
import { transactionLookup } from '../rules/flow-index';
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

  findings(options: RuleOptions): readonly Finding[] {
    return this.ruleResult(options).findings;
  }

  ruleResult(options: RuleOptions): RuleResult {
    const key = JSON.stringify(options);
    if (this.rules?.key !== key) {
      const started = performance.now();
      const inherited = this.inherited?.key === key ? this.inherited : undefined;
      const state = inherited ? updateRuleState(inherited.state, this.analysis, inherited.change, options) : evaluateRuleState(this.analysis, options);
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

/** The edits that turn the cached version's text into version `toVersion`'s. */
interface PendingEdits {
  readonly toVersion: number;
  /** Undefined after a full-text replacement: then only a whole analysis will do. */
  readonly edit: TextEdit | undefined;
}

/** A whole analysis being done in slices, and the prefix analysed so far. */
interface RunningAnalysis {
  readonly version: number;
  done: Promise<void>;
  partial?: AnalysisSnapshot;
}

export class AnalysisCache {
  private readonly byUri = new Map<string, CachedAnalysis>();
  private readonly pending = new Map<string, PendingEdits>();
  private readonly running = new Map<string, RunningAnalysis>();

  /** `startProgress` is told about analyses done in slices: the ones long enough to show. */
  constructor(private readonly startProgress: StartProgress = NO_PROGRESS) {}

  /**
   * Makes sure the cache holds `document`'s version before diagnostics are built. A big document
   * that needs a whole analysis is analysed in slices (progressive.ts), so the server answers
   * hovers meanwhile; edits that arrive during it are applied incrementally afterwards.
   */
  async prepare(document: TextDocument): Promise<void> {
    const uri = document.uri;
    await this.running.get(uri)?.done;
    if (this.byUri.get(uri)?.version === document.version) return;
    const length = textLength(document);
    if (this.hasIncrementalPath(document) || length < PROGRESSIVE_MIN_CHARS) {
      this.get(document);
      return;
    }
    const run: RunningAnalysis = { version: document.version, done: Promise.resolve() };
    this.running.set(uri, run);
    releaseMemoryBefore(length);
    const lines = document instanceof SipTextDocument ? document.lines : undefined;
    const progress = this.startProgress(uri);
    const onSlice = (slice: SliceProgress) => {
      run.partial = slice.snapshot;
      progress.report(slice.snapshot.analysis.textLength / length);
    };
    run.done = analyzeInSlices(document.getText(), onSlice, () => this.running.get(uri) !== run, lines)
      .then((result) => {
        if (result) this.byUri.set(uri, new CachedAnalysis(uri, run.version, { ...result.snapshot, incremental: false, change: undefined }, result.busyMs));
      })
      .finally(() => {
        progress.done();
        if (this.running.get(uri) === run) this.running.delete(uri);
      });
    await run.done;
  }

  private hasIncrementalPath(document: TextDocument): boolean {
    const edits = this.pending.get(document.uri);
    return this.byUri.has(document.uri) && edits?.edit !== undefined && edits.toVersion === document.version;
  }

  get(document: TextDocument): DocumentAnalysis {
    const cached = this.byUri.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const run = this.running.get(document.uri);
    // Mid-way through a sliced analysis, requests are answered from the prefix done so far.
    if (run?.partial && run.version === document.version) return new CachedAnalysis(document.uri, run.version, run.partial, 0);
    const started = performance.now();
    const edits = this.pending.get(document.uri);
    this.pending.delete(document.uri);
    // Both paths share the document's line index rather than building a second one, and an
    // edit is re-analysed from the document's AppendableText without joining it into one string.
    const ours = document instanceof SipTextDocument ? document : undefined;
    const snapshot = cached && edits?.edit && edits.toVersion === document.version
      ? reanalyze(cached.snapshot, ours?.text ?? document.getText(), edits.edit, ours?.lines)
      : analyzeWhole(document.getText(), ours?.lines);
    const rules = snapshot.change && cached?.rulesForSuccessor();
    const inherited = rules && snapshot.change ? { ...rules, change: snapshot.change } : undefined;
    const fresh = new CachedAnalysis(document.uri, document.version, snapshot, performance.now() - started, inherited);
    this.byUri.set(document.uri, fresh);
    return fresh;
  }

  /**
   * Records that the document went from `fromVersion` to `toVersion` by `edit` (undefined for
   * a full replacement). Edits that follow a cached version are folded together until the
   * next analysis; anything out of order just means the next analysis is a whole one.
   */
  noteEdit(uri: string, fromVersion: number, toVersion: number, edit: TextEdit | undefined): void {
    // The base is the cached version, or the one a sliced analysis is about to cache.
    const baseVersion = this.byUri.get(uri)?.version ?? this.running.get(uri)?.version;
    if (baseVersion === undefined) return;
    const earlier = this.pending.get(uri);
    let merged: TextEdit | undefined;
    if (earlier) merged = earlier.toVersion === fromVersion && earlier.edit && edit ? mergeEdits(earlier.edit, edit) : undefined;
    else merged = baseVersion === fromVersion ? edit : undefined;
    this.pending.set(uri, { toVersion, edit: merged });
  }

  /** The current state without analysing: for statistics, which must not trigger work. */
  peek(uri: string): DocumentAnalysis | undefined {
    return this.byUri.get(uri);
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
    this.pending.delete(uri);
    // A sliced analysis sees it is no longer the running one and stops at its next slice.
    this.running.delete(uri);
  }
}

/** The document's length, without joining an appended SipTextDocument text into one string. */
export function textLength(document: TextDocument): number {
  return document instanceof SipTextDocument ? document.length : document.getText().length;
}
