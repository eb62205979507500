/**
 * What the leg search (flow/legs.ts) reads of every call, taken from a stream: the vectors of each
 * call's opening request and first 2xx, and the facts of its first INVITE, read while their window's
 * text is at hand. A call's facts are kept while it is open (a few strings) and handed on when it
 * closes, so the flow's suggestions need no more memory than the open calls (the CLI spills them).
 */
import type { SipMessage } from '../analysis/types';
import { inviteFactsOf, isAnswer, LegVectors, type InviteFacts, type LegFacts } from '../flow/legs';
import { localMessage } from './summaryFacts';
import type { WindowFacts } from './types';

/** One call's leg facts, with its first INVITE's. */
export interface StreamLegFacts extends LegFacts {
  readonly invite?: InviteFacts;
}

interface OpenLeg {
  readonly order: number;
  readonly vectors: LegVectors;
  sawRequest: boolean;
  sawAnswer: boolean;
  invite?: InviteFacts;
}

export class LegFactsReader {
  private readonly open = new Map<string, OpenLeg>();
  private previousEnd = 0;

  /** Reads the key messages of `window`: call it for each window, in order (CallStream's onWindow). */
  read(window: WindowFacts): void {
    const { text, lines, base } = window.source;
    for (const message of window.messages) {
      const callId = message.callId;
      const floor = this.previousEnd;
      this.previousEnd = message.endOffset;
      if (callId === undefined) continue;
      let leg = this.open.get(callId);
      if (leg === undefined) {
        leg = { order: message.streamIndex, vectors: new LegVectors(), sawRequest: false, sawAnswer: false };
        this.open.set(callId, leg);
      }
      const opening = message.kind === 'request' && !leg.sawRequest;
      const answer = !leg.sawAnswer && isAnswer(message);
      const invite = leg.invite === undefined && message.method === 'INVITE';
      if (!opening && !answer && !invite) continue;
      // Message 1 of a list whose message 0 ends where the log's message before it ends (the window holds
      // ten lines above each message, more than a banner is ever above one: messageFacts.ts).
      const local = { ...localMessage(message, base), index: 1 };
      if (opening || answer) leg.vectors.read(text, local);
      leg.sawRequest ||= opening;
      leg.sawAnswer ||= answer;
      if (invite) leg.invite = inviteFactsOf(text, lines, [floorMessage(floor - base), local], local);
    }
  }

  /** The facts of a call that has closed (CallStream's onClose); its reading starts afresh if it comes back. */
  close(callId: string): StreamLegFacts | undefined {
    const leg = this.open.get(callId);
    if (leg === undefined) return undefined;
    this.open.delete(callId);
    const facts = { callId, order: leg.order, ...leg.vectors.facts() };
    return leg.invite === undefined ? facts : { ...facts, invite: leg.invite };
  }
}

/** A stand-in for the message before: only its end is read. Above the window, the window's start. */
export function floorMessage(end: number): SipMessage {
  return {
    index: 0,
    startOffset: 0,
    endOffset: Math.max(0, end),
    startLineEnd: 0,
    kind: 'request',
    reasons: [],
    hasCredentials: false,
    format: 'raw',
  };
}
