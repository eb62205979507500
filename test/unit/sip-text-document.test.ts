/**
 * SipTextDocument must behave exactly like vscode-languageserver-textdocument's TextDocument:
 * every position the server sends is computed by it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SipTextDocument } from '../../server/src/document/sipTextDocument';

const RUNS = Number(process.env.SIP_LENS_FUZZ_RUNS ?? 300);

/** Texts rich in the characters that matter: every kind of line break and surrogate halves. */
const textArb = fc
  .array(fc.constantFrom('a', 'SIP/2.0 486', ' ', '\n', '\r', '\r\n', '\u00e9', '\ud83d\ude00', '\ud83d', ''), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

const positionArb = fc.record({ line: fc.integer({ min: -2, max: 40 }), character: fc.integer({ min: -2, max: 30 }) });

function assertSame(
  ours: SipTextDocument,
  theirs: TextDocument,
  positions: { line: number; character: number }[],
): void {
  assert.equal(ours.getText(), theirs.getText());
  assert.equal(ours.lineCount, theirs.lineCount);
  for (let offset = -1; offset <= theirs.getText().length + 1; offset++) {
    assert.deepEqual(ours.positionAt(offset), theirs.positionAt(offset), `positionAt(${offset})`);
  }
  for (const position of positions) {
    assert.equal(ours.offsetAt(position), theirs.offsetAt(position), `offsetAt(${JSON.stringify(position)})`);
    assert.deepEqual(
      ours.getLineRange(position.line),
      theirs.getLineRange(position.line),
      `getLineRange(${position.line})`,
    );
    assert.equal(
      ours.getEOLCharacters(position.line),
      theirs.getEOLCharacters(position.line),
      `getEOLCharacters(${position.line})`,
    );
  }
}

type Change =
  | { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }
  | { text: string };

/**
 * Editors send ranges inside the document with start <= end. The stock document corrupts its
 * line table on anything else (a reversed range past the end), so that is not compared.
 */
function validChange(document: TextDocument, change: Change): Change {
  if (!('range' in change)) return change;
  const [a, b] = [document.offsetAt(change.range.start), document.offsetAt(change.range.end)].sort((x, y) => x - y);
  return {
    range: { start: document.positionAt(a as number), end: document.positionAt(b as number) },
    text: change.text,
  };
}

describe('SipTextDocument', () => {
  it('converts positions and lines exactly like the LSP text document', () => {
    fc.assert(
      fc.property(textArb, fc.array(positionArb, { maxLength: 8 }), (text, positions) => {
        assertSame(
          SipTextDocument.create('file:///a.log', 'log', 1, text),
          TextDocument.create('file:///a.log', 'log', 1, text),
          positions,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('applies incremental and full changes exactly like the LSP text document', () => {
    const changeArb = fc.oneof(
      fc.record({ range: fc.record({ start: positionArb, end: positionArb }), text: textArb }),
      fc.record({ text: textArb }),
    );
    fc.assert(
      fc.property(
        textArb,
        fc.array(changeArb, { maxLength: 6 }),
        fc.array(positionArb, { maxLength: 4 }),
        (text, changes, positions) => {
          let ours = SipTextDocument.create('file:///a.log', 'log', 1, text);
          let theirs = TextDocument.create('file:///a.log', 'log', 1, text);
          changes.forEach((raw, i) => {
            const change = validChange(theirs, raw);
            ours = ours.applyChange(change, i + 2);
            theirs = TextDocument.update(theirs, [change], i + 2);
            assert.equal(ours.version, theirs.version);
          });
          assertSame(ours, theirs, positions);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('builds its line index only when a position is first needed', () => {
    const document = SipTextDocument.create('file:///a.log', 'log', 1, 'a\nb');
    assert.equal(document.getText(), 'a\nb');
    assert.equal(document.lines.lineCount, 2);
  });
});
