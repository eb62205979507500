/**
 * Every diagnostic rule, one entry each: the one place a rule is registered. The severity table,
 * the order of findings, the text renderer, the inlay hints, the settings' valid keys and both the
 * whole-document and the incremental passes are read from here, and the README's diagnostics table
 * is tested against it. A rule id that is not a key here does not compile.
 */
import type { RuleCheck } from './check';
import { codeRemarks } from './code-rules';
import { finalResponses } from './final-response-rules';
import { unfinishedRequests } from './no-final-response-rule';
import { reportedFailures } from './reported-failure';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

interface RuleDefinition {
  /** What the rule reports when the user has not said otherwise. */
  readonly severity: Severity;
  /** The check that reports it: none for the notice the collector adds when the cap hides findings. */
  readonly check: RuleCheck<string> | undefined;
  /** Whether the code's short fix follows its status line as an inlay hint. */
  readonly inlayHint: boolean;
  /**
   * Whether the finding says "this call failed". A class override such as `"4xx": "error"`
   * re-grades only these: an engineer who makes 4xx errors means failed calls, not answered
   * digest challenges, CANCELled calls or misspelled reason phrases.
   */
  readonly failure: boolean;
  /** The RFC and section that explain what the rule reports (SARIF's helpUri); none for our own notices. */
  readonly reference?: readonly [rfc: number, section: string];
  /** Default severities by class that differ from `severity` (a rule about codes of several classes). */
  readonly classSeverity?: Readonly<Partial<Record<'4xx' | '5xx' | '6xx', Severity>>>;
}

/**
 * Keyed by the stable rule id (it appears in diagnostics' `code`, in the severity setting and in
 * the CLI's output), and listed in finding order: at one offset, the call's outcome comes first,
 * then remarks on the code.
 */
export const RULES = {
  // A final 5xx.
  'final-server-failure': {
    severity: 'error',
    check: finalResponses,
    inlayHint: true,
    failure: true,
    reference: [3261, '21.5'],
  },
  // A final 6xx.
  'final-global-failure': {
    severity: 'error',
    check: finalResponses,
    inlayHint: true,
    failure: true,
    reference: [3261, '21.6'],
  },
  // A final 4xx that ends a transaction.
  'final-client-failure': {
    severity: 'warning',
    check: finalResponses,
    inlayHint: true,
    failure: true,
    reference: [3261, '21.4'],
  },
  // A 401/407 to a request that already carried credentials, with no later retry succeeding.
  'auth-rejected': {
    severity: 'error',
    check: finalResponses,
    inlayHint: true,
    failure: true,
    reference: [3261, '22'],
  },
  // A 401/407 answered by a retry with credentials: normal digest authentication.
  'auth-challenge': {
    severity: 'hint',
    check: finalResponses,
    inlayHint: false,
    failure: false,
    reference: [3261, '22'],
  },
  // A 487 to a CANCELled INVITE.
  'request-terminated': {
    severity: 'information',
    check: finalResponses,
    inlayHint: false,
    failure: false,
    reference: [3261, '9.2'],
  },
  // A log line in a failure context (ERROR/WARN level, "failed", "rejected"...) that names a final 4xx-6xx.
  'reported-failure': {
    severity: 'warning',
    classSeverity: { '5xx': 'error', '6xx': 'error' },
    check: reportedFailures,
    inlayHint: true,
    failure: true,
  },
  // A log line reporting a 487 on, or after, a line that names a CANCEL.
  'reported-request-terminated': {
    reference: [3261, '9.2'],
    severity: 'information',
    check: reportedFailures,
    inlayHint: false,
    failure: false,
  },
  // A request with only provisional responses (or an INVITE with none) by the end of the log.
  'no-final-response': {
    severity: 'warning',
    check: unfinishedRequests,
    inlayHint: false,
    failure: false,
    reference: [3261, '17.1'],
  },
  // A code no RFC registers, except on a failed final response, whose failure finding says it too.
  'unregistered-code': {
    severity: 'warning',
    check: codeRemarks,
    inlayHint: true,
    failure: false,
    reference: [3261, '8.1.3.2'],
  },
  // A reason phrase differing from the registered one (aliases accepted).
  'nonstandard-phrase': {
    severity: 'information',
    check: codeRemarks,
    inlayHint: false,
    failure: false,
    reference: [3261, '7.2'],
  },
  // The findings past the display cap, counted in one last finding.
  'diagnostics-capped': { severity: 'information', check: undefined, inlayHint: false, failure: false },
} as const satisfies Readonly<Record<string, RuleDefinition>>;

export type RuleId = keyof typeof RULES;

/** The RFC and section that explain what a rule reports, if any (SARIF's helpUri). */
export function ruleReference(id: RuleId): readonly [rfc: number, section: string] | undefined {
  const rule: RuleDefinition = RULES[id];
  return rule.reference;
}

/** The ids a check reports (every rule but the cap notice), as its registered check reports them. */
export type CheckedRuleId = { [K in RuleId]: K extends ReportedBy<(typeof RULES)[K]['check']> ? K : never }[RuleId];

type ReportedBy<C> = C extends RuleCheck<infer R> ? R : never;

/**
 * Does not compile, naming the id, when a check reports an id that has no entry above, or an entry
 * names a check that never reports it.
 */
export type RegistryIsClosed = Expect<
  | Exclude<ReportedBy<(typeof RULES)[RuleId]['check']>, RuleId>
  | { [K in RuleId]: (typeof RULES)[K]['check'] extends undefined ? never : Exclude<K, CheckedRuleId> }[RuleId]
>;
type Expect<T extends never> = T;

export const RULE_IDS = Object.keys(RULES) as readonly RuleId[];

/** Each check once, in registry order: what a whole or an incremental pass runs. */
export const CHECKS: readonly RuleCheck<CheckedRuleId>[] = [...new Set(RULE_IDS.map((id) => RULES[id].check))].filter(
  (check) => check !== undefined,
);

/** The check that reports `rule`: it writes the rule's text and says what its `ref` indexes. */
export function checkOf(rule: CheckedRuleId): RuleCheck<CheckedRuleId> {
  return RULES[rule].check;
}

/** Position in finding order, for the tie-break between findings at one offset. */
export const RULE_RANK: Readonly<Record<RuleId, number>> = Object.fromEntries(
  RULE_IDS.map((id, rank) => [id, rank]),
) as Record<RuleId, number>;
