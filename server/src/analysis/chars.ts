/**
 * Character codes and tiny scanners shared by the analysis passes. They take offsets into the
 * (ANSI-masked) text and never allocate: they run once per candidate match, possibly millions
 * of times on a large log, so they walk `charCodeAt` instead of slicing lines.
 */

export const NUL = 0;
export const TAB = 9;
export const LF = 10;
export const CR = 13;
export const SPACE = 32;
export const QUOTE = 34;
export const APOSTROPHE = 39;
export const COMMA = 44;
export const DASH = 45;
export const DOT = 46;
export const COLON = 58;
export const SEMICOLON = 59;
export const EQUALS = 61;
export const BACKSLASH = 92;

/**
 * Blank inside a line. NUL counts because the ANSI mask replaces colour codes with NULs, so
 * that a coloured line reads like an indented one without shifting any offset.
 */
export function isBlank(c: number): boolean {
  return c === SPACE || c === TAB || c === NUL;
}

export function isLineBreak(c: number): boolean {
  return c === LF || c === CR;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** RFC 3261 `token` characters (alphanum and `-.!%*_+`'~`) as a table: header names are hot. */
const TOKEN_CHARS = (() => {
  const table = new Uint8Array(128);
  const others = "-.!%*_+`'~";
  for (let c = 0; c < 128; c++) if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || others.includes(String.fromCharCode(c))) table[c] = 1;
  return table;
})();

export function isTokenChar(c: number): boolean {
  return c < 128 && TOKEN_CHARS[c] === 1;
}

/** Offset of the line break at or after `pos`, or `limit` if none comes first: bounded look-ahead. */
export function lineEndWithin(text: string, pos: number, limit: number): number {
  let i = pos;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return i;
    i++;
  }
  return limit;
}

/** Offset of the first character of the line containing `pos`, looking back no further than `floor`. */
export function lineStartOf(text: string, pos: number, floor = 0): number {
  let i = pos;
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    if (c === LF || c === CR) return i;
    i--;
  }
  return floor;
}


export function skipBlanks(text: string, pos: number, end: number): number {
  let i = pos;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** End of `[start, end)` once trailing blanks are dropped. */
export function trimBlanksEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && isBlank(text.charCodeAt(i - 1))) i--;
  return i;
}

export function skipDigits(text: string, pos: number, end: number): number {
  let i = pos;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** Decimal value of the digits in `[start, end)` (the caller has checked they are digits). */
export function digitsValue(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

/**
 * First offset of `code` in `[start, end)`, or -1. `String.indexOf` would not stop at `end`
 * and, called per header on a large log, could scan to the end of the text every time.
 */
export function indexOfWithin(text: string, code: number, start: number, end: number): number {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/** Case-insensitive ASCII comparison of `text` at `pos` with a lower-case `lower`. */
export function startsWithLower(text: string, pos: number, lower: string): boolean {
  if (pos + lower.length > text.length) return false;
  for (let i = 0; i < lower.length; i++) {
    let c = text.charCodeAt(pos + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lower.charCodeAt(i)) return false;
  }
  return true;
}


/** V8 keeps slices of 13 characters or more as views into their parent string. */
const SLICE_VIEW_MIN_LENGTH = 13;

/**
 * A copy of `text.slice(start, end)` that does not keep `text` alive. A plain slice is a view into
 * the whole document, so an analysis reused across versions would pin every old 50 MB version of
 * the text in memory through its Call-IDs and phrases. Concatenating forces a flat copy.
 */
export function ownedSlice(text: string, start: number, end: number): string {
  const view = text.slice(start, end);
  return view.length < SLICE_VIEW_MIN_LENGTH ? view : ` ${view}`.slice(1);
}
