/**
 * The catalog's reason phrases as the mention scanner reads them after a code (`488 Not
 * Acceptable Here`): one alternation built once from the registered phrases and aliases, and the
 * check that a matched phrase belongs to the code in front of it.
 */
import { allEntries, isKnownPhrase } from '../../../catalog/src/index';

/**
 * Phrases too generic to tie a number to SIP: `499 Error` is also nginx's "client closed
 * request" in HTTP logs.
 */
const TOO_GENERIC = new Set(['error']);

/**
 * One-word phrases a count can be followed by in plain English (`202 accepted`, `410 gone`,
 * `182 queued`, `200 ok`) are only taken capitalised as a server prints them; `ringing` and
 * `trying` are not count words and are taken in any case (`Progress: 180 ringing`).
 */
const ANY_CASE_SINGLE_WORDS = new Set(['ringing', 'trying']);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

/** A phrase as a pattern: words joined by one blank or hyphen (`Server Time-out`, `Server Time out`). */
function phrasePattern(phrase: string): string {
  return phrase
    .split(/[ -]/u)
    .filter((word) => word.length > 0)
    .map(escapeRegExp)
    .join('[ \\t-]');
}

function knownPhrases(): string[] {
  const phrases = new Set<string>();
  for (const entry of allEntries()) {
    for (const phrase of [entry.reasonPhrase, ...entry.aliases]) {
      if (!TOO_GENERIC.has(phrase.toLowerCase())) phrases.add(phrase);
    }
  }
  // Longest first, so `Not Acceptable Here` is tried before `Not Acceptable`.
  return [...phrases].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

const KNOWN_CODES = new Set(allEntries().map((entry) => entry.code));

/** Every known phrase, as one non-capturing alternation (case is judged by the joined expression's flag). */
export const PHRASE_ALTERNATION = `(?:${knownPhrases().map(phrasePattern).join('|')})`;

/**
 * Codes whose SIP phrase is also HTTP's (RFC 9110 §15, RFC 2616 §10): `404 Not Found` or `503
 * Service Unavailable` in a docker or curl error is HTTP. Such a pair counts only on a line that
 * names SIP. 500 and 504 differ (`Internal Server Error`, `Gateway Timeout`), as does 505's.
 */
const SHARED_WITH_HTTP = new Set([
  200, 202, 300, 301, 302, 305, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 413, 414, 415, 501, 502,
  503,
]);

/** True when `code` followed by its phrase could be an HTTP status as well as a SIP one. */
export function isSharedWithHttp(code: number): boolean {
  return SHARED_WITH_HTTP.has(code);
}

/** True when `phrase`, found right after `code`, is that code's own phrase written as servers write it. */
export function isOwnPhrase(code: number, phrase: string): boolean {
  if (!KNOWN_CODES.has(code) || !isKnownPhrase(code, phrase)) return false;
  if (/[ \t-]/u.test(phrase) || ANY_CASE_SINGLE_WORDS.has(phrase.toLowerCase())) return true;
  const first = phrase.charAt(0);
  return first === first.toUpperCase();
}
