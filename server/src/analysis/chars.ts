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
export const OPEN_BRACE = 123;

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
  for (let c = 0; c < 128; c++)
    if (
      (c >= 48 && c <= 57) ||
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      others.includes(String.fromCharCode(c))
    )
      table[c] = 1;
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
 * the text in memory through its Call-IDs and phrases.
 */
export function ownedSlice(text: string, start: number, end: number): string {
  const length = end - start;
  if (length < MIN_SHARED_LENGTH || length > MAX_SHARED_LENGTH) return copyOf(text, start, end);
  const hash = hashOf(text, start, end);
  const slot = hash & (SHARED_SLOTS - 1);
  // The hash first: a slot's string lies anywhere in the heap, and reading it costs a cache miss.
  if (SHARED_HASHES[slot] === hash) {
    const shared = SHARED[slot];
    if (shared !== undefined && shared.length === length && text.startsWith(shared, start)) return shared;
  }
  const owned = copyOf(text, start, end);
  SHARED[slot] = owned;
  SHARED_HASHES[slot] = hash;
  return owned;
}

/**
 * A copy of `text.slice(start, end)` that does not keep `text` alive, without looking for a shared
 * copy: for text that rarely repeats (a timestamp), where the shared table would only thrash.
 */
export function ownedUniqueSlice(text: string, start: number, end: number): string {
  return copyOf(text, start, end);
}

/**
 * A flat copy: joining two pieces writes them into one new string of exactly that length. It costs
 * about a fifth less than concatenating and slicing again (`${' '}${view}`.slice(1)), which also
 * builds and flattens a string one character longer first. The first piece is one character, which
 * V8 does not allocate.
 */
function copyOf(text: string, start: number, end: number): string {
  if (end - start < SLICE_VIEW_MIN_LENGTH) return text.slice(start, end);
  return [text.slice(start, start + 1), text.slice(start + 1, end)].join('');
}

/**
 * A hash of `[start, end)` from its length and eight of its characters spread over it. Call-IDs,
 * branches and tags of one log often share their length and their first characters (`z9hG4bK`),
 * so a few characters at fixed places would send many of them to one slot.
 */
function hashOf(text: string, start: number, end: number): number {
  const length = end - start;
  const step = (length >> 3) + 1;
  let hash = length;
  for (let i = end - 1; i >= start; i -= step) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash ^ (hash >>> 13);
}

/**
 * Copies already made, found by a few characters and compared in place, without allocating a
 * slice. A log repeats each Call-ID, tag, branch and request-URI in many messages: reusing one
 * copy spares the allocations (and the collector's work on them), and its cached hash makes the
 * Map lookups that group calls cheaper. A fixed table of short strings: it never pins more than
 * about a megabyte (4,096 strings of at most 256 characters, and most are under 50).
 */
const SHARED_SLOTS = 4096;
const MIN_SHARED_LENGTH = 6;
const MAX_SHARED_LENGTH = 256;
const SHARED: Array<string | undefined> = new Array<string | undefined>(SHARED_SLOTS).fill(undefined);
/** The hash of each slot's string (0 in an empty slot). */
const SHARED_HASHES = new Int32Array(SHARED_SLOTS);
