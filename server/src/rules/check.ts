/**
 * What a rule's check sees and gives back. This file knows no rule id: each check names the ids
 * it reports in its own file, and the registry (registry.ts) ties them together, so the check
 * files never import the registry that imports them.
 */
import type { Language } from '../../../catalog/src/language';
import type { AnalysisChange } from '../analysis/incremental';
import type { Analysis, Call } from '../analysis/types';
import type { FlowIndex } from './flow-index';

export interface RelatedLocation {
  readonly offset: number;
  readonly length: number;
  readonly message: string;
}

/** The parts of a finding that cost string building; made only for findings that are shown. */
export interface FindingDetails {
  /** What happened, in one Problems row (MESSAGE_LIMIT in wording.ts): details go to `related` and the hover. */
  readonly message: string;
  /**
   * The next step for this finding in its context, in one line: the inlay hint, the hover's "In this
   * log" line and the diagnostic all show this one text, so no surface can contradict another.
   */
  readonly shortFix?: string;
  readonly href: string;
  readonly related?: RelatedLocation;
  /** Other places that report the same failure (a line logged again), shown with the finding. */
  readonly repeats?: readonly RelatedLocation[];
}

/** Where a check puts what it found; `R` is the rule ids that check reports. */
export interface CandidateSink<R extends string> {
  /**
   * One finding before its text is written. `ref` is a plain number (a message or occurrence
   * index, per the check's `anchor`) rather than a closure: 100k retained closures cost more in GC
   * than the rules themselves. `unit` is the Call-ID whose messages decided the finding, or
   * undefined when it depends only on its own message or occurrence.
   */
  add(rule: R, code: number | undefined, offset: number, length: number, ref: number, unit?: string): void;
}

/** What a candidate's `ref` indexes: `analysis.messages` or `analysis.occurrences`. */
export type Anchor = 'message' | 'occurrence';

/**
 * One check, reporting one or more rules that it judges together (a failed final response is
 * exactly one of six outcomes). The whole-document pass and the incremental pass must find the
 * same candidates: `checkDocument` equals `checkCall` over every call plus `checkRescanned` over
 * the whole text (test/unit/rules-registry.test.ts holds each check to it, and the property tests
 * in test/unit/property-edits.test.ts hold incremental results to whole ones).
 */
export interface RuleCheck<R extends string> {
  /** Which list `ref` indexes, so an edit above a kept candidate can move its ref. */
  readonly anchor: Anchor;
  /**
   * For occurrence checks whose unit-less candidates also read the `reach` occurrences either side
   * of their own (reported-failure.ts): the incremental pass re-judges that far around an edit.
   */
  readonly reach?: number;
  /** Every candidate of the document: the hot path on a 50 MB log. */
  checkDocument(index: FlowIndex, analysis: Analysis, sink: CandidateSink<R>): void;
  /** The candidates whose unit is this call. `reported` is shared by every call of one pass. */
  checkCall(index: FlowIndex, call: Call, reported: Set<string>, sink: CandidateSink<R>): void;
  /** The candidates without a unit (outside any call) in the region the edit re-scanned. */
  checkRescanned(
    index: FlowIndex,
    analysis: Analysis,
    change: AnalysisChange,
    reported: Set<string>,
    sink: CandidateSink<R>,
  ): void;
  /** The text of a shown candidate in `language`, written against the index of the version being shown. */
  render(index: FlowIndex, rule: R, ref: number, language: Language): FindingDetails;
}
