/**
 * The calls layer: per-call summaries and the log's statistics, pure functions of the analysis and
 * its text. It imports only analysis/ and the catalog, so the CLI and the editor render the same facts.
 */
export {
  callSummarizer,
  summarizeBeforeEnd,
  summarizeCall,
  summarizeCalls,
  type CallSummarizer,
  settledSummary,
  type PendingSummary,
} from './summarize';
export type { SummarySource } from './source';
export { settleWaiting, type Waiting } from './state';
export type { SummaryText } from './context';
export {
  callStatistics,
  StatisticsTally,
  TOP_FAILURES,
  type CallStatistics,
  type CodeCount,
  type FailureCount,
} from './statistics';
export { MetricsTally, rfc6076Metrics, METRIC_SECTIONS, type Metric, type MetricId } from './metrics';
export { matchesCall, parseStateFilter } from './filter';
export * from './types';
