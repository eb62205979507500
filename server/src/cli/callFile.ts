/** Reading and summarising one file for `sip-lens calls` and `sip-lens stats`, one file at a time. */
import { readFileSync } from 'node:fs';
import { analyze, LineIndex } from '../analysis';
import type { Analysis } from '../analysis/types';
import { summarizeCalls } from '../calls';
import type { CallSummary } from '../calls/types';
import { UsageError } from './io';

export interface SummarisedFile {
  readonly path: string;
  readonly analysis: Analysis;
  readonly calls: readonly CallSummary[];
}

export function summariseFile(path: string): SummarisedFile {
  const text = readText(path);
  const lines = new LineIndex(text);
  const analysis = analyze(text, { lineIndex: lines });
  return { path, analysis, calls: summarizeCalls(text, analysis, lines) };
}

/** UTF-8, invalid bytes as U+FFFD (as `check` reads). */
function readText(path: string): string {
  try {
    return readFileSync(path).toString('utf8');
  } catch (error) {
    throw new UsageError(`cannot read '${path}': ${error instanceof Error ? error.message : String(error)}`, false);
  }
}
