/** What every `check` format says when `--max-diagnostics` left findings out. */
import { fill } from '../../../catalog/src/l10n';
import type { Language } from '../../../catalog/src/language';
import type { Severity, SeverityCounts, StreamedRuleResult } from '../rules/types';
import { OVERFLOW_STRINGS } from './cli-strings';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** Findings shown so far, by severity: the writers count them as they write, the list being read once. */
export function noneShown(): Record<Severity, number> {
  return { error: 0, warning: 0, information: 0, hint: 0 };
}

/** How many findings were left out, of which severities, and the flag that hid them; '' when none was. */
export function overflowNotice({ totals, overflow }: StreamedRuleResult, shown: SeverityCounts, language: Language) {
  if (!overflow) return '';
  const words = OVERFLOW_STRINGS[language];
  const hidden = SEVERITIES.map((severity) => [severity, totals[severity] - shown[severity]] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => fill(words[`${severity}${count === 1 ? 'One' : 'Many'}`], { count }));
  return fill(overflow.hidden === 1 ? words.one : words.many, {
    count: overflow.hidden,
    hidden: hidden.join(words.separator),
    limit: overflow.limit,
  });
}
