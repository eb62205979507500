/**
 * The call-flow (ladder) model: plain data shared by everything that shows a call as a ladder.
 * The server builds it from the analysis (server/src/flow), the CLI prints it (`sip-lens flow`),
 * the client's webview draws it, and every export (Mermaid, PlantUML, plain text, SVG, JSON) is a
 * pure function of it (catalog/src/flow). Strings a log wrote stay as written; labels the product
 * writes are already in the diagram's language.
 */
import type { CallKind, CallState } from '../call-vocabulary';
import type { Language } from '../language';

/** One column of the ladder: a transport address the messages went from or to. */
export interface FlowEndpoint {
  /** Stable key within the diagram (the address as normalised for grouping, e.g. `10.0.0.1:5060`). */
  readonly key: string;
  /** The address as the log wrote it (host, or host:port; transport when the log named it). */
  readonly address: string;
  /** User-Agent or Server of the messages this endpoint sent, when one said. */
  readonly agent?: string;
  /** True when the address comes from the message (top Via), not from the log's banner. */
  readonly inferred: boolean;
}

export type FlowSeverity = 'error' | 'warning' | 'information' | 'hint';

/** One of SIP Lens's findings, drawn on the arrow of the message it is about. */
export interface FlowFinding {
  readonly rule: string;
  readonly severity: FlowSeverity;
  readonly message: string;
  readonly shortFix?: string;
}

/** One message, one arrow. */
export interface FlowArrow {
  /** Index into FlowDiagram.endpoints of the sender and of the receiver. */
  readonly from: number;
  readonly to: number;
  /** The request's method, or the response's CSeq method. */
  readonly method: string;
  /** A response's status code; absent for a request. */
  readonly code?: number;
  /** What the arrow says: `INVITE`, `180 Ringing` (the phrase as the log wrote it). */
  readonly label: string;
  /** The Call-ID of the message: which leg it belongs to (FlowDiagram.legs). */
  readonly leg: number;
  /** The time as the log wrote it, and milliseconds since the previous arrow with a comparable time. */
  readonly time?: string;
  readonly deltaMs?: number;
  /**
   * A retransmission (the same request or response again, RFC 3261 §17): the index of the first
   * arrow of its group. The first arrow of a group carries `repeats`, the number of copies after it.
   */
  readonly retransmissionOf?: number;
  readonly repeats?: number;
  /** SDP in the body: the offer or the answer of RFC 3264, and its media lines (`m=audio 4000 RTP/AVP 0 8`). */
  readonly sdp?: 'offer' | 'answer';
  readonly media?: readonly string[];
  /** The findings on this message, most severe first. */
  readonly findings: readonly FlowFinding[];
  /** Where the message is in the document: its start line and last line (0-based). */
  readonly line: number;
  readonly endLine: number;
}

/** One Call-ID drawn in the diagram; the first is the call the user asked for. */
export interface FlowLeg {
  readonly callId: string;
  readonly kind: CallKind;
  readonly state: CallState;
  /** The state in the diagram's language. */
  readonly stateLabel: string;
  readonly finalCode?: number;
  /** Why this leg was linked to the first one (in the diagram's language); absent for the first. */
  readonly linkReason?: string;
}

/** The header above the ladder: the first leg's story. */
export interface FlowHeader {
  readonly state: CallState;
  readonly stateLabel: string;
  readonly from?: string;
  readonly to?: string;
  readonly requestUri?: string;
  readonly finalCode?: number;
  readonly finalPhrase?: string;
  readonly setupDelayMs?: number;
  readonly durationMs?: number;
}

export interface FlowDiagram {
  /** The language the product's labels are in (state labels, link reasons); the exports word theirs in it too. */
  readonly language?: Language;
  readonly header: FlowHeader;
  readonly legs: readonly FlowLeg[];
  readonly endpoints: readonly FlowEndpoint[];
  /** In log order. */
  readonly arrows: readonly FlowArrow[];
}

/** A leg the server offers to add: another Call-ID that looks like part of the same call, and why. */
export interface FlowLegSuggestion {
  readonly callId: string;
  readonly reason: string;
}
