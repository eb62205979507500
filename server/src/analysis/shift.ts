/**
 * Moving results that follow an edit: the same facts, `delta` characters and `indexDelta`
 * messages further on. New objects with the property order the passes use (one shape each).
 */
import type { Occurrence, Q850Occurrence, SipMessage } from './types';

export function shiftMessage(message: SipMessage, delta: number, indexDelta: number): SipMessage {
  if (delta === 0 && indexDelta === 0) return message;
  return {
    ...message,
    index: message.index + indexDelta,
    startOffset: message.startOffset + delta,
    endOffset: message.endOffset + delta,
    startLineEnd: message.startLineEnd + delta,
  };
}

/** A status-code or Q.850 occurrence moved; one outside any message (messageIndex -1) keeps that. */
export function shiftOccurrence<T extends Occurrence | Q850Occurrence>(
  occurrence: T,
  delta: number,
  indexDelta: number,
): T {
  if (delta === 0 && indexDelta === 0) return occurrence;
  const { messageIndex } = occurrence;
  return {
    ...occurrence,
    offset: occurrence.offset + delta,
    messageIndex: messageIndex < 0 ? messageIndex : messageIndex + indexDelta,
  };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Moves results that were just built for a window of the text, and are not shared with anyone
 * yet, by `delta` characters in place: copying each of them (as `shiftMessage` must for
 * results an older analysis still holds) doubled the garbage of a sliced 50 MB analysis.
 */
export function moveFreshResults(
  messages: readonly SipMessage[],
  occurrences: readonly Occurrence[],
  q850: readonly Q850Occurrence[],
  delta: number,
): void {
  if (delta === 0) return;
  for (const message of messages as Mutable<SipMessage>[]) {
    message.startOffset += delta;
    message.endOffset += delta;
    message.startLineEnd += delta;
  }
  for (const occurrence of occurrences as Mutable<Occurrence>[]) occurrence.offset += delta;
  for (const cause of q850 as Mutable<Q850Occurrence>[]) cause.offset += delta;
}
