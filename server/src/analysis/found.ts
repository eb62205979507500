/** A status code found by a text scanner, before it is attached to a message. */
import type { OccurrenceKind } from './types';

export interface FoundCode {
  readonly offset: number;
  readonly code: number;
  readonly kind: OccurrenceKind;
  readonly phrase?: string;
}
