/**
 * The "Compare SIP codes" model: two catalog entries side by side, a one-line summary, the
 * differences that matter in practice and advice for both ends of the wire. Pure data built
 * only from the catalog API, so the webview, the CLI and the tests share one answer.
 */
import type { Language } from './language';
import { explain, isStatusCodeNumber, MAX_STATUS_CODE, MIN_STATUS_CODE, pairNote } from './index';
import type { CatalogEntry, CodeClass } from './types';
import { codeLabel } from './card';
import { keyDifferences, senders } from './compare-differences';
import { firstSentence, sentence } from './words';

/** Two codes compared. Every string is plain text: renderers must escape it. */
export interface Comparison {
  readonly a: CatalogEntry;
  readonly b: CatalogEntry;
  /** "486 Busy Here vs 600 Busy Everywhere". */
  readonly title: string;
  /** One line naming both codes and comparing their classes. */
  readonly summary: string;
  /** Numbered-list material; the curated pair note comes first when one exists. Always >= 3 items. */
  readonly keyDifferences: readonly string[];
  /**
   * Advice for the engineer sending/configuring a response and for the one reading a log, as
   * short list items (one per code, or one shared line when both are in one class).
   */
  readonly whenToUse: { readonly sending: readonly string[]; readonly reading: readonly string[] };
}

export interface ComparisonError {
  readonly error: string;
}

export function isComparisonError(value: Comparison | ComparisonError): value is ComparisonError {
  return 'error' in value;
}

/**
 * Compares two status codes. Any number from 100 to 699 is accepted (unknown ones get the
 * catalog's class-level answer); the same code twice is a valid, if dull, comparison.
 */
export function compareCodes(a: number, b: number, locale?: Language): Comparison | ComparisonError {
  const invalid = [a, b].find((code) => !isStatusCodeNumber(code));
  if (invalid !== undefined) return { error: notAStatusCode(String(invalid)) };
  const entryA = explain(a, locale);
  const entryB = explain(b, locale);
  if (!entryA) return { error: missingEntry(a) };
  if (!entryB) return { error: missingEntry(b) };
  return buildComparison(entryA, entryB, a === b ? undefined : pairNote(a, b, locale), locale);
}

/** The comparison of two resolved entries; exported so tests can feed it any entries. */
export function buildComparison(
  a: CatalogEntry,
  b: CatalogEntry,
  note: string | undefined,
  locale?: Language,
): Comparison {
  return {
    a,
    b,
    title: `${codeLabel(a)} vs ${codeLabel(b)}`,
    summary: summaryLine(a, b),
    keyDifferences: keyDifferences(a, b, note, locale),
    whenToUse: { sending: sendingAdvice(a, b), reading: readingAdvice(a, b) },
  };
}

/** The message users see for input that is not a status code. */
export function notAStatusCode(input: string): string {
  const shown = input.length > 20 ? `${input.slice(0, 20)}…` : input;
  return `"${shown}" is not a SIP status code: enter a three-digit number from ${MIN_STATUS_CODE} to ${MAX_STATUS_CODE}, such as 486.`;
}

function missingEntry(code: number): string {
  return `The SIP catalog has no entry for ${code}, so it cannot be compared.`;
}

function classLabel(entry: CatalogEntry): string {
  return `${entry.class} ${entry.className}`;
}

function summaryLine(a: CatalogEntry, b: CatalogEntry): string {
  if (a.code === b.code) return `${a.code} and ${b.code} are the same code: a ${classLabel(a)} response.`;
  if (a.class === b.class) return `${a.code} and ${b.code} are both ${classLabel(a)} responses.`;
  return `${a.code} is a ${classLabel(a)} response, while ${b.code} is a ${classLabel(b)} response.`;
}

/** When to send a response of each class (RFC 3261 §21.1-21.6 and the proxy rules of §16.7). */
const SEND_WHEN: Readonly<Record<CodeClass, string>> = {
  '1xx': 'while the request is still in progress, before its final response',
  '2xx': 'when the request succeeded',
  '3xx':
    'when the caller should try elsewhere: at the addresses you list in Contact, or, for 380, through alternative services you describe in the body',
  '4xx':
    'when the failure is specific to this request or this destination: the caller may correct the request or try other contacts',
  '5xx': 'when your server, not the request, is at fault: the caller may try another server',
  '6xx':
    'only when no other device or destination will do better: a 6xx ends the search, and a forking proxy should cancel its other branches',
};

function sendingAdvice(a: CatalogEntry, b: CatalogEntry): string[] {
  const meaning = (entry: CatalogEntry) => `${codeLabel(entry)}: ${firstSentence(entry.description)}`;
  if (a.code === b.code) return [`${meaning(a)} Send it ${SEND_WHEN[a.class]}.`];
  // One class: its advice is said once, as its own item, rather than repeated under each code.
  if (a.class === b.class) return [meaning(a), meaning(b), `Both are ${a.class}: send either ${SEND_WHEN[a.class]}.`];
  return [`${meaning(a)} Send it ${SEND_WHEN[a.class]}.`, `${meaning(b)} Send it ${SEND_WHEN[b.class]}.`];
}

function readingAdvice(a: CatalogEntry, b: CatalogEntry): string[] {
  const advice = (entry: CatalogEntry) =>
    `In a log, ${entry.code} (usually from ${senders(entry)}) means: ${sentence(entry.shortFix)}`;
  return a.code === b.code ? [advice(a)] : [advice(a), advice(b)];
}
