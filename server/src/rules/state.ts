import { DEFAULT_LANGUAGE, type Language } from '../../../catalog/src/language';
import type { Candidate, Renderer } from './collector';
import type { FlowIndex } from './flow-index';
import { checkOf } from './registry';
import type { RuleOptions, RuleResult } from './types';

/**
 * What one version's rules evaluation leaves for the next: every candidate in finding order
 * (no text, no reference to the analysis, so old analyses are not kept alive) and the findings.
 */
export interface RuleState extends RuleResult {
  readonly options: RuleOptions;
  readonly candidates: readonly Candidate[];
}

/**
 * Writes a candidate's text in `language` against `index`, whichever version of the log produced
 * the candidate.
 */
export function renderWith(index: FlowIndex, language: Language): Renderer {
  return ({ rule, ref }) => checkOf(rule).render(index, rule, ref, language);
}

/** The language findings are written in under `options`: English unless they name another. */
export function languageOf(options: RuleOptions): Language {
  return options.language ?? DEFAULT_LANGUAGE;
}

/** True for rules whose candidate `ref` is an occurrence index (the others name a message). */
export function refersToOccurrence(candidate: Candidate): boolean {
  return checkOf(candidate.rule).anchor === 'occurrence';
}
