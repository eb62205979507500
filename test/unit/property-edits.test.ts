/**
 * Properties that tie the analysis to the editor's view of a document: a document reached by a
 * series of incremental edits analyses exactly like the same text opened whole, and the core's
 * LineIndex places every offset on the same line and character as the LSP text document
 * (LF, CRLF, lone CR, mixed, binary). The server re-analyses incrementally (only the messages
 * around each edit): after every single edit its result must equal a whole analysis.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, LineIndex } from '../../server/src/analysis';
import { mergeEdits } from '../../server/src/document/editMerge';
import { analyzeWhole, reanalyze, type AnalysisSnapshot, type TextEdit } from '../../server/src/analysis/incremental';
import { evaluateRules } from '../../server/src/rules';
import { evaluateRuleState } from '../../server/src/rules/index';
import { updateRuleState } from '../../server/src/rules/incremental';
import type { RuleState } from '../../server/src/rules/state';
import type { RuleOptions } from '../../server/src/rules/types';
import { SipTextDocument } from '../../server/src/document/sipTextDocument';
import { arbSipLog } from '../support/sipGenerators';
import { arbAnyLog, arbMutation, type Mutation } from '../support/damagedLogs';
import { assertProperty } from '../support/properties';

const TIMEOUT = { timeout: 600_000 };

const isCrLfMiddle = (text: string, offset: number) =>
  text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10;

/**
 * Applies "replace [start, end) with insert" as one ranged LSP change. An LSP position cannot
 * point between the CR and LF of a CRLF (the document moves it before the CR), so a boundary
 * there is widened over the pair and the pair re-inserted: the resulting text is exact.
 */
/** Called after each edit with the edit in the old text's offsets and the edited document. */
type EditListener = (edit: TextEdit, document: TextDocument) => void;

function replaceRange(
  document: TextDocument,
  start: number,
  end: number,
  insert: string,
  onEdit?: EditListener,
): TextDocument {
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
  const updated = TextDocument.update(document, [{ range, text: replacement }], document.version + 1);
  onEdit?.({ start: from, end: to, insertedLength: replacement.length }, updated);
  return updated;
}

/** The same damage as `applyMutation`, made through the editor protocol instead of string slicing. */
function mutateDocument(document: TextDocument, mutation: Mutation, onEdit?: EditListener): TextDocument {
  const length = document.getText().length;
  const at = length === 0 ? 0 : mutation.at % (length + 1);
  if (mutation.kind === 'delete') return replaceRange(document, at, Math.min(length, at + mutation.length), '', onEdit);
  if (mutation.kind === 'insert') return replaceRange(document, at, at, mutation.text, onEdit);
  const slice = document.getText().slice(at, at + mutation.length);
  const to = mutation.to % (length + 1);
  return replaceRange(document, to, to, slice, onEdit);
}

/** Ends the series at `target`: one edit deletes what differs, then the new middle is typed in chunks. */
function convergeTo(
  document: TextDocument,
  target: string,
  chunkSizes: readonly number[],
  onEdit?: EditListener,
): TextDocument {
  const text = document.getText();
  let prefix = 0;
  while (prefix < text.length && prefix < target.length && text[prefix] === target[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < text.length - prefix &&
    suffix < target.length - prefix &&
    text[text.length - 1 - suffix] === target[target.length - 1 - suffix]
  )
    suffix++;
  let current = replaceRange(document, prefix, text.length - suffix, '', onEdit);
  const middle = target.slice(prefix, target.length - suffix);
  let typed = 0;
  for (let i = 0; typed < middle.length; i++) {
    const size = Math.max(1, chunkSizes.length > 0 ? (chunkSizes[i % chunkSizes.length] as number) : middle.length);
    current = replaceRange(current, prefix + typed, prefix + typed, middle.slice(typed, typed + size), onEdit);
    typed += size;
  }
  return current;
}

/**
 * Follows a document edit by edit the way the server does, checking after every edit that
 * the incremental analysis equals a whole analysis of the same text.
 */
class IncrementalFollower {
  snapshot: AnalysisSnapshot;
  /** The rules' state, carried from edit to edit the way documentAnalysis.ts does. */
  rules: RuleState;
  incrementalSteps = 0;
  /** All edits so far folded into one, as the server folds versions that arrive while it waits. */
  merged: TextEdit | undefined;

  constructor(
    readonly initial: string,
    readonly options: RuleOptions = RULE_OPTIONS[0] as RuleOptions,
  ) {
    this.snapshot = analyzeWhole(initial);
    this.serverSnapshot = this.snapshot;
    this.mirror = SipTextDocument.create('file:///virtual/mirror.log', 'log', 1, initial);
    this.rules = evaluateRuleState(this.snapshot.analysis, options);
  }

  /** The server's way: its own document (an AppendableText) and line index, edited alongside. */
  private mirror: SipTextDocument;
  private serverSnapshot: AnalysisSnapshot;

  readonly onEdit: EditListener = (edit, document) => {
    const text = document.getText();
    this.merged = this.merged ? mergeEdits(this.merged, edit) : edit;
    this.snapshot = reanalyze(this.snapshot, text, edit);
    if (this.snapshot.incremental) this.incrementalSteps++;
    assert.equal(this.snapshot.lines.lineCount, document.lineCount, 'line index after the edit');
    const whole = analyze(text);
    const where = `after replacing [${edit.start}, ${edit.end}) with ${edit.insertedLength} characters`;
    assert.deepEqual(this.snapshot.analysis, whole, where);
    this.followOnServerDocument(edit, text);
    assert.deepEqual(this.serverSnapshot.analysis, whole, `server document, ${where}`);
    const change = this.snapshot.change;
    this.rules = change
      ? updateRuleState(this.rules, this.snapshot.analysis, change, this.options)
      : evaluateRuleState(this.snapshot.analysis, this.options);
    const expected = evaluateRules(whole, this.options);
    assert.deepEqual(this.rules.findings, expected.findings, `findings ${where}`);
    assert.deepEqual([this.rules.totals, this.rules.overflow], [expected.totals, expected.overflow], `counts ${where}`);
  };

  private followOnServerDocument(edit: TextEdit, text: string): void {
    const range = { start: this.mirror.positionAt(edit.start), end: this.mirror.positionAt(edit.end) };
    this.mirror = this.mirror.applyChange(
      { range, text: text.slice(edit.start, edit.start + edit.insertedLength) },
      this.mirror.version + 1,
    );
    assert.equal(this.mirror.length, text.length, 'the mirror document follows the edit');
    this.serverSnapshot = reanalyze(this.serverSnapshot, this.mirror.text, edit, this.mirror.lines);
  }
}

/**
 * Defaults, caps the generated logs reach (none shown at 0; at 3 with severities mixed, so the cap's
 * most-severe-first choice changes with edits), overrides that switch rules on and off, and Chinese.
 */
const RULE_OPTIONS: readonly RuleOptions[] = [
  { overrides: {}, maxFindings: 1000 },
  { overrides: {}, maxFindings: 2 },
  { overrides: {}, maxFindings: 0 },
  { overrides: { '486': 'hint', 'no-final-response': 'error', 'unregistered-code': 'information' }, maxFindings: 3 },
  { overrides: {}, maxFindings: 1000, language: 'zh-cn' },
  { overrides: { 'auth-challenge': 'warning', '4xx': 'error', 'nonstandard-phrase': 'off' }, maxFindings: 5 },
];
const arbRuleOptions = fc.constantFrom(...RULE_OPTIONS);

/** Several generated logs back to back: long enough that an edit leaves messages untouched on both sides. */
const arbLongLog = fc
  .array(fc.oneof(arbSipLog, arbAnyLog), { minLength: 2, maxLength: 6 })
  .map((logs) => logs.join(''));

describe('incremental edits and line positions (property)', () => {
  it('a document reached by incremental edits analyses like the same text opened whole', TIMEOUT, () => {
    assertProperty(
      fc.property(
        arbAnyLog,
        arbAnyLog,
        fc.array(arbMutation, { maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 64 }), { maxLength: 5 }),
        arbRuleOptions,
        (start, target, mutations, chunkSizes, options) => {
          let document = TextDocument.create('file:///virtual/edited.log', 'log', 1, start);
          const follower = new IncrementalFollower(start, options);
          for (const mutation of mutations) document = mutateDocument(document, mutation, follower.onEdit);
          document = convergeTo(document, target, chunkSizes, follower.onEdit);
          assert.equal(document.getText(), target, 'the edit series must end at the target text');
          assert.deepEqual(follower.snapshot.analysis, analyze(target));
          if (follower.merged) {
            const once = reanalyze(analyzeWhole(start), target, follower.merged);
            assert.deepEqual(once.analysis, analyze(target), 'all edits merged into one');
          }
        },
      ),
    );
  });

  it('random edits to long logs (across messages, banners and bodies) re-analyse like the whole text', TIMEOUT, () => {
    assertProperty(
      fc.property(
        arbLongLog,
        fc.array(arbMutation, { minLength: 1, maxLength: 10 }),
        arbRuleOptions,
        (start, mutations, options) => {
          let document = TextDocument.create('file:///virtual/long.log', 'log', 1, start);
          const follower = new IncrementalFollower(start, options);
          for (const mutation of mutations) document = mutateDocument(document, mutation, follower.onEdit);
        },
      ),
    );
  });

  it(
    'appending a log in chunks (tail -f) re-analyses like the whole text, mostly without a full analysis',
    TIMEOUT,
    () => {
      let steps = 0;
      let incremental = 0;
      assertProperty(
        fc.property(
          arbLongLog,
          fc.oneof(arbSipLog, arbAnyLog),
          fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 6 }),
          arbRuleOptions,
          (start, appended, chunkSizes, options) => {
            let document = TextDocument.create('file:///virtual/tail.log', 'log', 1, start);
            const follower = new IncrementalFollower(start, options);
            for (let typed = 0, i = 0; typed < appended.length; i++) {
              const size = chunkSizes[i % chunkSizes.length] as number;
              const length = document.getText().length;
              document = replaceRange(document, length, length, appended.slice(typed, typed + size), follower.onEdit);
              typed += size;
              steps++;
            }
            incremental += follower.incrementalSteps;
          },
        ),
        { numRuns: 100 },
      );
      // Where no message starts at a line start near the edit the whole text is analysed; most appends stay local.
      assert.ok(incremental > steps / 2, `${incremental} of ${steps} appends were incremental`);
    },
  );

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
      fc.property(
        arbAnyLog,
        fc.array(fc.record({ line: fc.integer({ min: -2, max: 400 }), character: fc.integer({ min: -2, max: 300 }) }), {
          maxLength: 40,
        }),
        (text, positions) => {
          const document = TextDocument.create('file:///virtual/lines.log', 'log', 1, text);
          const lines = new LineIndex(text);
          for (const position of positions)
            assert.equal(lines.offsetAt(position), document.offsetAt(position), JSON.stringify(position));
        },
      ),
    );
  });
});
