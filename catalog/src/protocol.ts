/**
 * The contract between the client and the server: the custom LSP requests, typed with the
 * protocol library that both `vscode-languageclient` and `vscode-languageserver` are built on,
 * so a handler or a caller whose params or result drift from the declaration does not compile.
 * Only the client and the server bundles import this file (both carry that library already);
 * the webview and the CLI do not.
 */
import { RequestType } from 'vscode-languageserver-protocol';

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
} as const;
