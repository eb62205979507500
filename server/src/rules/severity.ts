import { classOf, isStatusCodeNumber } from '../../../catalog/src/index';
import { RULES } from './registry';
import type { RuleId, Severity, SeverityOverrides } from './types';

/**
 * The severity a finding gets, or 'off'. Precedence: the code ("480") > the rule id >
 * the class ("4xx", failure rules only unless it is 'off': `"4xx": "off"` still silences
 * every finding about a 4xx code) > the rule's default.
 */
export function resolveSeverity(
  rule: RuleId,
  code: number | undefined,
  overrides: SeverityOverrides,
): Severity | 'off' {
  const byCode = code === undefined ? undefined : overrides[String(code)];
  if (byCode !== undefined) return byCode;
  const byRule = overrides[rule];
  if (byRule !== undefined) return byRule;
  const byClass = code !== undefined && isStatusCodeNumber(code) ? overrides[classOf(code)] : undefined;
  const definition = RULES[rule];
  if (byClass === 'off' || (byClass !== undefined && definition.failure)) return byClass;
  const classDefaults: Readonly<Record<string, Severity>> | undefined =
    'classSeverity' in definition ? definition.classSeverity : undefined;
  const byClassDefault = code !== undefined && isStatusCodeNumber(code) ? classDefaults?.[classOf(code)] : undefined;
  return byClassDefault ?? definition.severity;
}
