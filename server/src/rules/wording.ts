import {
  explain,
  getEntry,
  isRegistered,
  isStatusCodeNumber,
  rfcSectionUrl,
  withoutTrailingDots,
  type CatalogEntry,
} from '../../../catalog/src/index';
import type { SipMessage } from '../analysis/types';
import type { RelatedLocation } from './check';

/**
 * The catalog entry for a code. Registered codes only ever get their own entry: a class-level
 * stand-in would call a registered code "unregistered".
 */
export function entryFor(code: number): CatalogEntry | undefined {
  return getEntry(code) ?? (isRegistered(code) ? undefined : explain(code));
}

/**
 * "486 Busy Here": the registered phrase for registered codes, so the message names the code
 * the way the RFC does; the phrase as sent for private codes, whose meaning is the sender's.
 */
export function codeLabel(code: number, sentPhrase: string | undefined): string {
  const registeredPhrase = isRegistered(code) ? getEntry(code)?.reasonPhrase : undefined;
  // Clipped: a vendor's free-text phrase must not push the fact out of a Problems row.
  const phrase = registeredPhrase ?? clipped(cleanPhrase(sentPhrase)) ?? entryFor(code)?.reasonPhrase;
  return phrase ? `${code} ${phrase}` : String(code);
}

function clipped(phrase: string | undefined): string | undefined {
  return phrase !== undefined && phrase.length > 28 ? `${phrase.slice(0, 27)}…` : phrase;
}

/** A phrase as written, minus ngrep's CR dot and surrounding blanks; undefined when empty. */
export function cleanPhrase(phrase: string | undefined): string | undefined {
  const cleaned = phrase === undefined ? undefined : withoutTrailingDots(phrase).trim();
  return cleaned ? cleaned : undefined;
}

/** Where the code is defined: the catalog's link, else the RFC 3261 section that covers it. */
export function codeHref(code: number): string {
  const entry = entryFor(code);
  if (entry) return entry.rfcUrl;
  if (!isStatusCodeNumber(code)) return rfcSectionUrl(3261, '7.2');
  return isRegistered(code) ? rfcSectionUrl(3261, `21.${Math.floor(code / 100)}`) : rfcSectionUrl(3261, '8.1.3.2');
}

/** The longest diagnostic message: a Problems row shows about this much before it cuts the text. */
export const MESSAGE_LIMIT = 100;

/** The catalog's one-line advice for a code ("callee busy on this device: check DND…"), if it has one. */
export function catalogShortFix(code: number): string | undefined {
  return entryFor(code)?.shortFix || undefined;
}

/**
 * What happened, from a catalog short fix: the part before its first colon ("callee busy on this
 * device"), or undefined when the advice has no such part.
 */
export function gistOf(shortFix: string | undefined): string | undefined {
  const colon = shortFix?.indexOf(': ') ?? -1;
  return shortFix !== undefined && colon > 0 ? shortFix.slice(0, colon) : undefined;
}

/**
 * `head` followed by as many of `extras` as fit in MESSAGE_LIMIT, in order: the fact comes
 * first, the explanation only while the row has room. The head is never cut: it names the code.
 */
export function fitted(head: string, ...extras: ReadonlyArray<string | undefined>): string {
  let message = head;
  for (const extra of extras) {
    if (extra && message.length + extra.length <= MESSAGE_LIMIT) message += extra;
  }
  return message;
}

/** `head` with the first of `alternatives` that fits in MESSAGE_LIMIT (the fullest first), or alone. */
export function withFirstFitting(head: string, ...alternatives: readonly string[]): string {
  return fitted(
    head,
    alternatives.find((alternative) => head.length + alternative.length <= MESSAGE_LIMIT),
  );
}

/** "INVITE (CSeq 102)", the short name of a request in a Problems row. */
export function requestName(method: string | undefined, cseqNumber: number | undefined): string {
  return withCSeq(method ?? 'the request', cseqNumber);
}

/**
 * "the INVITE transaction (CSeq 1)", or the name alone when the CSeq is unknown: the one way
 * findings and hovers tell which request of a call they mean.
 */
export function withCSeq(name: string, cseqNumber: number | undefined): string {
  return cseqNumber === undefined ? name : `${name} (CSeq ${cseqNumber})`;
}

/** The request's start line, as the related location of a response finding. */
export function requestLocation(request: SipMessage | undefined): RelatedLocation | undefined {
  if (!request) return undefined;
  return {
    offset: request.startOffset,
    length: request.startLineEnd - request.startOffset,
    message: `${withCSeq(request.method ?? 'Request', request.cseqNumber)} answered by this response`,
  };
}

/** The method a response answers: its CSeq method, else its request's method. */
export function answeredMethod(response: SipMessage, request: SipMessage | undefined): string | undefined {
  return response.cseqMethod ?? request?.method;
}
