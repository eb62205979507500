/** Reading and summarising one file for `sip-lens calls` and `sip-lens stats`, one file at a time. */
import { analyze, LineIndex } from '../analysis';
import type { Analysis } from '../analysis/types';
import { summarizeCalls } from '../calls';
import type { CallSummary } from '../calls/types';
import { readLog } from '../logFiles/sync';

export interface SummarisedFile {
  readonly path: string;
  readonly analysis: Analysis;
  readonly calls: readonly CallSummary[];
}

export function summariseFile(path: string): SummarisedFile {
  const text = readLog(path);
  const lines = new LineIndex(text);
  const analysis = analyze(text, { lineIndex: lines });
  return { path, analysis, calls: summarizeCalls(text, analysis, lines) };
}
