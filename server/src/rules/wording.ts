import {
  explain,
  getEntry,
  isRegistered,
  isStatusCodeNumber,
  rfcSectionUrl,
  withoutTrailingDots,
  type CatalogEntry,
} from '../../../catalog/src/index';
import { fill, messageWidth } from '../../../catalog/src/l10n';
import type { Language } from '../../../catalog/src/language';
import type { SipMessage } from '../analysis/types';
import type { RelatedLocation } from './check';
import { FINDING_STRINGS } from './rule-strings';

/**
 * The catalog entry for a code. Registered codes only ever get their own entry: a class-level
 * stand-in would call a registered code "unregistered".
 */
export function entryFor(code: number, language: Language = 'en'): CatalogEntry | undefined {
  return getEntry(code, language) ?? (isRegistered(code) ? undefined : explain(code, language));
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

/** One of the rules' own strings (rule-strings.ts). */
export type FindingKey = keyof (typeof FINDING_STRINGS)['en'];

/**
 * A rule string in `language`, its `{name}` placeholders filled. Chinese templates put a space on
 * both sides of a placeholder (right when the value is Latin: "质询了 INVITE"); where the value
 * begins or ends with Chinese or full-width punctuation instead, that space goes ("质询了请求",
 * "重试（CSeq 2）收到"), as Chinese typography has no space there. The value itself is never changed.
 */
export function say(
  language: Language,
  key: FindingKey,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return fill(FINDING_STRINGS[language][key], values);
}

/** The catalog's one-line advice for a code ("callee busy on this device: check DND…"), if it has one. */
export function catalogShortFix(code: number, language: Language = 'en'): string | undefined {
  return entryFor(code, language)?.shortFix || undefined;
}

/**
 * What happened, from a catalog short fix: the part before its first colon ("callee busy on this
 * device"; in Chinese the full-width colon, "被叫在这台设备上忙"), or undefined when the advice has no such part.
 */
export function gistOf(shortFix: string | undefined, language: Language = 'en'): string | undefined {
  const colon = shortFix?.indexOf(language === 'en' ? ': ' : '：') ?? -1;
  return shortFix !== undefined && colon > 0 ? shortFix.slice(0, colon) : undefined;
}

/** The catalog gist of `shortFix` as an extra for `fitted` (": callee busy…"), or undefined. */
export function gistExtra(shortFix: string | undefined, language: Language): string | undefined {
  const gist = gistOf(shortFix, language);
  return gist && say(language, 'gist', { gist });
}

/**
 * `head` followed by as many of `extras` as fit in MESSAGE_LIMIT, in order: the fact comes
 * first, the explanation only while the row has room. The head is never cut: it names the code.
 */
export function fitted(language: Language, head: string, ...extras: ReadonlyArray<string | undefined>): string {
  let message = head;
  let width = messageWidth(head, language);
  for (const extra of extras) {
    const extraWidth = extra ? messageWidth(extra, language) : 0;
    if (extra && width + extraWidth <= MESSAGE_LIMIT) {
      message += extra;
      width += extraWidth;
    }
  }
  return message;
}

/** `head` with the first of `alternatives` that fits in MESSAGE_LIMIT (the fullest first), or alone. */
export function withFirstFitting(language: Language, head: string, ...alternatives: readonly string[]): string {
  const width = messageWidth(head, language);
  return fitted(
    language,
    head,
    alternatives.find((alternative) => width + messageWidth(alternative, language) <= MESSAGE_LIMIT),
  );
}

/** "INVITE (CSeq 102)", the short name of a request in a Problems row. */
export function requestName(
  method: string | undefined,
  cseqNumber: number | undefined,
  language: Language = 'en',
): string {
  return withCSeq(method ?? say(language, 'theRequest'), cseqNumber, language);
}

/**
 * "the INVITE transaction (CSeq 1)", or the name alone when the CSeq is unknown: the one way
 * findings and hovers tell which request of a call they mean. "INVITE（CSeq 1）" in Chinese.
 */
export function withCSeq(name: string, cseqNumber: number | undefined, language: Language = 'en'): string {
  return cseqNumber === undefined ? name : say(language, 'withCSeq', { name, cseq: cseqNumber });
}

/** The request's start line, as the related location of a response finding. */
export function requestLocation(
  request: SipMessage | undefined,
  language: Language = 'en',
): RelatedLocation | undefined {
  if (!request) return undefined;
  return {
    offset: request.startOffset,
    length: request.startLineEnd - request.startOffset,
    message: say(language, 'answeredByThis', {
      request: withCSeq(request.method ?? say(language, 'request'), request.cseqNumber, language),
    }),
  };
}

/** The method a response answers: its CSeq method, else its request's method. */
export function answeredMethod(response: SipMessage, request: SipMessage | undefined): string | undefined {
  return response.cseqMethod ?? request?.method;
}
