/**
 * CSV (RFC 4180) whose cells are safe to open in a spreadsheet: From, To and User-Agent come from
 * logs, and a cell starting with `=`, `+`, `-`, `@`, a tab or a CR is a formula to Excel, LibreOffice
 * and Google Sheets (OWASP "CSV Injection"). Such a cell gets a leading apostrophe, which the
 * spreadsheets show as text; every text cell is quoted, quotes doubled, line breaks flattened.
 */
import { replaceUnsafeControls } from '../features/untrustedText';

/** A formula trigger, also after blanks some spreadsheets skip. */
const FORMULA_START = /^[\s\uFFFD]*[=+\-@]|^[\t\r]/u;

/** One text cell, quoted and defused. */
export function csvText(value: string | undefined): string {
  if (value === undefined) return '';
  const flat = replaceUnsafeControls(value).replace(/[\r\n]+/gu, ' ');
  const safe = FORMULA_START.test(flat) ? `'${flat}` : flat;
  return `"${safe.replace(/"/gu, '""')}"`;
}

/** A number cell (ours, never from the log): written bare. */
export function csvNumber(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}

export function csvRow(cells: readonly string[]): string {
  return `${cells.join(',')}\r\n`;
}
