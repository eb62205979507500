/**
 * The call-flow rules engine: an `Analysis` in, `Finding[]` out. Pure: no editor, no I/O.
 * The language server turns findings into diagnostics; `sip-lens check` prints them.
 */
import type { Analysis } from '../analysis/types';
import { FindingCollector, finishFindings } from './collector';
import { buildFlowIndex } from './flow-index';
import { CHECKS } from './registry';
import { renderWith, type RuleState } from './state';
import type { Finding, RuleOptions } from './types';

export type * from './types';
export { normaliseSeverityOverrides, type NormalisedOverrides } from './overrides';
export { RULE_IDS, RULES } from './registry';
export { resolveSeverity } from './severity';
export { updateRuleState } from './incremental';
export type { RuleState } from './state';

export const DEFAULT_RULE_OPTIONS: RuleOptions = { overrides: {}, maxFindings: 1000 };

/**
 * Every finding for one document, sorted by offset. Past `options.maxFindings` the rest are
 * only counted, and one 'diagnostics-capped' finding says how many were left out.
 * Linear in the size of the analysis apart from one sort of the findings.
 */
export function evaluateRules(analysis: Analysis, options: RuleOptions = DEFAULT_RULE_OPTIONS): Finding[] {
  return evaluateRuleState(analysis, options).findings;
}

/** `evaluateRules`, keeping the candidates so the next version can be judged incrementally. */
export function evaluateRuleState(analysis: Analysis, options: RuleOptions = DEFAULT_RULE_OPTIONS): RuleState {
  const index = buildFlowIndex(analysis);
  const collector = new FindingCollector(options.overrides);
  for (const check of CHECKS) check.checkDocument(index, analysis, collector);
  const candidates = collector.sorted();
  return { options, candidates, findings: finishFindings(candidates, options.maxFindings, options.overrides, renderWith(index)) };
}
