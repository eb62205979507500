/**
 * SDP offer and answer (RFC 3264 §4–5, with SIP's placement rules of RFC 3261 §13.2.1 and RFC 3262,
 * RFC 3311 for UPDATE). Per Call-ID, in log order:
 *   - a request with SDP answers the offer pending from the other side's response (an ACK after an
 *     offer in a 2xx, a PRACK after an offer in a reliable 18x); otherwise it makes an offer
 *     (INVITE, re-INVITE, UPDATE, PRACK);
 *   - a response with SDP to a request that made an offer is the answer: the 2xx, or a reliable 18x
 *     (RFC 3262). An unreliable 18x with SDP may carry the same answer early (§13.2.1 allows the
 *     answer in provisional responses sent before it), and a 2xx after a reliable 18x repeats it:
 *     both are marked answer too;
 *   - a non-failure response with SDP to an INVITE that had none is the offer, answered in the ACK
 *     (or the PRACK of a reliable 18x).
 * Failure responses are left unmarked: a non-2xx final response ends the INVITE without an answer.
 */
import type { SipMessage } from '../analysis/types';

export type SdpRole = 'offer' | 'answer';

interface DialogState {
  /** Transactions (CSeq number + method) whose request made an offer: their SDP responses answer it. */
  readonly requestOffers: Set<string>;
  /** An offer made in a response, waiting for the ACK or PRACK. */
  responseOffer: boolean;
}

const OFFERING_REQUESTS = new Set(['INVITE', 'UPDATE', 'PRACK']);

export class OfferAnswer {
  private readonly dialogs = new Map<string, DialogState>();

  /** The role of one message's SDP, when it carries SDP (`reliable`: a 18x with RSeq or Require: 100rel). */
  roleOf(message: SipMessage, carriesSdp: boolean, reliable: boolean): SdpRole | undefined {
    if (!carriesSdp) return undefined;
    const key = message.callId ?? '';
    let state = this.dialogs.get(key);
    if (state === undefined) {
      state = { requestOffers: new Set(), responseOffer: false };
      this.dialogs.set(key, state);
    }
    const transaction = `${message.cseqNumber ?? ''} ${message.cseqMethod ?? message.method ?? ''}`;
    return message.kind === 'request'
      ? requestRole(state, message, transaction)
      : responseRole(state, message, transaction, reliable);
  }
}

function requestRole(state: DialogState, message: SipMessage, transaction: string): SdpRole | undefined {
  const method = message.method ?? '';
  if (state.responseOffer && (method === 'ACK' || method === 'PRACK')) {
    state.responseOffer = false;
    return 'answer';
  }
  if (!OFFERING_REQUESTS.has(method)) return undefined;
  state.requestOffers.add(transaction);
  return 'offer';
}

function responseRole(
  state: DialogState,
  message: SipMessage,
  transaction: string,
  reliable: boolean,
): SdpRole | undefined {
  const code = message.statusCode ?? 0;
  if (code <= 100 || code >= 300) return undefined;
  // SDP in the 2xx after an answer in a reliable 18x repeats that answer: the offer was answered once.
  if (state.requestOffers.has(transaction)) return 'answer';
  if (message.cseqMethod !== 'INVITE' || !(code >= 200 || reliable)) return undefined;
  state.responseOffer = true;
  return 'offer';
}
