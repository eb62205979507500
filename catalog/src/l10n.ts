/**
 * User-facing strings outside the catalog prose: one English table per area, one Simplified
 * Chinese table with exactly the same keys, and `fill` for their `{name}` placeholders.
 *
 * A table is declared where its strings are used (the rules' wording, the hover, the CLI) with
 * `localised(en, zhCn)`. The types make a missing key a compile error; `test/unit/l10n.test.ts`
 * finds every table (every export of a file named `strings.ts` or `*-strings.ts`) and holds each
 * Chinese string to its English one: same placeholders, written in Chinese, glossary terms.
 */
import type { Language } from './language';

/** An area's English strings, by key. Placeholders are `{name}`. */
export type MessageTable = Readonly<Record<string, string>>;

/** A translation of `T`: every key of the English table, no other. */
export type Translation<T extends MessageTable> = { readonly [K in keyof T]: string };

/** One area's strings in every language SIP Lens speaks. */
export type Localised<T extends MessageTable> = Readonly<Record<Language, Translation<T>>>;

export function localised<T extends MessageTable>(en: T, zhCn: Translation<T>): Localised<T> {
  return { en, 'zh-cn': zhCn };
}

const PLACEHOLDER = /\{(\w+)\}/gu;

/**
 * `template` with each `{name}` replaced by `values[name]`. A placeholder without a value stays
 * as written, so a missing argument shows in the text instead of printing "undefined".
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/** The placeholder names of a template, for the completeness test. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] as string).sort();
}
