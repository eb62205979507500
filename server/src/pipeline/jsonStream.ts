/**
 * One JSON value decoded while its text is still arriving. A didOpen of a 50 MB log is one JSON-RPC
 * message whose `text` is a 52 MB JSON string: the stock reader keeps every chunk, joins them into one
 * buffer, decodes it into one 52 MB string and only then parses it, all after the last byte came
 * (three copies of the log alive at once). Here every string of the
 * value that is long, or that a chunk ends inside, is decoded piece by piece as its text arrives (each
 * piece by the engine's own JSON.parse, so escapes decode exactly as they would in one call), and
 * only the small rest of the value (its keys, numbers, short strings) is parsed at the end, with the
 * long strings put back in their places. The result is the value `JSON.parse` gives for the whole text.
 */

/** Strings shorter than this that a chunk holds whole stay in the skeleton: parsing them apart costs more. */
const LONG_STRING_CHARS = 16 * 1024;

/** A string too long for the skeleton: its decoded pieces, put together once the value is complete. */
interface LongString {
  readonly pieces: string[];
}

export class StreamedJson {
  /** The value's text outside the long strings, each long string replaced by a placeholder. */
  private readonly skeleton: string[] = [];
  private readonly longStrings: LongString[] = [];
  /** The long string being read, when the text so far ends inside one. */
  private open: LongString | undefined;
  /** The end of the open string's text that may be half an escape, kept for the next chunk. */
  private carried = '';
  /** Unique to this value: placeholders cannot be confused with the value's own strings. */
  private readonly marker = `\u0000sip-lens-long-string-${Math.random().toString(36).slice(2)}-`;

  /** The next part of the value's text. */
  write(text: string): void {
    let at = 0;
    while (at < text.length) at = this.open ? this.continueString(text, at) : this.outside(text, at);
  }

  /** The value, once all of its text was written. Throws a SyntaxError, as JSON.parse does, on invalid JSON. */
  end(): unknown {
    if (this.open) throw new SyntaxError('Unterminated string in JSON');
    const value: unknown = JSON.parse(this.skeleton.join(''));
    return this.longStrings.length === 0 ? value : this.restore(value);
  }

  /** Text outside long strings, from `at`: up to the next string, which is kept whole when short. */
  private outside(text: string, at: number): number {
    const quote = text.indexOf('"', at);
    if (quote === -1) {
      this.skeleton.push(text.slice(at));
      return text.length;
    }
    const close = closingQuote(text, quote + 1);
    if (close !== -1 && close - quote < LONG_STRING_CHARS) {
      this.skeleton.push(text.slice(at, close + 1));
      return close + 1;
    }
    this.skeleton.push(text.slice(at, quote), JSON.stringify(this.marker + this.longStrings.length));
    this.open = { pieces: [] };
    this.longStrings.push(this.open);
    return quote + 1;
  }

  /** Text inside the open long string, from `at`: decoded up to its end or the chunk's, less any half escape. */
  private continueString(text: string, at: number): number {
    const open = this.open as LongString;
    // The carried half escape (at most six characters) is read again with the chunk it continues in.
    const carried = this.carried;
    const source = carried.length === 0 ? text : carried + text.slice(at);
    const from = carried.length === 0 ? at : 0;
    const close = closingQuote(source, from);
    let raw = source.slice(from, close === -1 ? source.length : close);
    this.carried = '';
    if (close === -1) {
      const whole = completeEscapesEnd(raw);
      this.carried = raw.slice(whole);
      raw = raw.slice(0, whole);
    }
    if (raw.length > 0) open.pieces.push(JSON.parse(`"${raw}"`) as string);
    if (close === -1) return text.length;
    this.open = undefined;
    return carried.length === 0 ? close + 1 : close + 1 - carried.length + at;
  }

  /** `value` with each placeholder replaced by its long string (the skeleton is small: a plain walk). */
  private restore(value: unknown): unknown {
    if (typeof value === 'string') return this.longString(value) ?? value;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = this.restore(value[i]);
      return value;
    }
    if (value === null || typeof value !== 'object') return value;
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    // A chunk that ended inside a key made the key a placeholder too (rare): the object is rebuilt in order.
    if (keys.some((key) => key.startsWith(this.marker))) return this.rebuilt(record, keys);
    for (const key of keys) {
      const restored = this.restore(record[key]);
      if (restored !== record[key]) record[key] = restored;
    }
    return record;
  }

  private rebuilt(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    for (const key of keys) {
      // Defined, not assigned: a "__proto__" key stays a plain property, as JSON.parse makes it.
      const property = { value: this.restore(record[key]), writable: true, enumerable: true, configurable: true };
      Object.defineProperty(result, this.longString(key) ?? key, property);
    }
    return result;
  }

  private longString(placeholder: string): string | undefined {
    if (!placeholder.startsWith(this.marker)) return undefined;
    const long = this.longStrings[Number(placeholder.slice(this.marker.length))];
    return long?.pieces.join('');
  }
}

/** The index of the quote that ends a string whose text starts at `from`, or -1 when `text` ends first. */
function closingQuote(text: string, from: number): number {
  for (let quote = text.indexOf('"', from); quote !== -1; quote = text.indexOf('"', quote + 1)) {
    if (!escaped(text, quote, from)) return quote;
  }
  return -1;
}

/** True when the quote at `quote` is escaped: an odd run of backslashes before it, reading back to `from`. */
function escaped(text: string, quote: number, from: number): boolean {
  let backslashes = 0;
  for (let i = quote - 1; i >= from && text.charCodeAt(i) === 0x5c; i--) backslashes++;
  return backslashes % 2 === 1;
}

/** The length of the longest start of a string's text that ends with no escape cut in half. */
function completeEscapesEnd(raw: string): number {
  const last = raw.lastIndexOf('\\');
  // The longest escape is \uXXXX: a backslash six or more characters back finished its escape.
  if (last === -1 || last < raw.length - 6) return raw.length;
  let run = 0;
  for (let i = last; i >= 0 && raw.charCodeAt(i) === 0x5c; i--) run++;
  // An even run is pairs of escaped backslashes, each complete.
  if (run % 2 === 0) return raw.length;
  const needed = raw.charCodeAt(last + 1) === 0x75 /* u */ ? 6 : 2;
  return last + needed <= raw.length ? raw.length : last;
}
