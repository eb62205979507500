/**
 * The two QuickPicks of "Compare SIP codes". A QuickPick (not showQuickPick) so users can also
 * type a code the catalog does not list, such as a vendor's private 477, and so the list can
 * answer every keystroke: matching codes, or a row that says nothing matched and what to try.
 */
import * as vscode from 'vscode';
import { codeLabel } from '../../../catalog/src/card';
import { allEntries, explain, parseStatusCode } from '../../../catalog/src/index';
import type { CatalogEntry } from '../../../catalog/src/types';
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

function entryItem(entry: CatalogEntry, detail?: string): CodeItem {
  const registered = entry.registered ? '' : ' · not IANA-registered';
  return {
    label: codeLabel(entry),
    description: `${entry.class} ${entry.className}${registered}`,
    detail: detail || entry.shortFix,
    code: entry.code,
    keywords: [entry.description, ...entry.aliases].join(' '),
  };
}

/** An item for any code, even one the catalog cannot explain. */
function codeItem(code: number, detail?: string): CodeItem {
  const entry = explain(code);
  return entry ? entryItem(entry, detail) : { label: String(code), description: 'not in the catalog', code };
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

function allCodeItems(): CodeItem[] {
  return allEntries().map((entry) => entryItem(entry));
}

/** Items of the first picker: the code at the cursor, the document's codes, then every code. */
export function firstPickerItems(atCursor: number | undefined, documentCodes: readonly number[]): CodeItem[] {
  return withSeparators([
    { title: 'At the cursor', items: atCursor === undefined ? [] : [codeItem(atCursor)] },
    { title: 'In this document', items: documentCodes.map((code) => codeItem(code)) },
    { title: 'All codes', items: allCodeItems() },
  ]);
}

/** Items of the second picker: codes people confuse with `first`, the document's codes, then every code. */
export function secondPickerItems(first: number, documentCodes: readonly number[]): CodeItem[] {
  const related = explain(first)?.related ?? [];
  return withSeparators([
    { title: `Often confused with ${first}`, items: related.map((r) => codeItem(r.code, r.note)) },
    { title: 'In this document', items: documentCodes.filter((code) => code !== first).map((code) => codeItem(code)) },
    { title: 'All codes', items: allCodeItems() },
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
export function pickCode(options: PickOptions): Promise<number | undefined> {
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
      picker.items = rowsFor(value, options.items);
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
export function rowsFor(value: string, base: readonly CodeItem[]): CodeItem[] {
  const code = parseStatusCode(value);
  const typed = code !== undefined && !base.some((item) => item.code === code) ? [codeItem(code)] : [];
  return filterRows([...typed, ...base], value);
}
