/**
 * Retransmissions (RFC 3261 §17): a client transaction resends its request unchanged (Timer A/E),
 * and a server transaction resends its final response to an INVITE (Timer G) and its last response
 * to each retransmitted request. A copy is the same request (Call-ID, method, CSeq, top Via branch,
 * §17.2.3's matching) or the same response (status code, CSeq, To tag, top Via branch) between the
 * same two columns. The same message seen on two hops differs in its top Via branch (each proxy adds
 * its own, §16.6 step 8), so it is never taken for a copy.
 */
import type { SipMessage } from '../analysis/types';

export interface Grouping {
  /** For each arrow: the index of the first arrow of its group, or undefined when it is the first. */
  readonly retransmissionOf: Array<number | undefined>;
  /** For each first arrow: how many copies follow it. */
  readonly repeats: number[];
}

/** Without a top Via branch (RFC 2543 peers) nothing tells a copy from a new request: never grouped. */
function copyKey(message: SipMessage, from: number, to: number): string | undefined {
  if (message.viaBranch === undefined || message.callId === undefined) return undefined;
  const common = `${message.callId}\u0000${message.cseqNumber ?? ''}\u0000${message.cseqMethod ?? ''}\u0000${message.viaBranch}\u0000${from}>${to}`;
  return message.kind === 'request'
    ? `q\u0000${message.method ?? ''}\u0000${common}`
    : `s\u0000${message.statusCode ?? ''}\u0000${message.toTag ?? ''}\u0000${common}`;
}

export function groupRetransmissions(
  messages: readonly SipMessage[],
  columns: ReadonlyArray<{ from: number; to: number }>,
): Grouping {
  const firstByKey = new Map<string, number>();
  const retransmissionOf: Array<number | undefined> = [];
  const repeats = new Array<number>(messages.length).fill(0);
  messages.forEach((message, i) => {
    const placed = columns[i] as { from: number; to: number };
    const key = copyKey(message, placed.from, placed.to);
    const first = key === undefined ? undefined : firstByKey.get(key);
    if (first === undefined) {
      if (key !== undefined) firstByKey.set(key, i);
      retransmissionOf.push(undefined);
      return;
    }
    retransmissionOf.push(first);
    repeats[first] = (repeats[first] as number) + 1;
  });
  return { retransmissionOf, repeats };
}
