/**
 * Contracts of the call-flow rules: the same findings feed the language server's diagnostics
 * and `sip-lens check`. Positions are UTF-16 offsets into the analysed text.
 */

import type { Language } from '../../../catalog/src/language';
import type { RelatedLocation } from './check';
import type { RuleId, Severity } from './registry';

// Declared with the rules (registry.ts) and their checks (check.ts), which must not import this
// file: it imports the registry.
export type { RelatedLocation, RuleId, Severity };

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly offset: number;
  readonly length: number;
  readonly message: string;
  /** The next step chosen by the rule for this finding (check.ts `FindingDetails.shortFix`). */
  readonly shortFix?: string;
  /** The status code the finding is about, when there is one. */
  readonly code?: number;
  /** The RFC section that explains it (diagnostic codeDescription.href). */
  readonly href: string;
  /** The request this response answers, where it is in the text. */
  readonly related?: RelatedLocation;
  /** Other places that report the same failure (a line logged again). */
  readonly repeats?: readonly RelatedLocation[];
}

/** Severity overrides: keys are a class ("4xx"), a code ("480") or a rule id. */
export type SeverityOverrides = Readonly<Record<string, Severity | 'off'>>;

export interface RuleOptions {
  readonly overrides: SeverityOverrides;
  /** Stop building findings past this many; the rest are only counted (see `RuleResult`). */
  readonly maxFindings: number;
  /** The language of finding messages, related-location messages and short fixes; English when absent. */
  readonly language?: Language;
}

/** How many findings there are of each severity. */
export type SeverityCounts = Readonly<Record<Severity, number>>;

/**
 * The findings the cap left out, for the caller to word: the editor names its setting, the CLI
 * its flag, so the rules know neither.
 */
export interface Overflow {
  /** How many findings were counted but not built. */
  readonly hidden: number;
  /** The cap that applied. */
  readonly limit: number;
  /** Where the first hidden finding is, in text order (the CLI's overflow line points there). */
  readonly offset: number;
  /** How many of each severity were left out: the cap keeps the most severe (rules/cap.ts). */
  readonly hiddenBySeverity: SeverityCounts;
  /**
   * The notice's severity: the most severe hidden finding's, and never less than 'diagnostics-capped'
   * after overrides (rules/cap.ts says why).
   */
  readonly severity: Severity;
}

/** One evaluation: the shown findings, and counts of all of them, so no verdict depends on the cap. */
export interface RuleResult {
  /** At most `maxFindings` findings, the most severe first when there are more, listed in finding order. */
  readonly findings: Finding[];
  /** Every finding, shown or not, by severity. */
  readonly totals: SeverityCounts;
  /** Present when findings were left out and the 'diagnostics-capped' notice is not turned off. */
  readonly overflow?: Overflow;
}

/** A `RuleResult` whose findings are written one at a time as they are read, and not kept. */
export type StreamedRuleResult = Omit<RuleResult, 'findings'> & { readonly findings: Iterable<Finding> };
