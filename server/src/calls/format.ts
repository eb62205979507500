/** How a call's facts read in a list: durations in ms or s, a party as its user (or display name). */
import type { Language } from '../../../catalog/src/language';
import { fill } from '../../../catalog/src/l10n';
import type { Party } from '../analysis/parties';
import { CALL_LIST_STRINGS } from './calls-strings';

/** Below a second in whole milliseconds (`754 ms`), from a second on in seconds with ms (`3.878 s`). */
export function formatDuration(ms: number | undefined, language: Language = 'en'): string | undefined {
  if (ms === undefined) return undefined;
  const strings = CALL_LIST_STRINGS[language];
  if (Math.abs(ms) < 1000) return fill(strings.milliseconds, { value: Math.round(ms) });
  return fill(strings.seconds, { value: (Math.round(ms) / 1000).toFixed(3) });
}

/** The user part, else the display name, else undefined. */
export function partyText(party: Party | undefined): string | undefined {
  return party?.user ?? party?.display;
}
