/**
 * The Outline as a call list: one parent per Call-ID, one child per SIP message in it.
 * Messages without a Call-ID are listed on their own at the top level.
 */
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Call, SipMessage } from '../analysis/types';
import { replaceUnsafeControls } from './untrustedText';

/** Outline names come from logs; keep them short enough to read in a breadcrumb. */
const MAX_NAME = 80;

export function documentSymbols(document: TextDocument, analysis: Analysis): DocumentSymbol[] {
  const inCall = new Set<number>();
  const symbols: { offset: number; symbol: DocumentSymbol }[] = [];
  for (const call of analysis.calls) {
    call.messages.forEach((index) => inCall.add(index));
    const symbol = callSymbol(document, analysis, call);
    if (symbol) symbols.push({ offset: analysis.messages[call.messages[0] as number]?.startOffset ?? 0, symbol });
  }
  for (const message of analysis.messages) {
    if (!inCall.has(message.index))
      symbols.push({ offset: message.startOffset, symbol: messageSymbol(document, message) });
  }
  return symbols.sort((a, b) => a.offset - b.offset).map((s) => s.symbol);
}

function callSymbol(document: TextDocument, analysis: Analysis, call: Call): DocumentSymbol | undefined {
  const messages = call.messages.map((i) => analysis.messages[i]).filter((m): m is SipMessage => m !== undefined);
  const first = messages[0];
  const last = messages[messages.length - 1];
  if (!first || !last) return undefined;
  const children = messages.map((m) => messageSymbol(document, m));
  return {
    name: clipName(`Call ${call.callId}`),
    detail: replaceUnsafeControls(callSummary(messages)),
    kind: SymbolKind.Namespace,
    range: span(document, first.startOffset, last.endOffset),
    selectionRange: span(document, first.startOffset, first.startLineEnd),
    children,
  };
}

/** "INVITE → 486" style summary: the first request and the last final response. */
function callSummary(messages: readonly SipMessage[]): string {
  const firstRequest = messages.find((m) => m.kind === 'request');
  const finals = messages.filter((m) => (m.statusCode ?? 0) >= 200);
  const lastFinal = finals[finals.length - 1];
  const parts = [`${messages.length} message${messages.length === 1 ? '' : 's'}`];
  if (firstRequest?.method) parts.push(firstRequest.method + (lastFinal ? ` → ${lastFinal.statusCode}` : ''));
  return parts.join(', ');
}

export function messageName(message: SipMessage): string {
  if (message.kind === 'request') return clipName(`${message.method ?? '?'} ${message.requestUri ?? ''}`.trim());
  const phrase = message.reasonPhrase ? ` ${message.reasonPhrase}` : '';
  const method = message.cseqMethod ? ` (${message.cseqMethod})` : '';
  return clipName(`${message.statusCode ?? '?'}${phrase}${method}`);
}

function messageSymbol(document: TextDocument, message: SipMessage): DocumentSymbol {
  return {
    name: messageName(message),
    detail: replaceUnsafeControls(
      message.cseqNumber !== undefined
        ? `CSeq ${message.cseqNumber} ${message.cseqMethod ?? ''}`.trim()
        : message.format,
    ),
    kind: message.kind === 'request' ? SymbolKind.Function : SymbolKind.Event,
    range: span(document, message.startOffset, message.endOffset),
    selectionRange: span(document, message.startOffset, message.startLineEnd),
  };
}

/** Names show in the Outline, breadcrumbs and Go to Symbol: one line, filtered, short. */
function clipName(name: string): string {
  const single = replaceUnsafeControls(name.replace(/[\r\n\t]+/gu, ' '));
  return single.length > MAX_NAME ? `${single.slice(0, MAX_NAME - 1)}…` : single || '?';
}

function span(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(Math.max(start, end)) };
}
