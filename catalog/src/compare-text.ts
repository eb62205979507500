/**
 * Renderers of a comparison for the CLI: plain text for terminals (`sip-lens compare 486 600`)
 * and the stable JSON contract (`sip-lens compare 486 600 --json`).
 */
import type { Language } from './language';
import { codeCard } from './card';
import { cardText } from './card-text';
import type { Comparison } from './compare';
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

export function comparisonJson(c: Comparison): ComparisonJson {
  return {
    title: c.title,
    a: c.a,
    b: c.b,
    summary: c.summary,
    keyDifferences: [...c.keyDifferences],
    whenToUse: `Sending or configuring: ${c.whenToUse.sending.join(' ')} Reading a log: ${c.whenToUse.reading.join(' ')}`,
  };
}

/** The page the webview shows, as text: the summary, the differences, when to use which, then each code's card. */
export function comparisonText(c: Comparison, locale?: Language): string {
  const lines = [
    c.title,
    '='.repeat(c.title.length),
    c.summary,
    '',
    'Key differences',
    ...c.keyDifferences.map((item, index) => `  ${index + 1}. ${item}`),
    '',
    'When to use which',
    '  Sending or configuring:',
    ...c.whenToUse.sending.map((item) => `    - ${item}`),
    '  Reading a log:',
    ...c.whenToUse.reading.map((item) => `    - ${item}`),
  ];
  const entries = c.a.code === c.b.code ? [c.a] : [c.a, c.b];
  const cards = entries.map((entry) => cardText(codeCard(entry, locale), '-'));
  return `${lines.join('\n')}\n\n${cards.join('\n')}`;
}
