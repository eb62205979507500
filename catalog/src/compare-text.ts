/**
 * Renderers of a comparison for the CLI: plain text for terminals (`sip-lens compare 486 600`)
 * and the stable JSON contract (`sip-lens compare 486 600 --json`).
 */
import type { CatalogEntry } from './types';
import type { Comparison } from './compare';

/** The JSON contract of `sip-lens compare --json`. Keep field names stable: scripts depend on them. */
export interface ComparisonJson {
  readonly title: string;
  readonly a: CatalogEntry;
  readonly b: CatalogEntry;
  /** One line naming both codes. */
  readonly summary: string;
  /** At least 3 items, the curated pair note first when there is one. */
  readonly keyDifferences: readonly string[];
  /** Sending advice, then reading advice, joined into one paragraph. */
  readonly whenToUse: string;
}

export function comparisonJson(c: Comparison): ComparisonJson {
  return {
    title: c.title,
    a: c.a,
    b: c.b,
    summary: c.summary,
    keyDifferences: [...c.keyDifferences],
    whenToUse: `Sending or configuring: ${c.whenToUse.sending} Reading a log: ${c.whenToUse.reading}`,
  };
}

export function comparisonText(c: Comparison): string {
  const lines = [
    c.title,
    '='.repeat(c.title.length),
    c.summary,
    '',
    'Key differences',
    ...c.keyDifferences.map((item, index) => `  ${index + 1}. ${item}`),
    '',
    'When to use which',
    `  Sending or configuring: ${c.whenToUse.sending}`,
    `  Reading a log: ${c.whenToUse.reading}`,
    '',
    'References',
    ...references(c),
  ];
  return `${lines.join('\n')}\n`;
}

function references(c: Comparison): string[] {
  const entries = c.a.code === c.b.code ? [c.a] : [c.a, c.b];
  return entries.map((entry) => `  ${entry.code}: RFC ${entry.rfc} §${entry.section} ${entry.rfcUrl}`);
}
