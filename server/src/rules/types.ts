/**
 * Contracts of the call-flow rules: the same findings feed the language server's diagnostics
 * and `sip-lens check`. Positions are UTF-16 offsets into the analysed text.
 */

import type { RelatedLocation } from './check';
import type { RuleId, Severity } from './registry';

// Declared with the rules (registry.ts) and their checks (check.ts), which must not import this file: it imports the registry.
export type { RelatedLocation, RuleId, Severity };

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly offset: number;
  readonly length: number;
  readonly message: string;
  /** The status code the finding is about, when there is one. */
  readonly code?: number;
  /** The RFC section that explains it (diagnostic codeDescription.href). */
  readonly href: string;
  /** The request this response answers, where it is in the text. */
  readonly related?: RelatedLocation;
}

/** Severity overrides: keys are a class ("4xx"), a code ("480") or a rule id. */
export type SeverityOverrides = Readonly<Record<string, Severity | 'off'>>;

export interface RuleOptions {
  readonly overrides: SeverityOverrides;
  /** Stop building findings past this many; one extra 'diagnostics-capped' finding says how many more. */
  readonly maxFindings: number;
}
