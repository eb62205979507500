/** Small text helpers for the sentences the catalog and the rules generate from catalog prose. */

/** "UAS", "UAS or proxy", "UAS, proxy or gateway". */
export function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** Catalog prose as a sentence: trimmed and ending in a full stop. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** The first sentence of catalog prose; a full stop inside "§21.4.24" or "e.g. x" does not end one. */
export function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s+[A-Z(]|\s*$)/su.exec(text.trim());
  return sentence(match ? match[0] : text);
}
