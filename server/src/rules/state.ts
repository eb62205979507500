import { renderCodeRemark } from './code-rules';
import type { Candidate, Renderer } from './collector';
import { renderFinalResponse } from './final-response-rules';
import type { FlowIndex } from './flow-index';
import { renderUnfinished } from './no-final-response-rule';
import type { RuleOptions, RuleResult } from './types';

/**
 * What one version's rules evaluation leaves for the next: every candidate in finding order
 * (no text, no reference to the analysis, so old analyses are not kept alive) and the findings.
 */
export interface RuleState extends RuleResult {
  readonly options: RuleOptions;
  readonly candidates: readonly Candidate[];
}

/** Writes a candidate's text against `index`, whichever version of the log produced the candidate. */
export function renderWith(index: FlowIndex): Renderer {
  return ({ rule, ref }) => {
    switch (rule) {
      case 'no-final-response':
        return renderUnfinished(index, ref);
      case 'unregistered-code':
      case 'nonstandard-phrase':
        return renderCodeRemark(index, rule, ref);
      default:
        return renderFinalResponse(index, ref);
    }
  };
}

/** True for rules whose candidate `ref` is an occurrence index (the others name a message). */
export function refersToOccurrence(candidate: Candidate): boolean {
  return candidate.rule === 'unregistered-code' || candidate.rule === 'nonstandard-phrase';
}
