/**
 * When the language client handed each document to the server: the moment its `didOpen`
 * middleware ran (the extension host has the text) and the moment the notification was written
 * to the server's channel. With the server's own `receivedAt` (analysisProgress), the in-VS Code
 * figures split open → diagnostics into the editor's share and SIP Lens's. A few numbers per
 * document, kept for the last documents only.
 */
import type { Middleware } from 'vscode-languageclient/node';

export interface OpenTimes {
  /** Wall-clock milliseconds when the client's `didOpen` middleware was called. */
  readonly handed: number;
  /** When the `didOpen` notification had been written (the promise `next` returned resolved). */
  sent?: number;
}

const KEPT = 50;
const now = () => performance.timeOrigin + performance.now();

export const openTimes = new Map<string, OpenTimes>();

export const openTimesMiddleware: Middleware = {
  didOpen: async (document, next) => {
    const uri = document.uri.toString();
    const times: OpenTimes = { handed: now() };
    openTimes.delete(uri);
    openTimes.set(uri, times);
    if (openTimes.size > KEPT) openTimes.delete(openTimes.keys().next().value as string);
    await next(document);
    times.sent = now();
  },
};
