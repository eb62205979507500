/**
 * The call-flow page: a shell with a strict CSP (`default-src 'none'`, the one bundled script by
 * nonce, the stylesheet from the extension) and empty hosts the script fills from the diagram it is
 * sent. No log text is ever written into this HTML: the diagram travels by postMessage and is drawn
 * with DOM calls (client/media/flow/draw.ts). Pure: no `vscode` import, so unit tests check it.
 */
import { escapeHtml } from '../compare/escape';
import { webviewHead } from '../webviewHead';

export interface FlowHtmlOptions {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** A fresh random nonce per page. */
  readonly nonce: string;
  /** `webview.asWebviewUri(...)` of client/media/dist/flow.js and client/media/flow/flow.css. */
  readonly scriptUri: string;
  readonly styleUri: string;
  /** The page's title and `lang`, in the user's language. */
  readonly title: string;
  readonly htmlLang: string;
  /** The ladder's accessible name until the first diagram arrives. */
  readonly ladderLabel: string;
}

export function renderFlowHtml(opts: FlowHtmlOptions): string {
  return `${webviewHead(opts)}
<body>
  <div id="header"></div>
  <p id="empty" role="status"></p>
  <div id="ladder" tabindex="0" role="listbox" aria-label="${escapeHtml(opts.ladderLabel)}">
    <div id="heads"></div>
    <div id="rows"></div>
  </div>
  <script nonce="${escapeHtml(opts.nonce)}" src="${escapeHtml(opts.scriptUri)}"></script>
</body>
</html>`;
}
