/**
 * Contracts of the pure analysis core: text in, facts out. The language server, the CLI and
 * the tests all read these; nothing here knows about LSP or VS Code.
 * All positions are UTF-16 offsets into the analysed text (what JavaScript strings index).
 */

/** How a status code was found. */
export type OccurrenceKind =
  /** `SIP/2.0 486 Busy Here` start line of a response. */
  | 'status-line'
  /** `Reason: SIP;cause=487` header. */
  | 'reason-sip'
  /** `Reason: STIR;cause=436` (RFC 9410). */
  | 'reason-stir'
  /** A log line that names a SIP response code by context (Kamailio, pjsua, SIPp, tshark, ...). */
  | 'mention';

/** One SIP status code found in the text. */
export interface Occurrence {
  /** Offset of the first digit. The code always spans 3 characters. */
  readonly offset: number;
  readonly code: number;
  readonly kind: OccurrenceKind;
  /** The reason phrase as written, when the context carries one (status lines, tshark, pjsua). */
  readonly phrase?: string;
  /** Index into Analysis.messages of the message that contains it, or -1. */
  readonly messageIndex: number;
  /** Mentions of a 2xx-6xx code: what their line says around it (FACT_* bits of lineFacts.ts). */
  readonly lineFacts?: number;
  /** Mentions of a 2xx-6xx code: the Call-ID their line names, when it names one. */
  readonly callToken?: string;
}

/** A Q.850 cause from `Reason: Q.850;cause=17`: never a SIP code. */
export interface Q850Occurrence {
  readonly offset: number;
  readonly length: number;
  readonly cause: number;
  readonly messageIndex: number;
}

export interface ReasonHeader {
  readonly protocol: string;
  readonly cause: number;
  readonly text?: string;
}

/** One SIP message found in the text, under whatever log banner or prefix carried it. */
export interface SipMessage {
  readonly index: number;
  /** Offset of the start line's first character (after any log prefix or indentation). */
  readonly startOffset: number;
  /** Offset just past the message's last character (end of its last header or body line). */
  readonly endOffset: number;
  /** Offset just past the start line's text (before its line break / ngrep trailing dot). */
  readonly startLineEnd: number;
  readonly kind: 'request' | 'response';
  /** Request method (requests only). */
  readonly method?: string;
  readonly requestUri?: string;
  /** Status code and phrase (responses only). */
  readonly statusCode?: number;
  readonly reasonPhrase?: string;
  readonly callId?: string;
  readonly cseqNumber?: number;
  readonly cseqMethod?: string;
  /** Branch parameter of the top Via. */
  readonly viaBranch?: string;
  readonly fromTag?: string;
  readonly toTag?: string;
  readonly reasons: readonly ReasonHeader[];
  /** Carries Authorization or Proxy-Authorization (a retry after a 401/407 challenge). */
  readonly hasCredentials: boolean;
  /**
   * Which log format wrapped it: 'raw', 'asterisk', 'freeswitch', 'sngrep', 'ngrep', 'pjsua', 'sipp', 'homer',
   * 'tcpdump', 'json', 'python', 'escaped', 'jssip', 'sip.js', 'sipml5', 'linphone', 'websocket'.
   */
  readonly format: string;
}

/** A request and its responses, matched by Call-ID + CSeq number + CSeq method (+ branch where known). */
export interface Transaction {
  readonly callId: string;
  readonly cseqNumber: number;
  readonly method: string;
  /** Message index of the request, when it is in the text. */
  readonly request?: number;
  /** Message indexes of responses, in text order. */
  readonly responses: readonly number[];
  /** Message index of the first final (>= 200) response, if any. */
  readonly finalResponse?: number;
}

/** The transaction of a message (the rules' flow index answers it): one transaction model for every feature. */
export type TransactionOf = (messageIndex: number) => Transaction | undefined;

/** All messages sharing one Call-ID. */
export interface Call {
  readonly callId: string;
  /** Message indexes in text order. */
  readonly messages: readonly number[];
  readonly transactions: readonly Transaction[];
}

/** Everything the core knows about one document. */
export interface Analysis {
  readonly textLength: number;
  /** Status-code occurrences, sorted by offset. */
  readonly occurrences: readonly Occurrence[];
  readonly q850: readonly Q850Occurrence[];
  readonly messages: readonly SipMessage[];
  readonly calls: readonly Call[];
}
