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
 *
 * A Chinese template (one with a wide character) puts a space on both sides of a placeholder,
 * right when the value is Latin ("质询了 INVITE"); where the value begins or ends with Chinese or
 * full-width punctuation instead, that space goes ("质询了请求", "重试（CSeq 2）收到"), as Chinese
 * typography has none there. The value itself is never changed, and an English template fills
 * exactly as written. Templates are split once and kept: `sip-lens check` words every finding of a
 * log, and a regular expression per placeholder per finding doubled the cost of its text.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  const { pieces, chinese } = piecesOf(template);
  const filled = pieces.map((piece, i) => {
    if (i % 2 === 0) return piece;
    const value = values[piece];
    return value === undefined ? `{${piece}}` : String(value);
  });
  if (!chinese) return filled.join('');
  let text = '';
  for (let i = 0; i < filled.length; i++) {
    const piece = filled[i] as string;
    text += i % 2 === 0 ? tightened(piece, text, filled[i + 1] ?? '', i > 0, i < filled.length - 1) : piece;
  }
  return text;
}

/**
 * A literal piece of a Chinese template, without the space at either end that would sit between two
 * wide characters once the values beside it are in: `text` is what comes before, `next` the value after.
 */
function tightened(piece: string, text: string, next: string, afterValue: boolean, beforeValue: boolean): string {
  let result = piece;
  if (afterValue && result.startsWith(' ') && wideAt(text, text.length - 1)) {
    const following = result.length > 1 ? result.slice(1) : next;
    if (wideAt(following, 0)) result = result.slice(1);
  }
  if (beforeValue && result.endsWith(' ') && wideAt(next, 0)) {
    const preceding = result.length > 1 ? result.slice(0, -1) : text;
    if (wideAt(preceding, preceding.length - 1)) result = result.slice(0, -1);
  }
  return result;
}

/**
 * Chinese characters, kana, hangul and full-width forms (Unicode's East Asian Wide and Fullwidth
 * blocks, UAX #11): two columns on screen, and no space beside Chinese. Ranges rather than a
 * Unicode-property regular expression: every character of every shown Chinese message is measured.
 */
function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf && codePoint !== 0x303f) ||
    (codePoint >= 0xa960 && codePoint <= 0xa97f) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe10 && codePoint <= 0xfe19) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe6f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  );
}

/** Whether the character at `at` (a UTF-16 index; a trailing surrogate reads its pair) is wide. */
function wideAt(text: string, at: number): boolean {
  const unit = text.charCodeAt(at);
  if (unit >= 0xdc00 && unit <= 0xdfff && at > 0) return isWide(text.codePointAt(at - 1) ?? 0);
  return isWide(text.codePointAt(at) ?? 0);
}

interface Template {
  /** [text, name, text, name, ..., text]. */
  readonly pieces: readonly string[];
  /** Whether the template is written in Chinese: it holds a wide character. */
  readonly chinese: boolean;
}

/** Each template, split once: the string tables are a fixed set, far below the bound. */
const TEMPLATES = new Map<string, Template>();
/** A caller filling templates built at run time must not grow the cache without end. */
const MAX_TEMPLATES = 10_000;

function piecesOf(template: string): Template {
  let split = TEMPLATES.get(template);
  if (!split) {
    const pieces = template.split(/\{(\w+)\}/u);
    split = { pieces, chinese: pieces.some((piece, i) => i % 2 === 0 && hasWide(piece)) };
    if (TEMPLATES.size >= MAX_TEMPLATES) TEMPLATES.clear();
    TEMPLATES.set(template, split);
  }
  return split;
}

function hasWide(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (wideAt(text, i)) return true;
  return false;
}

/**
 * How wide a message is in a Problems row, in Latin characters. English keeps its plain length (the
 * limit was set against it); Chinese counts each wide character as two, since a Chinese character
 * takes about the room of two Latin ones, so a Chinese row holds about 50 of them.
 */
export function messageWidth(text: string, language: Language): number {
  return language === 'en' ? text.length : displayWidth(text);
}

/** How many terminal or screen columns `text` takes: two for each wide character, one for the rest. */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.codePointAt(i) as number;
    // An astral character is one column pair however wide, and two UTF-16 units.
    if (codePoint > 0xffff) i++;
    width += isWide(codePoint) ? 2 : 1;
  }
  return width;
}

/** The placeholder names of a template, for the completeness test. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] as string).sort();
}
