/**
 * LineIndex: offset <-> {line, character} for LF, CRLF and lone CR, checked against the
 * LSP text document implementation the language server uses, so positions agree.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, computeLineStarts } from '../../server/src/analysis/index';

test('line starts for LF, CRLF, lone CR and a mix', () => {
  assert.deepEqual([...computeLineStarts('a\nb\nc')], [0, 2, 4]);
  assert.deepEqual([...computeLineStarts('a\r\nb\r\n')], [0, 3, 6]);
  assert.deepEqual([...computeLineStarts('a\rb\rc')], [0, 2, 4]);
  assert.deepEqual([...computeLineStarts('a\r\n\rb\n\r\nc\r')], [0, 3, 4, 6, 8, 10]);
  assert.deepEqual([...computeLineStarts('')], [0]);
});

test('positionAt and offsetAt round-trip on every line ending', () => {
  const index = new LineIndex('ab\r\ncd\ref\ngh');
  assert.equal(index.lineCount, 4);
  assert.deepEqual(index.positionAt(0), { line: 0, character: 0 });
  assert.deepEqual(index.positionAt(4), { line: 1, character: 0 });
  assert.deepEqual(index.positionAt(7), { line: 2, character: 0 });
  assert.deepEqual(index.positionAt(11), { line: 3, character: 1 });
  assert.equal(index.offsetAt({ line: 2, character: 1 }), 8);
  assert.equal(index.lineEnd(0), 2);
  assert.equal(index.lineEnd(1), 6);
  assert.equal(index.lineStart(3), 10);
});

test('an offset inside CRLF maps to the end of the line; out-of-range input is clamped', () => {
  const index = new LineIndex('ab\r\ncd');
  assert.deepEqual(index.positionAt(3), { line: 0, character: 2 });
  assert.deepEqual(index.positionAt(-5), { line: 0, character: 0 });
  assert.deepEqual(index.positionAt(99), { line: 1, character: 2 });
  assert.equal(index.offsetAt({ line: 0, character: 99 }), 2);
  assert.equal(index.offsetAt({ line: 9, character: 0 }), 6);
  assert.equal(index.offsetAt({ line: -1, character: 3 }), 0);
});

test('characters are UTF-16 code units, as in LSP', () => {
  const index = new LineIndex('Zoë 📞 486\n');
  assert.deepEqual(index.positionAt('Zoë 📞 '.length), { line: 0, character: 7 }); // 📞 is two code units
});

test('agrees with vscode-languageserver-textdocument on random texts', () => {
  const pieces = fc.constantFrom('a', 'b', '\n', '\r', '\r\n', '📞', ' ');
  fc.assert(
    fc.property(
      fc.array(pieces, { maxLength: 60 }).map((p) => p.join('')),
      fc.nat(3),
      fc.nat(8),
      (text, line, character) => {
        const reference = TextDocument.create('file:///x.log', 'log', 1, text);
        const index = new LineIndex(text);
        assert.equal(index.lineCount, reference.lineCount);
        for (let offset = -1; offset <= text.length + 1; offset++)
          assert.deepEqual(index.positionAt(offset), reference.positionAt(offset));
        assert.equal(index.offsetAt({ line, character }), reference.offsetAt({ line, character }));
      },
    ),
    { numRuns: 300 },
  );
});
