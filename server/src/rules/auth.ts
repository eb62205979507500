import type { SipMessage } from '../analysis/types';
import type { FlowIndex } from './flow-index';

/** What became of a 401/407 challenge, judged from the rest of the log. */
export type ChallengeOutcome =
  /** The client retried with credentials and the retry did not end the same way (or a retry chain succeeded). */
  | {
      readonly kind: 'answered';
      readonly retry: SipMessage;
      readonly retryFinal?: SipMessage;
      readonly reChallenge: boolean;
    }
  /** The challenged request already carried credentials, and no retry after it succeeded. */
  | { readonly kind: 'rejected' }
  /** No retry with credentials, or one refused the same way: an ordinary 4xx failure. */
  | { readonly kind: 'unanswered'; readonly retry?: SipMessage };

export interface Challenge {
  readonly responseIndex: number;
  readonly response: SipMessage;
  readonly callId: string;
  readonly cseqNumber: number;
  readonly method: string;
  readonly request: SipMessage | undefined;
}

/**
 * How many later credentialed requests to look at for a retry. The first one after the
 * challenge is almost always it; the bound keeps pathological logs linear.
 */
const RETRY_LOOKAHEAD = 8;
/** How many challenge-retry rounds to follow (401, retry, 401 stale nonce, retry, 200). */
const MAX_ROUNDS = 3;

export function isChallenge(code: number): boolean {
  return code === 401 || code === 407;
}

/**
 * A challenge to a request without credentials is the normal digest handshake when a retry
 * with credentials follows (RFC 3261 §22.2) and that retry did not fail the same way.
 * A challenge to a request that already carried credentials means they were rejected, unless
 * the next retry succeeded: servers re-challenge an expired nonce (digest `stale=true`), and
 * a request may meet a second challenger (a proxy's 407, then the UAS's 401). The model does
 * not keep the WWW-Authenticate header, so "a later retry succeeded" is the evidence used.
 * A challenge to a request without credentials that was retried with credentials was the normal
 * challenge even when the retry was challenged again: the rejection is the retry's own
 * 401/407, judged (and reported) on its own, so one refused password gives one finding.
 */
export function judgeChallenge(index: FlowIndex, challenge: Challenge): ChallengeOutcome {
  const hadCredentials = challenge.request?.hasCredentials === true;
  const retry = findRetry(index, challenge, hadCredentials);
  if (!retry) return hadCredentials ? { kind: 'rejected' } : { kind: 'unanswered' };
  const retryFinal = finalResponseOf(index, retry);
  if (hadCredentials) {
    return retrySucceeds(index, retry, MAX_ROUNDS) ? answered(retry, retryFinal, true) : { kind: 'rejected' };
  }
  return answered(retry, retryFinal, false);
}

function answered(retry: SipMessage, retryFinal: SipMessage | undefined, reChallenge: boolean): ChallengeOutcome {
  return retryFinal ? { kind: 'answered', retry, retryFinal, reChallenge } : { kind: 'answered', retry, reChallenge };
}

/** True when the retry got a 2xx, directly or after further challenge-and-retry rounds. */
function retrySucceeds(index: FlowIndex, retry: SipMessage, roundsLeft: number): boolean {
  const final = finalResponseOf(index, retry);
  const code = final?.statusCode;
  if (!final || code === undefined) return false;
  if (code >= 200 && code < 300) return true;
  if (!isChallenge(code) || roundsLeft <= 1) return false;
  const { callId, cseqNumber } = retry;
  const method = retry.method;
  if (callId === undefined || cseqNumber === undefined || method === undefined) return false;
  const next = findRetry(
    index,
    { responseIndex: final.index, response: final, callId, cseqNumber, method, request: retry },
    true,
  );
  return next !== undefined && retrySucceeds(index, next, roundsLeft - 1);
}

function findRetry(index: FlowIndex, challenge: Challenge, hadCredentials: boolean): SipMessage | undefined {
  const candidates = index.credentialedRequests(challenge.callId, challenge.method);
  const start = firstAfter(candidates, challenge.responseIndex);
  const end = Math.min(candidates.length, start + RETRY_LOOKAHEAD);
  for (let i = start; i < end; i++) {
    const candidate = index.messages[candidates[i] as number];
    if (candidate && isRetryOf(candidate, challenge, hadCredentials)) return candidate;
  }
  return undefined;
}

/**
 * RFC 3261 §22.2 has the retry use a higher CSeq; some stacks keep the CSeq and open a new
 * branch instead. A same-CSeq request is a retry, not a retransmission, when it adds
 * credentials the challenged one lacked or when it went out on another branch.
 */
function isRetryOf(candidate: SipMessage, challenge: Challenge, hadCredentials: boolean): boolean {
  const cseq = candidate.cseqNumber;
  if (cseq === undefined || cseq < challenge.cseqNumber) return false;
  if (cseq > challenge.cseqNumber) return true;
  if (!hadCredentials) return true;
  const before = challenge.request?.viaBranch;
  return before !== undefined && candidate.viaBranch !== undefined && candidate.viaBranch !== before;
}

function finalResponseOf(index: FlowIndex, request: SipMessage): SipMessage | undefined {
  const final = index.transactionOf(request.index)?.finalResponse;
  return final === undefined ? undefined : index.messages[final];
}

/** Position of the first element greater than `value` in an ascending list. */
function firstAfter(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}
