/**
 * The contract between the client and the server: the custom LSP requests, typed with the
 * protocol library that both `vscode-languageclient` and `vscode-languageserver` are built on,
 * so a handler or a caller whose params or result drift from the declaration does not compile.
 * Only the client and the server bundles import this file (both carry that library already);
 * the webview and the CLI do not.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { CallKind, CallState } from './call-vocabulary';
import type { FlowDiagram, FlowLegSuggestion } from './flow/model';

/** Distinct status codes found in a document, in order of first appearance. */
export interface DocumentCodesParams {
  readonly uri: string;
}
export interface DocumentCodesResult {
  readonly codes: readonly number[];
}
export const DocumentCodesRequest = new RequestType<DocumentCodesParams, DocumentCodesResult, void>(
  'sipLens/documentCodes',
);

/** The status code (not a Q.850 cause) under a position, or null. */
export interface CodeAtParams {
  readonly uri: string;
  readonly position: { readonly line: number; readonly character: number };
}
export interface CodeAtResult {
  readonly code: number | null;
}
export const CodeAtRequest = new RequestType<CodeAtParams, CodeAtResult, void>('sipLens/codeAt');

/**
 * How long the server's last analysis of a document took, for the benchmark and for
 * `sipLens.trace.server` users wondering where time goes. Null when the document is unknown.
 */
export interface AnalysisStatsParams {
  readonly uri: string;
}
export interface AnalysisStatsResult {
  readonly version: number;
  readonly textLength: number;
  /** Wall time of the last (re-)analysis of this document, in milliseconds. */
  readonly analysisMs: number;
  /** Wall time of the last rules evaluation, in milliseconds. */
  readonly rulesMs: number;
  readonly messages: number;
  readonly occurrences: number;
  /** Whether the server can give memory back after large documents (it runs with SERVER_EXEC_ARGV). */
  readonly collectsGarbage: boolean;
  /**
   * The server's whole V8 heap in use when asked, live objects and uncollected garbage alike: how much
   * a document closed earlier still holds (test/server/reopen.test.ts, the benchmark).
   */
  readonly heapUsedBytes: number;
}
export const AnalysisStatsRequest = new RequestType<AnalysisStatsParams, AnalysisStatsResult | null, void>(
  'sipLens/analysisStats',
);

/**
 * Lifts `sipLens.maxDiagnostics` for one document until it is closed or the server restarts (the
 * overflow notice's quick fix): the server re-publishes its diagnostics with every finding.
 * The result says whether the server has the document open.
 */
export interface ShowAllFindingsParams {
  readonly uri: string;
}
export const ShowAllFindingsRequest = new RequestType<ShowAllFindingsParams, boolean, void>('sipLens/showAllFindings');

/**
 * Node flags the client starts the server with. `--expose-gc` lets the server collect the garbage a
 * large log leaves behind as soon as its diagnostics are out, instead of when V8's heap limit comes
 * near; Node's documentation warns against turning the flag on after start-up. The stdio tests start
 * the server with the same flags, and `scripts/bench/lspSession.mjs` repeats them.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--expose-gc'];

/** Client commands that the server's hovers and code actions link to. */
export const COMMANDS = {
  compareCodes: 'sipLens.compareCodes',
  explainCode: 'sipLens.explainCode',
  openRfc: 'sipLens.openRfc',
  disableCodeDiagnostics: 'sipLens.disableCodeDiagnostics',
  showAllFindings: 'sipLens.showAllFindings',
  /** Issue 21: the ladder of the call at `(uri, position)` (code action, hover link). */
  showCallFlow: 'sipLens.showCallFlow',
} as const;

/** A call's state and kind, as the server's call model names them (call-vocabulary.ts). */
export type CallStateName = CallState;
export type CallKindName = CallKind;

/**
 * One row of the Calls view: a call summary flattened to what the view shows and filters on.
 * Labels are in the document's language (the server's string tables); times as the log wrote them.
 */
export interface CallRow {
  readonly callId: string;
  readonly kind: CallKindName;
  readonly kindLabel: string;
  readonly state: CallStateName;
  readonly stateLabel: string;
  /** One of the failure states (server/src/calls/types.ts `FAILED_STATES`): what the status bar counts. */
  readonly failed: boolean;
  readonly finalCode?: number;
  readonly finalPhrase?: string;
  /** From and To user parts (else display names), and the display names themselves. */
  readonly from?: string;
  readonly to?: string;
  readonly fromName?: string;
  readonly toName?: string;
  readonly requestUri?: string;
  /** The first request's time as the log wrote it. */
  readonly start?: string;
  /** From the 2xx to the BYE (RFC 6076 §4.5), when the log has both times. */
  readonly durationMs?: number;
  /** Where the call's first message starts, to reveal it. */
  readonly line: number;
  readonly character: number;
  readonly messageCount: number;
}

export interface CallsParams {
  readonly uri: string;
  /** A version whose rows the client holds: the answer may then carry only what changed since (`from`). */
  readonly since?: number;
}
export interface StatisticsParams {
  readonly uri: string;
}
export interface CallsResult {
  /** The document version the rows were computed from. */
  readonly version: number;
  /**
   * When present, the first `from` rows are the client's rows of version `since`, unchanged, and
   * `rows` are the rest: an append to a big log sends the calls it touched, not tens of thousands.
   */
  readonly from?: number;
  readonly rows: readonly CallRow[];
  /**
   * Present when `rows` are not every call: a log streamed from disk lists at most 20,000 of them
   * (server/src/pipeline/streamedCalls.ts), failed calls first. Its calls and failed calls so far
   * (all of them once `ended`), which the statistics count.
   */
  readonly listed?: { readonly calls: number; readonly failed: number; readonly ended: boolean };
}
/** The calls of an open document; null when the server does not know it (closed, or replaced mid-way). */
export const CallsRequest = new RequestType<CallsParams, CallsResult | null, void>('sipLens/calls');

export interface CallStatisticsResult {
  readonly version: number;
  readonly calls: number;
  readonly failed: number;
  readonly hasTimes: boolean;
  /**
   * The statistics as text in the document's language (what `sip-lens stats` prints): responses by
   * class and code, top failure codes with their short fix, and each RFC 6076 metric with its section,
   * one-line definition and basis, or why the log does not allow it.
   */
  readonly text: string;
}
export const CallStatisticsRequest = new RequestType<StatisticsParams, CallStatisticsResult | null, void>(
  'sipLens/callStatistics',
);

/**
 * Sent after the server published a document's diagnostics: its calls may have changed (an append,
 * an edit, a new language), so a client showing them asks again.
 */
export interface CallsChangedParams {
  readonly uri: string;
  readonly version: number;
}
export const CallsChangedNotification = new NotificationType<CallsChangedParams>('sipLens/callsChanged');

/** Where one call's messages are, to pick out its diagnostics. */
export interface CallMessagesParams {
  readonly uri: string;
  readonly callId: string;
}
export interface LineRange {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}
export interface CallMessagesResult {
  /** Each message of the call, from its start line to its end, in log order. */
  readonly ranges: readonly LineRange[];
}
export const CallMessagesRequest = new RequestType<CallMessagesParams, CallMessagesResult | null, void>(
  'sipLens/callMessages',
);

/** Which calls to draw: the calls named, or the call of the message at a position. */
export interface CallFlowParams {
  readonly uri: string;
  /** Call-IDs to draw in one ladder, first the main leg. */
  readonly callIds?: readonly string[];
  /** When no Call-IDs are given: the call of the message at this position. */
  readonly position?: { readonly line: number; readonly character: number };
}
export interface CallFlowResult {
  readonly version: number;
  readonly diagram: FlowDiagram;
  /** Other legs that look like part of the same call (B2BUA, IMS), with why; not yet drawn. */
  readonly suggestions: readonly FlowLegSuggestion[];
}
/** A call's ladder; null when the document is unknown or no call is at the position. */
export const CallFlowRequest = new RequestType<CallFlowParams, CallFlowResult | null, void>('sipLens/callFlow');

// ---- Large logs (issue 22): progress of a long analysis, its cancel, and logs analysed from disk ----

/** What a long analysis is doing: reading a log from disk, or analysing its text. */
export type AnalysisPhase = 'reading' | 'analysing';
/** `begin` and `report` while it works; then one of `end`, `cancelled` (the user stopped it) or `failed`. */
export type AnalysisProgressState = 'begin' | 'report' | 'end' | 'cancelled' | 'failed';
export interface AnalysisProgressParams {
  readonly uri: string;
  readonly state: AnalysisProgressState;
  readonly phase: AnalysisPhase;
  /** From 0 to 100, for `begin` and `report`. */
  readonly percentage?: number;
  /** When the server received the document (milliseconds since 1970, its clock): where the editor's time ends. */
  readonly receivedAt?: number;
  /** Why it failed, worded in the document's language (`failed` only). */
  readonly message?: string;
}
/** Sent instead of LSP work done progress when the client says it shows it (`SipLensInitializationOptions`). */
export const AnalysisProgressNotification = new NotificationType<AnalysisProgressParams>('sipLens/analysisProgress');

/** What the SIP Lens client tells the server in `initializationOptions`. */
export interface SipLensInitializationOptions {
  /** The client shows `sipLens/analysisProgress` itself, with a cancel command: no work done progress. */
  readonly analysisProgress?: boolean;
  /**
   * Logs read from disk of at least this many bytes are streamed rather than held whole (the server's
   * default is about a hundred megabytes, onDisk.ts): for tests, which use a small one.
   */
  readonly streamOnDiskFromBytes?: number;
  /** The most rows the Calls view lists for a streamed log (the server's default is 20,000): for tests. */
  readonly streamedCallRows?: number;
}

export interface DocumentParams {
  readonly uri: string;
}
/** Stops analysing a document (true when an analysis was running): its diagnostics are cleared. */
export const CancelAnalysisRequest = new RequestType<DocumentParams, boolean, void>('sipLens/cancelAnalysis');
/** Analyses a stopped document again (true when the server holds it). */
export const AnalyseAgainRequest = new RequestType<DocumentParams, boolean, void>('sipLens/analyseAgain');

/**
 * Reads a `file:` log from disk and analyses it as if it were open (VS Code hands no text over
 * 50 MB to extensions): its diagnostics, calls and statistics are then asked for with its URI.
 * Asked again for the same file, the server reads what was appended since, or the whole file
 * when it was replaced.
 */
export interface AnalyseOnDiskResult {
  /** `read`: the text is held and being analysed; `cancelled`: stopped while reading; `failed`: see `message`. */
  readonly outcome: 'read' | 'cancelled' | 'failed';
  /** The document's version in the server: each read that changed the text adds one. */
  readonly version?: number;
  /** Bytes of (decompressed) text read. */
  readonly bytes?: number;
  /** Why it failed, worded in the file's language. */
  readonly message?: string;
  /**
   * Present when the log was too big to hold whole and was streamed: its diagnostics are published,
   * but its calls are not listed (logs up to `wholeUpToBytes` are held whole and listed).
   */
  readonly streamed?: { readonly wholeUpToBytes: number };
}
export const AnalyseOnDiskRequest = new RequestType<DocumentParams, AnalyseOnDiskResult, void>('sipLens/analyseOnDisk');
/** Forgets a log read from disk: its diagnostics are cleared. */
export const ForgetOnDiskRequest = new RequestType<DocumentParams, boolean, void>('sipLens/forgetOnDisk');
