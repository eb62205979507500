/**
 * The server's per-document cache (documentAnalysis.ts) carries the rules from version to
 * version: after an append or a mid-file edit, its findings must equal a whole evaluation of
 * the new text, including when a version in between was analysed but never validated.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis';
import { analyzeWhole, reanalyze } from '../../server/src/analysis/incremental';
import { AnalysisCache } from '../../server/src/pipeline/documentAnalysis';
import { evaluateRuleState, evaluateRules, updateRuleState } from '../../server/src/rules';
import type { RuleOptions } from '../../server/src/rules/types';

const OPTIONS: RuleOptions = { overrides: { 'auth-challenge': 'warning' }, maxFindings: 1000 };
const SAMPLE = readFileSync('samples/call-flow.sip', 'utf8');
const BUSY =
  'SIP/2.0 486 Busy Here\r\nVia: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bKzz\r\nCall-ID: appended-1\r\nCSeq: 1 INVITE\r\n\r\n';

/** Replaces `[start, end)` by `insert` the way documentSync.ts reports a ranged change. */
function edit(cache: AnalysisCache, document: TextDocument, start: number, end: number, insert: string): TextDocument {
  const range = { start: document.positionAt(start), end: document.positionAt(end) };
  const from = document.version; // update() changes the document in place
  const updated = TextDocument.update(document, [{ range, text: insert }], from + 1);
  cache.noteEdit(document.uri, from, updated.version, { start, end, insertedLength: insert.length });
  return updated;
}

function assertFresh(cache: AnalysisCache, document: TextDocument, options: RuleOptions = OPTIONS): void {
  const state = cache.get(document);
  assert.ok(state.incremental, 'the analysis took the incremental path');
  const expected = evaluateRules(analyze(document.getText()), options);
  const { findings, totals, overflow } = state.ruleResult(options);
  assert.deepEqual({ findings, totals, overflow }, { overflow: undefined, ...expected });
}

describe('incremental rules in the document cache', () => {
  it('appending a failed response adds its finding and keeps the others', () => {
    const cache = new AnalysisCache();
    let document = TextDocument.create('file:///a.log', 'log', 1, SAMPLE + SAMPLE);
    const before = cache.get(document).findings(OPTIONS);
    document = edit(cache, document, document.getText().length, document.getText().length, BUSY);
    assertFresh(cache, document);
    assert.equal(cache.get(document).findings(OPTIONS).length, before.length + 1);
  });

  it('a mid-file edit moves the findings after it', () => {
    const cache = new AnalysisCache();
    let document = TextDocument.create('file:///b.log', 'log', 1, SAMPLE + BUSY + SAMPLE + SAMPLE);
    cache.get(document).findings(OPTIONS);
    document = edit(cache, document, SAMPLE.length, SAMPLE.length, '# a comment line\n');
    assertFresh(cache, document);
    document = edit(cache, document, SAMPLE.length, SAMPLE.length + 17, '');
    assertFresh(cache, document);
  });

  it('a version that was never validated still hands its rules on', () => {
    const cache = new AnalysisCache();
    let document = TextDocument.create('file:///c.log', 'log', 1, SAMPLE + SAMPLE);
    cache.get(document).findings(OPTIONS);
    document = edit(cache, document, document.getText().length, document.getText().length, BUSY);
    cache.get(document); // analysed (a hover) but no findings asked for
    document = edit(
      cache,
      document,
      document.getText().length,
      document.getText().length,
      BUSY.replace('appended-1', 'appended-2'),
    );
    assertFresh(cache, document);
  });

  it('other rule options are evaluated afresh, capped the same way', () => {
    const cache = new AnalysisCache();
    let document = TextDocument.create('file:///d.log', 'log', 1, SAMPLE + SAMPLE + SAMPLE);
    cache.get(document).findings(OPTIONS);
    document = edit(cache, document, document.getText().length, document.getText().length, BUSY);
    assertFresh(cache, document, { overrides: {}, maxFindings: 1 });
  });

  // Issue 22: past the cap the most severe are kept, in the incremental pass as in a whole one.
  it('with a low cap, an error appended after warnings takes the place of a warning, as a whole evaluation would', () => {
    const capped: RuleOptions = { overrides: {}, maxFindings: 3 };
    const cache = new AnalysisCache();
    const busy = [1, 2, 3, 4, 5].map((n) => BUSY.replace('appended-1', `busy-${n}`)).join('');
    let document = TextDocument.create('file:///cap.log', 'log', 1, busy);
    assert.deepEqual(
      cache
        .get(document)
        .ruleResult(capped)
        .findings.map((f) => f.severity),
      ['warning', 'warning', 'warning'],
    );
    const unavailable = BUSY.replace('486 Busy Here', '503 Service Unavailable').replace('appended-1', 'unavailable');
    document = edit(cache, document, document.getText().length, document.getText().length, unavailable);
    assertFresh(cache, document, capped);
    const { findings, overflow } = cache.get(document).ruleResult(capped);
    assert.deepEqual(
      findings.map((f) => f.code),
      [486, 486, 503],
    );
    assert.equal(overflow?.severity, 'warning');
    document = edit(cache, document, 0, 0, unavailable.replace('unavailable', 'first'));
    assertFresh(cache, document, { overrides: {}, maxFindings: 0 });
  });

  // Issue 22 (lean core): a document analysed in slices gets a rule state per slice, replaced by
  // the next before anyone reads it; its findings' text is written only when they are read.
  it('an updated rule state writes its findings only when they are read, and then as a whole evaluation does', () => {
    const before = analyzeWhole(SAMPLE);
    const rules = evaluateRuleState(before.analysis, OPTIONS);
    const text = SAMPLE + BUSY;
    const after = reanalyze(before, text, { start: SAMPLE.length, end: SAMPLE.length, insertedLength: BUSY.length });
    assert.ok(after.change, 'the append took the incremental path');
    const state = updateRuleState(rules, after.analysis, after.change, OPTIONS);
    const fresh = state.candidates.filter((candidate) => candidate.unit === 'appended-1');
    assert.equal(fresh.length, 1);
    assert.equal(fresh[0]?.rendered, undefined, 'no text written before the findings are read');
    assert.deepEqual(state.findings, evaluateRules(analyze(text), OPTIONS).findings);
    assert.ok(fresh[0]?.rendered, 'the text is kept once written, for the next version');
  });
});
