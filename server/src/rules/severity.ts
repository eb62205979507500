import { classOf, isStatusCodeNumber } from '../../../catalog/src/index';
import type { RuleId, Severity, SeverityOverrides } from './types';

/** What each rule reports when the user has not said otherwise. */
export const DEFAULT_SEVERITY: Readonly<Record<RuleId, Severity>> = {
  'final-server-failure': 'error',
  'final-global-failure': 'error',
  'final-client-failure': 'warning',
  'auth-challenge': 'hint',
  'auth-rejected': 'error',
  'request-terminated': 'information',
  'unregistered-code': 'warning',
  'nonstandard-phrase': 'information',
  'no-final-response': 'warning',
  'diagnostics-capped': 'information',
};

export const RULE_IDS = Object.keys(DEFAULT_SEVERITY) as readonly RuleId[];

/**
 * Rules that say "this call failed". A class override such as `"4xx": "error"` re-grades only
 * these: an engineer who makes 4xx errors means failed calls, not answered digest challenges,
 * CANCELled calls or misspelled reason phrases. `"4xx": "off"` still silences every finding
 * about a 4xx code.
 */
const FAILURE_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'final-client-failure',
  'final-server-failure',
  'final-global-failure',
  'auth-rejected',
]);

/**
 * The severity a finding gets, or 'off'. Precedence: the code ("480") > the rule id >
 * the class ("4xx", failure rules only unless it is 'off') > the rule's default.
 */
export function resolveSeverity(rule: RuleId, code: number | undefined, overrides: SeverityOverrides): Severity | 'off' {
  const byCode = code === undefined ? undefined : overrides[String(code)];
  if (byCode !== undefined) return byCode;
  const byRule = overrides[rule];
  if (byRule !== undefined) return byRule;
  const byClass = code !== undefined && isStatusCodeNumber(code) ? overrides[classOf(code)] : undefined;
  if (byClass === 'off' || (byClass !== undefined && FAILURE_RULES.has(rule))) return byClass;
  return DEFAULT_SEVERITY[rule];
}
