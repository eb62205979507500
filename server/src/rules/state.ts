import { DEFAULT_LANGUAGE, type Language } from '../../../catalog/src/language';
import type { Candidate, Renderer } from './collector';
import type { FlowIndex } from './flow-index';
import { checkOf, RULE_IDS, RULES } from './registry';
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

/** The rules whose candidate `ref` is an occurrence index, read once from the registry. */
const OCCURRENCE_ANCHORED: ReadonlySet<string> = new Set(
  RULE_IDS.filter((id) => RULES[id].check?.anchor === 'occurrence'),
);

/**
 * True for rules whose candidate `ref` is an occurrence index (the others name a message). A set
 * of constant ids: the incremental pass asks for every kept candidate on every slice of a big log.
 */
export function refersToOccurrence(candidate: Candidate): boolean {
  return OCCURRENCE_ANCHORED.has(candidate.rule);
}
