/**
 * The call-flow rules engine: an `Analysis` in, `Finding[]` out. Pure: no editor, no I/O.
 * The language server turns findings into diagnostics; `sip-lens check` prints them.
 */
import type { Analysis } from '../analysis/types';
import { checkCodes } from './code-rules';
import { FindingCollector } from './collector';
import { checkFinalResponses } from './final-response-rules';
import { buildFlowIndex } from './flow-index';
import { checkUnfinishedRequests } from './no-final-response-rule';
import type { Finding, RuleOptions } from './types';

export type * from './types';
export { normaliseSeverityOverrides, type NormalisedOverrides } from './overrides';
export { DEFAULT_SEVERITY, RULE_IDS, resolveSeverity } from './severity';

export const DEFAULT_RULE_OPTIONS: RuleOptions = { overrides: {}, maxFindings: 1000 };

/**
 * Every finding for one document, sorted by offset. Past `options.maxFindings` the rest are
 * only counted, and one 'diagnostics-capped' finding says how many were left out.
 * Linear in the size of the analysis apart from one sort of the findings.
 */
export function evaluateRules(analysis: Analysis, options: RuleOptions = DEFAULT_RULE_OPTIONS): Finding[] {
  const index = buildFlowIndex(analysis);
  const collector = new FindingCollector(options.overrides);
  checkFinalResponses(index, collector);
  checkUnfinishedRequests(index, analysis.calls, collector);
  checkCodes(index, analysis.occurrences, collector);
  return collector.finish(options.maxFindings);
}
