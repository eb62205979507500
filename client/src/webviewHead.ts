/**
 * The `<!DOCTYPE>`, `<html>` and `<head>` every SIP Lens webview starts with: one strict CSP for the
 * compare view and the call-flow view alike. Nothing loads but the extension's stylesheet and the one
 * script carrying this page's nonce; a form is never submitted and no relative URL needs a base, so
 * those two directives close what `default-src` does not cover. Pure: unit tests check it.
 */
import { escapeHtml } from './compare/escape';

export interface WebviewHeadOptions {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** A fresh random nonce per page. */
  readonly nonce: string;
  readonly styleUri: string;
  /** The page's `lang` (BCP 47) and title, in the user's language. */
  readonly htmlLang: string;
  readonly title: string;
}

/** The page up to and including `</head>`; the caller writes the body. */
export function webviewHead(opts: WebviewHeadOptions): string {
  const csp = [
    "default-src 'none'",
    `style-src ${opts.cspSource}`,
    `script-src 'nonce-${opts.nonce}'`,
    `img-src ${opts.cspSource}`,
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(opts.htmlLang)}">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link rel="stylesheet" href="${escapeHtml(opts.styleUri)}">
  <title>${escapeHtml(opts.title)}</title>
</head>`;
}
