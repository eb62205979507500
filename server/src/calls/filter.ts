/**
 * Which calls a list shows: by state (`failed` names every failure state) and by free text matched
 * against what an engineer types to find a call: a number or user, a Call-ID, a code, a state.
 */
import type { Language } from '../../../catalog/src/language';
import { CALL_STATE_LABELS } from './calls-strings';
import { CALL_STATES, FAILED_STATES, type CallState, type CallSummary } from './types';

/** `failed`, a state (`busy`, `no-answer`) or a comma-separated list of them; undefined for a word that is none. */
export function parseStateFilter(value: string): ReadonlySet<CallState> | undefined {
  const states = new Set<CallState>();
  for (const word of value.split(',')) {
    const name = word.trim().toLowerCase().replace(/ /gu, '-');
    if (name === 'failed') FAILED_STATES.forEach((state) => states.add(state));
    else if ((CALL_STATES as readonly string[]).includes(name)) states.add(name as CallState);
    else return undefined;
  }
  return states;
}

/** True when the call passes both filters (each optional); text matches case-insensitively. */
export function matchesCall(
  summary: CallSummary,
  states: ReadonlySet<CallState> | undefined,
  text: string | undefined,
  language: Language = 'en',
): boolean {
  if (states !== undefined && !states.has(summary.state)) return false;
  if (text === undefined || text === '') return true;
  const needle = text.toLowerCase();
  return searchableFields(summary, language).some((field) => field.toLowerCase().includes(needle));
}

function searchableFields(summary: CallSummary, language: Language): string[] {
  const fields = [summary.callId, summary.state, CALL_STATE_LABELS[language][summary.state]];
  for (const value of [
    summary.from?.user,
    summary.from?.display,
    summary.to?.user,
    summary.to?.display,
    summary.requestUri,
    summary.finalCode?.toString(),
  ])
    if (value !== undefined) fields.push(value);
  return fields;
}
