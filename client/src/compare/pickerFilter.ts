/**
 * What the code pickers show for what the user typed: the rows that match, or one row that says
 * nothing matched and what to try. Pure (no `vscode` import) so the unit tests can check it.
 *
 * VS Code's own QuickPick filter matches only the label, description and detail it shows, and an
 * empty result is a silent "0 Results". The pickers therefore filter here, on the code's number,
 * phrase, class and description words, and mark every row they keep `alwaysShow`.
 */
import { ENGLISH, type L10n } from '../translation';

/** The fields of a picker row this filter reads and writes (a subset of `vscode.QuickPickItem`). */
export interface FilterableRow {
  readonly label: string;
  readonly description?: string;
  readonly detail?: string;
  /** The status code the row stands for; separators and the no-match row have none. */
  readonly code?: number;
  /** More words the row answers to but does not show, such as the code's full description. */
  readonly keywords?: string;
  readonly alwaysShow?: boolean;
}

/** The row shown when nothing matches: it has no code, so choosing it picks nothing. */
export interface NoMatchRow extends FilterableRow {
  readonly noMatch: true;
}

/** Longer queries are cut in the no-match row: the row must stay one readable line. */
const SHOWN_QUERY_LENGTH = 30;

export function noMatchRow(query: string, l10n: L10n = ENGLISH): NoMatchRow {
  const trimmed = query.trim();
  const shown = trimmed.length > SHOWN_QUERY_LENGTH ? `${trimmed.slice(0, SHOWN_QUERY_LENGTH)}…` : trimmed;
  return {
    label: l10n.t("No code matches '{0}'; try a number like 486 or a word like busy", shown),
    alwaysShow: true,
    noMatch: true,
  };
}

/** Lower-case words of a query; a number is one word. */
function queryWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/u).filter(Boolean);
}

function rowText(row: FilterableRow): string {
  return [row.label, row.description, row.detail, row.keywords].filter(Boolean).join(' ').toLowerCase();
}

/**
 * Whether a code row answers the query: digits match the start of the code ("48" finds 480-489),
 * words must each appear in the row's text (phrase, class, short fix, description).
 */
export function rowMatches(row: FilterableRow, query: string): boolean {
  if (row.code === undefined) return false;
  const words = queryWords(query);
  if (words.length === 0) return true;
  const text = rowText(row);
  return words.every((word) => (/^\d+$/u.test(word) ? String(row.code).startsWith(word) : text.includes(word)));
}

/**
 * The rows for a query: all of `rows` (separators included) for an empty query; otherwise the
 * matching code rows, each code once, marked `alwaysShow`; otherwise the single no-match row.
 */
export function filterRows<T extends FilterableRow>(
  rows: readonly T[],
  query: string,
  l10n: L10n = ENGLISH,
): Array<T | NoMatchRow> {
  if (query.trim() === '') return [...rows];
  const seen = new Set<number>();
  const matches: T[] = [];
  for (const row of rows) {
    if (!rowMatches(row, query) || seen.has(row.code as number)) continue;
    seen.add(row.code as number);
    matches.push({ ...row, alwaysShow: true });
  }
  return matches.length > 0 ? matches : [noMatchRow(query, l10n)];
}

export function isNoMatchRow(row: FilterableRow | undefined): row is NoMatchRow {
  return row !== undefined && 'noMatch' in row;
}
