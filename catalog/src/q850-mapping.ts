/**
 * RFC 3398 §8.2.6.1 in words: what a gateway turns a SIP code into when the call crosses into
 * ISUP or ISDN. Shared by the comparison and the hover card so both say the same thing.
 */
import type { Language } from './language';
import { q850Cause } from './index';
import type { CatalogEntry, ConditionalCause, Q850Condition } from './types';

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
export function causeLabel(cause: number, locale?: Language): string {
  const name = q850Cause(cause, locale)?.name;
  return name ? `${cause} (${name})` : String(cause);
}

/**
 * §7.2.4.1's conditional rows in words. The 301 row is part of the table; for 603 the table's
 * footnote only says the 6xx "could be given", hence "may".
 */
const CONDITIONS: Readonly<Record<Q850Condition, { readonly verb: string; readonly when: string }>> = {
  'new-number-in-diagnostic': { verb: 'maps', when: 'when its diagnostic field carries the new number' },
  'location-user': { verb: 'may map', when: "when its cause location is 'user'" },
};

/**
 * "cause 17 maps to 486", "causes 65, 70 map to 488" (§7.2.4.1), followed by the conditional
 * rows ("cause 22 maps to 301 instead of 410 when ..."), or undefined when none applies.
 */
export function causesToCodeWords(entry: CatalogEntry): string | undefined {
  const conditional = (entry.q850?.fromCausesWhen ?? []).map((c) => conditionalWords(c, entry.code));
  const all = [...plainWords(entry.q850?.fromCauses ?? [], entry.code), ...conditional];
  return all.length > 0 ? all.join('; ') : undefined;
}

function plainWords(from: readonly number[], code: number): string[] {
  if (from.length === 0) return [];
  return [from.length > 1 ? `causes ${from.join(', ')} map to ${code}` : `cause ${from[0]} maps to ${code}`];
}

function conditionalWords(row: ConditionalCause, code: number): string {
  const { verb, when } = CONDITIONS[row.when];
  const usual = q850Cause(row.cause)?.sipCode;
  return `cause ${row.cause} ${verb} to ${code}${usual !== undefined ? ` instead of ${usual}` : ''} ${when}`;
}

/**
 * Words that follow the code: "maps to cause 17 (User busy)". The table covers only final
 * failures (§8.2.6, "4xx-6xx Received"), so for 1xx-3xx the words say so.
 */
export function sipToCauseWords(entry: CatalogEntry, locale?: Language): string {
  if (entry.code < 400) return 'is not a failure response, and §8.2.6.1 maps only 4xx-6xx to causes';
  const mapping = entry.q850;
  if (mapping?.toCause !== undefined) return `maps to cause ${causeLabel(mapping.toCause, locale)}`;
  if (mapping?.toCauseRule === 'no-cause') return 'maps to no cause';
  if (mapping?.toCauseRule === 'by-warning') return 'takes its cause from the Warning header';
  return `is not in the table, so it takes the default cause ${causeLabel(DEFAULT_SIP_TO_CAUSE, locale)}`;
}
