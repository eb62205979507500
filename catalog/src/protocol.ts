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
