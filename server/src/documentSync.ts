/**
 * Document synchronisation that keeps the exact content changes: the standard TextDocuments
 * only hands out the new text, but incremental re-analysis needs to know which range changed.
 */
import type { Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { mergeEdits } from './analysis/editMerge';
import type { TextEdit } from './analysis/incremental';
import { SipTextDocument } from './sipTextDocument';

/** Receives, for each didChange, the edit as offsets into the previous version's text. */
export type EditListener = (uri: string, fromVersion: number, toVersion: number, edit: TextEdit | undefined) => void;

/** A TextDocumentsConfiguration whose `update` reports each change set as one merged edit. */
export function trackingDocuments(onEdit: EditListener) {
  return {
    create: SipTextDocument.create,
    update(document: SipTextDocument, changes: TextDocumentContentChangeEvent[], version: number): SipTextDocument {
      const fromVersion = document.version;
      let edit: TextEdit | undefined;
      let full = false;
      for (const change of changes) {
        // Offsets of each change are taken on the text the previous change produced.
        const step = 'range' in change ? rangeEdit(document, change) : undefined;
        if (!step) full = true;
        else edit = edit ? mergeEdits(edit, step) : step;
        document = document.applyChange(change, version);
      }
      onEdit(document.uri, fromVersion, version, full ? undefined : edit);
      return document;
    },
  };
}

function rangeEdit(document: SipTextDocument, change: { range: Range; text: string }): TextEdit {
  const a = document.offsetAt(change.range.start);
  const b = document.offsetAt(change.range.end);
  return { start: Math.min(a, b), end: Math.max(a, b), insertedLength: change.text.length };
}
