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
  /** Findings are computed lazily, per rule options, because settings differ per document. */
  findings(options: RuleOptions): readonly Finding[];
}

class CachedAnalysis implements DocumentAnalysis {
  readonly transactions: TransactionIndex;
  private cachedFindings: { key: string; findings: readonly Finding[] } | undefined;

  constructor(
    readonly uri: string,
    readonly version: number,
    readonly analysis: Analysis,
  ) {
    this.transactions = new TransactionIndex(analysis);
  }

  findings(options: RuleOptions): readonly Finding[] {
    const key = JSON.stringify(options);
    if (this.cachedFindings?.key !== key) {
      this.cachedFindings = { key, findings: evaluateRules(this.analysis, options) };
    }
    return this.cachedFindings.findings;
  }
}

export class AnalysisCache {
  private readonly byUri = new Map<string, CachedAnalysis>();

  get(document: TextDocument): DocumentAnalysis {
    const cached = this.byUri.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const fresh = new CachedAnalysis(document.uri, document.version, analyze(document.getText()));
    this.byUri.set(document.uri, fresh);
    return fresh;
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }
}
