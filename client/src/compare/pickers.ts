/**
 * The two QuickPicks of "Compare SIP codes". A QuickPick (not showQuickPick) so users can also
 * type a code the catalog does not list, such as a vendor's private 477, and so the list can
 * answer every keystroke: matching codes, or a row that says nothing matched and what to try.
 */
import * as vscode from 'vscode';
import { codeLabel } from '../../../catalog/src/card';
import { allEntries, explain, parseStatusCode } from '../../../catalog/src/index';
import type { CatalogEntry } from '../../../catalog/src/types';
import type { L10n } from '../translation';
import { filterRows, isNoMatchRow } from './pickerFilter';

interface CodeItem extends vscode.QuickPickItem {
  readonly code?: number;
  /** Words the row answers to without showing them: the description, older phrases. */
  readonly keywords?: string;
  readonly noMatch?: true;
}

interface Group {
  readonly title: string;
  readonly items: readonly CodeItem[];
}

function entryItem(entry: CatalogEntry, l10n: L10n, detail?: string): CodeItem {
  const codeClass = `${entry.class} ${entry.className}`;
  return {
    label: codeLabel(entry),
    description: entry.registered ? codeClass : l10n.t('{0} · not IANA-registered', codeClass),
    detail: detail || entry.shortFix,
    code: entry.code,
    keywords: [entry.description, ...entry.aliases].join(' '),
  };
}

/** An item for any code, even one the catalog cannot explain. */
function codeItem(code: number, l10n: L10n, detail?: string): CodeItem {
  const entry = explain(code, l10n.language);
  return entry
    ? entryItem(entry, l10n, detail)
    : { label: String(code), description: l10n.t('not in the catalog'), code };
}

/** Flattens groups with separators, listing each code once (in its first group). */
function withSeparators(groups: readonly Group[]): CodeItem[] {
  const seen = new Set<number>();
  const result: CodeItem[] = [];
  for (const group of groups) {
    const fresh = group.items.filter((item) => item.code !== undefined && !seen.has(item.code));
    fresh.forEach((item) => seen.add(item.code as number));
    if (fresh.length === 0) continue;
    result.push({ label: group.title, kind: vscode.QuickPickItemKind.Separator }, ...fresh);
  }
  return result;
}

function allCodeItems(l10n: L10n): CodeItem[] {
  return allEntries(l10n.language).map((entry) => entryItem(entry, l10n));
}

/** Items of the first picker: the code at the cursor, the document's codes, then every code. */
export function firstPickerItems(
  atCursor: number | undefined,
  documentCodes: readonly number[],
  l10n: L10n,
): CodeItem[] {
  return withSeparators([
    { title: l10n.t('At the cursor'), items: atCursor === undefined ? [] : [codeItem(atCursor, l10n)] },
    { title: l10n.t('In this document'), items: documentCodes.map((code) => codeItem(code, l10n)) },
    { title: l10n.t('All codes'), items: allCodeItems(l10n) },
  ]);
}

/** Items of the second picker: codes people confuse with `first`, the document's codes, then every code. */
export function secondPickerItems(first: number, documentCodes: readonly number[], l10n: L10n): CodeItem[] {
  const related = explain(first, l10n.language)?.related ?? [];
  const inDocument = documentCodes.filter((code) => code !== first);
  return withSeparators([
    { title: l10n.t('Often confused with {0}', first), items: related.map((r) => codeItem(r.code, l10n, r.note)) },
    { title: l10n.t('In this document'), items: inDocument.map((code) => codeItem(code, l10n)) },
    { title: l10n.t('All codes'), items: allCodeItems(l10n) },
  ]);
}

export interface PickOptions {
  readonly title: string;
  readonly placeholder: string;
  readonly items: readonly CodeItem[];
  /** The code to highlight when the picker opens. */
  readonly active?: number;
}

/** Shows a picker; resolves to the chosen or typed code, or undefined when the user cancels. */
export function pickCode(options: PickOptions, l10n: L10n): Promise<number | undefined> {
  const picker = vscode.window.createQuickPick<CodeItem>();
  picker.title = options.title;
  picker.placeholder = options.placeholder;
  picker.matchOnDescription = true;
  picker.matchOnDetail = true;
  picker.items = options.items;
  const active = options.items.find((item) => item.code !== undefined && item.code === options.active);
  if (active) picker.activeItems = [active];
  return new Promise((resolve) => {
    let result: number | undefined;
    picker.onDidChangeValue((value) => {
      picker.items = rowsFor(value, options.items, l10n);
    });
    picker.onDidAccept(() => {
      const chosen = picker.selectedItems[0] ?? picker.activeItems[0];
      // The no-match row already says what to try: Enter on it keeps the picker open.
      if (isNoMatchRow(chosen)) return;
      result = chosen?.code ?? parseStatusCode(picker.value.trim());
      if (result !== undefined) picker.hide();
    });
    picker.onDidHide(() => {
      picker.dispose();
      resolve(result);
    });
    picker.show();
  });
}

/**
 * The rows for what the user typed. A valid code the list lacks (a vendor's 477) comes first, so
 * Enter picks exactly what was typed; then the matching rows, or the no-match row.
 */
export function rowsFor(value: string, base: readonly CodeItem[], l10n: L10n): CodeItem[] {
  const code = parseStatusCode(value);
  const typed = code !== undefined && !base.some((item) => item.code === code) ? [codeItem(code, l10n)] : [];
  return filterRows([...typed, ...base], value, l10n);
}
