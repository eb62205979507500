/**
 * Header parameters (`;tag=` of From/To, `;branch=` of the top Via). From/To/Via values are a
 * good part of a log, and walking them a character at a time in JavaScript costs several times
 * more than letting one regular expression find the parameter natively.
 */
import { COMMA, EQUALS, QUOTE, SEMICOLON, isBlank, ownedSlice, skipBlanks, startsWithLower } from './chars';

const LESS_THAN = 60;
const GREATER_THAN = 62;
/** Longer values take the walk: a regular expression's backtracking stack grows with the value. */
const MAX_PATTERN_VALUE = 1024;

/**
 * Value of the header parameter `;name=value` in `[start, end)`, name compared
 * case-insensitively: semicolons inside `<...>` (URI parameters) or quotes (display names) do
 * not count, and with `firstValueOnly` the search stops at the first comma. `[start, end)` is
 * a header value: within one line, followed on it by nothing but blanks and an ngrep dot.
 */
export function headerParam(
  text: string,
  start: number,
  end: number,
  name: string,
  firstValueOnly: boolean,
): string | undefined {
  if (end - start > MAX_PATTERN_VALUE) return walkToParam(text, start, end, name, firstValueOnly);
  const pattern = paramPattern(name, firstValueOnly);
  pattern.lastIndex = start;
  if (!pattern.test(text)) return undefined;
  const valueStart = Math.min(pattern.lastIndex, end);
  return ownedSlice(text, valueStart, paramEnd(text, valueStart, end));
}

interface CompiledParam {
  readonly name: string;
  readonly firstValueOnly: boolean;
  readonly pattern: RegExp;
}

/** One expression per (name, firstValueOnly); the readers use two. */
const PATTERNS: CompiledParam[] = [];

function paramPattern(name: string, firstValueOnly: boolean): RegExp {
  for (const known of PATTERNS)
    if (known.name === name && known.firstValueOnly === firstValueOnly) return known.pattern;
  const pattern = compileParamPattern(name, firstValueOnly);
  PATTERNS.push({ name, firstValueOnly, pattern });
  return pattern;
}

/**
 * A sticky expression that reads a value up to its first `;name=` outside quotes and angle
 * brackets and stops after the `=` and any blanks. Each alternative starts with its own
 * character and an unclosed quote or bracket runs to the line end, so there is one way to
 * read the value: backtracking cannot find a `;name=` the walk would not.
 */
export function compileParamPattern(name: string, firstValueOnly: boolean): RegExp {
  const lineEnd = '(?=[\\r\\n]|$)';
  const plain = firstValueOnly ? '[^"<;,\\r\\n]' : '[^"<;\\r\\n]';
  const quoted = `"[^"\\r\\n]*(?:"|${lineEnd})`;
  const uri = `<(?:[^">\\r\\n]|${quoted})*(?:>|${lineEnd})`;
  const blanks = '[ \\t\\0]*';
  const otherParam = `;(?!${blanks}${name}${blanks}=)`;
  return new RegExp(`(?:${plain}|${quoted}|${uri}|${otherParam})*;${blanks}${name}${blanks}=${blanks}`, 'iy');
}

/**
 * The walk headerParam describes, one special character at a time: the jumps between them
 * are native regular-expression searches (a line break bounds them).
 */
export function walkToParam(
  text: string,
  start: number,
  end: number,
  name: string,
  firstValueOnly: boolean,
): string | undefined {
  let inUri = false;
  let i = start;
  while (i < end) {
    const at = nextMatch(PARAM_SPECIAL, text, i);
    if (at >= end) return undefined;
    const c = text.charCodeAt(at);
    i = at + 1;
    if (c === QUOTE) i = closingQuoteOrEnd(text, i, end) + 1;
    else if (c === LESS_THAN) inUri = true;
    else if (c === GREATER_THAN) inUri = false;
    else if (c === COMMA && firstValueOnly && !inUri) return undefined;
    else if (c === SEMICOLON && !inUri) {
      const value = paramValueAt(text, i, end, name);
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

/** The characters headerParam acts on, and line breaks, which bound the search. */
const PARAM_SPECIAL = /[";<>,\r\n]/g;
const QUOTE_OR_BREAK = /["\r\n]/g;

/** Offset of the next match of a global `pattern` at or after `pos`, or the text length. */
function nextMatch(pattern: RegExp, text: string, pos: number): number {
  pattern.lastIndex = pos;
  return pattern.test(text) ? pattern.lastIndex - 1 : text.length;
}

/** The value when the parameter starting at `pos` (just past its `;`) is `name`. */
function paramValueAt(text: string, pos: number, end: number, name: string): string | undefined {
  const nameStart = skipBlanks(text, pos, end);
  if (!startsWithLower(text, nameStart, name)) return undefined;
  const equals = skipBlanks(text, nameStart + name.length, end);
  if (equals >= end || text.charCodeAt(equals) !== EQUALS) return undefined;
  const valueStart = skipBlanks(text, equals + 1, end);
  return ownedSlice(text, valueStart, paramEnd(text, valueStart, end));
}

function closingQuoteOrEnd(text: string, pos: number, end: number): number {
  return Math.min(nextMatch(QUOTE_OR_BREAK, text, pos), end);
}

function paramEnd(text: string, pos: number, end: number): number {
  let i = pos;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === SEMICOLON || c === COMMA || c === GREATER_THAN || isBlank(c)) break;
    i++;
  }
  return i;
}
