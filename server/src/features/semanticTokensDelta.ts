/**
 * textDocument/semanticTokens/full/delta: the last full result of each document is kept, and the
 * next one is sent as the one run of integers that changed. A log that grows at its end (`tail -f`)
 * then costs the editor the new lines' tokens, not the whole log's again; so does the refresh
 * after a sliced analysis, whose first answer was the prefix's.
 */
import type { SemanticTokens, SemanticTokensDelta, SemanticTokensEdit } from 'vscode-languageserver';

interface Kept {
  readonly resultId: string;
  readonly data: readonly number[];
}

export class SemanticTokenResults {
  private readonly byUri = new Map<string, Kept>();
  private counter = 0;

  /** `data` as a full result, remembered for the next delta request. */
  full(uri: string, data: number[]): SemanticTokens {
    const resultId = String(++this.counter);
    this.byUri.set(uri, { resultId, data });
    return { resultId, data };
  }

  /** The change from the result `previousResultId` to `data`; a full result when that one is not kept. */
  delta(uri: string, previousResultId: string, data: number[]): SemanticTokens | SemanticTokensDelta {
    const previous = this.byUri.get(uri);
    const current = this.full(uri, data);
    if (previous?.resultId !== previousResultId) return current;
    return { resultId: current.resultId as string, edits: tokenEdits(previous.data, data) };
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }
}

/** One edit that turns `before` into `after`: what lies between their common start and common end. None when equal. */
export function tokenEdits(before: readonly number[], after: readonly number[]): SemanticTokensEdit[] {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before[prefix] === after[prefix]) prefix++;
  if (prefix === before.length && prefix === after.length) return [];
  let suffix = 0;
  while (suffix < shorter - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return [
    {
      start: prefix,
      deleteCount: before.length - prefix - suffix,
      data: after.slice(prefix, after.length - suffix),
    },
  ];
}
