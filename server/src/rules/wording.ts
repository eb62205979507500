import {
  explain,
  getEntry,
  isRegistered,
  isStatusCodeNumber,
  rfcSectionUrl,
  withoutTrailingDots,
  type CatalogEntry,
} from '../../../catalog/src/index';
import { sentence } from '../../../catalog/src/words';
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
  const phrase = registeredPhrase ?? cleanPhrase(sentPhrase) ?? entryFor(code)?.reasonPhrase;
  return phrase ? `${code} ${phrase}` : String(code);
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

/** " Fix: …" from the catalog's one-line advice, or nothing when the catalog has none yet. */
export function fixSuffix(code: number): string {
  const shortFix = entryFor(code)?.shortFix;
  return shortFix ? ` Fix: ${sentence(shortFix)}` : '';
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
