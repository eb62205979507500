/**
 * Contracts of the call-flow rules: the same findings feed the language server's diagnostics
 * and `sip-lens check`. Positions are UTF-16 offsets into the analysed text.
 */

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Stable rule ids: they appear in diagnostics' `code`, in settings overrides and in the CLI. */
export type RuleId =
  | 'final-server-failure' // final 5xx
  | 'final-global-failure' // final 6xx
  | 'final-client-failure' // final 4xx that ends a transaction
  | 'auth-challenge' // 401/407 answered by a retry with credentials (a hint by default)
  | 'auth-rejected' // 401/407 to a retry that already carried credentials
  | 'request-terminated' // 487 to a CANCELled INVITE
  | 'unregistered-code' // a code no RFC registers
  | 'nonstandard-phrase' // a reason phrase differing from the registered one
  | 'no-final-response' // a request with only provisional responses by the end of the log
  | 'diagnostics-capped'; // the per-document cap was reached

export interface RelatedLocation {
  readonly offset: number;
  readonly length: number;
  readonly message: string;
}

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
