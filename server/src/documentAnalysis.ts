/**
 * Caches one analysis per document version, so hover, diagnostics, inlay hints and symbols
 * share the work instead of each re-scanning the text. Between versions the cache is told the
 * exact edits (see documentSync.ts) and re-analyses only the messages around them.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { mergeEdits } from './analysis/editMerge';
import { analyzeWhole, reanalyze, type AnalysisSnapshot, type TextEdit } from './analysis/incremental';
import type { Analysis } from './analysis/types';
import { TransactionIndex } from './features/hoverCard';
import { evaluateRules } from './rules';
import type { Finding, RuleOptions } from './rules/types';

export interface DocumentAnalysis {
  readonly uri: string;
  readonly version: number;
  readonly analysis: Analysis;
  readonly transactions: TransactionIndex;
  /** Wall time of the analysis that produced this state, in milliseconds. */
  readonly analysisMs: number;
  /** True when only the region around the last edits was re-analysed. */
  readonly incremental: boolean;
  /** Wall time of the last rules evaluation, in milliseconds (0 until findings are asked for). */
  readonly rulesMs: number;
  /** Findings are computed lazily, per rule options, because settings differ per document. */
  findings(options: RuleOptions): readonly Finding[];
}

class CachedAnalysis implements DocumentAnalysis {
  readonly transactions: TransactionIndex;
  rulesMs = 0;
  private cachedFindings: { key: string; findings: readonly Finding[] } | undefined;

  readonly analysis: Analysis;
  readonly incremental: boolean;

  constructor(
    readonly uri: string,
    readonly version: number,
    readonly snapshot: AnalysisSnapshot,
    readonly analysisMs: number,
  ) {
    this.analysis = snapshot.analysis;
    this.incremental = snapshot.incremental;
    this.transactions = new TransactionIndex(this.analysis);
  }

  findings(options: RuleOptions): readonly Finding[] {
    const key = JSON.stringify(options);
    if (this.cachedFindings?.key !== key) {
      const started = performance.now();
      this.cachedFindings = { key, findings: evaluateRules(this.analysis, options) };
      this.rulesMs = performance.now() - started;
    }
    return this.cachedFindings.findings;
  }
}

/** The edits that turn the cached version's text into version `toVersion`'s. */
interface PendingEdits {
  readonly toVersion: number;
  /** Undefined after a full-text replacement: then only a whole analysis will do. */
  readonly edit: TextEdit | undefined;
}

export class AnalysisCache {
  private readonly byUri = new Map<string, CachedAnalysis>();
  private readonly pending = new Map<string, PendingEdits>();

  get(document: TextDocument): DocumentAnalysis {
    const cached = this.byUri.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const started = performance.now();
    const edits = this.pending.get(document.uri);
    this.pending.delete(document.uri);
    const text = document.getText();
    const snapshot = cached && edits?.edit && edits.toVersion === document.version ? reanalyze(cached.snapshot, text, edits.edit) : analyzeWhole(text);
    const fresh = new CachedAnalysis(document.uri, document.version, snapshot, performance.now() - started);
    this.byUri.set(document.uri, fresh);
    return fresh;
  }

  /**
   * Records that the document went from `fromVersion` to `toVersion` by `edit` (undefined for
   * a full replacement). Edits that follow a cached version are folded together until the
   * next analysis; anything out of order just means the next analysis is a whole one.
   */
  noteEdit(uri: string, fromVersion: number, toVersion: number, edit: TextEdit | undefined): void {
    const cached = this.byUri.get(uri);
    if (!cached) return;
    const earlier = this.pending.get(uri);
    let merged: TextEdit | undefined;
    if (earlier) merged = earlier.toVersion === fromVersion && earlier.edit && edit ? mergeEdits(earlier.edit, edit) : undefined;
    else merged = cached.version === fromVersion ? edit : undefined;
    this.pending.set(uri, { toVersion, edit: merged });
  }

  /** The current state without analysing: for statistics, which must not trigger work. */
  peek(uri: string): DocumentAnalysis | undefined {
    return this.byUri.get(uri);
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
    this.pending.delete(uri);
  }
}
