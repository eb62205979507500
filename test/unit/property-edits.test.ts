/**
 * Properties that tie the analysis to the editor's view of a document: a document reached by a
 * series of incremental edits analyses exactly like the same text opened whole, and the core's
 * LineIndex places every offset on the same line and character as the LSP text document
 * (LF, CRLF, lone CR, mixed, binary). Today the server re-analyses the whole text on each
 * version; if an incremental analyser arrives, it plugs into `analyseAfterEdits` below.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, LineIndex } from '../../server/src/analysis';
import type { Analysis } from '../../server/src/analysis/types';
import { arbAnyLog, arbMutation, assertProperty, type Mutation } from '../support/sipGenerators';

const TIMEOUT = { timeout: 600_000 };

const isCrLfMiddle = (text: string, offset: number) => text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10;

/**
 * Applies "replace [start, end) with insert" as one ranged LSP change. An LSP position cannot
 * point between the CR and LF of a CRLF (the document moves it before the CR), so a boundary
 * there is widened over the pair and the pair re-inserted: the resulting text is exact.
 */
function replaceRange(document: TextDocument, start: number, end: number, insert: string): TextDocument {
  const text = document.getText();
  let from = start;
  let to = end;
  let replacement = insert;
  if (isCrLfMiddle(text, from)) {
    from--;
    replacement = `\r${replacement}`;
  }
  if (isCrLfMiddle(text, to)) {
    to++;
    replacement = `${replacement}\n`;
  }
  const range = { start: document.positionAt(from), end: document.positionAt(to) };
  return TextDocument.update(document, [{ range, text: replacement }], document.version + 1);
}

/** The same damage as `applyMutation`, made through the editor protocol instead of string slicing. */
function mutateDocument(document: TextDocument, mutation: Mutation): TextDocument {
  const length = document.getText().length;
  const at = length === 0 ? 0 : mutation.at % (length + 1);
  if (mutation.kind === 'delete') return replaceRange(document, at, Math.min(length, at + mutation.length), '');
  if (mutation.kind === 'insert') return replaceRange(document, at, at, mutation.text);
  const slice = document.getText().slice(at, at + mutation.length);
  const to = mutation.to % (length + 1);
  return replaceRange(document, to, to, slice);
}

/** Ends the series at `target`: one edit deletes what differs, then the new middle is typed in chunks. */
function convergeTo(document: TextDocument, target: string, chunkSizes: readonly number[]): TextDocument {
  const text = document.getText();
  let prefix = 0;
  while (prefix < text.length && prefix < target.length && text[prefix] === target[prefix]) prefix++;
  let suffix = 0;
  while (suffix < text.length - prefix && suffix < target.length - prefix && text[text.length - 1 - suffix] === target[target.length - 1 - suffix]) suffix++;
  let current = replaceRange(document, prefix, text.length - suffix, '');
  const middle = target.slice(prefix, target.length - suffix);
  let typed = 0;
  for (let i = 0; typed < middle.length; i++) {
    const size = Math.max(1, chunkSizes.length > 0 ? (chunkSizes[i % chunkSizes.length] as number) : middle.length);
    current = replaceRange(current, prefix + typed, prefix + typed, middle.slice(typed, typed + size));
    typed += size;
  }
  return current;
}

/** The analysis the server would hold after these edits. */
function analyseAfterEdits(document: TextDocument): Analysis {
  return analyze(document.getText());
}

describe('incremental edits and line positions (property)', () => {
  it('a document reached by incremental edits analyses like the same text opened whole', TIMEOUT, () => {
    assertProperty(
      fc.property(
        arbAnyLog,
        arbAnyLog,
        fc.array(arbMutation, { maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 64 }), { maxLength: 5 }),
        (start, target, mutations, chunkSizes) => {
          let document = TextDocument.create('file:///virtual/edited.log', 'log', 1, start);
          for (const mutation of mutations) document = mutateDocument(document, mutation);
          document = convergeTo(document, target, chunkSizes);
          assert.equal(document.getText(), target, 'the edit series must end at the target text');
          assert.deepEqual(analyseAfterEdits(document), analyze(target));
        },
      ),
    );
  });

  it('LineIndex.positionAt agrees with the LSP text document at every offset', TIMEOUT, () => {
    assertProperty(
      fc.property(arbAnyLog, (text) => {
        const document = TextDocument.create('file:///virtual/lines.log', 'log', 1, text);
        const lines = new LineIndex(text);
        assert.equal(lines.lineCount, document.lineCount);
        for (let offset = 0; offset <= text.length; offset++) {
          assert.deepEqual(lines.positionAt(offset), document.positionAt(offset), `offset ${offset}`);
        }
      }),
    );
  });

  it('LineIndex.offsetAt agrees with the LSP text document, out-of-range positions included', TIMEOUT, () => {
    assertProperty(
      fc.property(arbAnyLog, fc.array(fc.record({ line: fc.integer({ min: -2, max: 400 }), character: fc.integer({ min: -2, max: 300 }) }), { maxLength: 40 }), (text, positions) => {
        const document = TextDocument.create('file:///virtual/lines.log', 'log', 1, text);
        const lines = new LineIndex(text);
        for (const position of positions) assert.equal(lines.offsetAt(position), document.offsetAt(position), JSON.stringify(position));
      }),
    );
  });
});
