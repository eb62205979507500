/** Small text helpers for the sentences the catalog and the rules generate from catalog prose. */
import type { Language } from './language';
import { fill, type Localised, type MessageTable } from './l10n';

/**
 * Han characters and CJK and full-width punctuation. Not the curly quotes, which Chinese shares
 * with English: the prose puts a space before “486 Busy Here” and this must keep it.
 */
const CHINESE = '\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF';
const SPACE_BETWEEN_CHINESE = new RegExp(`(?<=[${CHINESE}]) +(?=[${CHINESE}])`, 'gu');

/**
 * Chinese text with the spaces between two Chinese characters removed. Chinese templates put a
 * space on each side of a placeholder, because its value may be Latin (`UAS`, `486 Busy Here`) and
 * the glossary wants a space between Chinese and Latin; where the value is Chinese too, the space
 * must go, as a Chinese writer never puts one there.
 */
export function tidyChinese(text: string): string {
  return text.replace(SPACE_BETWEEN_CHINESE, '');
}

/** One string of a table in `language`, its placeholders filled (no space beside a Chinese value). */
export function say<T extends MessageTable>(
  table: Localised<T>,
  language: Language,
  key: keyof T,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return fill(table[language][key] as string, values);
}

/** "UAS", "UAS or proxy", "UAS, proxy or gateway"; in Chinese "UAS、代理服务器或网关". */
export function joinOr(items: readonly string[], language: Language = 'en'): string {
  if (items.length <= 1) return items[0] ?? '';
  const init = items.slice(0, -1);
  const last = items[items.length - 1] ?? '';
  if (language === 'en') return `${init.join(', ')} or ${last}`;
  return tidyChinese(`${init.join('、')} 或 ${last}`);
}

/** Sentences one after another: a space between English ones, nothing between Chinese ones (each ends in 。). */
export function joinSentences(sentences: readonly string[], language: Language = 'en'): string {
  return sentences.join(language === 'en' ? ' ' : '');
}

/** Catalog prose as a sentence: trimmed and ending in a full stop (。 in Chinese). */
export function sentence(text: string, language: Language = 'en'): string {
  const trimmed = text.trim();
  if (language === 'en') return /[.!?]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
  return /[。！？.!?]$/u.test(trimmed) ? trimmed : `${trimmed}。`;
}

/**
 * The first sentence of catalog prose; a full stop inside "§21.4.24" or "e.g. x" does not end one.
 * Chinese sentences end at 。！？, which never occur inside a section number.
 */
export function firstSentence(text: string, language: Language = 'en'): string {
  const end = language === 'en' ? /^.*?[.!?](?=\s+[A-Z(]|\s*$)/su : /^.*?[。！？]/su;
  const match = end.exec(text.trim());
  return sentence(match ? match[0] : text, language);
}
