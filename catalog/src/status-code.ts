/**
 * What counts as a SIP status code, with no other catalog data, so that the webview script
 * can bundle the one validator without the catalog's prose.
 */

/** The lowest and highest numbers that can be SIP status codes at all (RFC 3261 §7.2). */
export const MIN_STATUS_CODE = 100;
export const MAX_STATUS_CODE = 699;

/** An integer from 100 to 699. Takes any value, so untrusted messages can be checked with it. */
export function isStatusCodeNumber(code: unknown): code is number {
  return typeof code === 'number' && Number.isInteger(code) && code >= MIN_STATUS_CODE && code <= MAX_STATUS_CODE;
}

/**
 * Reads a code typed by a user or passed as a command argument: a number or a string of exactly
 * three digits. Returns undefined for anything else, including numbers outside 100-699.
 */
export function parseStatusCode(raw: unknown): number | undefined {
  const code =
    typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*\d{3}\s*$/u.test(raw) ? Number(raw) : NaN;
  return isStatusCodeNumber(code) ? code : undefined;
}
