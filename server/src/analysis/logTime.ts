/**
 * The timestamp a log wrote on a line, in the shapes the recognised formats use: ISO 8601 and its
 * log variants (`2026-01-15 10:00:00.412`, `2026-01-15T10:00:00.101Z`, `2026/01/15 10:00:00.123456`,
 * `2026-01-15 10:00:12,412`, linphone's `10:00:00:131`, a `+0100` offset), syslog's
 * `Jan 15 10:12:07` (Asterisk's `[Jan 15 10:12:07]`), JavaScript's `Thu Jan 15 2026 10:00:00 GMT+0100`,
 * and a time of day alone (FreeSWITCH's `at 12:30:57.916812`, pjsua's `17:05:04.052`, tcpdump's
 * `10:15:02.118204`). The text is kept as written: a log's clock is the log's, not the reader's.
 */

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

/**
 * Date (optional) then time: `YYYY-MM-DD[T ]` (or a tab, as SIPp's error log writes) or
 * `YYYY/MM/DD `, or `Mon DD [YYYY] `; then
 * `hh:mm:ss`, a fraction after `.`, `,` or (linphone) `:`, and an offset (`Z`, `+01:00`, `+0100`,
 * ` GMT+0100`). Every part is bounded, so the search is linear in the line.
 */
const STAMP =
  /(?:(\d{4})([-/])(\d\d)\2(\d\d)[T \t]|\b([A-Z][a-z]{2}) {1,2}(\d{1,2}) (?:(\d{4}) )?)?(?<!\d)(\d\d):(\d\d):(\d\d)(?:[.,:](\d{1,9}))?(Z|(?: GMT)?[+-]\d\d:?\d\d)?(?!\d|:\d)/u;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MS_PER_MINUTE = 60_000;
/** The year a month-day stamp is placed in: a leap year, so that 29 February exists. */
const MONTH_DAY_YEAR = 2000;

/** The first timestamp in `line` (read up to TIME_REACH characters), or undefined. */
export function timeIn(line: string): LogTime | undefined {
  const match = STAMP.exec(line.length > TIME_REACH ? line.slice(0, TIME_REACH) : line);
  if (!match) return undefined;
  const [, year, , month, day, monthName, monthDay, namedYear, hh, mm, ss, fraction, zone] = match;
  const hours = Number(hh);
  const minutes = Number(mm);
  const seconds = Number(ss);
  if (hours > 23 || minutes > 59 || seconds > 60) return undefined;
  // A `:` before the fraction is linphone's milliseconds, always three digits; other lengths are no fraction.
  const separator = fraction === undefined ? '' : line.charAt((match.index ?? 0) + match[0].indexOf(fraction) - 1);
  if (separator === ':' && fraction?.length !== 3) return undefined;
  const digits = (fraction ?? '').padEnd(9, '0');
  const clock = ((hours * 60 + minutes) * 60 + seconds) * 1000 + Number(digits.slice(0, 3));
  const date = dateOf(year, month, day, monthName, monthDay, namedYear);
  if (date === null) return undefined;
  return {
    text: match[0],
    ms: (date?.ms ?? 0) + clock - zoneOffsetMinutes(zone) * MS_PER_MINUTE,
    nanos: Number(digits.slice(3, 9)),
    date: date?.kind ?? 'none',
    fractionDigits: fraction?.length ?? 0,
  };
}

/** Midnight of the stamp's date in ms; undefined without a date, null for a date that does not exist. */
function dateOf(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
  monthName: string | undefined,
  monthDay: string | undefined,
  namedYear: string | undefined,
): { ms: number; kind: DateKind } | undefined | null {
  if (year !== undefined) return validDate(Number(year), Number(month) - 1, Number(day), 'full');
  if (monthName === undefined) return undefined;
  const monthIndex = MONTHS.indexOf(monthName);
  if (monthIndex < 0) return null;
  const full = namedYear !== undefined;
  return validDate(
    full ? Number(namedYear) : MONTH_DAY_YEAR,
    monthIndex,
    Number(monthDay),
    full ? 'full' : 'month-day',
  );
}

function validDate(year: number, month: number, day: number, kind: DateKind): { ms: number; kind: DateKind } | null {
  const ms = Date.UTC(year, month, day);
  const back = new Date(ms);
  return back.getUTCMonth() === month && back.getUTCDate() === day ? { ms, kind } : null;
}

/** Minutes east of UTC named by `Z`, `+01:00`, `+0100` or ` GMT+0100`; 0 when absent. */
function zoneOffsetMinutes(zone: string | undefined): number {
  if (zone === undefined || zone === 'Z') return 0;
  const digits = zone.replace(/\D/gu, '');
  const sign = zone.includes('-') ? -1 : 1;
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
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
