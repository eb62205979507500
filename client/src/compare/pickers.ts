/**
 * The two QuickPicks of "Compare SIP codes". A QuickPick (not showQuickPick) so users can also
 * type a code the catalog does not list, such as a vendor's private 477.
 */
import * as vscode from 'vscode';
import { codeLabel } from '../../../catalog/src/card';
import { notAStatusCode } from '../../../catalog/src/compare';
import { allEntries, explain, parseStatusCode } from '../../../catalog/src/index';
import type { CatalogEntry } from '../../../catalog/src/types';

interface CodeItem extends vscode.QuickPickItem {
  readonly code?: number;
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
    const offerTyped = typedCodeOffer(picker, options.items);
    picker.onDidChangeValue(offerTyped);
    picker.onDidAccept(() => {
      const typed = picker.value.trim();
      result = picker.selectedItems[0]?.code ?? picker.activeItems[0]?.code ?? parseStatusCode(typed);
      if (result === undefined && typed) {
        void vscode.window.showErrorMessage(notAStatusCode(typed));
        return;
      }
      picker.hide();
    });
    picker.onDidHide(() => {
      picker.dispose();
      resolve(result);
    });
    picker.show();
  });
}

/** Puts a typed, valid code the list lacks at the top, so Enter picks exactly what was typed. */
function typedCodeOffer(picker: vscode.QuickPick<CodeItem>, base: readonly CodeItem[]): (value: string) => void {
  let offered: number | undefined;
  return (value) => {
    const code = parseStatusCode(value);
    const next = code !== undefined && !base.some((item) => item.code === code) ? code : undefined;
    if (next === offered) return; // reassigning items on every keystroke would reset the highlight
    offered = next;
    picker.items = next === undefined ? base : [{ ...codeItem(next), alwaysShow: true }, ...base];
  };
}
