/**
 * The timestamp a log wrote on a line, in the shapes the recognised formats use: ISO 8601 and its
 * log variants (`2026-01-15 10:00:00.412`, `2026-01-15T10:00:00.101Z`, `2026/01/15 10:00:00.123456`,
 * `2026-01-15 10:00:12,412`, linphone's `10:00:00:131`, a `+0100` offset), syslog's
 * `Jan 15 10:12:07` (Asterisk's `[Jan 15 10:12:07]`), JavaScript's `Thu Jan 15 2026 10:00:00 GMT+0100`,
 * and a time of day alone (FreeSWITCH's `at 12:30:57.916812`, pjsua's `17:05:04.052`, tcpdump's
 * `10:15:02.118204`). The text is kept as written: a log's clock is the log's, not the reader's.
 */
import { ownedUniqueSlice } from './chars';

/** How much of a time's date the log wrote: comparisons only make sense between times of one kind. */
export type DateKind = 'full' | 'month-day' | 'none';

export interface LogTime {
  /** The timestamp as the log wrote it. */
  readonly text: string;
  /**
   * Whole milliseconds: since 1970-01-01 for a full date (the wall clock read as UTC unless the
   * stamp names its offset), since 1 January of a leap year for a month and day without year, since
   * midnight for a time of day alone.
   */
  readonly ms: number;
  /** Nanoseconds past `ms` (microsecond stamps): kept apart, a float of epoch milliseconds cannot hold them. */
  readonly nanos: number;
  readonly date: DateKind;
  /** Digits after the seconds: 0 for whole seconds, 3 for milliseconds, 6 for microseconds. */
  readonly fractionDigits: number;
}

/** A line never needs more than this to find its stamp: prefixes and banners put it early. */
export const TIME_REACH = 300;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MS_PER_MINUTE = 60_000;
/** The year a month-day stamp is placed in: a leap year, so that 29 February exists. */
const MONTH_DAY_YEAR = 2000;
const COLON = 58;
const SPACE = 32;
const TAB = 9;
const PLUS = 43;
const MINUS = 45;

/** The first timestamp in `line`, or undefined. */
export function timeIn(line: string): LogTime | undefined {
  return timeAt(line, 0, line.length);
}

/**
 * The first timestamp in `[start, end)` of `text` (read up to TIME_REACH characters), or undefined.
 * Parsed by hand around each `dd:dd:dd` that indexOf finds: a regular expression would be tried at
 * every character, and this runs for several messages of every call of a 50 MB log. Its `text` is
 * a copy unless `owned` is false: then a slice that keeps `text` alive, for a reader that holds
 * `text` anyway and copies what it keeps longer (see chars.ts, `ownedSlice`).
 */
export function timeAt(text: string, start: number, end: number, owned = true): LogTime | undefined {
  const reach = Math.min(end, start + TIME_REACH);
  // No room for `dd:dd:dd` (a message that starts its line, read for a prefix): the loop would find nothing.
  if (start + 8 > reach) return undefined;
  for (
    let colon = text.indexOf(':', start + 2);
    colon >= 0 && colon + 6 <= reach;
    colon = text.indexOf(':', colon + 1)
  ) {
    const hour = colon - 2;
    if (!isClockAt(text, hour) || (hour > start && isDigit(text.charCodeAt(hour - 1)))) continue;
    const time = stampAt(text, start, hour, reach, owned);
    if (time) return time;
  }
  return undefined;
}

/** `dd:dd:dd` at `at`. */
function isClockAt(text: string, at: number): boolean {
  return (
    isDigit(text.charCodeAt(at)) &&
    isDigit(text.charCodeAt(at + 1)) &&
    text.charCodeAt(at + 2) === COLON &&
    isDigit(text.charCodeAt(at + 3)) &&
    isDigit(text.charCodeAt(at + 4)) &&
    text.charCodeAt(at + 5) === COLON &&
    isDigit(text.charCodeAt(at + 6)) &&
    isDigit(text.charCodeAt(at + 7))
  );
}

/** The stamp whose hour is at `hour`: the clock, a fraction, an offset, and the date before it. */
function stampAt(text: string, floor: number, hour: number, reach: number, owned: boolean): LogTime | undefined {
  const hours = two(text, hour);
  const minutes = two(text, hour + 3);
  const seconds = two(text, hour + 6);
  if (hours > 23 || minutes > 59 || seconds > 60) return undefined;
  let end = hour + 8;
  // A fraction after `.` or `,`, or (linphone) `:` with exactly three digits; read as ms and ns.
  const separator = text.charCodeAt(end);
  let fractionDigits = 0;
  let nanosOfSecond = 0;
  if ((separator === DOT || separator === COMMA || separator === COLON) && isDigit(text.charCodeAt(end + 1))) {
    let j = end + 1;
    for (; j < reach && fractionDigits < 9 && isDigit(text.charCodeAt(j)); j++, fractionDigits++)
      nanosOfSecond = nanosOfSecond * 10 + text.charCodeAt(j) - 48;
    if (separator === COLON && fractionDigits !== 3) return undefined;
    nanosOfSecond *= NANOS_SCALE[fractionDigits] as number;
    end = j;
  }
  const zoneMinutes = zoneAt(text, end, reach);
  end = zoneEnd;
  if (isDigit(text.charCodeAt(end)) || (text.charCodeAt(end) === COLON && isDigit(text.charCodeAt(end + 1))))
    return undefined;
  const date = dateBefore(text, floor, hour);
  if (date === null) return undefined;
  const wholeMs = Math.floor(nanosOfSecond / 1e6);
  const clock = ((hours * 60 + minutes) * 60 + seconds) * 1000 + wholeMs;
  return {
    text: owned ? ownedUniqueSlice(text, date?.start ?? hour, end) : text.slice(date?.start ?? hour, end),
    ms: (date?.ms ?? 0) + clock - zoneMinutes * MS_PER_MINUTE,
    nanos: nanosOfSecond - wholeMs * 1e6,
    date: date?.kind ?? 'none',
    fractionDigits,
  };
}

const DOT = 46;
const COMMA = 44;
/** 10 ** (9 - digits), by digits: a table, as `**` with a variable exponent is a slow call to Math.pow. */
const NANOS_SCALE = [1e9, 1e8, 1e7, 1e6, 1e5, 1e4, 1e3, 100, 10, 1];

/** Where the last zone read by zoneAt ends (a module variable: no object per stamp). */
let zoneEnd = 0;

/** `Z`, `+01:00`, `+0100` or ` GMT+0100` at `at`: minutes east of UTC (0 when none); sets zoneEnd. */
function zoneAt(text: string, at: number, reach: number): number {
  zoneEnd = at;
  if (text.charCodeAt(at) === 90 /* Z */) {
    zoneEnd = at + 1;
    return 0;
  }
  const sign = text.startsWith(' GMT', at) ? at + 4 : at;
  const c = text.charCodeAt(sign);
  if (c !== PLUS && c !== MINUS) return 0;
  const minutesAt = sign + 3 + (text.charCodeAt(sign + 3) === COLON ? 1 : 0);
  if (minutesAt + 2 > reach || !allDigits(text, sign + 1, 2) || !allDigits(text, minutesAt, 2)) return 0;
  zoneEnd = minutesAt + 2;
  const minutes = two(text, sign + 1) * 60 + two(text, minutesAt);
  return c === MINUS ? -minutes : minutes;
}

interface StampDate {
  readonly start: number;
  readonly ms: number;
  readonly kind: DateKind;
}

/**
 * The date written right before the hour: `YYYY-MM-DD` or `YYYY/MM/DD` then `T`, a space or a tab;
 * `Mon DD YYYY ` (JavaScript); `Mon DD ` (syslog). Undefined when there is none; null when the
 * date does not exist (30 February).
 */
function dateBefore(text: string, floor: number, hour: number): StampDate | undefined | null {
  const before = text.charCodeAt(hour - 1);
  if (hour - 11 >= floor && (before === 84 /* T */ || before === SPACE || before === TAB)) {
    const y = hour - 11;
    const separator = text.charCodeAt(y + 4);
    if (
      (separator === MINUS || separator === SLASH) &&
      text.charCodeAt(y + 7) === separator &&
      allDigits(text, y, 4) &&
      allDigits(text, y + 5, 2) &&
      allDigits(text, y + 8, 2)
    )
      return validDate(y, four(text, y), two(text, y + 5) - 1, two(text, y + 8), 'full');
  }
  if (before !== SPACE) return undefined;
  if (hour - 6 >= floor && allDigits(text, hour - 5, 4) && text.charCodeAt(hour - 6) === SPACE) {
    const monthDay = monthDayBefore(text, floor, hour - 6);
    if (monthDay) return validDate(monthDay.start, four(text, hour - 5), monthDay.month, monthDay.day, 'full');
  }
  const monthDay = monthDayBefore(text, floor, hour - 1);
  return monthDay ? validDate(monthDay.start, MONTH_DAY_YEAR, monthDay.month, monthDay.day, 'month-day') : undefined;
}

const SLASH = 47;

/** `Mon DD`, `Mon  D` or `Mon D` ending just before `end`. */
function monthDayBefore(
  text: string,
  floor: number,
  end: number,
): { start: number; month: number; day: number } | undefined {
  if (end - 1 < floor || !isDigit(text.charCodeAt(end - 1))) return undefined;
  const twoDigits = isDigit(text.charCodeAt(end - 2));
  const day = twoDigits ? two(text, end - 2) : text.charCodeAt(end - 1) - 48;
  let spaces = twoDigits ? end - 2 : end - 1;
  const afterMonth = spaces;
  while (spaces > floor && afterMonth - spaces < 2 && text.charCodeAt(spaces - 1) === SPACE) spaces--;
  const start = spaces - 3;
  if (spaces === afterMonth || start < floor) return undefined;
  const month = MONTHS.indexOf(text.slice(start, spaces));
  if (month < 0 || (start > floor && isWordChar(text.charCodeAt(start - 1)))) return undefined;
  return { start, month, day };
}

function validDate(start: number, year: number, month: number, day: number, kind: DateKind): StampDate | null {
  if (month < 0 || month > 11 || day < 1 || day > daysInMonth(year, month)) return null;
  return { start, ms: dayMs(year, month, day), kind };
}

/** The last day asked for and its Date.UTC: a log's stamps run through few days, one after another. */
let lastDay = { year: -1, month: -1, day: -1, ms: 0 };

function dayMs(year: number, month: number, day: number): number {
  if (year !== lastDay.year || month !== lastDay.month || day !== lastDay.day)
    lastDay = { year, month, day, ms: Date.UTC(year, month, day) };
  return lastDay.ms;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month !== 1) return DAYS_IN_MONTH[month] as number;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordChar(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function allDigits(text: string, at: number, count: number): boolean {
  for (let i = at; i < at + count; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

function two(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
}

function four(text: string, at: number): number {
  return two(text, at) * 100 + two(text, at + 2);
}

/** Milliseconds from `a` to `b`, when both carry the same kind of date; undefined otherwise. */
export function elapsedMs(a: LogTime | undefined, b: LogTime | undefined): number | undefined {
  if (a === undefined || b === undefined || a.date !== b.date) return undefined;
  // Whole milliseconds and nanoseconds apart, each exact: the sum is then right to the nanosecond.
  const elapsed = b.ms - a.ms + (b.nanos - a.nanos) / 1e6;
  // Times of day alone: a later stamp that reads half a day earlier crossed midnight.
  return a.date === 'none' && elapsed < -HALF_DAY_MS ? elapsed + 2 * HALF_DAY_MS : elapsed;
}

const HALF_DAY_MS = 12 * 60 * MS_PER_MINUTE;
