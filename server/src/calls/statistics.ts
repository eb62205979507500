/**
 * The statistics of a log, one function for every renderer (the CLI's `stats`, the editor's view):
 * calls by kind and state, responses by class and code, the failure codes that decided the most
 * calls with their short fix, and the RFC 6076 metrics.
 */
import { classOf, explain } from '../../../catalog/src/index';
import type { Language } from '../../../catalog/src/language';
import type { Analysis } from '../analysis/types';
import { MetricsTally, type Metric } from './metrics';
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
  const tally = new StatisticsTally();
  for (const message of analysis.messages) if (message.statusCode !== undefined) tally.addResponse(message.statusCode);
  for (const summary of summaries) tally.addCall(summary);
  return tally.statistics(language);
}

/**
 * The statistics gathered one response and one summary at a time: what the figures need (counts,
 * and the metrics' sums), never the summaries. `callStatistics` feeds it a whole analysis; the
 * stream (server/src/stream/calls.ts) feeds it as the log goes by, the summaries in the calls' order.
 */
export class StatisticsTally {
  private calls = 0;
  private failed = 0;
  private hasTimes = false;
  private readonly byKind: Partial<Record<CallKind, number>> = {};
  private readonly byState: Partial<Record<CallState, number>> = {};
  private readonly failures = new Map<number, number>();
  private readonly byCode = new Map<number, number>();
  private responses = 0;
  private readonly metrics = new MetricsTally();

  /** A response message of the log (every one, retransmissions included, with or without a Call-ID). */
  addResponse(code: number): void {
    this.responses++;
    this.byCode.set(code, (this.byCode.get(code) ?? 0) + 1);
  }

  addCall(summary: CallSummary): void {
    this.calls++;
    this.byKind[summary.kind] = (this.byKind[summary.kind] ?? 0) + 1;
    this.byState[summary.state] = (this.byState[summary.state] ?? 0) + 1;
    if (summary.timing.start !== undefined) this.hasTimes = true;
    this.metrics.add(summary);
    if (!FAILED_STATES.has(summary.state)) return;
    this.failed++;
    const code = summary.finalCode;
    if (code !== undefined) this.failures.set(code, (this.failures.get(code) ?? 0) + 1);
  }

  statistics(language: Language = 'en'): CallStatistics {
    return {
      calls: this.calls,
      failed: this.failed,
      byKind: { ...this.byKind },
      byState: inStateOrder(this.byState),
      ...this.responseCounts(),
      topFailures: topFailures(this.failures, language),
      metrics: this.metrics.metrics(),
      hasTimes: this.hasTimes,
    };
  }

  private responseCounts() {
    const byClass: Record<string, number> = Object.fromEntries(CLASSES.map((name) => [name, 0]));
    for (const [code, count] of this.byCode) byClass[classOf(code)] = (byClass[classOf(code)] ?? 0) + count;
    const responsesByCode = [...this.byCode].sort((a, b) => a[0] - b[0]).map(([code, count]) => ({ code, count }));
    return { responses: this.responses, responsesByClass: byClass, responsesByCode };
  }
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
