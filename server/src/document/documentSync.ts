/**
 * Document synchronisation that keeps the exact content changes: the standard TextDocuments
 * only hands out the new text, but incremental re-analysis needs to know which range changed.
 */
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { mergeEdits } from './editMerge';
import type { TextEdit } from '../analysis/incremental';
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
        if (!('range' in change)) {
          full = true;
          document = document.applyChange(change, version);
          continue;
        }
        // Offsets of each change are taken on the text the previous change produced.
        const step = document.editFor(change);
        edit = edit ? mergeEdits(edit, step) : step;
        document = document.applyEdit(step, change.text, version);
      }
      onEdit(document.uri, fromVersion, version, full ? undefined : edit);
      return document;
    },
  };
}
