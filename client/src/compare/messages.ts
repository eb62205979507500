/**
 * The contract between the compare webview and the extension. The webview is treated as
 * untrusted: everything it posts goes through `parseWebviewMessage` before the extension acts.
 * Pure: no `vscode` import, so the webview script and unit tests share it.
 */
import { isStatusCodeNumber } from '../../../catalog/src/status-code';
import { ENGLISH, type L10n } from '../translation';

/** Messages the webview posts to the extension. */
export type WebviewMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'compare'; readonly a: number; readonly b: number }
  | { readonly type: 'swap' }
  | { readonly type: 'openRfc'; readonly url: string };

/** What the webview keeps with `setState`, and what `revive` gets back after a restart. */
export interface CompareViewState {
  readonly a: number;
  readonly b: number;
  /** Codes found in the document the comparison was opened from, for the "found in this document" marker. */
  readonly documentCodes: readonly number[];
}

export const RFC_EDITOR_PREFIX = 'https://www.rfc-editor.org/';
/** Longer than any RFC section link; anything longer is not ours. */
const MAX_URL_LENGTH = 200;
const MAX_DOCUMENT_CODES = 600;

/** True only for plain https links into rfc-editor.org: no credentials, ports or look-alike hosts. */
export function isRfcEditorUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH || !value.startsWith(RFC_EDITOR_PREFIX)) return false;
  if (/[\s"'<>\\`]/u.test(value)) return false;
  try {
    const url = new URL(value);
    return (
      url.protocol === 'https:' && url.hostname === 'www.rfc-editor.org' && !url.port && !url.username && !url.password
    );
  } catch {
    return false;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when `value` has exactly the given keys: extra fields mean a message we do not understand. */
function hasExactKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  const actual = Object.keys(value);
  return actual.length === keys.length && keys.every((key) => Object.prototype.hasOwnProperty.call(value, key));
}

/** The message if it is well-formed, otherwise undefined (the caller logs and ignores it). */
export function parseWebviewMessage(raw: unknown): WebviewMessage | undefined {
  if (!isRecord(raw)) return undefined;
  switch (raw.type) {
    case 'ready':
    case 'swap':
      return hasExactKeys(raw, ['type']) ? { type: raw.type } : undefined;
    case 'compare':
      return hasExactKeys(raw, ['type', 'a', 'b']) && isStatusCodeNumber(raw.a) && isStatusCodeNumber(raw.b)
        ? { type: 'compare', a: raw.a, b: raw.b }
        : undefined;
    case 'openRfc':
      return hasExactKeys(raw, ['type', 'url']) && isRfcEditorUrl(raw.url)
        ? { type: 'openRfc', url: raw.url }
        : undefined;
    default:
      return undefined;
  }
}

/** The saved state if usable. Unknown fields are ignored: older or newer builds may add some. */
export function parseViewState(raw: unknown): CompareViewState | undefined {
  if (!isRecord(raw) || !isStatusCodeNumber(raw.a) || !isStatusCodeNumber(raw.b)) return undefined;
  const codes = Array.isArray(raw.documentCodes) ? raw.documentCodes.slice(0, MAX_DOCUMENT_CODES) : [];
  return { a: raw.a, b: raw.b, documentCodes: codes.filter(isStatusCodeNumber) };
}

/** A short, safe description of a rejected message for the log: never the whole payload. */
export function describeRejected(raw: unknown, l10n: L10n = ENGLISH): string {
  const type = isRecord(raw) && typeof raw.type === 'string' ? l10n.t('type "{0}"', raw.type.slice(0, 40)) : typeof raw;
  return l10n.t('Ignored a malformed message from the compare view ({0}).', type);
}
