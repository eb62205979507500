/**
 * RFC 3398 §8.2.6.1 in words: what a gateway turns a SIP code into when the call crosses into
 * ISUP or ISDN. Shared by the comparison and the hover card so both say the same thing.
 */
import type { Language } from './language';
import { q850Cause } from './index';
import { Q850_WORDS } from './q850-strings';
import type { CatalogEntry, ConditionalCause, Q850Condition } from './types';
import { say } from './words';

/** §8.2.6.1: "any SIP status codes not listed" in its table should map to cause 31. */
export const DEFAULT_SIP_TO_CAUSE = 31;

/**
 * Whether RFC 3398 says anything about this code. §8.2.6.1 answers every failure code: the ones
 * it lists, and "any SIP status codes not listed" (extensions, later codes, private ones) with
 * cause 31. A 1xx-3xx code has a mapping only where §7.2.4.1 maps a cause to it. A class-level
 * answer for an unknown number carries no `q850` of its own, so it gets the default, never the
 * mapping of the code it is treated as.
 */
export function hasQ850Mapping(entry: CatalogEntry): boolean {
  return entry.code >= 400 || entry.q850 !== undefined;
}

/** The cause §8.2.6.1 turns the code into, the default included; undefined where it names none. */
export function sipToCause(entry: CatalogEntry): number | undefined {
  if (entry.code < 400 || entry.q850?.toCauseRule) return undefined;
  return entry.q850?.toCause ?? DEFAULT_SIP_TO_CAUSE;
}

/** "17 (User busy)", or just the number for a cause the catalog does not name. */
export function causeLabel(cause: number, language: Language = 'en'): string {
  const name = q850Cause(cause, language)?.name;
  return name ? say(Q850_WORDS, language, 'causeLabel', { cause, name }) : String(cause);
}

/**
 * §7.2.4.1's conditional rows in words. The 301 row is part of the table; for 603 the table's
 * footnote only says the 6xx "could be given", hence "may".
 */
const CONDITIONS: Readonly<Record<Q850Condition, 'conditionalMaps' | 'conditionalMayMap'>> = {
  'new-number-in-diagnostic': 'conditionalMaps',
  'location-user': 'conditionalMayMap',
};

/**
 * "cause 17 maps to 486", "causes 65, 70 map to 488" (§7.2.4.1), followed by the conditional
 * rows ("cause 22 maps to 301 instead of 410 when ..."), or undefined when none applies.
 */
export function causesToCodeWords(entry: CatalogEntry, language: Language = 'en'): string | undefined {
  const conditional = (entry.q850?.fromCausesWhen ?? []).map((c) => conditionalWords(c, entry.code, language));
  const all = [...plainWords(entry.q850?.fromCauses ?? [], entry.code, language), ...conditional];
  return all.length > 0 ? all.join(language === 'en' ? '; ' : '；') : undefined;
}

function plainWords(from: readonly number[], code: number, language: Language): string[] {
  if (from.length === 0) return [];
  if (from.length === 1) return [say(Q850_WORDS, language, 'oneCauseMapsTo', { cause: from[0] ?? '', code })];
  const causes = from.join(language === 'en' ? ', ' : '、');
  return [say(Q850_WORDS, language, 'causesMapTo', { causes, code })];
}

function conditionalWords(row: ConditionalCause, code: number, language: Language): string {
  const usual = q850Cause(row.cause)?.sipCode;
  const instead = usual !== undefined ? say(Q850_WORDS, language, 'insteadOf', { usual }) : '';
  return say(Q850_WORDS, language, CONDITIONS[row.when], { cause: row.cause, code, instead });
}

/**
 * Words that follow the code: "maps to cause 17 (User busy)". The table covers only final
 * failures (§8.2.6, "4xx-6xx Received"), so for 1xx-3xx the words say so.
 */
export function sipToCauseWords(entry: CatalogEntry, language: Language = 'en'): string {
  if (entry.code < 400) return say(Q850_WORDS, language, 'notAFailure');
  const mapping = entry.q850;
  if (mapping?.toCause !== undefined) {
    return say(Q850_WORDS, language, 'mapsToCause', { cause: causeLabel(mapping.toCause, language) });
  }
  if (mapping?.toCauseRule === 'no-cause') return say(Q850_WORDS, language, 'mapsToNoCause');
  if (mapping?.toCauseRule === 'by-warning') return say(Q850_WORDS, language, 'causeFromWarning');
  return say(Q850_WORDS, language, 'defaultCause', { cause: causeLabel(DEFAULT_SIP_TO_CAUSE, language) });
}

/** The card's Q.850 lines: §8.2.6.1 (code to cause), then §7.2.4.1 (cause to code) where it applies. */
export function q850Lines(entry: CatalogEntry, language: Language = 'en'): string[] {
  const lines = [
    say(Q850_WORDS, language, 'toCauseLine', { code: entry.code, words: sipToCauseWords(entry, language) }),
  ];
  const from = causesToCodeWords(entry, language);
  if (from) lines.push(say(Q850_WORDS, language, 'fromCauseLine', { words: from }));
  return lines;
}
