/** What every `check` format says when `--max-diagnostics` left findings out. */
import { fill } from '../../../catalog/src/l10n';
import type { Language } from '../../../catalog/src/language';
import { severityCounts } from '../features/diagnostics';
import type { StreamedRuleResult } from '../rules/types';
import { OVERFLOW_STRINGS } from './cli-strings';

/**
 * How many findings were left out, of which severities (the editor's words for the counts), and the
 * flag that hid them; '' when none was.
 */
export function overflowNotice({ overflow }: StreamedRuleResult, language: Language): string {
  if (!overflow) return '';
  const words = OVERFLOW_STRINGS[language];
  return fill(overflow.hidden === 1 ? words.one : words.many, {
    count: overflow.hidden,
    hidden: severityCounts(overflow.hiddenBySeverity, language, String),
    limit: overflow.limit,
  });
}
