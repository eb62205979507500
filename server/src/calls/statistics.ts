/**
 * The statistics of a log, one function for every renderer (the CLI's `stats`, the editor's view):
 * calls by kind and state, responses by class and code, the failure codes that decided the most
 * calls with their short fix, and the RFC 6076 metrics.
 */
import { classOf, explain } from '../../../catalog/src/index';
import type { Language } from '../../../catalog/src/language';
import type { Analysis } from '../analysis/types';
import { rfc6076Metrics, type Metric } from './metrics';
import { CALL_STATES, FAILED_STATES, type CallKind, type CallState, type CallSummary } from './types';

export interface CodeCount {
  readonly code: number;
  readonly count: number;
}

export interface FailureCount extends CodeCount {
  /** The catalog's one-line fix, in the requested language (a class-level one for an unregistered code). */
  readonly shortFix: string;
}

export interface CallStatistics {
  readonly calls: number;
  readonly failed: number;
  readonly byKind: Readonly<Partial<Record<CallKind, number>>>;
  readonly byState: Readonly<Partial<Record<CallState, number>>>;
  /** Every response message of the log (retransmissions included, as logged). */
  readonly responses: number;
  readonly responsesByClass: Readonly<Record<string, number>>;
  /** By code, ascending. */
  readonly responsesByCode: readonly CodeCount[];
  /** The final codes that decided failed calls, most frequent first (at most TOP_FAILURES). */
  readonly topFailures: readonly FailureCount[];
  readonly metrics: readonly Metric[];
  /** Whether any call had a time: without, the delays say so instead of showing zeros. */
  readonly hasTimes: boolean;
}

export const TOP_FAILURES = 5;
const CLASSES = ['1xx', '2xx', '3xx', '4xx', '5xx', '6xx'];

export function callStatistics(
  analysis: Analysis,
  summaries: readonly CallSummary[],
  language: Language = 'en',
): CallStatistics {
  const byKind: Partial<Record<CallKind, number>> = {};
  const byState: Partial<Record<CallState, number>> = {};
  const failures = new Map<number, number>();
  let failed = 0;
  for (const summary of summaries) {
    byKind[summary.kind] = (byKind[summary.kind] ?? 0) + 1;
    byState[summary.state] = (byState[summary.state] ?? 0) + 1;
    if (!FAILED_STATES.has(summary.state)) continue;
    failed++;
    if (summary.finalCode !== undefined) failures.set(summary.finalCode, (failures.get(summary.finalCode) ?? 0) + 1);
  }
  const responses = responseCounts(analysis);
  return {
    calls: summaries.length,
    failed,
    byKind,
    byState: inStateOrder(byState),
    ...responses,
    topFailures: topFailures(failures, language),
    metrics: rfc6076Metrics(summaries),
    hasTimes: summaries.some((s) => s.timing.start !== undefined),
  };
}

function responseCounts(analysis: Analysis) {
  const byCode = new Map<number, number>();
  let total = 0;
  for (const message of analysis.messages) {
    if (message.statusCode === undefined) continue;
    total++;
    byCode.set(message.statusCode, (byCode.get(message.statusCode) ?? 0) + 1);
  }
  const byClass: Record<string, number> = Object.fromEntries(CLASSES.map((name) => [name, 0]));
  for (const [code, count] of byCode) byClass[classOf(code)] = (byClass[classOf(code)] ?? 0) + count;
  const responsesByCode = [...byCode].sort((a, b) => a[0] - b[0]).map(([code, count]) => ({ code, count }));
  return { responses: total, responsesByClass: byClass, responsesByCode };
}

function topFailures(failures: ReadonlyMap<number, number>, language: Language): FailureCount[] {
  return [...failures]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, TOP_FAILURES)
    .map(([code, count]) => ({ code, count, shortFix: explain(code, language)?.shortFix ?? '' }));
}

function inStateOrder(byState: Partial<Record<CallState, number>>): Partial<Record<CallState, number>> {
  const ordered: Partial<Record<CallState, number>> = {};
  for (const state of CALL_STATES) if (byState[state] !== undefined) ordered[state] = byState[state];
  return ordered;
}
