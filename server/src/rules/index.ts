/**
 * The call-flow rules engine: an `Analysis` in, findings out. Pure: no editor, no I/O.
 * The language server turns findings into diagnostics; `sip-lens check` prints them.
 */
import type { Analysis } from '../analysis/types';
import { FindingCollector, finishFindings, streamFindings } from './collector';
import { buildFlowIndex } from './flow-index';
import { CHECKS } from './registry';
import { languageOf, renderWith, type RuleState } from './state';
import type { RuleOptions, RuleResult, StreamedRuleResult } from './types';

export type * from './types';
export { normaliseSeverityOverrides, type NormalisedOverrides } from './overrides';
export { RULE_IDS, RULES } from './registry';
export { resolveSeverity } from './severity';
export { updateRuleState } from './incremental';
export type { RuleState } from './state';

export const DEFAULT_RULE_OPTIONS: RuleOptions = { overrides: {}, maxFindings: 1000 };

/**
 * Every finding for one document, sorted by offset. Past `options.maxFindings` the most severe are
 * kept (every error before any warning) and the rest only counted: `totals` counts every finding by
 * severity and `overflow` says what was left out. Linear in the size of the analysis apart from one
 * sort of the findings.
 */
export function evaluateRules(analysis: Analysis, options: RuleOptions = DEFAULT_RULE_OPTIONS): RuleResult {
  const { findings, totals, overflow } = evaluateRuleState(analysis, options);
  return { findings, totals, ...(overflow ? { overflow } : {}) };
}

/** `evaluateRules`, keeping the candidates so the next version can be judged incrementally. */
export function evaluateRuleState(analysis: Analysis, options: RuleOptions = DEFAULT_RULE_OPTIONS): RuleState {
  const { index, candidates } = judge(analysis, options);
  return {
    options,
    candidates,
    ...finishFindings(candidates, options.maxFindings, options.overrides, renderWith(index, languageOf(options))),
  };
}

/** `evaluateRules` for a reader that takes each finding once: findings are written as they are read. */
export function streamRules(analysis: Analysis, options: RuleOptions = DEFAULT_RULE_OPTIONS): StreamedRuleResult {
  const { index, candidates } = judge(analysis, options);
  return streamFindings(candidates, options.maxFindings, options.overrides, renderWith(index, languageOf(options)));
}

function judge(analysis: Analysis, options: RuleOptions) {
  const index = buildFlowIndex(analysis);
  const collector = new FindingCollector(options.overrides);
  for (const check of CHECKS) check.checkDocument(index, analysis, collector);
  return { index, candidates: collector.sorted() };
}
