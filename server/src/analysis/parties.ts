/**
 * Who called whom, read on demand from one message's header block: the user parts of its From
 * and To URIs (RFC 3261 §20.20, §20.39) and of a Request-URI. The whole analysis does not parse
 * these: only the Outline needs them, once per call, so they are read lazily from the few
 * lines of the call's first message instead of from every message of a big log.
 */

export interface Parties {
  readonly from?: string;
  readonly to?: string;
}

/** A `From:`/`f:` or `To:`/`t:` header name and colon (compact forms, RFC 3261 §7.3.3), any case, at a line's start. */
const FROM_TO_NAME = /[ \t]*(from|f|to|t)[ \t]*:/iy;

const LOWER_CASE_BIT = 0x20;
const LOWER_F = 0x66;

/** The From and To users of the header block `headers` (a message's text, or its first few kilobytes). */
export function partiesOf(headers: string): Parties {
  let from: string | undefined;
  let to: string | undefined;
  // Line by line with indexOf: a multiline expression would try every character of the block.
  for (let start = 0; start < headers.length && (from === undefined || to === undefined);) {
    const newline = headers.indexOf('\n', start);
    const end = newline < 0 ? headers.length : newline;
    FROM_TO_NAME.lastIndex = start;
    const match = FROM_TO_NAME.exec(headers);
    if (match) {
      const value = headers.slice(FROM_TO_NAME.lastIndex, end);
      // `f`/`from` or `t`/`to`, in any case: the first letter decides.
      if (((match[1] as string).charCodeAt(0) | LOWER_CASE_BIT) === LOWER_F) from ??= userOfAddress(value);
      else to ??= userOfAddress(value);
    }
    start = end + 1;
  }
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}

/** The user part of a name-addr or addr-spec header value (`"Bob" <sip:1001@host>;tag=x` → `1001`). */
export function userOfAddress(value: string): string | undefined {
  const open = value.indexOf('<');
  const uri = open >= 0 ? value.slice(open + 1, endOf(value, open + 1, '>')) : value.trim();
  return userOfUri(uri);
}

/**
 * The user of a SIP, SIPS or tel URI: `sip:+14035551234@host` → `+14035551234`,
 * `tel:+14035551234;phone-context=x` → `+14035551234`. Undefined for a URI with no user
 * (`sip:pbx.example.com`) or another scheme.
 */
export function userOfUri(uri: string): string | undefined {
  const colon = uri.indexOf(':');
  if (colon < 0) return undefined;
  const scheme = uri.slice(0, colon).trim().toLowerCase();
  const rest = uri.slice(colon + 1);
  if (scheme === 'tel') return nonEmpty(rest.slice(0, endOf(rest, 0, ';', '>', ' ')));
  if (scheme !== 'sip' && scheme !== 'sips') return undefined;
  const at = rest.indexOf('@');
  // No user part: the URI ends before any `@` (a later `@` belongs to something else).
  if (at < 0 || endOf(rest, 0, '>', ' ', ',') < at) return undefined;
  // A telephone-subscriber user may carry parameters (`+14035551234;npdi@host`): the number is what matters.
  const user = rest.slice(0, at);
  return nonEmpty(user.slice(0, endOf(user, 0, ';')));
}

/** Index of the first of `stops` in `text` at or after `from`, or the text length. */
function endOf(text: string, from: number, ...stops: string[]): number {
  let end = text.length;
  for (const stop of stops) {
    const found = text.indexOf(stop, from);
    if (found >= 0 && found < end) end = found;
  }
  return end;
}

function nonEmpty(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** One end of a call as a From or To header names it: the URI's user and the display name. */
export interface Party {
  readonly user?: string;
  readonly display?: string;
}

/** `"Alice Smith" <sip:1001@host>;tag=x` → `{ user: '1001', display: 'Alice Smith' }` (RFC 3261 §25.1 name-addr). */
export function partyOf(value: string): Party {
  const user = userOfAddress(value);
  const open = value.indexOf('<');
  // A quoted display name may be escaped again by a JSON log (`\"Alice\"`): quotes and backslashes go.
  const before = open > 0 ? value.slice(0, open) : '';
  const quoted = before.includes('"') || before.includes('\\');
  const display = open > 0 ? nonEmpty(quoted ? before.replace(/[\\"]/gu, '') : before) : undefined;
  return { ...(user !== undefined ? { user } : {}), ...(display !== undefined ? { display } : {}) };
}
