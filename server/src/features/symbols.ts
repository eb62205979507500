/**
 * The Outline as a call list: one parent per Call-ID, labelled by what happened
 * ("INVITE 1001 → +14035551234 · 486 Busy Here") with the Call-ID as its detail, and one child
 * per SIP message in it. Messages without a Call-ID are listed on their own at the top level.
 */
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_LANGUAGE, type Language } from '../../../catalog/src/language';
import { partiesOf, userOfUri } from '../analysis/parties';
import type { Analysis, Call, SipMessage } from '../analysis/types';
import { SYMBOL_STRINGS } from './feature-strings';
import { replaceUnsafeControls } from './untrustedText';

/** Outline names come from logs; keep them short enough to read in a breadcrumb. */
const MAX_NAME = 80;
/** A call's label must fit the default sidebar: each part of it is clipped on its own. */
const MAX_USER = 9;
const MAX_PHRASE = 24;
/** From and To sit in the first lines of a message: reading more would only cost time on a big log. */
const PARTIES_REACH = 2048;

/** The Outline; `language` words what the log does not say (a call with no final response). */
export function documentSymbols(
  document: TextDocument,
  analysis: Analysis,
  language: Language = DEFAULT_LANGUAGE,
): DocumentSymbol[] {
  const inCall = new Set<number>();
  const symbols: { offset: number; symbol: DocumentSymbol }[] = [];
  for (const call of analysis.calls) {
    call.messages.forEach((index) => inCall.add(index));
    const symbol = callSymbol(document, analysis, call, language);
    if (symbol) symbols.push({ offset: analysis.messages[call.messages[0] as number]?.startOffset ?? 0, symbol });
  }
  for (const message of analysis.messages) {
    if (!inCall.has(message.index))
      symbols.push({ offset: message.startOffset, symbol: messageSymbol(document, message) });
  }
  return symbols.sort((a, b) => a.offset - b.offset).map((s) => s.symbol);
}

function callSymbol(
  document: TextDocument,
  analysis: Analysis,
  call: Call,
  language: Language,
): DocumentSymbol | undefined {
  const messages = call.messages.map((i) => analysis.messages[i]).filter((m): m is SipMessage => m !== undefined);
  const first = messages[0];
  const last = messages[messages.length - 1];
  if (!first || !last) return undefined;
  const children = messages.map((m) => messageSymbol(document, m));
  return {
    name: callLabel(document, messages, language),
    detail: clipName(call.callId),
    kind: SymbolKind.Namespace,
    range: span(document, first.startOffset, last.endOffset),
    selectionRange: span(document, first.startOffset, first.startLineEnd),
    children,
  };
}

/**
 * What happened in the call: its method, who called whom, and the final response that decided
 * it. `messages` are the call's, in text order, at least one.
 */
export function callLabel(
  document: TextDocument,
  messages: readonly SipMessage[],
  language: Language = DEFAULT_LANGUAGE,
): string {
  const first = messages[0] as SipMessage;
  // The request that opened the call may be missing from the log: its responses still name its method.
  const method = (first.kind === 'request' ? first.method : first.cseqMethod) ?? '?';
  const final = decidingFinal(messages, method);
  const outcome = final
    ? `${final.statusCode ?? '?'}${final.reasonPhrase ? ` ${clip(final.reasonPhrase, MAX_PHRASE)}` : ''}`
    : SYMBOL_STRINGS[language].noFinalResponse;
  const who = partiesLabel(document, first);
  return clipName(`${method}${who ? ` ${who}` : ''} · ${outcome}`);
}

/**
 * The response that decided the call's first request method: the first 2xx (the call or
 * registration succeeded; later re-INVITE answers do not change that), else the last final
 * response (after a 401/407 challenge, the retry's answer). Matched by CSeq method, so a
 * CANCEL's 200 does not count for the INVITE it cancelled.
 */
function decidingFinal(messages: readonly SipMessage[], method: string): SipMessage | undefined {
  let last: SipMessage | undefined;
  for (const message of messages) {
    const code = message.statusCode ?? 0;
    if (code < 200 || (message.cseqMethod !== undefined && message.cseqMethod !== method)) continue;
    if (code < 300) return message;
    last = message;
  }
  return last;
}

/**
 * "1001 → +14035551234": the From user and the called user (To, else the Request-URI), read
 * from the call's first message; one name when they are the same (a REGISTER).
 */
function partiesLabel(document: TextDocument, message: SipMessage): string {
  const end = Math.min(message.endOffset, message.startOffset + PARTIES_REACH);
  const headers = document.getText(span(document, message.startOffset, end));
  const parties = partiesOf(headers);
  const from = parties.from;
  const to = parties.to ?? (message.requestUri !== undefined ? userOfUri(message.requestUri) : undefined);
  if (from === undefined || to === undefined || from === to) {
    const one = from ?? to;
    return one === undefined ? '' : clipUser(one);
  }
  return `${clipUser(from)} → ${clipUser(to)}`;
}

/**
 * A long user keeps its start and its end (`+14035551234` → `+140…1234`): numbers that share a
 * country and area code differ in their last digits, so those must stay.
 */
function clipUser(user: string): string {
  const single = clip(user, Number.MAX_SAFE_INTEGER);
  if (single.length <= MAX_USER) return single;
  const head = Math.floor((MAX_USER - 1) / 2);
  return `${single.slice(0, head)}…${single.slice(single.length - (MAX_USER - 1 - head))}`;
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
  return clip(name, MAX_NAME) || '?';
}

function clip(text: string, max: number): string {
  const single = replaceUnsafeControls(text.replace(/[\r\n\t]+/gu, ' '));
  return single.length > max ? `${single.slice(0, max - 1)}…` : single;
}

function span(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(Math.max(start, end)) };
}
