/**
 * Renderers of a comparison for the CLI: plain text for terminals (`sip-lens compare 486 600`)
 * and the stable JSON contract (`sip-lens compare 486 600 --json`). Labels come from
 * compare.ts's COMPARISON_HEADINGS in the language asked for; the comparison's own text is already in it.
 */
import type { Language } from './language';
import { codeCard } from './card';
import { cardText, underlineFor } from './card-text';
import { comparisonHeadings, type Comparison } from './compare';
import { COMPARE_TEXT_STRINGS } from './compare-text-strings';
import { fill } from './l10n';
import type { CatalogEntry } from './types';

/** The JSON contract of `sip-lens compare --json`. Keep field names stable: scripts depend on them. */
export interface ComparisonJson {
  readonly title: string;
  readonly a: CatalogEntry;
  readonly b: CatalogEntry;
  /** One line naming both codes. */
  readonly summary: string;
  /** At least 3 items, the curated pair note first when there is one. */
  readonly keyDifferences: readonly string[];
  /** Sending advice, then reading advice, joined into one paragraph (the model's list items, in order). */
  readonly whenToUse: string;
}

/** The same keys in every language; the values are in `language` (build `c` in it too). */
export function comparisonJson(c: Comparison, language: Language = 'en'): ComparisonJson {
  return {
    title: c.title,
    a: c.a,
    b: c.b,
    summary: c.summary,
    keyDifferences: [...c.keyDifferences],
    whenToUse: fill(COMPARE_TEXT_STRINGS[language].whenToUseParagraph, {
      sendingLabel: comparisonHeadings(language).sendingShort,
      sending: joinSentences(c.whenToUse.sending),
      readingLabel: comparisonHeadings(language).reading,
      reading: joinSentences(c.whenToUse.reading),
    }),
  };
}

/** The page the webview shows, as text: the summary, the differences, when to use which, then each code's card. */
export function comparisonText(c: Comparison, language: Language = 'en'): string {
  const labels = comparisonHeadings(language);
  const listLabel = (label: string) => fill(COMPARE_TEXT_STRINGS[language].listLabel, { label });
  const lines = [
    c.title,
    underlineFor(c.title, '='),
    c.summary,
    '',
    labels.keyDifferences,
    ...c.keyDifferences.map((item, index) => `  ${index + 1}. ${item}`),
    '',
    labels.whenToUse,
    `  ${listLabel(labels.sendingShort)}`,
    ...c.whenToUse.sending.map((item) => `    - ${item}`),
    `  ${listLabel(labels.reading)}`,
    ...c.whenToUse.reading.map((item) => `    - ${item}`),
  ];
  const entries = c.a.code === c.b.code ? [c.a] : [c.a, c.b];
  const cards = entries.map((entry) => cardText(codeCard(entry, language), '-', language));
  return `${lines.join('\n')}\n\n${cards.join('\n')}`;
}

/**
 * Sentences as one paragraph: a space after an English sentence, none after a Chinese one, which
 * ends in full-width punctuation (Chinese text is not spaced between sentences).
 */
function joinSentences(sentences: readonly string[]): string {
  return sentences.reduce(
    (text, sentence) => (text === '' ? sentence : `${text}${FULL_WIDTH_END.test(text) ? '' : ' '}${sentence}`),
    '',
  );
}

const FULL_WIDTH_END = /[。！？；：）」』”]$/u;
