/**
 * The hover's and the code actions' view of analysis/lookup's `occurrenceAt`: a status code or a
 * Q.850 cause under the cursor, where a caret just past the last digit still counts.
 */
import { isQ850Occurrence, occurrenceAt } from '../analysis/lookup';
import type { Analysis, Occurrence, Q850Occurrence } from '../analysis/types';

/** The status code whose three digits contain `offset` or end exactly at it. */
export function statusCodeAt(analysis: Analysis, offset: number): Occurrence | undefined {
  const found = occurrenceAt(analysis, offset, { includeEnd: true });
  return found && !isQ850Occurrence(found) ? found : undefined;
}

/** The Q.850 cause whose digits contain `offset` or end exactly at it. */
export function q850At(analysis: Analysis, offset: number): Q850Occurrence | undefined {
  const found = occurrenceAt(analysis, offset, { includeEnd: true });
  return found && isQ850Occurrence(found) ? found : undefined;
}
