/**
 * The Calls view's rows: each call summary flattened to what the editor shows, filters and reveals
 * by, with its labels in the document's language. Pure: the pipeline (pipeline/callsService.ts)
 * decides when and how many summaries to map.
 */
import type { CallRow } from '../../../catalog/src/protocol';
import type { Language } from '../../../catalog/src/language';
import type { LineIndex } from '../analysis/lineIndex';
import { ownedUniqueSlice } from '../analysis/chars';
import type { Analysis } from '../analysis/types';
import { FAILED_STATES, type CallSummary } from '../calls/index';
import { CALL_KIND_LABELS, CALL_STATE_LABELS } from '../calls/calls-strings';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** One row; reads the summary's lazy `timing` (its start and duration), never spreads the summary. */
export function callRow(summary: CallSummary, analysis: Analysis, lines: LineIndex, language: Language): CallRow {
  const first = analysis.messages[summary.firstMessage];
  return rowAt(summary, lines.positionAt(first?.startOffset ?? 0), language);
}

/** One row, its call's first message at `position` (a log streamed from disk knows it without its text). */
export function rowAt(
  summary: CallSummary,
  position: { readonly line: number; readonly character: number },
  language: Language,
): CallRow {
  const row: Mutable<CallRow> = {
    callId: summary.callId,
    kind: summary.kind,
    kindLabel: CALL_KIND_LABELS[language][summary.kind],
    state: summary.state,
    stateLabel: CALL_STATE_LABELS[language][summary.state],
    failed: FAILED_STATES.has(summary.state),
    line: position.line,
    character: position.character,
    messageCount: summary.messageCount,
  };
  const { timing, from, to } = summary;
  if (summary.finalCode !== undefined) row.finalCode = summary.finalCode;
  if (summary.finalPhrase !== undefined) row.finalPhrase = summary.finalPhrase;
  const fromText = from?.user ?? from?.display;
  const toText = to?.user ?? to?.display;
  if (fromText !== undefined) row.from = fromText;
  if (toText !== undefined) row.to = toText;
  if (from?.display !== undefined) row.fromName = from.display;
  if (to?.display !== undefined) row.toName = to.display;
  if (summary.requestUri !== undefined) row.requestUri = summary.requestUri;
  // A copy: a summary's time is a slice of the whole text, and rows outlive the version they were read from.
  if (timing.start !== undefined) row.start = ownedUniqueSlice(timing.start.text, 0, timing.start.text.length);
  if (timing.durationMs !== undefined) row.durationMs = timing.durationMs;
  return row;
}
