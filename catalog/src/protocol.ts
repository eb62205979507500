/**
 * Custom LSP requests shared by the client and the server. Plain names and shapes only, so
 * both bundles import the one definition without either pulling in the other's library.
 */

/** Distinct status codes found in a document, in order of first appearance. */
export const DOCUMENT_CODES_REQUEST = 'sipLens/documentCodes';
export interface DocumentCodesParams {
  readonly uri: string;
}
export interface DocumentCodesResult {
  readonly codes: readonly number[];
}

/** The status code (not a Q.850 cause) under a position, or null. */
export const CODE_AT_REQUEST = 'sipLens/codeAt';
export interface CodeAtParams {
  readonly uri: string;
  readonly position: { readonly line: number; readonly character: number };
}
export interface CodeAtResult {
  readonly code: number | null;
}

/** Client commands that the server's hovers and code actions link to. */
export const COMMANDS = {
  compareCodes: 'sipLens.compareCodes',
  explainCode: 'sipLens.explainCode',
  openRfc: 'sipLens.openRfc',
  disableCodeDiagnostics: 'sipLens.disableCodeDiagnostics',
} as const;

/**
 * How long the server's last analysis of a document took, for the benchmark and for
 * `sipLens.trace.server` users wondering where time goes. Null when the document is unknown.
 */
export const ANALYSIS_STATS_REQUEST = 'sipLens/analysisStats';
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
}
