/**
 * Caches one analysis per document version, so hover, diagnostics, inlay hints and symbols
 * share the work instead of each re-scanning the text.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from './analysis';
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
  /** Wall time of the last rules evaluation, in milliseconds (0 until findings are asked for). */
  readonly rulesMs: number;
  /** Findings are computed lazily, per rule options, because settings differ per document. */
  findings(options: RuleOptions): readonly Finding[];
}

class CachedAnalysis implements DocumentAnalysis {
  readonly transactions: TransactionIndex;
  rulesMs = 0;
  private cachedFindings: { key: string; findings: readonly Finding[] } | undefined;

  constructor(
    readonly uri: string,
    readonly version: number,
    readonly analysis: Analysis,
    readonly analysisMs: number,
  ) {
    this.transactions = new TransactionIndex(analysis);
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

export class AnalysisCache {
  private readonly byUri = new Map<string, CachedAnalysis>();

  get(document: TextDocument): DocumentAnalysis {
    const cached = this.byUri.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const started = performance.now();
    const analysis = analyze(document.getText());
    const fresh = new CachedAnalysis(document.uri, document.version, analysis, performance.now() - started);
    this.byUri.set(document.uri, fresh);
    return fresh;
  }

  /** The current state without analysing: for statistics, which must not trigger work. */
  peek(uri: string): DocumentAnalysis | undefined {
    return this.byUri.get(uri);
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }
}
