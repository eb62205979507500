/**
 * The "Compare SIP codes" model: two catalog entries side by side, a one-line summary, the
 * differences that matter in practice and advice for both ends of the wire. Pure data built
 * only from the catalog API, so the webview, the CLI and the tests share one answer. Every string
 * is in the language asked for; the words are in compare-strings.ts and compare-differences-strings.ts.
 */
import type { Language } from './language';
import { explain, isStatusCodeNumber, MAX_STATUS_CODE, MIN_STATUS_CODE, pairNote } from './index';
import type { CatalogEntry } from './types';
import { codeLabel } from './card';
import { keyDifferences, senders } from './compare-differences';
import { COMPARISON_HEADINGS, COMPARISON_WORDS, SEND_WHEN } from './compare-strings';
import { firstSentence, say, sentence } from './words';

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

/** The reference page's headings of a comparison (主要区别, 何时使用哪个, ...), for the surfaces that render one. */
export function comparisonHeadings(language: Language = 'en'): (typeof COMPARISON_HEADINGS)['en'] {
  return COMPARISON_HEADINGS[language];
}

/**
 * Compares two status codes. Any number from 100 to 699 is accepted (unknown ones get the
 * catalog's class-level answer); the same code twice is a valid, if dull, comparison.
 */
export function compareCodes(a: number, b: number, language: Language = 'en'): Comparison | ComparisonError {
  const invalid = [a, b].find((code) => !isStatusCodeNumber(code));
  if (invalid !== undefined) return { error: notAStatusCode(String(invalid), language) };
  const entryA = explain(a, language);
  const entryB = explain(b, language);
  if (!entryA) return { error: missingEntry(a, language) };
  if (!entryB) return { error: missingEntry(b, language) };
  return buildComparison(entryA, entryB, a === b ? undefined : pairNote(a, b, language), language);
}

/**
 * The comparison of two resolved entries, looked up in `language`; exported so tests can feed it
 * any entries.
 */
export function buildComparison(
  a: CatalogEntry,
  b: CatalogEntry,
  note: string | undefined,
  language: Language = 'en',
): Comparison {
  return {
    a,
    b,
    title: say(COMPARISON_WORDS, language, 'title', { a: codeLabel(a), b: codeLabel(b) }),
    summary: summaryLine(a, b, language),
    keyDifferences: keyDifferences(a, b, note, language),
    whenToUse: { sending: sendingAdvice(a, b, language), reading: readingAdvice(a, b, language) },
  };
}

/** The message users see for input that is not a status code. */
export function notAStatusCode(input: string, language: Language = 'en'): string {
  const shown = input.length > 20 ? `${input.slice(0, 20)}…` : input;
  return say(COMPARISON_WORDS, language, 'notAStatusCode', { shown, min: MIN_STATUS_CODE, max: MAX_STATUS_CODE });
}

function missingEntry(code: number, language: Language): string {
  return say(COMPARISON_WORDS, language, 'missingEntry', { code });
}

function classLabel(entry: CatalogEntry, language: Language): string {
  return say(COMPARISON_WORDS, language, 'classLabel', { codeClass: entry.class, className: entry.className });
}

function summaryLine(a: CatalogEntry, b: CatalogEntry, language: Language): string {
  if (a.code === b.code) {
    return say(COMPARISON_WORDS, language, 'summarySameCode', {
      a: a.code,
      b: b.code,
      classLabel: classLabel(a, language),
    });
  }
  if (a.class === b.class) {
    return say(COMPARISON_WORDS, language, 'summarySameClass', {
      a: a.code,
      b: b.code,
      classLabel: classLabel(a, language),
    });
  }
  return say(COMPARISON_WORDS, language, 'summaryDifferentClasses', {
    a: a.code,
    classA: classLabel(a, language),
    b: b.code,
    classB: classLabel(b, language),
  });
}

function sendingAdvice(a: CatalogEntry, b: CatalogEntry, language: Language): string[] {
  const meaning = (entry: CatalogEntry) =>
    say(COMPARISON_WORDS, language, 'meaning', {
      label: codeLabel(entry),
      description: firstSentence(entry.description, language),
    });
  const sendIt = (entry: CatalogEntry) =>
    say(COMPARISON_WORDS, language, 'sendIt', { meaning: meaning(entry), when: SEND_WHEN[language][entry.class] });
  if (a.code === b.code) return [sendIt(a)];
  // One class: its advice is said once, as its own item, rather than repeated under each code.
  if (a.class === b.class) {
    const either = say(COMPARISON_WORDS, language, 'sendEither', {
      codeClass: a.class,
      when: SEND_WHEN[language][a.class],
    });
    return [meaning(a), meaning(b), either];
  }
  return [sendIt(a), sendIt(b)];
}

function readingAdvice(a: CatalogEntry, b: CatalogEntry, language: Language): string[] {
  const advice = (entry: CatalogEntry) =>
    say(COMPARISON_WORDS, language, 'readIt', {
      code: entry.code,
      senders: senders(entry, language),
      shortFix: sentence(entry.shortFix, language),
    });
  return a.code === b.code ? [advice(a)] : [advice(a), advice(b)];
}
