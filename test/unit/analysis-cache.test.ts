/**
 * The document cache's sliced analyses (documentAnalysis.ts, progressive.ts): a request never
 * starts more than one slice of work, the rules come out equal to a whole evaluation, and a
 * close or a full replacement stops the analysis while an edit it can build on does not.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis';
import { AnalysisCache } from '../../server/src/pipeline/documentAnalysis';
import { SLICE_CHARS } from '../../server/src/pipeline/progressive';
import type { ProgressHandle } from '../../server/src/pipeline/analysisProgress';
import { evaluateRules } from '../../server/src/rules';
import type { RuleOptions } from '../../server/src/rules/types';

const OPTIONS: RuleOptions = { overrides: {}, maxFindings: 100_000 };

/** Calls each answered 486 or 503, to at least `chars` characters. */
function logOf(chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const call = `INVITE sip:bob@example.com SIP/2.0\nCall-ID: c${i}@192.0.2.1\nCSeq: 1 INVITE\n\nSIP/2.0 ${i % 2 ? '486 Busy Here' : '503 Service Unavailable'}\nCall-ID: c${i}@192.0.2.1\nCSeq: 1 INVITE\n\n`;
    parts.push(call);
    length += call.length;
  }
  return parts.join('');
}

/** A cache whose analyses all report progress here, so tests can count slices. */
function countingCache(): { cache: AnalysisCache; reports: number[] } {
  const reports: number[] = [];
  const handle: ProgressHandle = { report: (fraction) => reports.push(fraction), done: () => undefined };
  return { cache: new AnalysisCache(() => handle), reports };
}

const BIG = 20 * SLICE_CHARS;

describe('sliced analyses in the document cache', () => {
  it('answers a request on an unanalysed big document from its first slice, not a whole analysis', async () => {
    const cache = new AnalysisCache();
    const document = TextDocument.create('file:///first.log', 'log', 1, logOf(BIG));
    const first = cache.get(document);
    assert.ok(
      first.analysis.textLength < document.getText().length / 4,
      `analysed ${first.analysis.textLength} of ${document.getText().length}`,
    );
    await cache.prepare(document, OPTIONS);
    assert.equal(cache.get(document).analysis.textLength, document.getText().length);
  });

  it('carries the rules along the slices to the whole evaluation', async () => {
    const cache = new AnalysisCache();
    const document = TextDocument.create('file:///rules.log', 'log', 1, logOf(BIG));
    await cache.prepare(document, OPTIONS);
    const state = cache.get(document);
    assert.ok(state.rulesMs > 0, 'the rules were evaluated during the slices');
    assert.deepEqual(state.findings(OPTIONS), evaluateRules(analyze(document.getText()), OPTIONS).findings);
  });

  it('stops at the next slice when the document is closed', async () => {
    const { cache, reports } = countingCache();
    const document = TextDocument.create('file:///closed.log', 'log', 1, logOf(BIG));
    const prepared = cache.prepare(document, OPTIONS);
    assert.equal(reports.length, 1, 'the first slice is done at once');
    cache.delete(document.uri);
    await prepared;
    assert.equal(reports.length, 1, 'no slice ran after the close');
    assert.equal(cache.peek(document.uri), undefined);
  });

  it('stops when the document is replaced as a whole, and analyses the new text', async () => {
    const { cache, reports } = countingCache();
    const document = TextDocument.create('file:///replaced.log', 'log', 1, logOf(BIG));
    const prepared = cache.prepare(document, OPTIONS);
    cache.noteEdit(document.uri, 1, 2, undefined);
    await prepared;
    assert.equal(reports.length, 1, 'no slice ran after the replacement');
    const replaced = TextDocument.create(document.uri, 'log', 2, logOf(SLICE_CHARS * 3));
    await cache.prepare(replaced, OPTIONS);
    assert.deepEqual(
      cache.get(replaced).findings(OPTIONS),
      evaluateRules(analyze(replaced.getText()), OPTIONS).findings,
    );
  });

  it('finishes when an append arrives meanwhile, then takes the append incrementally', async () => {
    const cache = new AnalysisCache();
    let document = TextDocument.create('file:///appended.log', 'log', 1, logOf(BIG));
    const prepared = cache.prepare(document, OPTIONS);
    const end = document.getText().length;
    const appended = 'SIP/2.0 603 Decline\nCall-ID: late@192.0.2.1\nCSeq: 1 INVITE\n\n';
    document = TextDocument.update(
      document,
      [{ range: { start: document.positionAt(end), end: document.positionAt(end) }, text: appended }],
      2,
    );
    cache.noteEdit(document.uri, 1, 2, { start: end, end, insertedLength: appended.length });
    assert.ok(cache.get(document).analysis.textLength < end, 'mid-way, requests get the prefix analysed so far');
    await prepared;
    await cache.prepare(document, OPTIONS);
    const state = cache.get(document);
    assert.ok(state.incremental, 'the append was analysed incrementally');
    assert.deepEqual(state.findings(OPTIONS), evaluateRules(analyze(document.getText()), OPTIONS).findings);
  });
});
