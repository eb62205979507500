/**
 * The calls layer: per-call summaries and the log's statistics, pure functions of the analysis and
 * its text. It imports only analysis/ and the catalog, so the CLI and the editor render the same facts.
 */
export { callSummarizer, summarizeCalls, type CallSummarizer } from './summarize';
export type { SummaryText } from './context';
export { callStatistics, TOP_FAILURES, type CallStatistics, type CodeCount, type FailureCount } from './statistics';
export { rfc6076Metrics, METRIC_SECTIONS, type Metric, type MetricId } from './metrics';
export { matchesCall, parseStateFilter } from './filter';
export * from './types';
