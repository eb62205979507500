/** What the scanners report before the message model assigns each find to a message. */
import type { OccurrenceKind } from './types';

export interface FoundCode {
  readonly offset: number;
  readonly code: number;
  readonly kind: OccurrenceKind;
  readonly phrase?: string;
}

export interface FoundQ850 {
  readonly offset: number;
  readonly length: number;
  readonly cause: number;
}
